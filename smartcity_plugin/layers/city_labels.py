"""City names clear of the project rings and of each other: label distance and position order per city.

Written, like the ring positions, into expression fields as map literals after every filter
(the cities style reads ``label_distance`` and ``label_positions`` as data-defined label
settings and draws a leader to a name placed beyond the ring).
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from smartcity_plugin.core.label_room import city_label_rooms
from smartcity_plugin.core.placement import Point
from smartcity_plugin.layers.placement import lookup_expression, set_expression_field
from smartcity_plugin.toolbelt.i18n import tr

DISTANCE_FIELD = "label_distance"
POSITIONS_FIELD = "label_positions"
LEADER_FIELD = "label_leader"  # 1: the name stands beyond a full ring, and a leader joins it to its city


def refresh_city_labels(
    cities: QgsVectorLayer, locations: Mapping[str, Sequence[Point]], offsets: Mapping[str, Point],
    project_counts: Optional[Mapping[str, int]] = None,
) -> None:
    """Set each city's label distance (mm) and position order from the rings drawn now.

    ``project_counts``: each city's projects (its symbol's size), when known; else read from the layer.
    """
    fields = cities.fields()
    if fields.indexOf("city_id") < 0:
        return
    wanted = ["city_id"] if project_counts is not None or fields.indexOf("project_count") < 0 else \
        ["city_id", "project_count"]
    places, counts = {}, {}
    for feature in cities.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(wanted, fields)):
        if not feature.hasGeometry():
            continue
        point = feature.geometry().asPoint()
        city = str(feature["city_id"])
        places[city] = (point.x(), point.y())
        count = project_counts.get(city, 0) if project_counts is not None else (
            feature["project_count"] if len(wanted) > 1 else 0)
        counts[city] = int(count) if isinstance(count, (int, float)) else 0
    distances, orders, beyond = city_label_rooms(places, counts, locations, offsets)
    distance_texts = {city: str(value) for city, value in distances.items()}
    set_expression_field(cities, DISTANCE_FIELD, f"to_real({lookup_expression(distance_texts, 'city_id', 'NULL')})",
                         "Double", tr("Label distance (mm)"))
    set_expression_field(cities, POSITIONS_FIELD, lookup_expression(orders, "city_id", "NULL"), "String",
                         tr("Label positions"))
    leaders = lookup_expression(dict.fromkeys(beyond, "1"), "city_id", "0")
    set_expression_field(cities, LEADER_FIELD, f"to_int({leaders})", "Int", tr("Label leader"))
