"""The cities a selection shows: the same in a GeoPackage's SQL, in PostgreSQL quoting and as a QGIS expression."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsFeatureRequest, QgsField, QgsVectorLayer

from smartcity_plugin.core.filter_expression import ExpressionDialect
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.filter_sql import PostgresDialect, SqlDialect
from smartcity_plugin.core.selection_query import cities_condition, dialect_for
from smartcity_plugin.layers.data_sources import open_read_only
from smartcity_plugin.toolbelt.compat import field_type
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.qgis.conftest import write_geopackage

CITY_IDS = ["ascn_vn_da_nang", "o'neill", "back\\slash", "ĐÀ_nẵng", "%_wild"]


@pytest.fixture()
def cities(qgis_app) -> QgsVectorLayer:
    # As the plugin opens it: read-only, so the test writes nothing to the bundled file either.
    return open_read_only(f"{bundled_data_path()}|layername=ascn_cities", "cities")


@pytest.fixture()
def odd_cities(qgis_app, tmp_path) -> QgsVectorLayer:
    """A GeoPackage of cities whose ids hold quotes, a backslash, capitals beyond ASCII and LIKE's wildcards."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "odd", "memory")
    layer.dataProvider().addAttributes([QgsField("city_id", field_type("String")),
                                        QgsField("country_iso2", field_type("String"))])
    layer.updateFields()
    for city_id in CITY_IDS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([city_id, "VN"])
        layer.dataProvider().addFeature(feature)
    return write_geopackage(layer, tmp_path / "odd.gpkg")


def ids(layer, expression: str) -> set[str]:
    return {f["city_id"] for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression))}


def test_each_provider_gets_its_own_language():
    assert isinstance(dialect_for("postgres"), PostgresDialect)
    assert type(dialect_for("ogr")) is SqlDialect and type(dialect_for("spatialite")) is SqlDialect
    assert isinstance(dialect_for("memory"), ExpressionDialect) and isinstance(dialect_for(""), ExpressionDialect)


@pytest.mark.parametrize("selection", [
    (ProjectFilter(countries=("VN", "LA")), None),
    (ProjectFilter(cities=("ascn_vn_da_nang", "ascn_th_bangkok"), countries=("VN",)), None),
    (ProjectFilter(countries=("VN",)), ["ascn_la_luang_prabang", "ascn_vn_hanoi"]),  # a lens's cities win
    (ProjectFilter(), []),  # a lens that found no city shows none
])
def test_the_geopackage_shows_the_cities_the_expression_keeps(cities, selection):
    project_filter, city_ids = selection
    expected = ids(cities, cities_condition(project_filter, city_ids)) if cities_condition(project_filter, city_ids) \
        else {f["city_id"] for f in cities.getFeatures()}
    assert cities.setSubsetString(cities_condition(project_filter, city_ids, "ogr"))
    assert {f["city_id"] for f in cities.getFeatures()} == expected
    if city_ids is not None:
        assert expected == set(city_ids) & expected and len(expected) == len(city_ids)


@pytest.mark.parametrize("city_id", CITY_IDS)
def test_quotes_backslashes_and_wildcards_match_only_themselves(odd_cities, city_id):
    assert ids(odd_cities, cities_condition(ProjectFilter(), [city_id])) == {city_id}
    sql = cities_condition(ProjectFilter(), [city_id], "ogr")
    assert odd_cities.setSubsetString(sql)  # SQLite's quoting: a backslash is an ordinary character
    assert {f["city_id"] for f in odd_cities.getFeatures()} == {city_id}
    odd_cities.setSubsetString("")


def test_a_value_postgresql_cannot_hold_matches_no_city():
    assert cities_condition(ProjectFilter(), ["nul\x00"], "postgres") == "FALSE"
