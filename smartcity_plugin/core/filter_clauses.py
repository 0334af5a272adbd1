"""The filter's meaning, written once; each dialect says how to quote and test lists and text.

Projects and ASCN cities alike: :mod:`smartcity_plugin.core.selection_query` picks the
dialect a layer's provider reads, so the dock, the map export and Processing ask the
same question in SQL or as a QGIS expression.
"""

from __future__ import annotations

from typing import Iterable, Optional, Protocol, Sequence

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.sectors import SectorCatalogue

OPEN_END_YEAR = 9999  # a project without an end year is taken as still running
CITY_COUNTRY = "country_iso2"  # the ASCN cities' country


class Dialect(Protocol):
    """How one query language spells what the filter needs."""

    def column(self, name: str) -> str:
        """A quoted column name."""

    def literal(self, value: str) -> str:
        """A quoted string literal."""

    def list_meets(self, column: str, values: Iterable[str]) -> str:
        """True when the ;-separated list in ``column`` holds any of ``values`` (whole codes only)."""

    def contains(self, column: str, text: str) -> str:
        """True when ``column`` contains ``text``, ignoring case, with no wildcards."""


def where_clause(f: ProjectFilter, dialect: Dialect, sectors: Optional[SectorCatalogue] = None) -> str:
    """The condition that keeps what ``f`` asks for ('' = everything).

    A project matches a year range when its years overlap it; sectors chosen in any
    taxonomy stand for the tags they cover (with a catalogue). Raises ValueError with
    the filter's problems when it cannot be applied.
    """
    problems = f.problems()
    if problems:
        raise ValueError(" ".join(problems))

    def one_of(column: str, values: Iterable[str]) -> str:
        return f"{dialect.column(column)} IN ({', '.join(dialect.literal(v) for v in values)})"

    # Cheap and selective tests first: a project that fails one is never tested on the rest,
    # and the list and text tests (LIKE, arrays) cost far more per project than = or <.
    clauses = []
    if f.donors:
        clauses.append(one_of(schema.F_DONOR, f.donors))
    if f.agencies:
        clauses.append(one_of(schema.F_AGENCY, f.agencies))
    if f.statuses:
        clauses.append(one_of(schema.F_STATUS, f.statuses))
    start, end = dialect.column(schema.F_START_YEAR), dialect.column(schema.F_END_YEAR)
    if f.year_to is not None:
        clauses.append(f"coalesce({start}, {end}) <= {int(f.year_to)}")
    if f.year_from is not None:
        clauses.append(f"coalesce({end}, {OPEN_END_YEAR}) >= {int(f.year_from)}")
        clauses.append(f"coalesce({start}, {end}) IS NOT NULL")
    if f.amount_min is not None:
        clauses.append(f"{dialect.column(schema.F_AMOUNT)} >= {float(f.amount_min)!r}")
    if f.amount_max is not None:
        clauses.append(f"{dialect.column(schema.F_AMOUNT)} <= {float(f.amount_max)!r}")
    if f.countries:
        clauses.append(dialect.list_meets(schema.F_RECIPIENT, f.countries))
    if f.cities:
        clauses.append(dialect.list_meets(schema.F_CITY_IDS, f.cities))
    if f.sectors:
        codes = sectors.expand(f.sectors) if sectors else f.sectors
        clauses.append(f"({one_of(schema.F_SECTOR_PRIMARY, codes)} OR {dialect.list_meets(schema.F_SECTORS, codes)})")
    if f.text:
        clauses.append(dialect.contains(schema.F_TITLE, f.text))
    return " AND ".join(clauses)



def cities_clause(f: ProjectFilter, dialect: Dialect, city_ids: Optional[Sequence[str]] = None) -> str:
    """The condition that keeps the ASCN cities to show ('' = all).

    ``city_ids`` when given (a lens's cities; none at all shows none), else the cities
    and recipient countries the filter names.
    """
    def one_of(column: str, values: Iterable[str]) -> str:
        return f"{dialect.column(column)} IN ({', '.join(dialect.literal(v) for v in values)})"

    if city_ids is not None:
        return one_of(schema.F_CITY_ID, list(city_ids) or [""])
    clauses = []
    if f.cities:
        clauses.append(one_of(schema.F_CITY_ID, f.cities))
    if f.countries:
        clauses.append(one_of(CITY_COUNTRY, f.countries))
    return " AND ".join(clauses)
