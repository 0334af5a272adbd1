"""Totals over a set of projects: counts, US dollars, and breakdowns by donor and sector.

Each project is one record whatever its number of locations, so its money counts once.
Projects whose amount is not published are counted, never guessed: they add to
``without_amount`` and not to the dollar totals. Money is also totalled per kind of
finance (grant, loan, commercial investment …): commercial investment is not aid, and
what people read should never add the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Mapping, Optional

from smartcity_plugin.core import schema


@dataclass
class Breakdown:
    """Projects and dollars for one donor or one sector."""

    projects: int = 0
    amount_usd: float = 0.0
    without_amount: int = 0


@dataclass
class Summary:
    """What a set of projects adds up to."""

    projects: int = 0
    amount_usd: float = 0.0
    without_amount: int = 0
    cities: set[str] = field(default_factory=set)
    by_donor: dict[str, Breakdown] = field(default_factory=dict)
    by_sector: dict[str, Breakdown] = field(default_factory=dict)
    by_finance: dict[str, Breakdown] = field(default_factory=dict)
    by_city: dict[str, int] = field(default_factory=dict)  # projects per city id (the city symbols' size)


# One group of projects alike in donor, sector, kind of finance and cities, as SQL's GROUP BY
# gives them: (donor, sector, finance, city_ids, projects, published amount, projects with an amount).
Group = tuple[Any, Any, Any, Any, int, float, int]


def split_list(value: Any) -> list[str]:
    """Codes of a ``;``-separated list field (NULL or blank gives none)."""
    if value is None or not isinstance(value, str):
        return []
    return list(_split(value))


@lru_cache(maxsize=1 << 16)
def _split(value: str) -> tuple[str, ...]:
    # Totals split the same few thousand lists again at every filter: once each is enough.
    return tuple(part.strip() for part in value.split(schema.LIST_SEPARATOR) if part.strip())


def known_amount(value: Any) -> Optional[float]:
    """A published amount as a float; None when unknown (NULL, text, a boolean)."""
    # QGIS hands NULL as a QVariant that is not a number; anything not numeric is unknown.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def count_into(breakdown: Breakdown, amount: Optional[float]) -> None:
    """Count one project, and its amount when known, into ``breakdown``."""
    breakdown.projects += 1
    if amount is None:
        breakdown.without_amount += 1
    else:
        breakdown.amount_usd += amount


def as_group(project: Mapping[str, Any]) -> Group:
    """One project as a :data:`Group` of one."""
    amount = known_amount(project.get(schema.F_AMOUNT))
    return (project.get(schema.F_DONOR), project.get(schema.F_SECTOR_PRIMARY), project.get(schema.F_FINANCE),
            project.get(schema.F_CITY_IDS), 1, amount or 0.0, int(amount is not None))


def summarize(projects: Iterable[Mapping[str, Any]]) -> Summary:
    """Add up ``projects`` (mappings with the projects schema's fields).

    ``by_sector`` counts a project under its primary sector, so the sector totals add up
    to the overall total.
    """
    return summarize_groups(as_group(project) for project in projects)


def summarize_groups(groups: Iterable[Group]) -> Summary:
    """Add up projects given as :data:`Group` rows (a single project is a group of one).

    The same totals as :func:`summarize` over the projects themselves; a database can
    group a large catalogue far faster than Python can read it project by project.
    """
    # First fold by what the breakdowns need (few keys), then spread into them: thousands
    # of groups cost a dictionary update each, not four Breakdown updates and a split.
    kinds: dict[tuple, list] = {}  # (donor, sector, finance) → [projects, amount, without amount]
    places: dict[Any, int] = {}  # city_ids → projects
    for donor, sector, finance, city_ids, projects, amount, with_amount in groups:
        totals = kinds.get((donor, sector, finance))
        if totals is None:
            totals = kinds[(donor, sector, finance)] = [0, 0.0, 0]
        totals[0] += projects
        totals[1] += float(amount or 0.0)
        totals[2] += projects - with_amount
        places[city_ids] = places.get(city_ids, 0) + projects
    summary = Summary()
    for (donor, sector, finance), (projects, amount, without) in kinds.items():
        for breakdown in (
            summary,
            summary.by_donor.setdefault(str(donor or "unknown"), Breakdown()),
            summary.by_sector.setdefault(str(sector or "unknown"), Breakdown()),
            summary.by_finance.setdefault(str(finance or "unknown"), Breakdown()),
        ):
            breakdown.projects += projects
            breakdown.amount_usd += amount
            breakdown.without_amount += without
    for city_ids, projects in places.items():
        for city in split_list(city_ids):
            summary.cities.add(city)
            summary.by_city[city] = summary.by_city.get(city, 0) + projects
    return summary
