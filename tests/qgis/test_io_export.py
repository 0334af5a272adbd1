"""Exports read back identically: CSV with HXL, GeoJSON and IATI XML through the plugin's own importers."""

from __future__ import annotations

import json
import re

import pytest

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.importer import ImportOptions
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import fixture, planner_without_projects, read_projects


def export(fmt: int, path, **filters):
    import processing

    return processing.run("smartcity:exportprojects", {"FORMAT": fmt, "OUTPUT": str(path), **filters})


@pytest.mark.parametrize(("fmt", "name", "importer"), [(0, "all.csv", import_csv), (2, "all.xml", import_iati)])
def test_round_trip_gives_the_same_records(provider, tmp_path, fmt, name, importer):
    original = read_projects(bundled_data_path())
    assert export(fmt, tmp_path / name)["COUNT"] == len(original) == bundled_rows("projects")
    target = planner_without_projects(tmp_path / "planner.gpkg")
    report = importer(tmp_path / name, target, options=ImportOptions(import_date="2030-01-01"))
    assert (report.added, report.updated, report.skipped) == (len(original), 0, 0)
    assert read_projects(target) == original  # every field, every point, with NULLs and projects without geometry


def test_round_trip_of_imported_iati_data(provider, tmp_path):
    planner = tmp_path / "planner.gpkg"
    import_iati(fixture("iati", "handmade-2.03.xml"), planner)
    source = {key: value for key, value in read_projects(planner).items() if "TEST" in key}
    export(2, tmp_path / "again.xml", INPUT=f"{planner}|layername=projects", TEXT="")
    target = planner_without_projects(tmp_path / "second.gpkg")
    import_iati(tmp_path / "again.xml", target)
    assert {key: value for key, value in read_projects(target).items() if "TEST" in key} == source


def test_iati_export_without_our_extension_keeps_the_standard_facts(provider, tmp_path):
    export(2, tmp_path / "all.xml", DONORS="KR", SECTORS="water")
    text = (tmp_path / "all.xml").read_text(encoding="utf-8")
    assert text.count("<iati-activity ") == text.count("<iati-identifier>") > 0
    plain = re.sub(r"\s*<scm:field[^>]*?(/>|>[^<]*</scm:field>)", "", text)
    assert "scm:field" not in plain
    (tmp_path / "plain.xml").write_text(plain, encoding="utf-8")
    target = planner_without_projects(tmp_path / "planner.gpkg")
    import_iati(tmp_path / "plain.xml", target, ImportOptions(place_at_country=False))
    original = read_projects(bundled_data_path())
    for project_id, (values, points) in read_projects(target).items():
        before, before_points = original[project_id]
        for name in ("title", "recipient_country", "dac_codes", "start_year", "end_year", "amount_usd"):
            assert values[name] == before[name], (project_id, name)
        assert values["status"] == (before["status"] if before["status"] != "unknown" else "unknown")
        assert points == before_points
        assert values["agency"] == before["agency"] and values["donor_name"] == before["donor_name"]


def test_geojson_and_csv_have_what_other_tools_expect(provider, tmp_path):
    assert export(1, tmp_path / "kr.geojson", DONORS="KR")["COUNT"] > 0
    collection = json.loads((tmp_path / "kr.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["donor_country"] for f in collection["features"]} == {"KR"}
    located = [f for f in collection["features"] if f["geometry"]]
    assert all(f["geometry"]["type"] == "MultiPoint" for f in located)
    assert all(90 < x < 130 and -12 < y < 25 for f in located for x, y in f["geometry"]["coordinates"])  # lon, lat
    export(0, tmp_path / "kr.csv", DONORS="KR")
    header, tags = (tmp_path / "kr.csv").read_text(encoding="utf-8").splitlines()[:2]
    assert header.startswith("project_id,title,donor_country") and header.endswith("latitude,longitude,locations_wkt")
    assert tags.startswith("#activity+code,#activity+name,#country+funder+code") and "#geo+lat,#geo+lon" in tags
