"""Where a city's name goes where places crowd: clear of the project rings, away from its neighbours.

Pure logic (no QGIS). Projects sharing a place sit on a ring around it (core/placement.py),
filled clockwise from the top, so a name placed next to the city's marker may sit on their
marks, and two cities a few kilometres apart (Johor Bahru and Singapore) compete for the same
spots. Each city gets an order of label positions: first the sides with no mark, the side
facing away from nearby cities first; and only when the ring is full all round, a label
distance beyond the ring (the style then draws a leader from the name to its city).
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping, Optional, Sequence

from smartcity_plugin.core.placement import NEAR_DEGREES, Point

DEFAULT_DISTANCE = 1.6  # mm from the city's marker: the style's own distance
EDGE_GAP = 0.4  # mm between a sized marker's edge and its name (its halo keeps the name legible)
MARK_HALF = 1.5  # half a project mark (2.8 mm) and its white outline
GAP = 0.2  # between the outermost mark and the name (its halo and the diagonal positions' corners)
# Other cities nearer than this (degrees, about 130 km) compete for label room on a regional map.
NEIGHBOUR_DEGREES = 1.2
# QGIS's predefined label positions around a point, by direction (degrees, anticlockwise from east).
# The style's own order (resources/styles/ascn_cities.qml), used where nothing is in the way.
DEFAULT_ORDER = ("TR", "TL", "BR", "BL", "R", "L", "TSR", "BSR", "TSL", "BSL", "T", "B")
# A mark within this angle of a position's direction covers a name placed there at the default distance.
BLOCKED_WITHIN = 50.0
# The "slightly" positions (TSR: top, slightly right) give a crowded place more room to choose from.
POSITIONS = {"R": 0, "TR": 45, "TSR": 67.5, "T": 90, "TSL": 112.5, "TL": 135, "L": 180, "BL": 225, "BSL": 247.5,
             "B": 270, "BSR": 292.5, "BR": 315}


# QGIS measures a label's distance from the marker's base size (the style's 2 mm, with its
# 0.6 mm outline), not from the size the number of projects gives it: the extra is added here.
BASE_RADIUS = 0.0


def city_marker_radius(projects: int) -> float:
    """Half the city marker's size in mm with its outline, as the style sizes it (2.2 mm, up to 6.5 mm at 8)."""
    return (2.2 + min(max(projects, 0), 8) / 8 * 4.3) / 2 + 0.3


def _mark_directions(place: Point, marks_near: _MarkIndex) -> list[tuple[float, float]]:
    """(direction in degrees, distance in mm) of each ring position with a project mark at ``place``."""
    return [(math.degrees(math.atan2(-dy, dx)) % 360, math.hypot(dx, dy))  # offsets: y down
            for dx, dy in marks_near.offsets_near(place)]


class _MarkIndex:
    """The projects' ring offsets by place, in cells: a city looks only at the places near it.

    Looking at every project for every city took seconds at 100,000 projects; a ring
    position counts once however many projects share it.
    """

    def __init__(self, locations: Mapping[str, Sequence[Point]], offsets: Mapping[str, Point]) -> None:
        self.cells: dict[tuple[int, int], dict[Point, set[Point]]] = {}
        for project, points in locations.items():
            dx, dy = offsets.get(project, (0.0, 0.0))
            if not (dx or dy):
                continue
            for point in points:
                cell = self.cells.setdefault(self._cell(point), {})
                cell.setdefault((point[0], point[1]), set()).add((dx, dy))

    @staticmethod
    def _cell(point: Point) -> tuple[int, int]:
        return int(point[0] // NEAR_DEGREES), int(point[1] // NEAR_DEGREES)

    def offsets_near(self, place: Point) -> set[Point]:
        """The distinct offsets of the marks of projects with a place nearer than NEAR_DEGREES."""
        cx, cy = self._cell(place)
        found: set[Point] = set()
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for point, offsets in self.cells.get((cx + dx, cy + dy), {}).items():
                    if not offsets <= found and math.dist(place, point) < NEAR_DEGREES:
                        found |= offsets
        return found


def _difference(first: float, second: float) -> float:
    return abs((first - second + 180) % 360 - 180)


def city_label_rooms(
    cities: Mapping[str, Point], city_projects: Mapping[str, int],
    locations: Mapping[str, Sequence[Point]], offsets: Mapping[str, Point],
) -> tuple[dict[str, float], dict[str, str], set[str]]:
    """(city id → label distance in mm, city id → QGIS position order) where the defaults do not suit, and the
    cities whose names go beyond a full ring (the style draws them a leader).

    The distance is what QGIS adds to the marker's base size: the marker's own radius beyond
    that, plus the default gap, or the whole way beyond a full ring. A name that far from its
    city may stand nearer another city's marker than its own (Vientiane's beside Khon Kaen's on
    the A4 overview): only the leader says whose it is.
    """
    distances, orders, beyond = {}, {}, set()
    marks_near = _MarkIndex(locations, offsets)
    for city, place in cities.items():
        marks = _mark_directions(place, marks_near)
        away = _away_from(place, (p for c, p in cities.items() if c != city))
        if away is None:
            preferred = list(DEFAULT_ORDER)
        else:
            preferred = sorted(POSITIONS, key=lambda code: (_difference(POSITIONS[code], away), code))
        free = [code for code in preferred
                if all(_difference(POSITIONS[code], direction) >= BLOCKED_WITHIN for direction, _ in marks)]
        radius = city_marker_radius(city_projects.get(city, 0))
        if free:
            order = free + [code for code in preferred if code not in free]
            gap_from_centre = radius + EDGE_GAP
        else:  # marks all round: the name goes beyond the ring, with a leader
            order = preferred
            beyond.add(city)
            gap_from_centre = max(max(distance for _, distance in marks) + MARK_HALF + GAP, radius + DEFAULT_DISTANCE)
        distance = round(gap_from_centre - BASE_RADIUS, 1)
        if distance > DEFAULT_DISTANCE:
            distances[city] = distance
        if order != list(DEFAULT_ORDER):
            orders[city] = ",".join(order)
    return distances, orders, beyond


def _away_from(place: Point, others: Iterable[Point]) -> Optional[float]:
    """The direction (degrees) pointing away from ``others`` as seen from ``place``; None if none is near."""
    x = y = 0.0
    for other in others:
        distance = math.dist(place, other)
        if 0 < distance < NEIGHBOUR_DEGREES:
            weight = 1 / distance ** 2  # the nearest neighbours count most
            x += (place[0] - other[0]) / distance * weight
            y += (place[1] - other[1]) / distance * weight
    if x == 0 and y == 0:
        return None
    return math.degrees(math.atan2(y, x)) % 360
