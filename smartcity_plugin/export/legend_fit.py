"""How tall a map's legend will be, so the totals table below it can take the rest of the panel.

A legend filtered by the map knows its entries only when it is drawn; the entries are
counted here from what lies inside the map's extent, the same way (one per donor, sector
or funder drawn there).
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsLayoutItemLegend, QgsLayoutItemMap, QgsVectorLayer

from smartcity_plugin.core.summary import split_list
from smartcity_plugin.layers.placement import OFFSET_FIELD, PROGRAMME_DONORS

ENTRY_MM = 3.9  # a symbol line (3 mm symbol and its spacing)
TITLE_LINE_MM = 3.2  # a line of a group title (7.5 pt)
GROUP_GAP_MM = 2.0


def _values(layer: QgsVectorLayer, main_map: QgsLayoutItemMap, field: str, located_only: bool = False) -> set:
    request = QgsFeatureRequest().setFilterRect(main_map.extent())
    found = set()
    for feature in layer.getFeatures(request):
        if located_only and not feature[OFFSET_FIELD]:
            continue
        value = feature[field]
        found.update(split_list(value) if field == PROGRAMME_DONORS else [value])
    return {value for value in found if value}


def legend_height(legend: QgsLayoutItemLegend, main_map: QgsLayoutItemMap, layers: dict, titles: dict) -> float:
    """Millimetres the legend needs, in its number of columns."""
    entries = {}
    if "projects" in titles:
        entries["projects"] = len(_values(layers["projects"], main_map, "donor_country", located_only=True))
        entries["key"] = len(_values(layers["projects"], main_map, "sector_primary", located_only=True))
    entries["cities"] = 2  # its symbol is the largest city ring, two lines of text
    if "programmes" in titles:
        entries["programmes"] = len(_values(layers["programmes"], main_map, PROGRAMME_DONORS))
    if "flood" in titles:
        entries["flood"] = len(_values(layers["flood"], main_map, "funder_country"))
    total = 0.0
    for role, count in entries.items():
        if count:
            title_lines = titles.get(role, "").count("\n") + 1
            total += title_lines * TITLE_LINE_MM + count * ENTRY_MM + GROUP_GAP_MM
    columns = max(legend.columnCount(), 1)
    return total / columns + 9.0  # columns never split evenly: room for the longest
