"""A :class:`Selection` as the condition each layer understands: the one place that picks the language.

OGR (GeoPackage, SQLite), SpatiaLite and PostgreSQL layers filter in their provider's SQL;
every other layer (memory, delimited text …) and every feature request in a QGIS
expression. The meaning is :mod:`~smartcity_plugin.core.filter_clauses`'s, so both forms
keep the same projects and cities for any text, Unicode case folding included.
"""

from __future__ import annotations

from typing import Optional, Sequence

from smartcity_plugin.core.filter_clauses import Dialect, cities_clause, where_clause
from smartcity_plugin.core.filter_expression import ExpressionDialect
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.filter_sql import POSTGRES, PostgresDialect, SqlDialect, UnquotableValueError
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.core.selection import Selection

SQL_PROVIDERS = ("ogr", "spatialite", POSTGRES)
EXPRESSION = ""  # no provider: a QGIS expression

__all__ = ["EXPRESSION", "SQL_PROVIDERS", "UnquotableValueError", "cities_condition", "dialect_for",
           "projects_condition", "selection_conditions"]


def dialect_for(provider: str) -> Dialect:
    """How a layer of QGIS data ``provider`` is asked ('' or an unknown provider: QGIS expressions)."""
    if provider == POSTGRES:
        return PostgresDialect()
    if provider in SQL_PROVIDERS:
        return SqlDialect()
    return ExpressionDialect()


def projects_condition(project_filter: ProjectFilter, sectors: Optional[SectorCatalogue],
                       provider: str = EXPRESSION) -> str:
    """The projects ``project_filter`` keeps ('' = all), for a layer of ``provider``.

    ValueError when the filter contradicts itself; UnquotableValueError when a value
    cannot be written in the provider's SQL.
    """
    return where_clause(project_filter, dialect_for(provider), sectors)


def cities_condition(project_filter: ProjectFilter, city_ids: Optional[Sequence[str]] = None,
                     provider: str = EXPRESSION) -> str:
    """The ASCN cities to show ('' = all): ``city_ids`` (a lens's), else the filter's cities and countries.

    In PostgreSQL a value it cannot hold matches nothing.
    """
    try:
        return cities_clause(project_filter, dialect_for(provider), city_ids)
    except UnquotableValueError:
        return "FALSE"


def selection_conditions(selection: Selection, sectors: Optional[SectorCatalogue], projects_provider: str,
                         cities_provider: str) -> tuple[str, str]:
    """(projects, cities) conditions that show ``selection`` on layers of the given providers."""
    return (projects_condition(selection.project_filter, sectors, projects_provider),
            cities_condition(selection.project_filter, selection.city_ids, cities_provider))
