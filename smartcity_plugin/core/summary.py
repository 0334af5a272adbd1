"""Totals over a set of projects: counts, US dollars, and breakdowns by donor and sector.

Each project is one record whatever its number of locations, so its money counts once.
Projects whose amount is not published are counted, never guessed: they add to
``without_amount`` and not to the dollar totals. Money is also totalled per kind of
finance (grant, loan, commercial investment …): commercial investment is not aid, and
what people read should never add the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


def split_list(value: Any) -> list[str]:
    """Codes of a ``;``-separated list field (NULL or blank gives none)."""
    if value is None or not isinstance(value, str):
        return []
    return [part.strip() for part in value.split(schema.LIST_SEPARATOR) if part.strip()]


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


def summarize(projects: Iterable[Mapping[str, Any]]) -> Summary:
    """Add up ``projects`` (mappings with the projects schema's fields).

    ``by_sector`` counts a project under its primary sector, so the sector totals add up
    to the overall total.
    """
    summary = Summary()
    for project in projects:
        amount = known_amount(project.get(schema.F_AMOUNT))
        summary.projects += 1
        if amount is None:
            summary.without_amount += 1
        else:
            summary.amount_usd += amount
        summary.cities.update(split_list(project.get(schema.F_CITY_IDS)))
        donor = project.get(schema.F_DONOR) or "unknown"
        count_into(summary.by_donor.setdefault(str(donor), Breakdown()), amount)
        sector = project.get(schema.F_SECTOR_PRIMARY) or "unknown"
        count_into(summary.by_sector.setdefault(str(sector), Breakdown()), amount)
        finance = project.get(schema.F_FINANCE) or "unknown"
        count_into(summary.by_finance.setdefault(str(finance), Breakdown()), amount)
    return summary
