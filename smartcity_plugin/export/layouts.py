"""Fill a layout template with the cooperation layers, the filter in words, sources and date.

The Processing provider imports this module when the plugin starts, so what only
building a map needs (the layer group, the filter SQL, XML) is imported by the functions
that build one.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.safe_text import literal_text
from smartcity_plugin.export.names import TEMPLATES, TemplateError
from smartcity_plugin.layers import palette
from smartcity_plugin.layers.sources import dataset_info, sector_catalogue
from smartcity_plugin.toolbelt.compat import KILOMETERS, MILLIMETERS, label_font, set_label_font
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import resources_path

NORTH_ARROW = "arrows/NorthArrow_02.svg"
LEGEND_TITLE = "legend/title-label"  # a layer's title in this legend only (its name stays as it is)


@dataclass
class MapRequest:
    """What a planner asks for: which layers, which filter, which page, which words."""

    project_filter: ProjectFilter
    template: str = "overview_a4_landscape"
    title: str = ""
    roles: Sequence[str] = ("projects", "cities", "programmes", "flood", "countries")
    subtitle: Optional[str] = None  # None: the filter in words
    city_ids: Optional[Sequence[str]] = None  # the cities a lens shows (None: the filter's own)
    lens: str = ""  # the lens's name, said after the filter in the subtitle ('' = none)


def with_contents(request: MapRequest, contents: str) -> MapRequest:
    """Set what the map shows: the cooperation layers, or flood-warning coverage with the cities."""
    if contents == "flood":
        request.roles = ("cities", "flood", "countries")
        request.subtitle = tr("Areas served by flood forecasting and warning systems, by funder, and the ASCN cities")
    return request


def add_to_layout_manager(project: QgsProject, layout: QgsPrintLayout) -> None:
    """Keep the layout in the project, under a name no other layout has, for fine-tuning in QGIS."""
    manager = project.layoutManager()
    name, number = layout.name(), 2
    while manager.layoutByName(name) is not None:
        name, number = f"{layout.name()} ({number})", number + 1
    layout.setName(name)
    manager.addLayout(layout)


def layer_city_names(cities: QgsVectorLayer) -> dict[str, str]:
    """City id → its name in the interface language where the data has it (the layer's filter applies)."""
    from smartcity_plugin.layers.place_names import city_names_of
    from smartcity_plugin.toolbelt.i18n import user_language

    fields = cities.fields().names()
    return city_names_of((dict(zip(fields, f.attributes())) for f in cities.getFeatures()), user_language())


def dataset_as_of() -> str:
    """As-of date of the data the map shows (its dataset_info table)."""
    return dataset_info().get("as_of", "")


def sources_text() -> str:
    """Attribution printed on every map."""
    return tr(
        "Sources: Smart City Cooperation Map contributors, CC BY 4.0, data as of {as_of}: a sourced record of "
        "documented cooperation, not a complete inventory (strongest for Korean and US smart-city and flood-warning "
        "work; thin for Chinese, Japanese, Australian and multilateral work and for amounts). Per-record sources in "
        "the data. Boundaries: Natural Earth (public domain). Flood-warning coverage is approximate (provinces "
        "served or hand-drawn basins). Amounts as published; commercial investment is not aid; a regional programme "
        "counts in each recipient country."
    ).format(as_of=dataset_as_of())


@contextmanager
def project_unmodified(project: QgsProject) -> Iterator[None]:
    """Building a layout in memory is not a change to the planner's project.

    QGIS marks the project modified when a template is loaded into any of its layouts; when
    nothing else changed (no layer added), the project keeps the modified flag it had.
    Keeping the layout in the project (the dialog does) marks it modified, as it should.
    """
    dirty, layers = project.isDirty(), set(project.mapLayers())
    try:
        yield
    finally:
        if not dirty and set(project.mapLayers()) == layers:
            project.setDirty(False)


def load_template(layout: QgsPrintLayout, name: str) -> None:
    """Load ``resources/layouts/<name>.qpt`` into ``layout``."""
    from qgis.PyQt.QtXml import QDomDocument

    path = resources_path("layouts", f"{name}.qpt")
    if not path.is_file():
        raise TemplateError(tr("The layout template {} is missing.").format(path))
    document = QDomDocument()
    if not document.setContent(path.read_bytes())[0]:
        raise TemplateError(tr("The layout template {} is not valid XML.").format(path))
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise TemplateError(tr("The layout template {} could not be loaded.").format(path))


def filtered_layers(project: QgsProject, request: MapRequest) -> dict[str, QgsVectorLayer]:
    """The cooperation layers of ``project`` (added if missing), showing the request's selection as the dock does.

    Where the dock shows the same selection the layers stay as they are.
    """
    from smartcity_plugin.layers.filtering import show_projects_and_cities
    from smartcity_plugin.layers.group import add_cooperation_layers, refresh_project_counts

    layers = add_cooperation_layers(project).layers
    if not show_projects_and_cities(layers, request.project_filter, request.city_ids, sector_catalogue()):
        raise ValueError(tr("The filter could not be applied to {}.").format(layers["projects"].source()))
    refresh_project_counts(layers["cities"], layers["projects"], programmes=layers["programmes"])
    return layers


def map_extent(layers: dict[str, QgsVectorLayer], project_filter: ProjectFilter, crs, project) -> QgsRectangle:
    """ASEAN, or, when the filter names places, the filtered projects with room around them."""
    from smartcity_plugin.layers.group import asean_extent

    if not (project_filter.countries or project_filter.cities):
        return asean_extent(crs, project)
    from smartcity_plugin.layers.placement import OFFSET_FIELD

    # Projects drawn at their places frame the map; national and regional programmes (no ring
    # position) are drawn as whole countries and would stretch it over the region.
    boxes = [feature.geometry().boundingBox() for feature in layers["projects"].getFeatures()
             if feature.hasGeometry() and feature[OFFSET_FIELD]]
    if not boxes:  # nothing located matches
        return asean_extent(crs, project)
    # Combined by hand: QgsRectangle's "empty" start differs across QGIS releases (setMinimal, setNull).
    extent = QgsRectangle(min(b.xMinimum() for b in boxes), min(b.yMinimum() for b in boxes),
                          max(b.xMaximum() for b in boxes), max(b.yMaximum() for b in boxes))
    # Degrees: at least 4° across, with a margin, so a single city keeps its region around it.
    size = max(extent.width(), extent.height(), 4.0)
    centre = extent.center()
    half_w, half_h = max(extent.width(), size / 2) * 0.65, max(extent.height(), size / 2) * 0.65
    extent = QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if crs != wgs84:
        extent = QgsCoordinateTransform(wgs84, crs, project.transformContext()).transformBoundingBox(extent)
    return extent


def frame_extent(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show at least ``extent`` in ``map_item``, widened to the item's shape.

    (zoomToExtent keeps the item's previous ratio, which an empty template map lacks.)
    """
    size = map_item.rect()
    ratio = size.width() / size.height() if size.height() else 1.0
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-9) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    map_item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                    centre.x() + width / 2, centre.y() + height / 2))


def inset_adds_something(main_map: QgsLayoutItemMap) -> bool:
    """An inset locates the map in the region only when the map shows a part of it (under a third)."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    extent = main_map.extent()
    if main_map.crs().isValid() and main_map.crs() != wgs84:
        transform = QgsCoordinateTransform(main_map.crs(), wgs84, main_map.layout().project().transformContext())
        extent = transform.transformBoundingBox(extent)
    region = QgsRectangle(*palette.ASEAN_EXTENT)
    return extent.width() * extent.height() < region.width() * region.height() / 3


def fit_text(label, text: str, smallest: float = 5.0) -> None:
    """Put ``text`` on ``label`` wrapped at word boundaries, in a smaller font if it would overflow the box."""
    from smartcity_plugin.core.safe_text import literal_text
    from smartcity_plugin.export.text_wrap import line_height_mm, wrap_text, wrap_width

    font = label_font(label)
    width, height = wrap_width(label), label.rect().height()
    wrapped = wrap_text(text, font, width)
    # QGIS sets lines a little looser than Qt's line spacing, and keeps a margin: allow for both.
    while font.pointSizeF() > smallest and (wrapped.count("\n") + 1) * line_height_mm(font) * 1.15 + 1 > height:
        font.setPointSizeF(font.pointSizeF() - 0.25)
        wrapped = wrap_text(text, font, width)
    set_label_font(label, font)
    label.setText(literal_text(wrapped))


def legend_titles() -> dict[str, str]:
    """Each layer's title in a map's legend, on lines that fit a narrow legend column."""
    return {
        "projects": tr("Cooperation\nprojects"), "key": tr("Main sector\n(symbol shape)"),
        "cities": tr("ASCN cities\n(size: number\nof projects)"),
        "programmes": tr("National and\nregional programmes\n(countries)"),
        "flood": tr("Flood-warning\ncoverage"),
    }


def _fixed_size_key(node, cities: QgsVectorLayer) -> None:
    """The legend's city ring at one mid size: sized per feature it grew on an atlas page over the next entry."""
    from qgis.core import QgsMapLayerLegendUtils, QgsProperty

    renderer = cities.renderer()
    if renderer is None or renderer.type() != "singleSymbol":
        return
    symbol = renderer.symbol().clone()
    symbol.setDataDefinedSize(QgsProperty())
    symbol.setSize(3.4)
    QgsMapLayerLegendUtils.setLegendNodeCustomSymbol(node, 0, symbol)


def fill_decorations(
    layout: QgsPrintLayout, layers: dict[str, QgsVectorLayer], roles: Sequence[str], inset_always: bool = False
) -> None:
    """Legend of what the map shows, inset, scale bar, north arrow, sources and date."""
    main_map: QgsLayoutItemMap = layout.itemById("map")
    # A name that does not fit inside the frame is left out, not printed cut at the map's edge.
    main_map.setMapFlags(main_map.mapFlags() & ~QgsLayoutItemMap.MapItemFlag.ShowPartialLabels)
    legend: QgsLayoutItemLegend = layout.itemById("legend")
    legend.setLinkedMap(main_map)
    legend.setAutoUpdateModel(False)
    legend.setTitle("")
    root = legend.model().rootGroup()
    root.removeAllChildren()
    titles = legend_titles()
    for role in roles:
        if role == "countries":
            continue
        node = root.addLayer(layers[role])
        node.setCustomProperty(LEGEND_TITLE, titles[role])  # lines short enough for a narrow column
        if role == "cities":
            _fixed_size_key(node, layers[role])
        if role == "projects":  # colour is the donor; the shape's key follows
            from smartcity_plugin.export.sector_key import sector_key_layer

            key = sector_key_layer(layout, layers["projects"], sector_catalogue().label)
            drawn = main_map.layers()
            below = drawn.index(layers["projects"]) + 1 if layers["projects"] in drawn else 0
            main_map.setLayers([*drawn[:below], key, *drawn[below:]])
            root.addLayer(key).setCustomProperty(LEGEND_TITLE, titles["key"])
    legend.setWrapString("\n")
    legend.setLegendFilterByMapEnabled(True)  # only what the map shows
    legend.refresh()
    inset: QgsLayoutItemMap = layout.itemById("inset")
    inset.setLayers([layers["countries"]])
    inset.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    frame_extent(inset, QgsRectangle(90, -12, 143, 30))
    frame = QgsLayoutItemMapOverview(tr("Map extent"), inset)
    frame.setLinkedMap(main_map)
    inset.overviews().addOverview(frame)
    frame.frameSymbol().setColor(QColor(213, 94, 0, 45))
    inset.setVisibility(inset_always or inset_adds_something(main_map))
    # Names on the map keep clear of what sits over it (inset, scale bar, north arrow), not hidden under it.
    for item_id in ("inset", "scalebar", "north_arrow"):
        item = layout.itemById(item_id)
        if item is not None and item.isVisible():
            main_map.addLabelBlockingItem(item)
    scalebar = layout.itemById("scalebar")
    scalebar.setLinkedMap(main_map)
    scalebar.applyDefaultSize(KILOMETERS)  # resets units: say them after
    scalebar.setUnits(KILOMETERS)
    scalebar.setUnitLabel("km")
    arrow = layout.itemById("north_arrow")
    arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver()))
    arrow.setLinkedMap(main_map)
    from smartcity_plugin.layers.placement import marks_by_donor

    sources = sources_text()
    if "projects" in roles and marks_by_donor(layers["projects"]):  # as the dock says it
        sources = tr("{} Too many projects for a mark each: at every place each donor's projects share one mark, "
                     "and the city symbol's size gives their number.").format(sources)
    fit_text(layout.itemById("sources"), sources)  # literal: the as-of date comes from the data file
    layout.itemById("date").setText(literal_text(tr("Exported {}").format(date.today().isoformat())))


def build_map_layout(project: QgsProject, request: MapRequest, name: str = "") -> QgsPrintLayout:
    """A finished overview map for ``request``, not yet added to the project's layout manager."""

    if request.template not in TEMPLATES:
        raise TemplateError(tr("Unknown template {}; use one of {}.").format(request.template, ", ".join(TEMPLATES)))
    with project_unmodified(project):
        return _build_map_layout(project, request, name)


def _build_map_layout(project: QgsProject, request: MapRequest, name: str) -> QgsPrintLayout:
    from smartcity_plugin.core.describe import describe_filter
    from smartcity_plugin.layers.group import ROLES

    layers = filtered_layers(project, request)
    layout = QgsPrintLayout(project)
    load_template(layout, request.template)
    layout.setName(name or request.title or tr("Smart City Cooperation map"))
    catalogue = sector_catalogue()
    cities = layer_city_names(layers["cities"])
    # What the planner typed and the filter's words are text: QGIS would evaluate [% … %] in a label.
    layout.itemById("title").setText(literal_text(request.title or tr("Smart city cooperation in ASEAN")))
    subtitle = request.subtitle
    if subtitle is None:
        subtitle = describe_filter(request.project_filter, catalogue.label, lambda c: cities.get(c, c), tr)
        if request.lens:  # as the dock states it
            subtitle = tr("{} — lens: {}").format(subtitle, request.lens)
    layout.itemById("subtitle").setText(literal_text(subtitle))
    main_map: QgsLayoutItemMap = layout.itemById("map")
    ordered = [r.role for r in ROLES if r.role in request.roles]
    main_map.setLayers([layers[role] for role in ordered])
    crs = project.crs() if project.crs().isValid() else QgsCoordinateReferenceSystem("EPSG:4326")
    main_map.setCrs(crs)
    frame_extent(main_map, map_extent(layers, request.project_filter, crs, project))
    fill_decorations(layout, layers, ordered)
    fit_legend_above_summary(layout, layers, ordered)
    fill_summary(layout, layers, "projects" in ordered)
    return layout


def fit_legend_above_summary(layout: QgsPrintLayout, layers: dict[str, QgsVectorLayer], roles: Sequence[str]) -> None:
    """Where the totals table sits below the legend, give the legend what it needs and the table the rest."""
    from smartcity_plugin.export.legend_fit import legend_height

    legend, summary = layout.itemById("legend"), layout.itemById("summary")
    if summary is None or abs(summary.pos().x() - legend.pos().x()) > 1:  # side by side (portrait)
        return
    if "projects" not in roles:  # no totals table (it is hidden): the legend keeps the whole panel
        legend.setSplitLayer(False)  # room enough: a layer's entries stay under its own title
        bottom = summary.pos().y() + summary.rect().height()
        legend.attemptResize(QgsLayoutSize(legend.rect().width(), bottom - legend.pos().y(), MILLIMETERS))
        return
    titles = {role: title for role, title in legend_titles().items() if role in roles or role == "key"}
    bottom = summary.pos().y() + summary.rect().height()
    needed = min(legend_height(legend, layout.itemById("map"), layers, titles), bottom - legend.pos().y() - 30)
    legend.attemptResize(QgsLayoutSize(legend.rect().width(), needed, MILLIMETERS))
    top = legend.pos().y() + needed + 2
    summary.attemptMove(QgsLayoutPoint(summary.pos().x(), top, MILLIMETERS))
    summary.attemptResize(QgsLayoutSize(summary.rect().width(), bottom - top, MILLIMETERS))


def fill_summary(layout: QgsPrintLayout, layers: dict[str, QgsVectorLayer], shown: bool) -> None:
    """The totals table of the projects the map shows (hidden on maps without projects)."""
    from smartcity_plugin.export.summary_table import fill_report_table
    from smartcity_plugin.layers.reading import NO_FILTER, project_records
    from smartcity_plugin.toolbelt.i18n import user_language

    frame = layout.itemById("summary")
    if frame is None:  # a template of the planner's own, without the table
        return
    if not shown:
        frame.setVisibility(False)
        return
    fields = ("project_id", "donor_country", "sector_primary", "recipient_country", "amount_usd", "finance_type",
              "city_ids")
    records = list(project_records(layers["projects"], NO_FILTER, fields))  # the layer is filtered already
    inset = layout.itemById("inset")
    if inset is not None and not inset.isVisible():  # the table takes the inset's room
        bottom = max(frame.pos().y() + frame.rect().height(), inset.pos().y() + inset.rect().height())
        if inset.pos().x() >= frame.pos().x() - 1:  # below the table (side panel), not beside it
            frame.attemptResize(QgsLayoutSize(frame.rect().width(), bottom - frame.pos().y(),
                                              MILLIMETERS))
    fill_report_table(frame.multiFrame(), records, sector_catalogue().label, user_language(), frame.rect().height())
