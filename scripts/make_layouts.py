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
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
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
    item.setVAlign(Qt.AlignTop)  # centred text of a large size would rise above the box (and the margin)
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


def height_left(layout, y: float, margin: float) -> float:
    """From ``y`` down to the bottom margin."""
    return layout.pageCollection().page(0).pageSize().height() - margin - y


def decorations(layout, main_map, legend_box: Box, inset_box: Box, footer_y: float, width: float,
                margin: float = MARGIN, legend_columns: int = 1) -> None:
    """Legend, inset, scale bar, north arrow, sources and date (shared by every design)."""
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("")  # the layer names say what each part is; the room goes to the entries
    legend.setResizeToContents(False)
    legend.setColumnCount(legend_columns)
    legend.setSplitLayer(True)
    legend.setColumnSpace(3)
    legend.setSymbolWidth(4.5)
    legend.setSymbolHeight(3)
    for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
        font = QFont(FONT)
        font.setPointSizeF({QgsLegendStyle.Title: 9, QgsLegendStyle.Group: 7.5,
                            QgsLegendStyle.Subgroup: 7.5, QgsLegendStyle.SymbolLabel: 7}[style])
        font.setBold(style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup))
        legend.setStyleFont(style, font)
    legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 2.0)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.2)
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
    label(layout, "sources", Box(margin, footer_y, width - 2 * margin - 40, height_left(layout, footer_y, margin)), 6)
    label(layout, "date", Box(width - margin - 38, footer_y, 38, 5), 6, align=Qt.AlignRight)
    inset.setId("inset")


def summary_table(layout, box: Box, size: float) -> None:
    """The report's totals (by donor, main sector, recipient country), filled when the map is made."""
    table = QgsLayoutItemManualTable.create(layout)
    table_style(table, size)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("summary")
    place(frame, box)
    table.addFrame(frame)


def overview(name: str, width: float, height: float) -> QgsPrintLayout:
    """Title, subtitle, a large map, a side (landscape) or bottom (portrait) panel, footer.

    The panel holds the legend, the totals table and the inset (drawn only when it locates
    the map in the region).
    """
    layout = new_layout(name, width, height)
    large = max(width, height) > 400
    # The title 2 mm below the margin: scripts with tall glyphs (Burmese, Thai marks) stay inside it.
    label(layout, "title", Box(MARGIN, MARGIN + 2, width - 2 * MARGIN, 10), 22 if large else 18, bold=True)
    label(layout, "subtitle", Box(MARGIN, MARGIN + 12.5, width - 2 * MARGIN, 7), 12 if large else 10)
    top, footer_h = MARGIN + 21, 12 if width > height else 14
    footer_y = height - MARGIN - footer_h + 1
    table_size = 7.5 if large else 6.0
    if width > height:  # landscape: panel on the right
        panel_w = 104 if large else 82
        map_box = Box(MARGIN, top, width - 2 * MARGIN - panel_w - 4, footer_y - top - 2)
        px = MARGIN + map_box.w + 4
        legend_h, inset_h = map_box.h * 0.50, map_box.h * 0.22
        legend_box = Box(px, top, panel_w, legend_h)
        summary_box = Box(px, top + legend_h + 2, panel_w, map_box.h - legend_h - inset_h - 4)
        inset_box = Box(px, top + map_box.h - inset_h, panel_w, inset_h)
    else:  # portrait: panel below
        panel_h = 100 if large else 80
        map_box = Box(MARGIN, top, width - 2 * MARGIN, footer_y - top - panel_h - 4)
        py = top + map_box.h + 4
        inner = width - 2 * MARGIN
        legend_w, inset_w = inner * 0.34, inner * 0.18
        legend_box = Box(MARGIN, py, legend_w, panel_h)
        summary_box = Box(MARGIN + legend_w + 2, py, inner - legend_w - inset_w - 4, panel_h)
        inset_box = Box(width - MARGIN - inset_w, py, inset_w, panel_h * 0.7)
    main_map = map_item(layout, "map", map_box)
    decorations(layout, main_map, legend_box, inset_box, footer_y, width, legend_columns=2)
    summary_table(layout, summary_box, table_size)
    return layout


def table_style(table, size: float = 7.0) -> None:
    """The typography of every table: the ink colour, Noto Sans, a light grid."""
    table.setHeaderFontColor(INK)
    table.setContentFontColor(INK)
    font = QFont(FONT)
    font.setPointSizeF(size)
    table.setContentFont(font)
    font.setBold(True)
    table.setHeaderFont(font)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9a9a9a"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setCellMargin(0.8)
    table.setWrapBehavior(QgsLayoutTable.WrapText)


def city_profile() -> QgsPrintLayout:
    """A4 portrait, one page per city, everything inside 12 mm margins.

    Page 1: title, the filter, the map (scale bar, north arrow, inset), the profile and the
    city's totals on the left, the legend on the right, the project table at the bottom.
    Page 2 holds the rest of a long project table under the city's name and "continued", and
    is left out of the export when the table fits on page 1 (its table frame hides the page
    when empty).
    """
    width, height, margin = 210.0, 297.0, 12.0
    inner = width - 2 * margin
    layout = new_layout("City cooperation profile", width, height)
    # 3 mm below the margin: scripts with tall glyphs (Burmese, Thai marks) stay inside it.
    title = label(layout, "title", Box(margin, margin + 3, inner, 10), 16, bold=True)
    title.setVAlign(Qt.AlignTop)
    label(layout, "subtitle", Box(margin, margin + 13, inner, 8), 8.5)
    top = margin + 22
    main_map = map_item(layout, "map", Box(margin, top, inner, 100))
    column_y = top + 103
    left_w, right_x = 112.0, margin + 116.0
    right_w = width - margin - right_x
    label(layout, "profile", Box(margin, column_y, left_w, 50), 7.5)
    summary = QgsLayoutItemManualTable.create(layout)
    table_style(summary, 6.5)
    layout.addMultiFrame(summary)
    summary_frame = QgsLayoutFrame(layout, summary)
    summary_frame.setId("summary")
    place(summary_frame, Box(margin, column_y + 51, left_w, 30))
    summary.addFrame(summary_frame)
    footer_y = height - margin - 11
    # The inset sits in the map's lower right corner, so the legend has the whole column.
    decorations(layout, main_map, Box(right_x, column_y, right_w, 81),
                Box(margin + inner - 47, top + 100 - 33, 46, 32), footer_y, width, margin, legend_columns=2)
    label(layout, "page", Box(width - margin - 45, footer_y - 5, 45, 4.5), 7, align=Qt.AlignRight)
    table = QgsLayoutItemAttributeTable.create(layout)
    table_style(table)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage("No project in this city matches the filter.")
    table.setHeaderMode(QgsLayoutTable.AllFrames)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    layout.addMultiFrame(table)
    table_y = column_y + 84
    first = QgsLayoutFrame(layout, table)
    first.setId("projects_table")
    place(first, Box(margin, table_y, inner, footer_y - 6 - table_y))
    table.addFrame(first)
    layout.pageCollection().addPage(QgsLayoutItemPage(layout))
    layout.pageCollection().page(1).setPageSize(QgsLayoutSize(width, height, MM))
    # Page 2 says whose table continues there: the city's name and "continued". The page is
    # still left out when the table's frame on it is empty (QGIS asks only the frames).
    heading = label(layout, "continued_heading", Box(margin, margin + 3, inner, 8), 11, bold=True)
    heading.attemptMove(QgsLayoutPoint(margin, margin + 3, MM), page=1)
    page_two_number = label(layout, "page_continued", Box(width - margin - 45, footer_y - 5, 45, 4.5), 7,
                            align=Qt.AlignRight)
    page_two_number.attemptMove(QgsLayoutPoint(width - margin - 45, footer_y - 5, MM), page=1)
    second = QgsLayoutFrame(layout, table)
    second.setId("projects_table_continued")
    second.setHidePageIfEmpty(True)
    second.setHideBackgroundIfEmpty(True)
    table.addFrame(second)
    page_two = layout.pageCollection().page(1).pos().y()
    second.attemptMove(QgsLayoutPoint(margin, margin + 13, MM), page=1)
    second.attemptResize(QgsLayoutSize(inner, height - 2 * margin - 13, MM))
    assert page_two > 0
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
