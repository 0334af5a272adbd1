"""The plugin's totals on the bundled data equal an independent sqlite3 computation."""

from __future__ import annotations

import sqlite3

import pytest

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.schema import LAYER_PROJECTS
from smartcity_plugin.layers.reading import summarize_layer
from smartcity_plugin.layers.sources import open_data_layer
from smartcity_plugin.toolbelt.paths import bundled_data_path


@pytest.fixture(scope="module")
def rows():
    with sqlite3.connect(bundled_data_path()) as connection:
        return connection.execute(
            "SELECT donor_country, count(*), coalesce(sum(amount_usd), 0), "
            "sum(amount_usd IS NULL) FROM projects GROUP BY donor_country"
        ).fetchall()


def test_money_per_donor_matches_sqlite(qgis_app, rows):
    summary = summarize_layer(open_data_layer(LAYER_PROJECTS))
    assert {donor: b.projects for donor, b in summary.by_donor.items()} == {r[0]: r[1] for r in rows}
    for donor, _, total, without in rows:
        assert summary.by_donor[donor].amount_usd == pytest.approx(total)
        assert summary.by_donor[donor].without_amount == without
    assert summary.amount_usd == pytest.approx(sum(r[2] for r in rows))


def test_multi_location_projects_count_once(qgis_app):
    with sqlite3.connect(bundled_data_path()) as connection:
        (korea_total,) = connection.execute(
            "SELECT coalesce(sum(amount_usd), 0) FROM projects WHERE donor_country = 'KR'"
        ).fetchone()
    layer = open_data_layer(LAYER_PROJECTS)
    several = [f for f in layer.getFeatures() if f.hasGeometry() and f.geometry().constGet().numGeometries() > 1]
    assert several, "the bundled data has projects with several locations"
    assert len({f["project_id"] for f in layer.getFeatures()}) == layer.featureCount()
    assert summarize_layer(layer, ProjectFilter(donors=["KR"])).amount_usd == pytest.approx(korea_total)


def test_money_per_kind_of_finance_matches_sqlite(qgis_app):
    with sqlite3.connect(bundled_data_path()) as connection:
        rows = connection.execute(
            "SELECT finance_type, count(*), coalesce(sum(amount_usd), 0) FROM projects GROUP BY finance_type"
        ).fetchall()
    summary = summarize_layer(open_data_layer(LAYER_PROJECTS))
    assert {kind: (b.projects, pytest.approx(b.amount_usd)) for kind, b in summary.by_finance.items()} == {
        kind: (count, pytest.approx(total)) for kind, count, total in rows
    }
    assert summary.by_finance["commercial"].amount_usd > 1e9  # the China-linked cities: kept apart from aid
