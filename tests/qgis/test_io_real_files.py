"""Real publishers' files (tests/fixtures/real, SOURCES.md): the import says what the publisher wrote.

Each IATI file is compared field by field with an independent reading (tests/fixtures/real_parse.py):
donor country and name, recipient countries, DAC codes, start year, status, net commitments per
currency, points. Then the records go out as IATI and CSV and come back identical, and a planner's
filter for Korea, Japan or Australia finds AidData's projects.
"""

from __future__ import annotations

import csv
import re

import pytest

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.importer import ImportOptions
from tests.fixtures.io_support import fixture, planner_without_projects, read_projects
from tests.fixtures.real_parse import read_activities

IATI_FILES = {  # file → publishers in it
    "aiddata-timor-leste-2.03.xml": "AidData (KOICA, JICA, DFAT, World Bank … as funders)",
    "aiddata-timor-leste-1.04.xml": "AidData, IATI 1.04",
    "d-portal-download-mixed.xml": "30 publishers: USAID, Sida, DFID, UNICEF, OCHA, EC, Spain, DFAT …",
    "spain-maec-indonesia-2.01.xml": "Spain, Ministry of Foreign Affairs and Cooperation",
    "dfid-2.01.xml": "UK Department for International Development",
    "world-bank-1.0x-d-portal.xml": "World Bank, IATI 1.0x",
    "usaid-single-activity-root.xml": "USAID, a file of one activity",
}
DATE = ImportOptions(import_date="2026-12-06")


def real(name: str):
    return fixture("real", name)


@pytest.fixture(scope="module")
def imported(qgis_app, tmp_path_factory):
    """Each real IATI file imported once into an empty planner's GeoPackage: name → (path, report, problems)."""
    results = {}
    for name in IATI_FILES:
        target = planner_without_projects(tmp_path_factory.mktemp("real") / "planner.gpkg")
        problems = []
        report = import_iati(real(name), target, DATE, on_problem=problems.append)
        results[name] = (target, report, problems)
    return results


@pytest.mark.parametrize("name", IATI_FILES)
def test_iati_file_reads_as_the_publisher_wrote_it(imported, name):
    target, report, _ = imported[name]
    expected = read_activities(real(name))
    projects = read_projects(target)
    assert set(projects) == set(expected) and report.added == len(expected) > 0
    for identifier, activity in expected.items():
        values, points = projects[identifier]
        where = (name, identifier)
        assert values["donor_country"] == activity.donor_country(), where
        if activity.funders:
            assert values["donor_name"] in [funder for funder, _ in activity.funders], where
        assert set((values["recipient_country"] or "").split(";")) - {""} == activity.countries, where
        assert set((values["dac_codes"] or "").split(";")) - {""} == activity.dac_codes, where
        assert values["start_year"] == activity.start_year, where
        assert values["status"] == activity.status, where
        commitments = {currency: net for currency, net in activity.commitments.items() if net}
        if set(commitments) == {"USD"} and commitments["USD"] > 0:
            assert values["amount_usd"] == pytest.approx(commitments["USD"]), where
        for currency, net in commitments.items():
            assert "commitments: " in values["amount_note"], where
            assert f"{currency} {net:,.2f}" in values["amount_note"], where
        assert values["amount_usd"] is None or values["amount_usd"] > 0, where
        if activity.points:
            assert {(round(x, 5), round(y, 5)) for x, y in points} == activity.points, where


def test_funders_named_without_identifiers_keep_their_country(imported):
    """AidData names KOICA, JICA, DFAT … without @ref: the donor is the funder, never the reporting AidData."""
    projects = read_projects(imported["aiddata-timor-leste-2.03.xml"][0])
    donors = {}
    for values, _ in projects.values():
        donors.setdefault(values["donor_country"], set()).add(values["donor_name"])
    assert "Korean International Cooperation Agency" in donors["KR"]
    assert {"Japan International Cooperation Agency", "Government Of Japan"} <= donors["JP"]
    assert {"DFAT - Australian Aid Program", "Australian Aid Program"} & donors["AU"]
    assert "World Bank" in donors["XM"]
    assert not any(values["agency"] == "AidData" for values, _ in projects.values())
    _, report, problems = imported["aiddata-timor-leste-2.03.xml"]
    unknown = [p for p in problems if p.check == "unknown_donor"]
    assert len(unknown) == report.problems["unknown_donor"]
    assert all(projects[p.project_id][0]["donor_country"] is None for p in unknown)


def test_usaid_countries_given_per_transaction(imported):
    """USAID gives the recipient country and sector on each transaction: the activity gets them."""
    projects = read_projects(imported["d-portal-download-mixed.xml"][0])
    usaid = {key: value for key, value in projects.items() if key.startswith("US-GOV-1-")}
    assert len(usaid) == 9
    for values, points in usaid.values():
        assert values["recipient_country"] and points and values["dac_codes"]
        assert "Given per transaction" in values["notes"]
    single = read_projects(imported["usaid-single-activity-root.xml"][0])
    (values, points), = single.values()
    assert values["recipient_country"] == "CD" and values["location_precision"] == 6 and len(points) == 1


def test_de_obligations_never_make_a_negative_amount(imported):
    """The World Bank's 1.0x files carry negative commitments (de-obligations)."""
    target, report, problems = imported["world-bank-1.0x-d-portal.xml"]
    negative = {p.project_id for p in problems if p.check == "negative_commitment"}
    assert report.problems["negative_commitment"] == len(negative) >= 1
    for identifier, (values, _) in read_projects(target).items():
        assert values["amount_usd"] is None or values["amount_usd"] > 0
        if identifier in negative:
            assert "USD -" in values["amount_note"]


def test_region_codes_are_not_countries(imported):
    for target, _, _ in imported.values():
        for values, _ in read_projects(target).values():
            for code in (values["recipient_country"] or "").split(";"):
                assert code == "" or (len(code) == 2 and code.isalpha() and code != "XX")


def test_unread_sector_vocabularies_are_left_alone(imported):
    """Vocabularies the plugin does not read (the World Bank's WBSector/WBTheme, 7, 10, 99 …) raise no problem."""
    assert "WBSector" in real("world-bank-1.0x-d-portal.xml").read_text(encoding="utf-8")
    for name, (_, _, problems) in imported.items():
        for problem in problems:
            if problem.check == "percentages":
                assert not re.search(r"vocabulary (?!(1|2|DAC|DAC-3)\b)", problem.message), (name, problem.message)


def test_problems_are_counted_once_per_record_and_check(imported):
    for name, (_, _, problems) in imported.items():
        keys = [(p.project_id, p.check) for p in problems]
        assert len(keys) == len(set(keys)), name


def export(fmt: int, source, path):
    import processing

    return processing.run("smartcity:exportprojects", {
        "FORMAT": fmt, "OUTPUT": str(path), "INPUT": f"{source}|layername=projects", "TEXT": ""})


@pytest.mark.parametrize("name", IATI_FILES)
@pytest.mark.parametrize(("fmt", "suffix", "importer"), [(0, "csv", import_csv), (2, "xml", import_iati)])
def test_round_trips_give_identical_records(provider, imported, tmp_path, name, fmt, suffix, importer):
    source = imported[name][0]
    original = read_projects(source)
    assert export(fmt, source, tmp_path / f"out.{suffix}")["COUNT"] == len(original)
    groups = any(len(code) == 3 for values, _ in original.values() for code in (values["dac_codes"] or "").split(";"))
    if fmt == 2 and groups:  # 3-digit DAC groups go out as IATI sector vocabulary 2, not as 5-digit codes
        assert 'vocabulary="2"' in (tmp_path / "out.xml").read_text(encoding="utf-8")
    target = planner_without_projects(tmp_path / "again.gpkg")
    importer(tmp_path / f"out.{suffix}", target, options=DATE)
    assert read_projects(target) == original


def _aiddata_planner(tmp_path):
    target = planner_without_projects(tmp_path / "planner.gpkg")
    import_iati(real("aiddata-timor-leste-2.03.xml"), target, DATE)
    return target


@pytest.mark.parametrize(("donor", "funders"), [
    ("KR", {"Korean International Cooperation Agency"}),
    ("JP", {"Japan International Cooperation Agency", "Government Of Japan", "Embassy of Japan"}),
    ("AU", {"Australian Aid Program", "DFAT - Australian Aid Program", "Government Of Australia",
            "Australian Federal Police", "Australian Department of Immigration and Citizenship"}),
])
def test_planner_filter_finds_korea_japan_australia_in_aiddata(provider, tmp_path, donor, funders):
    """Through the plugin's own filter (smartcity:filterprojects), as the dock's donor filter runs it."""
    import processing

    target = _aiddata_planner(tmp_path)
    expected = {identifier for identifier, activity in read_activities(real("aiddata-timor-leste-2.03.xml")).items()
                if activity.donor_country() == donor}
    assert expected and all(any(name in funders for name, _ in read_activities(real(
        "aiddata-timor-leste-2.03.xml"))[identifier].funders) for identifier in expected)
    result = processing.run("smartcity:filterprojects", {
        "INPUT": f"{target}|layername=projects", "DONORS": donor, "OUTPUT": "memory:"})
    assert result["COUNT"] == len(expected)
    assert {feature["project_id"] for feature in result["OUTPUT"].getFeatures()} == expected


def test_aiddata_tables_projects_locations_and_level_1a(provider, tmp_path):
    """AidData's project table, then its location table, then level 1a: donors, places, sources, columns."""
    import processing

    target = planner_without_projects(tmp_path / "planner.gpkg")
    report = import_csv(real("aiddata-timor-leste-projects.csv"), target, options=DATE)
    rows = list(csv.DictReader(real("aiddata-timor-leste-projects.csv").open(encoding="utf-8")))
    assert report.added == len(rows) == 372
    assert {"is_geocoded", "total_disbursements"} <= set(report.unused_columns)
    assert "Columns not used: is_geocoded" in report.summary()
    projects = read_projects(target)
    for row in rows:
        values, _ = projects[row["project_id"]]
        assert values["title"] == row["project_title"].strip()  # as written, an ideographic space included
        assert values["recipient_country"] == "TL"  # from recipients_iso3, the code column, not the names
        assert values["start_year"] == (int(row["start_actual_isodate"][:4]) if row["start_actual_isodate"] else None)
        assert values["amount_usd"] == (pytest.approx(float(row["total_commitments"]))
                                        if row["total_commitments"] and float(row["total_commitments"]) > 0 else None)
        assert set((values["dac_codes"] or "").split(";")) - {""} == set(row["ad_sector_codes"].split("|")) - {""}
    korean = [row for row in rows if row["donors"] == "Korean International Cooperation Agency"]
    assert korean and all(projects[row["project_id"]][0]["donor_country"] == "KR" for row in korean)

    problems = []
    located = import_csv(real("aiddata-timor-leste-locations.csv"), target, options=DATE, on_problem=problems.append)
    locations = list(csv.DictReader(real("aiddata-timor-leste-locations.csv").open(encoding="utf-8")))
    assert located.updated == len({row["project_id"] for row in locations}) and located.added == 0
    assert not [p for p in problems if p.check == "missing_source"]
    projects = read_projects(target)
    for project_id in {row["project_id"] for row in locations}:
        values, points = projects[project_id]
        places = [row for row in locations if row["project_id"] == project_id]
        assert {(round(x, 5), round(y, 5)) for x, y in points} == {
            (round(float(r["longitude"]), 5), round(float(r["latitude"]), 5)) for r in places}
        assert values["location_note"].startswith("Locations from the table aiddata-timor-leste-locations.csv")
        assert "placed inside" not in values["location_note"]  # the country placeholder is gone
        assert values["location_precision"] == max(int(r["precision_code"]) for r in places)
        assert values["source_title"] == "CSV file aiddata-timor-leste-projects.csv"

    level = planner_without_projects(tmp_path / "level.gpkg")
    report = import_csv(real("aiddata-timor-leste-level_1a.csv"), level, options=DATE)
    assert {"geoname_id", "even_split_commitments"} <= set(report.unused_columns)
    result = processing.run("smartcity:filterprojects", {
        "INPUT": f"{level}|layername=projects", "DONORS": "AU", "OUTPUT": "memory:"})
    level_rows = list(csv.DictReader(real("aiddata-timor-leste-level_1a.csv").open(encoding="utf-8")))
    first_known = {row["project_id"] for row in level_rows
                   if next((c for c in row["donors_iso3"].split("|") if c != "DAC"), None) == "AUS"}
    assert {feature["project_id"] for feature in result["OUTPUT"].getFeatures()} == first_known
