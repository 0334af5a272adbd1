"""The dock's choices read by SELECT DISTINCT equal those read feature by feature."""

from __future__ import annotations

from smartcity_plugin.layers import gpkg_sql, options
from smartcity_plugin.layers.sources import open_data_layer


def test_choices_by_sql_equal_choices_by_reading(qgis_app, monkeypatch):
    projects, cities = open_data_layer("projects"), open_data_layer("ascn_cities")
    projects.setSubsetString("\"donor_country\" = 'KR'")  # choices ignore the filter
    by_sql = options.read_filter_options(projects, cities)
    monkeypatch.setattr(gpkg_sql, "distinct_rows", lambda layer, fields: None)
    by_reading = options.read_filter_options(projects, cities)
    assert by_sql == by_reading
    assert {"KR", "US", "JP", "CN"} <= {code for code, _label in by_sql.donors}
    assert len(by_sql.cities) == 31 and by_sql.years[0] <= 2000
