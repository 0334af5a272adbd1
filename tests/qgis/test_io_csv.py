"""CSV import: HXL 3W tables, plain tables with a mapping, AidData locations, and bad tables."""

from __future__ import annotations

import pytest

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.csv_source import parse_mapping
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.importer import ImportOptions
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import digest, fixture, read_projects

PLAIN_MAPPING = "project_id=Code; title=Name of the project; latitude=Lat; longitude=Lon; " \
                "recipient_country=Nation; amount_usd=Money; finance_type=Kind"


def new_rows(path):
    return {key: value for key, value in read_projects(path).items() if not key.startswith(("us_", "kr_", "cn_",
                                                                                             "jp_"))}


def test_hxl_3w_table_with_title_rows(qgis_app, tmp_path):
    target = tmp_path / "p.gpkg"
    problems = []
    report = import_csv(fixture("csv", "3w-hxl.csv"), target, options=ImportOptions(import_date="2026-02-01"),
                        on_problem=problems.append)
    rows = new_rows(target)
    assert (report.read, report.added, report.located, report.country_placed) == (5, 5, 3, 2)
    flood = next(values for values, points in rows.values() if values["title"] == "Flood sensors")
    points = next(points for values, points in rows.values() if values["title"] == "Flood sensors")
    assert points == [(108.47, 15.57), (108.2, 16.05)]  # two rows, one project: money counted once
    assert flood["amount_usd"] == 1_200_000 and flood["donor_country"] == "KR" and flood["partners"] == "Test NGO"
    assert (flood["sector_primary"], flood["dac_codes"], flood["status"]) == ("security", "41050", "ongoing")
    assert (flood["start_year"], flood["end_year"]) == (2021, 2023)
    assert flood["location_note"] == "Quang Nam;Da Nang" and flood["as_of"] == "2026-02-01"
    assert flood["source_title"] == "CSV file 3w-hxl.csv"
    bus = next(values for values, _ in rows.values() if values["title"] == "Bus app")
    assert (bus["location_precision"], bus["recipient_country"]) == (4, "TH")  # placed in Chiang Mai province
    parking = next(values for values, _ in rows.values() if values["title"] == "Smart parking")
    assert parking["recipient_country"] == "PH" and parking["location_precision"] == 6  # ISO3 PHL understood
    kiosks = next(values for values, _ in rows.values() if values["title"] == "Water kiosks")
    assert (kiosks["amount_usd"], kiosks["start_year"], kiosks["status"]) == (400_000, 2019, "planned")
    health = next(values for values, _ in rows.values() if values["title"] == "Health posts")
    assert health["sector_primary"] is None and "Education" in health["notes"]
    assert sorted(p.check for p in problems) == ["future_date", "invalid_value", "swapped_lat_lon"]


def test_stable_ids_make_reimport_an_update(qgis_app, tmp_path):
    target = tmp_path / "p.gpkg"
    import_csv(fixture("csv", "3w-hxl.csv"), target)
    again = import_csv(fixture("csv", "3w-hxl.csv"), target)
    assert (again.added, again.updated) == (0, 5)
    assert len(read_projects(target)) == bundled_rows("projects") + 5


def test_plain_csv_through_a_mapping_then_aiddata_locations(qgis_app, tmp_path):
    target = tmp_path / "p.gpkg"
    report = import_csv(fixture("csv", "plain.csv"), target, parse_mapping(PLAIN_MAPPING))
    assert report.added == 2
    values, points = read_projects(target)["P-1"]
    assert (values["title"], values["recipient_country"], values["amount_usd"], values["finance_type"]) == (
        "Smart lamp posts", "VN", 250_000, "grant")
    assert points == [(106.7, 10.78)]
    assert read_projects(target)["P-2"][0]["recipient_country"] == "VN"  # from "VNM"
    locations = import_csv(fixture("csv", "aiddata-locations.csv"), target)
    assert (locations.updated, locations.skipped) == (1, 1)  # P-9 is not a project: reported, not invented
    values, points = read_projects(target)["P-1"]
    assert points == [(106.6667, 10.75), (108.2208, 16.0678)] and values["location_precision"] == 2
    assert values["title"] == "Smart lamp posts"  # a locations table changes only the locations


def test_mapping_errors_name_the_problem(qgis_app, tmp_path):
    with pytest.raises(ValueError, match="'colour' is not a field"):
        parse_mapping("colour=Red")
    with pytest.raises(ValueError, match="'title' is not a field=column pair"):
        parse_mapping("title")
    with pytest.raises(DataExchangeError, match="plain.csv: the mapping names a column 'Nope'"):
        import_csv(fixture("csv", "plain.csv"), tmp_path / "p.gpkg", {"title": "Nope"})


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", b"", "the file is empty"),
    ("header.csv", b"project_id,title,latitude,longitude\n", "headers but no data rows"),
    ("nul.csv", b"id,title\x00\n", "not a text file"),
    ("latin.csv", "project_id,title,recipient_country\nP,Café,VN\n".encode("latin-1"), "line 2 is not utf-8-sig"),
])
def test_bad_tables_get_clear_errors(qgis_app, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DataExchangeError, match=message):
        import_csv(path, tmp_path / "p.gpkg")
    assert not (tmp_path / "p.gpkg").exists()


def test_no_coordinates_nor_country(qgis_app, tmp_path):
    target = tmp_path / "p.gpkg"
    import_csv(fixture("csv", "plain.csv"), target, parse_mapping(PLAIN_MAPPING))
    before = digest(target)
    with pytest.raises(DataExchangeError, match="no-coordinates.csv: no coordinate columns"):
        import_csv(fixture("csv", "no-coordinates.csv"), target)
    assert digest(target) == before


def test_other_encoding_when_asked(qgis_app, tmp_path):
    target = tmp_path / "p.gpkg"
    with pytest.raises(DataExchangeError, match="latin1.csv: line 2 is not utf-8-sig text .byte 0xe9."):
        import_csv(fixture("csv", "latin1.csv"), target)
    import_csv(fixture("csv", "latin1.csv"), target, encoding="latin-1")
    assert read_projects(target)["P-1"][0]["title"] == "Café lighting"
