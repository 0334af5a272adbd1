"""City names in crowded places: free sides first, away from a near city, beyond a full ring."""

from __future__ import annotations

from smartcity_plugin.core.label_room import (
    BASE_RADIUS,
    DEFAULT_DISTANCE,
    DEFAULT_ORDER,
    EDGE_GAP,
    POSITIONS,
    city_label_rooms,
    city_marker_radius,
)
from smartcity_plugin.core.placement import marker_offsets

JOHOR_BAHRU, SINGAPORE = (103.7578, 1.4655), (103.8198, 1.3521)
FAR_AWAY = (120.98, 14.6)


def first_positions(order: str, count: int = 3) -> list[str]:
    return order.split(",")[:count]


def test_two_near_cities_face_away_from_each_other():
    _, orders, _ = city_label_rooms({"jb": JOHOR_BAHRU, "sg": SINGAPORE, "mnl": FAR_AWAY}, {}, {}, {})
    assert set(first_positions(orders["jb"])) <= {"TL", "TSL", "T", "L"}  # Johor Bahru lies north of Singapore
    assert set(first_positions(orders["sg"])) <= {"BR", "BSR", "B", "R"}
    assert "mnl" not in orders  # nothing near: the style's own order


def test_sides_with_project_marks_come_last():
    locations = {"p1": [FAR_AWAY]}
    offsets = marker_offsets(locations, [FAR_AWAY])  # a project at a city: the ring's top position
    distances, orders, beyond = city_label_rooms({"mnl": FAR_AWAY}, {"mnl": 1}, locations, offsets)
    order = orders["mnl"].split(",")
    # Room beside the marker: a gap from the marker's edge (QGIS counts from its base size), no leader.
    gap = distances.get("mnl", DEFAULT_DISTANCE) + BASE_RADIUS - city_marker_radius(1)
    assert EDGE_GAP - 0.05 <= gap <= DEFAULT_DISTANCE
    assert {"T", "TSR", "TSL", "TR", "TL"} & set(order[:7]) == set()
    assert sorted(order) == sorted(POSITIONS)
    assert beyond == set()  # beside its marker: no leader


def test_a_full_ring_sends_the_name_beyond_it():
    locations = {f"p{i}": [FAR_AWAY] for i in range(10)}
    offsets = marker_offsets(locations, [FAR_AWAY])
    distances, orders, beyond = city_label_rooms({"mnl": FAR_AWAY}, {"mnl": 10}, locations, offsets)
    outermost = max((x * x + y * y) ** 0.5 for x, y in offsets.values())
    assert distances["mnl"] + BASE_RADIUS > outermost + 1.4  # clear of the outermost mark
    assert orders.get("mnl", ",".join(DEFAULT_ORDER)).split(",")[0] in POSITIONS
    assert beyond == {"mnl"}  # the style draws a leader to a name this far


def test_a_name_just_beyond_a_small_full_ring_still_gets_its_leader():
    """Seven projects round Vientiane: the name went 2.3 mm beyond the marker's edge, under the distance that
    used to decide the leader (2.5 mm), and on the A4 overview it stood beside Khon Kaen's marker, unjoined."""
    locations = {f"p{i}": [FAR_AWAY] for i in range(7)}
    offsets = marker_offsets(locations, [FAR_AWAY])
    distances, _, beyond = city_label_rooms({"vte": FAR_AWAY}, {"vte": 7}, locations, offsets)
    assert distances["vte"] - (2.2 + 7 / 8 * 4.3) / 2 < 2.5  # the old rule: no leader
    assert beyond == {"vte"}
