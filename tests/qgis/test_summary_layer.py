"""Totals read from a QGIS layer through the shared filter."""

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.layers.reading import summarize_layer


def test_layer_totals_follow_the_filter(projects_layer):
    everything = summarize_layer(projects_layer)
    assert everything.projects == 5
    assert everything.amount_usd == 24_800_000.0
    assert everything.without_amount == 3
    korea_vn = summarize_layer(projects_layer, ProjectFilter(donors=["KR"], countries=["VN"], year_from=2020))
    assert korea_vn.projects == 2  # p1 and p3; p5 ended in 2017
    assert korea_vn.amount_usd == 10_000_000.0
    assert korea_vn.without_amount == 1
    assert set(korea_vn.by_donor) == {"KR"}
