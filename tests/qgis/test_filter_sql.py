"""The subset-string SQL selects exactly what the QGIS expression selects, on a GeoPackage."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.layers.filtering import apply_project_filter, subset_string
from smartcity_plugin.layers.sources import open_data_layer, sector_catalogue
from tests.qgis.conftest import PROJECT_ROWS, make_projects_layer, write_geopackage

TRICKY = PROJECT_ROWS + [
    ("p6", "100% solar_ready roofs", "JP", "JICA", "PH", "c_cebu", "c_cebu", "energy", "energy", "planned", 2026, 2028, 5.0, 123.9, 10.3),
    ("p7", "Path C:\\data (copy)", "XM", "ADB", "ID", "c_jkt", "c_jkt", "water", "water", "ongoing", 2022, 2024, 7.0, 106.8, -6.2),
]


@pytest.fixture()
def gpkg_layer(tmp_path) -> QgsVectorLayer:
    layer = write_geopackage(make_projects_layer(TRICKY), tmp_path / "projects.gpkg")
    assert layer.featureCount() == len(TRICKY)
    return layer


def by_subset(layer, project_filter, catalogue=None) -> list[str]:
    assert apply_project_filter(layer, project_filter, catalogue), subset_string(layer, project_filter, catalogue)
    return sorted(f["project_id"] for f in layer.getFeatures())


def by_expression(layer, project_filter, catalogue=None) -> list[str]:
    layer.setSubsetString("")
    expression = filter_expression(project_filter, catalogue)
    request = QgsFeatureRequest().setFilterExpression(expression) if expression else QgsFeatureRequest()
    return sorted(f["project_id"] for f in layer.getFeatures(request))


FILTERS = [
    {}, {"donors": ["KR"]}, {"donors": ["US", "KR"], "countries": ["VN"]}, {"countries": ["LA"]},
    {"sectors": ["water"]}, {"sectors": ["wat"]}, {"cities": ["c_hue", "c_jb"]}, {"statuses": ["completed"]},
    {"year_from": 2024, "year_to": 2030}, {"year_to": 2016}, {"amount_min": 6}, {"amount_max": 12_000_000},
    {"text": "WATER"}, {"text": "phase 'II') [pilot"}, {"agencies": ["O'Neill & Partners (KR)"]},
    {"text": "100%"}, {"text": "%"}, {"text": "solar_"}, {"text": "C:_data"}, {"text": "C:\\data (copy)"},
]


@pytest.mark.parametrize("criteria", FILTERS)
def test_sql_and_expression_agree(gpkg_layer, criteria):
    project_filter = ProjectFilter(**criteria)
    assert by_subset(gpkg_layer, project_filter) == by_expression(gpkg_layer, project_filter)


def test_wildcards_are_literal(gpkg_layer):
    assert by_subset(gpkg_layer, ProjectFilter(text="%")) == ["p6"]
    assert by_subset(gpkg_layer, ProjectFilter(text="C:_data")) == []  # "_" is not "any character"
    assert by_subset(gpkg_layer, ProjectFilter(text="C:\\data")) == ["p7"]


def test_memory_layers_get_expressions(projects_layer):
    assert apply_project_filter(projects_layer, ProjectFilter(donors=["KR"]))
    assert projects_layer.featureCount() == 3


@pytest.mark.parametrize("sectors", [["water"], ["kearney.smart_it"], ["ascn.quality_environment"], ["egov", "health"]])
def test_bundled_data_sql_matches_expression_for_every_taxonomy(qgis_app, sectors):
    layer = open_data_layer("projects")
    catalogue = sector_catalogue()
    project_filter = ProjectFilter(sectors=sectors, year_from=2019)
    assert by_subset(layer, project_filter, catalogue) == by_expression(layer, project_filter, catalogue)
