"""Write the print layout templates (resources/layouts/*.qpt).

Every template has the same item ids, which the plugin fills in: title, subtitle, map,
legend, scalebar, north_arrow, inset, sources, date (and, in the city profile, profile,
projects_table, page). Layers, texts and links between items are set when a map is
made, so the templates hold only geometry and typography. Run after changing a design:
`.venv/bin/python scripts/make_layouts.py`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "resources" / "layouts"
MM = QgsUnitTypes.LayoutMillimeters
FONT = "Noto Sans"
INK = QColor("#1d2b36")
MARGIN = 10.0


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in millimetres."""

    x: float
    y: float
    w: float
    h: float


def place(item, box: Box) -> None:
    item.attemptMove(QgsLayoutPoint(box.x, box.y, MM))
    item.attemptResize(QgsLayoutSize(box.w, box.h, MM))


def label(layout, item_id: str, box: Box, size: float, bold: bool = False, align=Qt.AlignLeft) -> QgsLayoutItemLabel:
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(item_id)  # replaced when the map is made
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setFontColor(INK)
    item.setHAlign(align)
    item.setVAlign(Qt.AlignVCenter if size > 9 else Qt.AlignTop)
    layout.addLayoutItem(item)
    place(item, box)
    return item


def new_layout(name: str, width: float, height: float) -> QgsPrintLayout:
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    return layout


def map_item(layout, item_id: str, box: Box) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#8a8a8a"))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(item)
    place(item, box)
    return item


def decorations(layout, main_map, legend_box: Box, inset_box: Box, footer_y: float, width: float) -> None:
    """Legend, inset, scale bar, north arrow, sources and date (shared by every design)."""
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setResizeToContents(False)
    legend.setColumnCount(1)
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(3.5)
    for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
        font = QFont(FONT)
        font.setPointSizeF({QgsLegendStyle.Title: 10, QgsLegendStyle.Group: 8.5,
                            QgsLegendStyle.Subgroup: 8, QgsLegendStyle.SymbolLabel: 7.5}[style])
        font.setBold(style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup))
        legend.setStyleFont(style, font)
    layout.addLayoutItem(legend)
    place(legend, legend_box)
    inset = map_item(layout, "inset", inset_box)
    mb = main_map.sizeWithUnits()
    mp = main_map.positionWithUnits()
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(3)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setHeight(2)
    font = QFont(FONT)
    font.setPointSizeF(7)
    scalebar.setFont(font)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(scalebar)
    place(scalebar, Box(mp.x() + 3, mp.y() + mb.height() - 13, 60, 10))
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    layout.addLayoutItem(arrow)
    place(arrow, Box(mp.x() + mb.width() - 14, mp.y() + 3, 10, 12))
    label(layout, "sources", Box(MARGIN, footer_y, width - 2 * MARGIN - 45, 11), 6.5)
    label(layout, "date", Box(width - MARGIN - 45, footer_y, 45, 11), 6.5, align=Qt.AlignRight)
    inset.setId("inset")


def overview(name: str, width: float, height: float) -> QgsPrintLayout:
    """Title, subtitle, a large map, a side (landscape) or bottom (portrait) panel, footer."""
    layout = new_layout(name, width, height)
    label(layout, "title", Box(MARGIN, MARGIN, width - 2 * MARGIN, 10), 18 if width < 400 else 22, bold=True)
    label(layout, "subtitle", Box(MARGIN, MARGIN + 10, width - 2 * MARGIN, 7), 10 if width < 400 else 12)
    top, footer_h = MARGIN + 19, 12
    footer_y = height - MARGIN - footer_h + 1
    if width > height:  # landscape: panel on the right
        panel_w = 62 if width < 400 else 78
        map_box = Box(MARGIN, top, width - 2 * MARGIN - panel_w - 4, footer_y - top - 2)
        px = MARGIN + map_box.w + 4
        inset_h = panel_w * 0.8
        legend_box = Box(px, top, panel_w, map_box.h - inset_h - 4)
        inset_box = Box(px, top + map_box.h - inset_h, panel_w, inset_h)
    else:  # portrait: panel below
        panel_h = 70 if height < 400 else 95
        map_box = Box(MARGIN, top, width - 2 * MARGIN, footer_y - top - panel_h - 4)
        py = top + map_box.h + 4
        inset_w = panel_h * 1.25
        legend_box = Box(MARGIN, py, width - 2 * MARGIN - inset_w - 4, panel_h)
        inset_box = Box(width - MARGIN - inset_w, py, inset_w, panel_h)
    main_map = map_item(layout, "map", map_box)
    decorations(layout, main_map, legend_box, inset_box, footer_y, width)
    return layout


def city_profile() -> QgsPrintLayout:
    """A4 portrait, one page per city: map, inset, profile text, table of its projects."""
    width, height = 210.0, 297.0
    layout = new_layout("City cooperation profile", width, height)
    label(layout, "title", Box(MARGIN, MARGIN, width - 2 * MARGIN, 10), 18, bold=True)
    label(layout, "subtitle", Box(MARGIN, MARGIN + 10, width - 2 * MARGIN, 7), 9.5)
    top = MARGIN + 19
    map_box = Box(MARGIN, top, 122, 100)
    main_map = map_item(layout, "map", map_box)
    side_x = MARGIN + 126
    side_w = width - MARGIN - side_x
    label(layout, "profile", Box(side_x, top, side_w, 54), 8)
    footer_y = height - MARGIN - 11
    decorations(layout, main_map, Box(side_x, top + 55, side_w, 48), Box(MARGIN, top + 104, 60, 45), footer_y, width)
    label(layout, "page", Box(width - MARGIN - 45, footer_y - 6, 45, 5), 7, align=Qt.AlignRight)
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderFontColor(INK)
    font = QFont(FONT)
    font.setPointSizeF(7)
    table.setContentFont(font)
    font.setBold(True)
    table.setHeaderFont(font)
    table.setGridStrokeWidth(0.15)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage("No project in this city matches the filter.")
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("projects_table")
    place(frame, Box(MARGIN + 64, top + 104, width - 2 * MARGIN - 64, footer_y - (top + 104) - 8))
    table.addFrame(frame)
    return layout


def save(layout: QgsPrintLayout, name: str) -> Path:
    path = LAYOUTS / f"{name}.qpt"
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise RuntimeError(f"could not write {path}")
    return path


def main() -> int:
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    designs = {
        "overview_a4_landscape": (297, 210), "overview_a4_portrait": (210, 297),
        "overview_a3_landscape": (420, 297), "overview_a3_portrait": (297, 420),
    }
    for name, (width, height) in designs.items():
        print(f"make_layouts: wrote {save(overview(name, width, height), name).relative_to(ROOT)}")
    print(f"make_layouts: wrote {save(city_profile(), 'city_profile_a4_portrait').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    status = main()
    app.exitQgis()
    sys.exit(status)
