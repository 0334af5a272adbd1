"""Issue 16 item 14: odd values are reported problems, never silent, and never break a later step."""

from __future__ import annotations

import json

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.importer import ImportOptions
from tests.fixtures.io_support import read_projects

OPTIONS = ImportOptions(import_date="2026-12-01")
CSV_HEAD = "project_id,title,latitude,longitude,recipient_country,amount_usd,start_year,end_year\n"


def _problems(report) -> str:
    return " | ".join(report.examples)


def test_csv_amounts_negative_huge_and_underscored_are_problems(qgis_app, tmp_path):
    source = tmp_path / "amounts.csv"
    source.write_text(CSV_HEAD + "".join(f"A-{n},Project {n},10.78,106.70,VN,{amount},2020,2022\n" for n, amount in
                                         enumerate(["-1e308", "-5", "1_5", "1e300", "250000", "\"1,500\""])),
                      encoding="utf-8")
    report = import_csv(source, tmp_path / "planner.gpkg", options=OPTIONS)
    stored = {key: values for key, (values, _) in read_projects(tmp_path / "planner.gpkg").items()}
    assert [stored[f"A-{n}"]["amount_usd"] for n in range(6)] == [None, None, None, None, 250000.0, 1500.0]
    assert report.problems["invalid_value"] == 4
    text = _problems(report)
    for value in ("-1e+308", "-5", "1_5", "1e+300"):
        assert f"'{value}'" in text


def test_csv_coordinates_with_underscores_are_problems(qgis_app, tmp_path):
    source = tmp_path / "coordinates.csv"
    source.write_text(CSV_HEAD + "C-1,Lamps,1_0.78,106.70,VN,,2020,2022\n", encoding="utf-8")
    report = import_csv(source, tmp_path / "planner.gpkg", options=OPTIONS)
    assert report.problems["invalid_value"] == 1
    assert read_projects(tmp_path / "planner.gpkg")["C-1"][1] != [(106.7, 10.78)]


def test_impossible_dates_are_reported(qgis_app, tmp_path):
    source = tmp_path / "dates.csv"
    source.write_text(CSV_HEAD + "D-1,Lamps,10.78,106.70,VN,,2021-02-30,2021-13-45\n"
                      "D-2,Bus,10.78,106.70,VN,,2019-05-01,2023-12-31\n", encoding="utf-8")
    report = import_csv(source, tmp_path / "planner.gpkg", options=OPTIONS)
    text = _problems(report)
    assert "2021-02-30" in text and "2021-13-45" in text
    assert report.problems["invalid_value"] == 1  # one problem per record and check (issue 19), naming both dates


def test_iati_values_reported(qgis_app, tmp_path):
    source = tmp_path / "values.xml"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03">'
        '<iati-activity default-currency="USD"><iati-identifier>KR-GOV-V-1</iati-identifier>'
        '<title><narrative>Values</narrative></title><recipient-country code="VN"/>'
        '<activity-date type="2" iso-date="2021-02-30"/><activity-date type="4" iso-date="20xx-01-01"/>'
        '<transaction><transaction-type code="2"/><value>1_5</value></transaction>'
        '<transaction><transaction-type code="2"/><value>-1e308</value></transaction>'
        '<location><point><pos>1_0.5 106.7</pos></point></location>'
        '</iati-activity></iati-activities>', encoding="utf-8")
    report = import_iati(source, tmp_path / "planner.gpkg", OPTIONS)
    values, points = read_projects(tmp_path / "planner.gpkg")["KR-GOV-V-1"]
    text = _problems(report) + " " + (values["amount_note"] or "")
    assert "2021-02-30" in text and "20xx-01-01" in text
    assert "1_5" in text and "-1e308" in text
    assert values["amount_usd"] is None
    assert points != [(106.7, 10.5)]


def test_control_characters_are_removed_and_the_iati_export_works(qgis_app, tmp_path, provider):
    from qgis import processing

    source = tmp_path / "control.csv"
    source.write_text(CSV_HEAD + "K-1,Lamp\x01 posts\x1b[31m,10.78,106.70,VN,,2020,2022\n", encoding="utf-8")
    planner = tmp_path / "planner.gpkg"
    report = import_csv(source, planner, options=OPTIONS)
    assert report.problems["invalid_value"] == 1 and "control characters" in _problems(report)
    assert read_projects(planner)["K-1"][0]["title"] == "Lamp posts[31m"
    result = processing.run("smartcity:exportprojects", {
        "INPUT": f"{planner}|layername=projects", "FORMAT": 2, "OUTPUT": str(tmp_path / "out.xml")})
    assert result["COUNT"] >= 1
    again = import_iati(tmp_path / "out.xml", tmp_path / "again.gpkg", OPTIONS)
    assert again.added >= 1


def test_geojson_export_survives_infinite_values_in_a_layer(qgis_app, tmp_path):
    from smartcity_plugin.io.exports import ExportRow, write_geojson
    from smartcity_plugin.io.iati_export import write_iati

    rows = [ExportRow({"project_id": "I-1", "title": "Inf\x02", "amount_usd": float("inf")},
                      [(float("-inf"), 10.0), (106.7, 10.78)]),
            ExportRow({"project_id": "I-2", "title": "NaN", "amount_usd": float("nan")}, [])]
    assert write_geojson(tmp_path / "out.geojson", rows) == 2
    data = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    first = data["features"][0]
    assert first["properties"]["amount_usd"] is None
    assert first["geometry"]["coordinates"] == [[106.7, 10.78]]
    assert data["features"][1]["properties"]["amount_usd"] is None
    assert write_iati(tmp_path / "out.xml", rows) == 2  # and the IATI writer neither
