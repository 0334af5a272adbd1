"""Cooperation per city: who works where, in which sectors, where US and Korean work meets.

Pure Python, shared by the dock and ``smartcity:cooperationmatrix``.

Counting rules
--------------
* A project counts for every city its ``city_ids`` names; projects naming no city count
  for none (national and regional programmes have no city).
* Money is never split or estimated: a project naming several cities adds its **whole**
  amount to each of them and is flagged (``multi_city_projects``). City totals therefore
  must not be added up across cities; sum money from the projects themselves.
* Money is also kept per kind of finance (``finance_type``; ``unknown`` when the field is
  missing or empty): commercial investment is not aid, so show money by kind, never as
  one grand total.
* Sector tags are normalised to the presentation's eight categories: a solution code
  counts for its parent category, a category for itself; ``ascn.*`` and any other tags
  are ignored for coverage.

Opening score
-------------
With U and K the categories where the US and Korea have at least one project in the
city, S = U ∩ K (shared), O = U △ K (only one of the two), G = categories nobody covers
and F = 1 when the US or Korea has any project in the city (else 0)::

    opening_score = 2 × |S| + 1 × |O| + 0.5 × |G| × F

Shared sectors are where the two can coordinate now; a one-sided sector is where the
other could join; a gap counts only where one of them already has a foothold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from smartcity_plugin.core import schema
from smartcity_plugin.core.sectors import TAGGING_TAXONOMY, SectorCatalogue
from smartcity_plugin.core.summary import Breakdown, count_into, known_amount, split_list

US = "US"
KOREA = "KR"
UNKNOWN_DONOR = "unknown"
UNKNOWN_FINANCE = "unknown"

# Weights of the opening score (see the module docstring and the algorithm's help).
WEIGHT_SHARED = 2.0
WEIGHT_ONE_SIDED = 1.0
WEIGHT_GAP = 0.5


@dataclass
class CityCooperation:
    """What the (filtered) projects add up to in one city."""

    city_id: str
    donors: dict[str, Breakdown] = field(default_factory=dict)
    sectors: set[str] = field(default_factory=set)
    missing_sectors: list[str] = field(default_factory=list)
    us_korea: bool = False
    shared_sectors: set[str] = field(default_factory=set)
    opening_score: float = 0.0
    # category → donor → projects and money tagged with that category in this city
    by_sector: dict[str, dict[str, Breakdown]] = field(default_factory=dict)
    # projects counted here that also name other cities (their whole amount is included)
    multi_city_projects: int = 0
    # kind of finance → projects and money, for the city and per category
    by_finance: dict[str, Breakdown] = field(default_factory=dict)
    sector_finance: dict[str, dict[str, Breakdown]] = field(default_factory=dict)

    def total(self) -> Breakdown:
        """All donors together (its dollars mix kinds of finance: show them by kind)."""
        return _sum(self.donors.values())

    def sector_total(self, category: str) -> Breakdown:
        """All donors together in one category (dollars: as for :meth:`total`)."""
        return _sum(self.by_sector.get(category, {}).values())

    def donor_sectors(self, donor: str) -> set[str]:
        """Categories where ``donor`` has at least one project here."""
        return {c for c, donors in self.by_sector.items() if donor in donors}


def _sum(breakdowns: Iterable[Breakdown]) -> Breakdown:
    total = Breakdown()
    for breakdown in breakdowns:
        total.projects += breakdown.projects
        total.amount_usd += breakdown.amount_usd
        total.without_amount += breakdown.without_amount
    return total


def presentation_categories(catalogue: SectorCatalogue) -> list[str]:
    """The eight categories coverage is measured in, in catalogue order."""
    return [s.code for s in catalogue.in_taxonomy(TAGGING_TAXONOMY)]


def project_categories(project: Mapping[str, Any], catalogue: SectorCatalogue) -> list[str]:
    """Presentation categories a project's tags stand for, in first-seen order."""
    found: dict[str, None] = {}
    tags = [project.get(schema.F_SECTOR_PRIMARY)] + split_list(project.get(schema.F_SECTORS))
    for tag in tags:
        sector = catalogue.get(str(tag).strip()) if tag else None
        if sector is None:
            continue
        if sector.taxonomy == TAGGING_TAXONOMY:
            found.setdefault(sector.code, None)
            continue
        parent = catalogue.get(sector.parent_code) if sector.parent_code else None
        if parent is not None and parent.taxonomy == TAGGING_TAXONOMY:
            found.setdefault(parent.code, None)
    return list(found)


def opening_score(us_sectors: set[str], kr_sectors: set[str], gaps: int, foothold: bool) -> float:
    """The documented cooperation-opening score (see the module docstring)."""
    shared = len(us_sectors & kr_sectors)
    one_sided = len(us_sectors ^ kr_sectors)
    return WEIGHT_SHARED * shared + WEIGHT_ONE_SIDED * one_sided + WEIGHT_GAP * gaps * int(foothold)


def cooperation_by_city(
    projects: Iterable[Mapping[str, Any]],
    city_ids: Iterable[str],
    catalogue: SectorCatalogue,
) -> dict[str, CityCooperation]:
    """Per city of ``city_ids`` (in that order), what ``projects`` add up to.

    ``projects`` are mappings with the projects schema's fields (``donor_country``,
    ``sectors``, ``sector_primary``, ``city_ids``, ``amount_usd``, optionally
    ``finance_type``). Cities without any
    project are included with empty results; cities that projects name but that are not
    in ``city_ids`` are left out.
    """
    cities = {str(city): CityCooperation(city_id=str(city)) for city in city_ids}
    for project in projects:
        named = list(dict.fromkeys(split_list(project.get(schema.F_CITY_IDS))))
        ours = [cities[c] for c in named if c in cities]
        if not ours:
            continue
        donor = str(project.get(schema.F_DONOR) or UNKNOWN_DONOR)
        finance = str(project.get(schema.F_FINANCE) or UNKNOWN_FINANCE)
        amount = known_amount(project.get(schema.F_AMOUNT))
        categories = project_categories(project, catalogue)
        for city in ours:
            count_into(city.donors.setdefault(donor, Breakdown()), amount)
            count_into(city.by_finance.setdefault(finance, Breakdown()), amount)
            for category in categories:
                count_into(city.by_sector.setdefault(category, {}).setdefault(donor, Breakdown()), amount)
                count_into(city.sector_finance.setdefault(category, {}).setdefault(finance, Breakdown()), amount)
            if len(named) > 1:
                city.multi_city_projects += 1
    order = presentation_categories(catalogue)
    for city in cities.values():
        _finish(city, order)
    return cities


def _finish(city: CityCooperation, order: list[str]) -> None:
    city.sectors = set(city.by_sector)
    city.missing_sectors = [c for c in order if c not in city.sectors]
    us_sectors, kr_sectors = city.donor_sectors(US), city.donor_sectors(KOREA)
    city.us_korea = US in city.donors and KOREA in city.donors
    city.shared_sectors = us_sectors & kr_sectors
    foothold = US in city.donors or KOREA in city.donors
    city.opening_score = opening_score(us_sectors, kr_sectors, len(city.missing_sectors), foothold)
