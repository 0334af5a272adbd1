"""importiati, importcsv, checkprojects through processing.run, and the plugin working on the planner's data."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import data_source_setting, digest, fixture  # noqa: F401 (fixture)


def run(algorithm: str, **parameters):
    import processing

    return processing.run(f"smartcity:{algorithm}", parameters)


def test_importiati_outputs_counts_and_a_problems_layer(provider, tmp_path):
    target = tmp_path / "planner.gpkg"
    result = run("importiati", INPUT=str(fixture("iati", "handmade-2.03.xml")), GEOPACKAGE=str(target),
                 PROBLEMS="memory:")
    assert (result["ADDED"], result["UPDATED"], result["SKIPPED"]) == (7, 1, 1)
    assert (result["LOCATED"], result["COUNTRY_PLACED"], result["UNLOCATED_COUNT"]) == (5, 2, 1)
    problems = result["PROBLEMS"]
    assert problems.featureCount() == result["PROBLEM_COUNT"] == 9
    assert problems.fields().names() == ["project_id", "check", "problem", "message"]
    swapped = next(f for f in problems.getFeatures() if f["check"] == "swapped_lat_lon")
    assert swapped["problem"] == "Latitude and longitude swapped"  # words, not the code
    assert swapped.geometry().asPoint() == QgsPointXY(105.8542, 21.0285)
    assert result["GEOPACKAGE"] == str(target) and "9 problems" in result["REPORT"]


def test_unlocated_kept_without_geometry_when_asked(provider, tmp_path):
    result = run("importiati", INPUT=str(fixture("iati", "handmade-2.03.xml")),
                 GEOPACKAGE=str(tmp_path / "p.gpkg"), UNLOCATED=1)
    assert (result["COUNTRY_PLACED"], result["UNLOCATED_COUNT"]) == (0, 3)


def test_importcsv_with_mapping(provider, tmp_path):
    result = run("importcsv", INPUT=str(fixture("csv", "plain.csv")), GEOPACKAGE=str(tmp_path / "p.gpkg"),
                 MAPPING="project_id=Code\ntitle=Name of the project\nlatitude=Lat\nlongitude=Lon\n"
                         "recipient_country=Nation")
    assert (result["ADDED"], result["LOCATED"]) == (2, 2)


@pytest.mark.parametrize(("algorithm", "parameters", "message"), [
    ("importiati", {"INPUT": "missing.xml"}, "missing.xml: the file does not exist"),
    ("importcsv", {"INPUT": str(fixture("csv", "no-coordinates.csv"))}, "no-coordinates.csv: no coordinate columns"),
    ("importcsv", {"INPUT": str(fixture("csv", "plain.csv")), "MAPPING": "title"}, "Mapping: 'title' is not a"),
    ("importcsv", {"INPUT": str(fixture("csv", "latin1.csv")), "ENCODING": "klingon"}, "unknown encoding klingon"),
])
def test_bad_input_raises_processing_errors(provider, tmp_path, algorithm, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(algorithm, GEOPACKAGE=str(tmp_path / "p.gpkg"), **parameters)
    assert not (tmp_path / "p.gpkg").exists()


def test_bundled_gpkg_refused_as_target(provider):
    before = digest(bundled_data_path())
    with pytest.raises(QgsProcessingException, match="bundled data, which is never changed"):
        run("importiati", INPUT=str(fixture("iati", "handmade-1.05.xml")), GEOPACKAGE=str(bundled_data_path()))
    assert digest(bundled_data_path()) == before


def test_checkprojects_on_a_layer(provider):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=project_id:string&field=recipient_country:string"
                           "&field=source_url:string&field=status:string&field=end_year:integer", "p", "memory")
    rows = [
        ("ok", "VN", "https://x", "ongoing", 2030, (108.47, 15.57)),
        ("swapped", "VN", "https://x", "ongoing", None, (15.57, 108.47)),
        ("laos", "TH", "https://x", "ongoing", None, (102.63, 17.97)),
        ("sea", "", "https://x", "ongoing", None, (80.0, -5.0)),
        ("coast", "MY", "https://x", "ongoing", None, (103.59, 1.34)),  # Forest City: reclaimed land off the coastline
        ("ok", "VN", "", "completed", 2099, (108.47, 15.57)),
    ]
    features = []
    for *values, (x, y) in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = run("checkprojects", INPUT=layer, PROBLEMS="memory:")
    found = sorted((f["project_id"], f["check"]) for f in result["PROBLEMS"].getFeatures())
    assert found == [("laos", "outside_country"), ("ok", "duplicate_id"), ("ok", "future_date"),
                     ("ok", "missing_source"), ("sea", "at_sea"), ("swapped", "swapped_lat_lon")]
    assert result["PROBLEM_COUNT"] == 6


def test_bundled_data_passes_the_checks(provider):
    assert run("checkprojects", PROBLEMS="memory:")["PROBLEM_COUNT"] == 0


def test_plugin_works_on_the_planners_geopackage(provider, tmp_path, data_source_setting):  # noqa: F811
    from smartcity_plugin.layers.sources import active_data_path, open_data_layer

    target = tmp_path / "planner.gpkg"
    run("importiati", INPUT=str(fixture("iati", "handmade-2.03.xml")), GEOPACKAGE=str(target))
    data_source_setting(target)
    assert active_data_path() == target
    assert open_data_layer("projects").featureCount() == bundled_rows("projects") + 7
    assert run("filterprojects", DONORS="KR", OUTPUT="memory:")["COUNT"] > run(
        "filterprojects", DONORS="KR", INPUT=f"{bundled_data_path()}|layername=projects", OUTPUT="memory:")["COUNT"]
    # the planted mistakes still in the data: swapped, outside, at sea, future dates (one problem per record and
    # check; percentages and missing ids are only seen on import; the duplicate became one record)
    assert run("checkprojects", PROBLEMS="memory:")["PROBLEM_COUNT"] == 4
    data_source_setting("")
    assert active_data_path() == bundled_data_path()
    assert open_data_layer("projects").featureCount() == bundled_rows("projects")
    data_source_setting(tmp_path / "gone.gpkg")
    with pytest.raises(QgsProcessingException, match="gone.gpkg chosen as the plugin's data is missing"):
        run("filterprojects", OUTPUT="memory:")
