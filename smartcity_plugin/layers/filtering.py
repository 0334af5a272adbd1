"""Apply the shared project filter to layers, in the dialect each provider understands."""

from __future__ import annotations

from typing import Optional, Sequence

from qgis.core import QgsExpression, QgsVectorLayer

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.filter_sql import POSTGRES, UnquotableValueError, filter_sql, postgres_literal
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.toolbelt.i18n import tr

SQL_PROVIDERS = ("ogr", "spatialite", "postgres")


def subset_string(layer: QgsVectorLayer, project_filter: ProjectFilter, sectors: Optional[SectorCatalogue]) -> str:
    """The subset string that shows ``project_filter``'s projects on ``layer``.

    UnquotableValueError when a value cannot be written in the layer's SQL.
    """
    if layer.providerType() in SQL_PROVIDERS:
        return filter_sql(project_filter, sectors, layer.providerType())
    return filter_expression(project_filter, sectors)  # memory and other QGIS-side providers


def apply_project_filter(
    layer: QgsVectorLayer, project_filter: ProjectFilter, sectors: Optional[SectorCatalogue] = None
) -> bool:
    """Filter ``layer`` to the matching projects; False when the provider refused the filter."""
    try:
        subset = subset_string(layer, project_filter, sectors)
    except UnquotableValueError:
        return False
    if subset == layer.subsetString():
        return True
    return layer.setSubsetString(subset)


def refused_reason(layer: QgsVectorLayer, project_filter: ProjectFilter, sectors: Optional[SectorCatalogue]) -> str:
    """For a message: the subset string the provider refused, or why none could be written."""
    try:
        return subset_string(layer, project_filter, sectors)
    except UnquotableValueError:
        return tr("a filter value holds a NUL character, which PostgreSQL cannot compare")


def cities_subset(project_filter: ProjectFilter, city_ids: Optional[Sequence[str]] = None,
                  provider: str = "") -> str:
    """Which ASCN cities the map shows: ``city_ids`` when given (a lens), else the filter's places.

    For a ``postgres`` layer the values are quoted as its provider quotes them (a value
    PostgreSQL cannot hold matches nothing).
    """
    def quoted_value(value) -> str:
        if provider != POSTGRES:
            return QgsExpression.quotedValue(value)
        try:
            return postgres_literal(str(value))
        except UnquotableValueError:
            return "NULL"  # IN (NULL) is never true

    def one_of(column: str, values) -> str:
        quoted = ", ".join(quoted_value(v) for v in values)
        return f"{QgsExpression.quotedColumnRef(column)} IN ({quoted})"

    if city_ids is not None:
        return one_of("city_id", list(city_ids) or [""])
    clauses = []
    if project_filter.cities:
        clauses.append(one_of("city_id", project_filter.cities))
    if project_filter.countries:
        clauses.append(one_of("country_iso2", project_filter.countries))
    return " AND ".join(clauses)
