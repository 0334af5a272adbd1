"""What a reader sees on an exported map: every selected project where it is, regional work as regional."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRenderContext
from qgis.PyQt.QtGui import QColor, QImage

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.placement import is_area_programme, marker_offsets, slot_offset
from smartcity_plugin.layers import palette

MEKONG = ("KH", "LA", "MM", "TH", "VN")
DPI = 150
FILTERS = {
    # The README's question.
    "readme": ProjectFilter(sectors=("water",), donors=("US",), countries=MEKONG, year_from=2019),
    "korea_mekong": ProjectFilter(donors=("KR",), countries=MEKONG),
    "all_water": ProjectFilter(sectors=("water",)),
    "philippines": ProjectFilter(countries=("PH",)),
}


def test_shared_places_get_distinct_ring_positions():
    here, there = (100.5, 13.75), (105.8, 21.0)
    offsets = marker_offsets({"a": [here], "b": [here, there], "c": [there], "d": [(110.0, 10.0)]}, [there])
    assert len({offsets["a"], offsets["b"]}) == 2 and len({offsets["b"], offsets["c"]}) == 2
    assert offsets["d"] == (0.0, 0.0)  # alone, at no city: on its place
    assert offsets["c"] != (0.0, 0.0)  # alone but at a city: beside the city marker
    assert len({slot_offset(i) for i in range(42)}) == 42
    assert is_area_programme(6, True, "KH;LA") and is_area_programme(None, False, "VN")
    assert not is_area_programme(2, True, "VN") and not is_area_programme(None, False, "")


def _page_pixel(map_item, point, offset_mm, image_width, page_width_mm):
    extent = map_item.extent()
    position, size = map_item.pagePos(), map_item.rect()
    x_mm = position.x() + (point.x() - extent.xMinimum()) / extent.width() * size.width() + offset_mm[0]
    y_mm = position.y() + (extent.yMaximum() - point.y()) / extent.height() * size.height() + offset_mm[1]
    scale = image_width / page_width_mm
    return int(round(x_mm * scale)), int(round(y_mm * scale))


def _has_colour_near(image: QImage, x: int, y: int, colour: str, radius: int = 5, tolerance: int = 40) -> bool:
    wanted = QColor(colour)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            if 0 <= x + dx < image.width() and 0 <= y + dy < image.height():
                found = QColor(image.pixel(x + dx, y + dy))
                if (abs(found.red() - wanted.red()) + abs(found.green() - wanted.green())
                        + abs(found.blue() - wanted.blue())) <= tolerance:
                    return True
    return False


@pytest.mark.parametrize("name", list(FILTERS))
def test_every_selected_project_has_a_mark_in_its_donors_colour(provider, tmp_path, name):
    from smartcity_plugin.export.exporter import export_layout
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout

    project = QgsProject()
    layout = build_map_layout(project, MapRequest(FILTERS[name], title="Test"))
    target = export_layout(layout, tmp_path / f"{name}.png", DPI)
    image = QImage(str(target))
    page_width = layout.pageCollection().page(0).pageSize().width()
    map_item = layout.itemById("map")
    layers = {role: layer for role, layer in _roles(project).items()}
    projects = layers["projects"]
    context = QgsRenderContext()
    renderer = projects.renderer().clone()
    renderer.startRender(context, projects.fields())
    located = area = 0
    for feature in projects.getFeatures():
        context.expressionContext().setFeature(feature)
        drawn = renderer.willRenderFeature(feature, context)
        precision = feature["location_precision"]
        programme = is_area_programme(precision if isinstance(precision, int) else None, feature.hasGeometry(),
                                      feature["recipient_country"] or "")
        assert drawn != programme, feature["project_id"]  # regional work is never a point at a computed place
        if programme:
            area += 1
            continue
        colour = palette.DONOR_COLOURS.get(feature["donor_country"], palette.OTHER_DONOR)[1]
        offset = tuple(float(v) for v in feature["marker_offset"].split(","))
        for vertex in feature.geometry().vertices():
            if not map_item.extent().contains(vertex.x(), vertex.y()):
                continue
            x, y = _page_pixel(map_item, vertex, offset, image.width(), page_width)
            assert _has_colour_near(image, x, y, colour), (feature["project_id"], vertex.x(), vertex.y())
            located += 1
    renderer.stopRender(context)
    assert located > 0
    if area:  # their recipient countries carry the donors of their programmes
        donors = {f["iso_a2"]: f["programme_donors"] for f in layers["programmes"].getFeatures()}
        assert any(value for value in donors.values())
    if name == "readme":
        # Phuket, Ho Chi Minh City, Vientiane; regional: the ASEAN-wide SCBIF, the State Department and USAID grants
        # to the Mekong River Commission and the Mekong-U.S. Partnership (data 1.1)
        assert (located, area) == (3, 4)
    del layout
    project.clear()


def _roles(project):
    from smartcity_plugin.layers.group import find_group, layers_by_role

    return layers_by_role(find_group(project))


def test_project_saved_in_english_exports_in_korean(provider, tmp_path):
    """Layers are found by the role the plugin gave them, not by their (translated) names."""
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout
    from smartcity_plugin.layers.group import add_cooperation_layers
    from smartcity_plugin.toolbelt.i18n import install_translator, remove_translator

    english = QgsProject()
    add_cooperation_layers(english)
    path = tmp_path / "saved_in_english.qgz"
    assert english.write(str(path))
    english.clear()
    translator = install_translator("ko")
    try:
        korean = QgsProject()
        assert korean.read(str(path))
        layout = build_map_layout(korean, MapRequest(ProjectFilter(countries=("VN",)), title="베트남"))
        names = {layer.name() for layer in layout.itemById("map").layers() if layer.providerType() != "memory"}
        inset_layers = layout.itemById("inset").layers()
        assert "Countries (Natural Earth)" in names and len(names) == 5  # the English project's layers, reused
        assert inset_layers and inset_layers[0].featureCount() > 0 and layout.itemById("inset").isVisible()
        # Nothing added twice under a Korean name (the map's key to the symbol shapes aside).
        assert len([layer for layer in korean.mapLayers().values() if layer.providerType() != "memory"]) == 5
        del layout
        korean.clear()
    finally:
        remove_translator(translator)


def _labels_and_leaders(project, layout, dpi: float = DPI):
    """The cities' labels and callouts as the layout's map draws them: {city id: (placed, has a leader)}."""
    from qgis.core import QgsMapRendererCustomPainterJob
    from qgis.PyQt.QtCore import QSizeF
    from qgis.PyQt.QtGui import QPainter

    map_item = layout.itemById("map")
    size = QSizeF(map_item.rect().width() * dpi / 25.4, map_item.rect().height() * dpi / 25.4)
    settings = map_item.mapSettings(map_item.extent(), size, dpi, True)
    image = QImage(size.toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    results = job.takeLabelingResults()
    cities = _roles(project)["cities"]
    ids = {feature.id(): feature["city_id"] for feature in cities.getFeatures()}
    placed = {ids[label.featureId] for label in results.allLabels()
              if label.layerID == cities.id() and not label.isUnplaced}
    leaders = {ids[callout.featureId] for callout in results.calloutsWithinRectangle(settings.visibleExtent())
               if callout.layerID == cities.id()}
    return placed, leaders


def test_a_name_beyond_its_ring_is_joined_to_its_city(provider):
    """On the A4 overview Vientiane's name goes beyond its full ring and stood beside Khon Kaen's marker with
    no leader: a reader took Khon Kaen for Vientiane. A name beyond a ring has a leader; one beside its marker none."""
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout

    project = QgsProject()
    layout = build_map_layout(project, MapRequest(ProjectFilter(), title="Test"))
    placed, leaders = _labels_and_leaders(project, layout)
    cities = _roles(project)["cities"]
    beyond = {f["city_id"] for f in cities.getFeatures() if f["label_leader"] == 1}
    assert "ascn_la_vientiane" in beyond and "ascn_la_vientiane" in placed
    assert "ascn_la_vientiane" in leaders
    assert leaders == beyond & placed  # every name beyond a ring, and only those
    assert "ascn_bn_bandar_seri_begawan" in placed - leaders  # beside its marker: no line
    del layout
    project.clear()
