"""Read the filter's choices from the layers the dock works on."""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_options import FilterOptions, filter_options
from smartcity_plugin.layers import gpkg_sql, pg_sql
from smartcity_plugin.layers.reading import unfiltered
from smartcity_plugin.toolbelt.compat import NO_GEOMETRY
from smartcity_plugin.toolbelt.values import plain_value

# Two lookups, not one: the distinct combinations of all six would be nearly one per project.
OPTION_FIELDS = ((schema.F_DONOR, schema.F_AGENCY, schema.F_RECIPIENT, schema.F_STATUS),
                 (schema.F_START_YEAR, schema.F_END_YEAR))


def _all_rows(layer: QgsVectorLayer, fields) -> list[dict]:
    """Every feature's ``fields`` (each combination once when SQL can say), ignoring the layer's filter.

    Choices must not shrink with the filter. A GeoPackage or the team registry answers with
    one SELECT DISTINCT; other layers are read feature by feature.
    """
    for source in (gpkg_sql, pg_sql):
        rows = source.distinct_rows(layer, fields)
        if rows is not None:
            return [dict(zip(fields, (plain_value(value) for value in row))) for row in rows]
    whole = unfiltered(layer)
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes(list(fields), whole.fields())
    return [{name: plain_value(feature[name]) for name in fields} for feature in whole.getFeatures(request)]


def read_filter_options(projects: QgsVectorLayer, cities: QgsVectorLayer) -> FilterOptions:
    """Choices offered by the dock, from the whole of both layers."""
    from smartcity_plugin.layers.place_names import city_names_of, reader_fields
    from smartcity_plugin.toolbelt.i18n import user_language

    language = user_language()
    city_rows = _all_rows(cities, ("city_id", *reader_fields(cities.fields().names(), language)))
    rows = [row for fields in OPTION_FIELDS for row in _all_rows(projects, fields)]
    return filter_options(rows, list(city_names_of(city_rows, language).items()))
