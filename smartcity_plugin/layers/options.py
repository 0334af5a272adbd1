"""Read the filter's choices from the layers the dock works on."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_options import FilterOptions, filter_options
from smartcity_plugin.layers.reading import plain_value, unfiltered

OPTION_FIELDS = (schema.F_DONOR, schema.F_AGENCY, schema.F_RECIPIENT, schema.F_STATUS,
                 schema.F_START_YEAR, schema.F_END_YEAR)


def _all_rows(layer: QgsVectorLayer, fields) -> list[dict]:
    """Every feature's ``fields``, ignoring the layer's filter (choices must not shrink with it)."""
    whole = unfiltered(layer)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(list(fields), whole.fields())
    return [{name: plain_value(feature[name]) for name in fields} for feature in whole.getFeatures(request)]


def read_filter_options(projects: QgsVectorLayer, cities: QgsVectorLayer) -> FilterOptions:
    """Choices offered by the dock, from the whole of both layers."""
    city_rows = _all_rows(cities, ("city_id", "name"))
    return filter_options(_all_rows(projects, OPTION_FIELDS), [(r["city_id"], r["name"]) for r in city_rows])
