"""What the dock's answer is made of: the projects behind the money, and how they matched.

Pure logic over project mappings (the projects schema's field names). A planner reads a
total and asks "which projects?"; reads "since 2019" and asks "why is a 2016 project
here?"; reads "Water" and asks "why is a Waste programme here?". These answer that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Optional

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.summary import Breakdown, known_amount

LARGEST = 10  # the money answer names at most this many projects; the table lists them all


def largest_amounts(projects: Iterable[Mapping], limit: int = LARGEST) -> tuple[list[Mapping], int]:
    """The projects with a published amount, largest first (at most ``limit``), and how many there are."""
    priced = [project for project in projects if known_amount(project.get(schema.F_AMOUNT)) is not None]
    priced.sort(key=lambda project: (-known_amount(project.get(schema.F_AMOUNT)), str(project.get(schema.F_TITLE))))
    return priced[:limit], len(priced)


@dataclass
class YearMatches:
    """How the projects kept by a year range meet it (a project matches when its years overlap the range)."""

    started_before: int = 0  # began before the range's first year and run into it
    run_after: int = 0  # go on after the range's last year (an open end included)
    open_end: int = 0  # no end year published: taken as still running


def _year(value) -> Optional[int]:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def year_matches(f: ProjectFilter, projects: Iterable[Mapping]) -> YearMatches:
    """Count, among ``projects`` the filter kept, those that only overlap its year range."""
    found = YearMatches()
    if f.year_from is None and f.year_to is None:
        return found
    for project in projects:
        start, end = _year(project.get(schema.F_START_YEAR)), _year(project.get(schema.F_END_YEAR))
        first = start if start is not None else end
        if f.year_from is not None and first is not None and first < f.year_from:
            found.started_before += 1
        if f.year_to is not None and (end is None or end > f.year_to):
            found.run_after += 1
        if end is None:
            found.open_end += 1
    return found


def secondary_sector_matches(f: ProjectFilter, by_sector: Mapping[str, Breakdown], chosen_codes: Iterable[str]) -> int:
    """Projects kept by the sector choice only through a secondary sector tag (their main sector is another).

    ``by_sector`` counts the kept projects by main sector; ``chosen_codes`` are the sector
    codes the choice stands for (the catalogue's expansion of ``f.sectors``).
    """
    if not f.sectors:
        return 0
    chosen = set(chosen_codes)
    return sum(part.projects for code, part in by_sector.items() if code not in chosen)
