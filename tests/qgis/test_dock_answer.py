"""The dock's answer can be checked: which projects make the money, how years and sectors matched, and where.

Every number against sqlite3 on the bundled GeoPackage, asked the README's question
(Water projects of Korea and the US in the Mekong countries since 2019).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QUrl

from smartcity_plugin.core.money import format_usd
from smartcity_plugin.core.names import COUNTRY_NAMES
from tests.qgis import test_dock
from tests.qgis.test_dock import MEKONG, mekong_water_since_2019_sql, sql, tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)
WATER_FAMILY = "sector_primary = 'water' OR sector_primary LIKE 'water.%'"


def ask_the_readme_question(dock) -> set[str]:
    tick(dock.form.sectors, ["water"])
    tick(dock.form.donors, ["KR", "US"])
    tick(dock.form.countries, MEKONG)
    dock.form.year_from.setValue(2019)
    assert dock.apply_now()
    return mekong_water_since_2019_sql()[0]


def in_list(ids: set[str], columns: str, where: str = "1") -> list[tuple]:
    marks = ", ".join("?" for _ in ids)
    return sql(f"SELECT {columns} FROM projects WHERE project_id IN ({marks}) AND ({where})", *ids)


def listed_title(line: str) -> str:
    """The project title in a line of the money list: 'US$ 5 M grant: “Title” — donor …'."""
    return line.split(": “", 1)[1].split("” — ")[0]


def test_the_money_answer_names_the_projects_it_is_made_of(dock):
    ids = ask_the_readme_question(dock)
    priced = in_list(ids, "title, donor_country, finance_type, amount_usd, sector_primary", "amount_usd IS NOT NULL")
    assert priced, "the README's question has published amounts"
    text = dock.summary.toPlainText()
    assert f"These amounts are made of {len(priced)} projects, largest first:" in text
    lines = {listed_title(line): line for line in text.splitlines() if "” — " in line}
    assert set(lines) == {title for title, *_ in priced}
    names = {"US": "United States", "KR": "Korea"}
    for title, donor, finance, amount, _sector in priced:
        line = lines[title]
        assert line.startswith(f"{format_usd(amount, 'en')} {finance}: “")  # amount and kind first
        assert line.split("” — ")[1].startswith(names[donor])
    # The US$ 1 M ASEAN-wide fund whose main sector is Waste: said as such, not hidden in the Water total.
    waste = [title for title, *_, sector in priced if sector == "waste"]
    for title in waste:
        assert "main sector Waste (matched on a secondary sector)" in lines[title]
        assert "a national or regional programme in Cambodia" in lines[title]


def test_a_long_answer_lists_its_largest_amounts_when_asked(dock, monkeypatch):
    """More projects than the table lists: the summary offers the largest amounts, read when clicked."""
    from smartcity_plugin.gui import results_table
    from smartcity_plugin.gui.summary_sections import LARGEST_LINK

    monkeypatch.setattr(results_table, "MAX_ROWS", 5)
    dock.form.reset()
    dock.form.year_from.setValue(2000)  # every dated project: too many to count the overlaps on each click
    dock.apply_now()
    assert ("Years (since 2000): a project counts when it runs in any of these years; it may have begun earlier "
            "or go on later.") in dock.summary.toPlainText()
    dock.form.year_from.setValue(dock.form.year_from.minimum())
    dock.apply_now()
    priced = sql("SELECT count(*) FROM projects WHERE amount_usd IS NOT NULL")[0][0]
    assert f"Which projects make these amounts? List the largest of {priced}." in dock.summary.toPlainText()
    dock.summary.anchorClicked.emit(QUrl(LARGEST_LINK))
    text = dock.summary.toPlainText()
    largest = sql("SELECT title FROM projects WHERE amount_usd IS NOT NULL ORDER BY amount_usd DESC LIMIT 10")
    listed = [listed_title(line) for line in text.splitlines() if "” — " in line]
    assert listed[:3] == [title for (title,) in largest[:3]]  # ties further down may come in either order
    assert set(listed) <= {title for (title,) in sql("SELECT title FROM projects WHERE amount_usd IS NOT NULL")}
    assert len(listed) == 10 and f"… and {priced - 10} more with a published amount" in text


def test_years_by_overlap_and_secondary_sectors_are_said(dock):
    ids = ask_the_readme_question(dock)
    earlier = in_list(ids, "count(*)", "coalesce(start_year, end_year) < 2019")[0][0]
    open_end = in_list(ids, "count(*)", "end_year IS NULL")[0][0]
    secondary = in_list(ids, "count(*)", f"NOT ({WATER_FAMILY})")[0][0]
    assert earlier and secondary, "the bundled answer has both cases"
    text = dock.summary.toPlainText()
    assert f"{earlier} projects run into 2019 from earlier years." in text
    assert f"{open_end} projects have no published end year and are taken as still running." in text
    assert f"{secondary} projects match on a secondary sector: their main sector is another" in text


def test_a_range_that_ends_says_what_runs_on(dock):
    dock.form.year_from.setValue(2018)
    dock.form.year_to.setValue(2020)
    assert dock.apply_now()
    ids = {f["project_id"] for f in test_dock.layers()["projects"].getFeatures()}
    after = in_list(ids, "count(*)", "end_year IS NULL OR end_year > 2020")[0][0]
    text = dock.summary.toPlainText()
    assert f"{after} projects go on after 2020." in text
    assert "secondary sector" not in text  # no sector chosen: nothing to explain


def test_no_years_no_sectors_nothing_to_explain(dock):
    tick(dock.form.donors, ["KR"])
    assert dock.apply_now()
    text = dock.summary.toPlainText()
    assert "from earlier years" not in text and "secondary sector" not in text and "taken as still" not in text


def test_breakdown_by_recipient_country_in_words(dock):
    ids = ask_the_readme_question(dock)
    rows = {row.key: row for row in dock.summary.answer.countries}
    for code in {c for (value,) in in_list(ids, "recipient_country") for c in (value or "").split(";") if c}:
        expected = in_list(ids, "count(*), total(CASE WHEN finance_type = 'grant' THEN amount_usd END)",
                           f"';' || recipient_country || ';' LIKE '%;{code};%'")[0]
        assert (rows[code].projects, rows[code].by_kind["grant"]) == (expected[0], expected[1])
    text = dock.summary.toPlainText()
    section = text[text.index("By recipient country"):]
    lines = section.splitlines()
    for code in rows:
        name = COUNTRY_NAMES[code]
        assert lines[lines.index(name) + 1] == str(rows[code].projects)  # the name, then its projects
        assert code not in lines  # words, not codes
    assert "A regional programme counts in each of its countries" in section


def test_the_country_rows_are_the_reports_rows(dock):
    """The dock and the exported map's table give the same numbers (one summary code)."""
    from smartcity_plugin.core.report_totals import report_totals
    from smartcity_plugin.layers.reading import project_records

    ask_the_readme_question(dock)
    fields = ("project_id", "donor_country", "sector_primary", "city_ids", "amount_usd", "finance_type",
              "recipient_country")
    report = report_totals(project_records(test_dock.layers()["projects"], fields=fields))["recipient"]
    assert dock.summary.answer.countries == report
