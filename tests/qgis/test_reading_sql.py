"""Totals and table rows read by SQL from a GeoPackage equal those read feature by feature."""

from __future__ import annotations

import pytest
from qgis.core import QgsMapLayerStore, QgsVectorLayer

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.summary import summarize
from smartcity_plugin.gui.results_table import READ
from smartcity_plugin.layers import gpkg_sql
from smartcity_plugin.layers.filtering import apply_project_filter
from smartcity_plugin.layers.reading import SUMMARY_FIELDS, city_counts, first_records, project_records, summarize_layer
from smartcity_plugin.layers.sources import open_read_only, sector_catalogue
from smartcity_plugin.toolbelt.paths import bundled_data_path
from smartcity_plugin.toolbelt.values import plain_value

FILTERS = [{}, {"donors": ["KR"]}, {"sectors": ["water"], "year_from": 2019}, {"countries": ["VN", "LA"]},
           {"text": "smart"}, {"cities": ["nowhere"]}]


@pytest.fixture()
def projects(qgis_app) -> QgsVectorLayer:
    """The bundled projects as the plugin opens them: read-only (never the checkout's file for update).

    Owned by a layer store and deleted at teardown: pytest keeps fixture values until after the
    session's teardown, and a layer freed after QGIS has exited crashes in GDAL's close.
    """
    store = QgsMapLayerStore()
    layer = open_read_only(f"{bundled_data_path()}|layername=projects", "projects")
    store.addMapLayer(layer)
    yield layer
    store.removeAllMapLayers()


def by_features(layer: QgsVectorLayer):
    return list(project_records(layer, fields=(*SUMMARY_FIELDS, *READ)))


@pytest.mark.parametrize("criteria", FILTERS)
def test_sql_and_features_agree(projects, criteria):
    assert apply_project_filter(projects, ProjectFilter(**criteria), sector_catalogue())
    assert gpkg_sql.grouped_totals(projects, ("donor_country",), "amount_usd") is not None  # the SQL path runs
    records = by_features(projects)
    expected = summarize(records)
    summary = summarize_layer(projects)
    assert (summary.projects, summary.without_amount, summary.cities) == (
        expected.projects, expected.without_amount, expected.cities)
    assert summary.amount_usd == pytest.approx(expected.amount_usd)
    for name in ("by_donor", "by_sector", "by_finance"):
        assert {k: (b.projects, b.without_amount) for k, b in getattr(summary, name).items()} == {
            k: (b.projects, b.without_amount) for k, b in getattr(expected, name).items()}
    assert city_counts(projects) == expected.by_city
    rows = first_records(projects, READ, 1000)
    assert [row[1:] for row in rows] == [tuple(record[name] for name in READ) for record in records]
    assert {row[0] for row in rows} == {f.id() for f in projects.getFeatures()}


def test_what_sql_cannot_read_is_read_feature_by_feature(projects):
    projects.setSubsetString('ST_MinX("geom") > 100')  # GDAL's own SQL function: not in Python's sqlite3
    assert gpkg_sql.grouped_totals(projects, ("donor_country",), "amount_usd") is None
    assert summarize_layer(projects).projects == len(by_features(projects)) > 0
    assert len(first_records(projects, READ, 5)) == 5


@pytest.mark.parametrize("criteria", FILTERS)
def test_the_docks_kept_groups_agree_with_the_features(projects, criteria):
    """The dock's path: each row's group kept per file version, the filter answered from the groups or
    from the rows that pass it, the table's first rows read by the ids just found."""
    from smartcity_plugin.layers import row_groups
    from smartcity_plugin.layers.reading import totals_and_places

    row_groups.forget()
    assert apply_project_filter(projects, ProjectFilter(**criteria), sector_catalogue())
    records = by_features(projects)
    expected = summarize(records)
    for _ in range(2):  # the groups read, then kept
        summary, countries, places = totals_and_places(projects)
        assert places is not None  # the SQL path ran
        assert (summary.projects, summary.without_amount, summary.cities, summary.by_city) == (
            expected.projects, expected.without_amount, expected.cities, expected.by_city)
        assert summary.amount_usd == pytest.approx(expected.amount_usd)
        assert {k: b.projects for k, b in summary.by_donor.items()} == {
            k: b.projects for k, b in expected.by_donor.items()}
        assert sum(place.projects for place in places) == expected.projects
        rows = first_records(projects, READ, 1000)
        in_id_order = sorted(projects.getFeatures(), key=lambda feature: feature.id())
        assert [row[0] for row in rows] == [feature.id() for feature in in_id_order]
        assert [row[1:] for row in rows] == [tuple(plain_value(f[name]) for name in READ) for f in in_id_order]
        assert sorted(rows[:3]) == sorted(first_records(projects, READ, 3))  # the lowest ids, whatever the limit
    kept = list(row_groups._kept.values())[-1]
    copied = kept._copy is not None
    assert copied == bool({"sectors", "text"} & set(criteria))  # the rows' copy answers what the groups cannot
    row_groups.forget()


def test_a_filter_on_a_generated_column_is_answered_as_the_file_answers(tmp_path, qgis_app):
    """A column SQLite computes (a planner's own addition) is no field the copies hold: asked of the file."""
    import shutil
    import sqlite3

    from smartcity_plugin.layers import row_groups
    from smartcity_plugin.layers.reading import totals_and_places

    path = tmp_path / "generated.gpkg"
    shutil.copy(bundled_data_path(), path)
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE projects ADD COLUMN decade INTEGER GENERATED ALWAYS AS (start_year / 10 * 10)")
        expected = connection.execute("SELECT count(*) FROM projects WHERE decade = 2020").fetchone()[0]
    assert expected > 0
    store = QgsMapLayerStore()
    layer = QgsVectorLayer(f"{path}|layername=projects", "projects", "ogr")
    store.addMapLayer(layer)
    row_groups.forget()
    try:
        for subset in ('"decade" = 2020', '"decade" = 2020 AND "sectors" LIKE \'%water%\''):
            assert layer.setSubsetString(subset)
            features = len(list(layer.getFeatures()))  # what QGIS shows
            assert features > 0
            summary, _, _ = totals_and_places(layer)
            assert summary.projects == features, subset
        assert len(list(layer.getFeatures())) <= expected
    finally:
        row_groups.forget()
        store.removeAllMapLayers()
