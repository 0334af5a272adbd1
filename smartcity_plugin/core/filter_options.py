"""What the filter can offer: the values present in the data, with readable labels."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from smartcity_plugin.core import schema
from smartcity_plugin.core.agencies import AgencyGroups
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.summary import split_list


@dataclass
class FilterOptions:
    """Choices for each criterion as (code, label) pairs, sorted for people."""

    donors: list[tuple[str, str]] = field(default_factory=list)
    agencies_by_donor: dict[str, list[str]] = field(default_factory=dict)
    countries: list[tuple[str, str]] = field(default_factory=list)
    cities: list[tuple[str, str]] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    years: tuple[int, int] = (2000, 2030)

    def agencies(self, donors: Iterable[str] = ()) -> list[str]:
        """Agencies of the chosen donors (all agencies when none is chosen)."""
        chosen = list(donors) or list(self.agencies_by_donor)
        return sorted({a for d in chosen for a in self.agencies_by_donor.get(d, [])}, key=str.casefold)

    def agency_groups(self) -> AgencyGroups:
        """The agencies of every donor, grouped as a planner names them (all KOICA together)."""
        return AgencyGroups(a for names in self.agencies_by_donor.values() for a in names)


def _label(code: str) -> str:
    return COUNTRY_NAMES.get(code, code)


def filter_options(projects: Iterable[Mapping[str, Any]], cities: Iterable[tuple[str, str]]) -> FilterOptions:
    """Collect the choices from project records and (city_id, name) pairs."""
    donors: set[str] = set()
    agencies: dict[str, set[str]] = {}
    countries: set[str] = set()
    statuses: set[str] = set()
    years: list[int] = []
    for project in projects:
        donor = project.get(schema.F_DONOR)
        if donor:
            donors.add(donor)
            if project.get(schema.F_AGENCY):
                agencies.setdefault(donor, set()).add(project[schema.F_AGENCY])
        countries.update(split_list(project.get(schema.F_RECIPIENT)))
        if project.get(schema.F_STATUS):
            statuses.add(project[schema.F_STATUS])
        years += [y for y in (project.get(schema.F_START_YEAR), project.get(schema.F_END_YEAR)) if isinstance(y, int)]
    return FilterOptions(
        donors=sorted(((d, _label(d)) for d in donors), key=lambda pair: pair[1]),
        agencies_by_donor={d: sorted(a, key=str.casefold) for d, a in agencies.items()},
        countries=sorted(((c, _label(c)) for c in countries), key=lambda pair: pair[1]),
        cities=sorted(cities, key=lambda pair: pair[1].casefold()),
        statuses=[s for s in schema.PROJECT_STATUSES if s in statuses],
        years=(min(years), max(years)) if years else (2000, 2030),
    )
