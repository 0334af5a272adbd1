"""smartcity:filterprojects through processing.run, as the Toolbox and Modeler call it."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def run(**parameters):
    import processing

    return processing.run("smartcity:filterprojects", {"OUTPUT": "memory:", **parameters})


def test_filter_writes_matching_projects_with_fields(provider, projects_layer, tmp_path):
    target = tmp_path / "korea water.gpkg"
    result = run(INPUT=projects_layer, DONORS="KR", SECTORS="water", OUTPUT=str(target))
    assert result["COUNT"] == 2
    layer = QgsVectorLayer(str(target), "out", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    assert sorted(f["title"] for f in layer.getFeatures()) == [
        "Mekong data (phase 'II') [pilot]", "Tam Ky smart city",
    ]
    assert layer.fields().names()[1:4] == ["project_id", "title", "donor_country"]  # fid first
    assert layer.crs().authid() == "EPSG:4326"


def test_comma_lists_and_years(provider, projects_layer):
    result = run(INPUT=projects_layer, DONORS="US, KR", COUNTRIES="VN", YEAR_FROM=2022)
    assert result["COUNT"] == 3
    assert sorted(f["project_id"] for f in result["OUTPUT"].getFeatures()) == ["p1", "p2", "p3"]


def test_bad_parameters_get_clear_errors(provider, projects_layer):
    with pytest.raises(QgsProcessingException, match="start year 2025 is after the end year 2019"):
        run(INPUT=projects_layer, YEAR_FROM=2025, YEAR_TO=2019)
    with pytest.raises(QgsProcessingException, match="Unknown status: done"):
        run(INPUT=projects_layer, STATUSES="done")
    cities = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "cities", "memory")
    with pytest.raises(QgsProcessingException, match="lacks the fields the filter needs: project_id, title"):
        run(INPUT=cities)


def test_sectors_in_any_taxonomy_on_bundled_data(provider):
    import sqlite3

    from smartcity_plugin.toolbelt.paths import bundled_data_path

    with sqlite3.connect(bundled_data_path()) as connection:
        (expected,) = connection.execute(
            "SELECT count(*) FROM projects WHERE ';' || sectors || ';' LIKE '%;water;%' "
            "OR ';' || sectors || ';' LIKE '%;waste;%' OR sector_primary IN ('water', 'waste')"
        ).fetchone()
    assert expected > 0
    assert run(SECTORS="kearney.smart_environment")["COUNT"] == expected  # = water + waste
    with pytest.raises(QgsProcessingException, match="Unknown sector: smart_water"):
        run(SECTORS="water,smart_water")
