"""Turn a :class:`ProjectFilter` into SQL for a layer's subset string.

OGR (GeoPackage, SQLite) and PostgreSQL layers filter in their own SQL, not in QGIS
expressions. This SQL uses only what both accept (IN, LIKE … ESCAPE, ||, coalesce,
lower). Literals and names are quoted with QGIS's SQL helpers (QgsSqliteUtils: standard
SQL quoting, where a backslash is an ordinary character, unlike QgsExpression's), and
LIKE patterns escape their wildcards with "!", so a value with quotes, brackets,
backslashes, % or _ matches only itself.
"""

from __future__ import annotations

from typing import Iterable, Optional

from qgis.core import QgsSqliteUtils

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_expression import OPEN_END_YEAR
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.sectors import SectorCatalogue

ESCAPE = "!"


def _col(name: str) -> str:
    return QgsSqliteUtils.quotedIdentifier(name)


def _literal(value: str) -> str:
    return QgsSqliteUtils.quotedString(value)


def _like_pattern(text: str) -> str:
    """``text`` with LIKE's wildcards and the escape character escaped."""
    for special in (ESCAPE, "%", "_"):
        text = text.replace(special, ESCAPE + special)
    return text


def _like(column_sql: str, pattern: str) -> str:
    return f"{column_sql} LIKE {_literal(pattern)} ESCAPE {_literal(ESCAPE)}"


def _one_of(column: str, values: Iterable[str]) -> str:
    return f"{_col(column)} IN ({', '.join(_literal(v) for v in values)})"


def _list_meets(column: str, values: Iterable[str]) -> str:
    separator = _literal(schema.LIST_SEPARATOR)
    wrapped = f"({separator} || coalesce({_col(column)}, '') || {separator})"
    tests = [_like(wrapped, f"%{schema.LIST_SEPARATOR}{_like_pattern(v)}{schema.LIST_SEPARATOR}%") for v in values]
    return "(" + " OR ".join(tests) + ")"


def filter_sql(project_filter: ProjectFilter, sectors: Optional[SectorCatalogue] = None) -> str:
    """SQL WHERE clause selecting what ``project_filter`` keeps ('' = everything).

    Same meaning as :func:`filter_expression`; raises ValueError on a contradictory filter.
    """
    problems = project_filter.problems()
    if problems:
        raise ValueError(" ".join(problems))
    f = project_filter
    clauses = []
    if f.sectors:
        codes = sectors.expand(f.sectors) if sectors else f.sectors
        clauses.append(f"({_list_meets(schema.F_SECTORS, codes)} OR {_one_of(schema.F_SECTOR_PRIMARY, codes)})")
    if f.donors:
        clauses.append(_one_of(schema.F_DONOR, f.donors))
    if f.agencies:
        clauses.append(_one_of(schema.F_AGENCY, f.agencies))
    if f.countries:
        clauses.append(_list_meets(schema.F_RECIPIENT, f.countries))
    if f.cities:
        clauses.append(_list_meets(schema.F_CITY_IDS, f.cities))
    if f.statuses:
        clauses.append(_one_of(schema.F_STATUS, f.statuses))
    start, end = _col(schema.F_START_YEAR), _col(schema.F_END_YEAR)
    if f.year_to is not None:
        clauses.append(f"coalesce({start}, {end}) <= {int(f.year_to)}")
    if f.year_from is not None:
        clauses.append(f"coalesce({end}, {OPEN_END_YEAR}) >= {int(f.year_from)}")
        clauses.append(f"coalesce({start}, {end}) IS NOT NULL")
    if f.amount_min is not None:
        clauses.append(f"{_col(schema.F_AMOUNT)} >= {float(f.amount_min)!r}")
    if f.amount_max is not None:
        clauses.append(f"{_col(schema.F_AMOUNT)} <= {float(f.amount_max)!r}")
    if f.text:
        clauses.append(_like(f"lower({_col(schema.F_TITLE)})", f"%{_like_pattern(f.text.lower())}%"))
    return " AND ".join(clauses)
