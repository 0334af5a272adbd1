"""Where project symbols go: every project visible, national and regional programmes as areas.

Pure logic (no QGIS): which projects are drawn as points and which as their recipient
countries, and a fixed ring position per project so that projects sharing a place never
cover each other or the city marker, at any scale.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping, NamedTuple, Optional, Sequence

from smartcity_plugin.core.summary import split_list

# IATI location precision 6: "the location is the country" (a capital stands in for it).
COUNTRY_PRECISION = 6
# Ring positions around a shared place, in millimetres on the page or screen: the first ring
# holds 8 projects, the next 14, then 20 (enough for the busiest ASCN city several times over).
# Markers are 2.8 mm wide, so neighbours on a ring just touch.
RINGS = ((3.6, 8), (6.4, 14), (9.2, 20))
# Places closer than this (degrees, about 55 km) share ring positions: at the scale of a
# regional map they are one spot, and their markers would otherwise cover each other.
NEAR_DEGREES = 0.5
Point = tuple[float, float]


def is_area_programme(precision: Optional[int], has_location: bool, recipients: str) -> bool:
    """A national or regional programme: located only at country level, or not at all, with recipients."""
    if not split_list(recipients):
        return False
    return not has_location or (precision is not None and precision >= COUNTRY_PRECISION)


def slot_offset(slot: int) -> Point:
    """The offset (x, y in mm, y downwards) of ring position ``slot``, clockwise from the top."""
    for radius, count in RINGS:
        if slot < count:
            angle = -math.pi / 2 + 2 * math.pi * slot / count
            return round(radius * math.cos(angle), 2), round(radius * math.sin(angle), 2)
        slot -= count
    radius, count = RINGS[-1]
    return slot_offset(slot % count)  # beyond the rings: reuse the outer ring


def _key(point: Point) -> Point:
    return round(point[0], 4), round(point[1], 4)


def _box_gap(first: tuple, second: tuple) -> float:
    """The shortest distance between two boxes (min x, min y, max x, max y); 0 where they overlap."""
    gap_x = max(first[0] - second[2], second[0] - first[2], 0.0)
    gap_y = max(first[1] - second[3], second[1] - first[3], 0.0)
    return math.hypot(gap_x, gap_y)


def _near_groups(places: Iterable[Point]) -> dict[Point, Point]:
    """Place → a representative of the places near it (chains of neighbours join one group)."""
    parent: dict[Point, Point] = {}

    def root(place: Point) -> Point:
        while parent[place] != place:
            parent[place] = parent[parent[place]]
            place = parent[place]
        return place

    # Cells whose diagonal is NEAR_DEGREES: the places in one cell are all near each other
    # and form one group; two neighbouring cells join when any of their places are near
    # (at 100,000 projects around 31 cities, comparing every pair of places took minutes).
    size = NEAR_DEGREES / math.sqrt(2)
    cells: dict[tuple[int, int], list[Point]] = {}
    for place in dict.fromkeys(places):  # a city may also be a project's place: once
        own = cells.setdefault((int(place[0] // size), int(place[1] // size)), [])
        parent[place] = own[0] if own else place
        own.append(place)
    boxes = {cell: (min(p[0] for p in members), min(p[1] for p in members),
                    max(p[0] for p in members), max(p[1] for p in members)) for cell, members in cells.items()}
    for (cx, cy), members in cells.items():
        for dx in (-2, -1, 0, 1, 2):
            for dy in (-2, -1, 0, 1, 2):
                neighbour = (cx + dx, cy + dy)
                if neighbour <= (cx, cy) or neighbour not in cells or root(cells[neighbour][0]) == root(members[0]):
                    continue  # each pair of cells once; already one group
                if _box_gap(boxes[(cx, cy)], boxes[neighbour]) >= NEAR_DEGREES:
                    continue
                others = cells[neighbour]
                if any(math.dist(place, other) < NEAR_DEGREES for place in members for other in others):
                    parent[root(others[0])] = root(members[0])
    return {place: root(place) for place in parent}


def marker_offsets(
    locations: Mapping[str, Sequence[Point]], city_points: Iterable[Point] = ()
) -> dict[str, Point]:
    """Project id → symbol offset, so projects sharing a place sit on a ring around it.

    One offset per project (a symbol is drawn the same at every place of a project), chosen
    free at every one of its places (places nearer than NEAR_DEGREES count as one). A project
    alone at a place that is no city stays on it.
    """
    cities = {_key(p) for p in city_points}
    keys = {project: {_key(p) for p in points} for project, points in locations.items()}  # rounded once
    exact: dict[Point, list[str]] = {}
    for project, points in keys.items():
        for point in points:
            exact.setdefault(point, []).append(project)
    group = _near_groups(list(exact) + list(cities))
    at_place: dict[Point, list[str]] = {}
    for point, projects in exact.items():
        at_place.setdefault(group[point], []).extend(projects)
    cities = {group[city] for city in cities}
    taken: dict[Point, set[int]] = {}
    lowest_free: dict[Point, int] = {}  # below it every slot of the place is taken: the search starts there
    offsets: dict[str, Point] = {}
    ring_offsets: dict[int, Point] = {}  # slot → offset, computed once per slot
    # Projects with most places first: they have the fewest free positions in common.
    for project in sorted(locations, key=lambda p: (-len(keys[p]), p)):
        places = {group[point] for point in keys[project]}
        if all(len(at_place[place]) == 1 and place not in cities for place in places):
            offsets[project] = (0.0, 0.0)
            continue
        # The lowest slot free at every place; starting from 0 made a place of n projects cost n² steps.
        slot = max(lowest_free.get(place, 0) for place in places)
        while any(slot in taken.get(place, ()) for place in places):
            slot += 1
        for place in places:
            slots = taken.setdefault(place, set())
            slots.add(slot)
            free = lowest_free.get(place, 0)
            while free in slots:
                free += 1
            lowest_free[place] = free
        offsets[project] = ring_offsets.get(slot) or ring_offsets.setdefault(slot, slot_offset(slot))
    return offsets


# Above this many projects drawn as points, one ring position per project tells nothing (a
# place holds 42), and working them out costs more than the rest of a filter: each donor
# then keeps one ring position, which all its projects at a place share.
RING_PROJECT_LIMIT = 2000


class PlaceGroup(NamedTuple):
    """Projects of one donor with the same cities and recipients, drawn as points or as an area programme."""

    donor: Optional[str]
    city_ids: Optional[str]
    recipients: Optional[str]
    area: bool
    projects: int


def donor_offsets(donors: Iterable[Optional[str]], order: Sequence[str]) -> dict[str, Point]:
    """Donor → ring offset: the donors in ``order`` first, then the others by code, clockwise from the top."""
    present = {str(donor or "") for donor in donors}  # "" : projects without a donor, drawn as "Other"
    ranked = [code for code in order if code in present] + sorted(present - set(order))
    return {code: slot_offset(slot) for slot, code in enumerate(ranked)}


def donor_marks(
    groups: Iterable[PlaceGroup], city_points: Mapping[str, Point], offsets: Mapping[str, Point]
) -> tuple[dict[str, list[Point]], dict[str, Point]]:
    """The marks drawn at the cities when each donor keeps one ring position: (mark → places, mark → offset).

    A mark is a donor at a city, in the form :func:`marker_offsets` gives for projects, so the
    city names keep clear of them the same way.
    """
    locations: dict[str, list[Point]] = {}
    mark_offsets: dict[str, Point] = {}
    for group in groups:
        donor = str(group.donor or "")
        if group.area or donor not in offsets:
            continue
        for city in split_list(group.city_ids or ""):
            if city in city_points:
                mark = f"{city}|{donor}"
                locations[mark] = [city_points[city]]
                mark_offsets[mark] = offsets[donor]
    return locations, mark_offsets
