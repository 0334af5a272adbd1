"""Turn a :class:`ProjectFilter` into a QGIS expression, quoting every value with QGIS's helpers.

List fields (sectors, recipient countries, city ids) hold ``;``-separated codes; they
are compared as arrays, so a code never matches part of another code.
"""

from __future__ import annotations

from typing import Iterable, Optional

from qgis.core import QgsExpression

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.sectors import SectorCatalogue

OPEN_END_YEAR = 9999  # a project without an end year is taken as still running


def _col(name: str) -> str:
    return QgsExpression.quotedColumnRef(name)


def _values(values: Iterable[str]) -> str:
    return ", ".join(QgsExpression.quotedValue(v) for v in values)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{_col(column)} IN ({_values(values)})"


def _list_meets(column: str, values: tuple[str, ...]) -> str:
    separator = QgsExpression.quotedValue(schema.LIST_SEPARATOR)
    as_array = f"string_to_array(coalesce({_col(column)}, ''), {separator})"
    return f"array_intersect({as_array}, array({_values(values)}))"


def _sector_clause(sectors: tuple[str, ...]) -> str:
    return (
        f"({_list_meets(schema.F_SECTORS, sectors)} OR "
        f"{_one_of(schema.F_SECTOR_PRIMARY, sectors)})"
    )


def filter_expression(project_filter: ProjectFilter, sectors: Optional[SectorCatalogue] = None) -> str:
    """QGIS expression selecting the projects that ``project_filter`` keeps ('' = all).

    With a sector catalogue, sectors chosen in any taxonomy match the tags they stand
    for (see :meth:`SectorCatalogue.expand`). Raises ValueError with the filter's
    problems when it cannot be applied.
    """
    problems = project_filter.problems()
    if problems:
        raise ValueError(" ".join(problems))
    f = project_filter
    clauses = []
    if f.sectors:
        clauses.append(_sector_clause(sectors.expand(f.sectors) if sectors else f.sectors))
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
        needle = QgsExpression.quotedValue(f.text.lower())
        clauses.append(f"strpos(lower({_col(schema.F_TITLE)}), {needle}) > 0")
    return " AND ".join(clauses)
