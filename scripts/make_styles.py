"""Write the layer styles (resources/styles/*.qml) from smartcity_plugin/layers/palette.py.

The .qml files are what the plugin loads and what users may edit in QGIS; this script
makes them from the one palette, so the colours of layers, legends and tests agree.
Run it after changing the palette: `.venv/bin/python scripts/make_styles.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCallout,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleLineCallout,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSizeScaleTransformer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smartcity_plugin.layers import palette  # noqa: E402

STYLES = ROOT / "resources" / "styles"


def _shape_expression() -> str:
    # QGIS expressions know only the searched CASE (CASE WHEN condition THEN …), not CASE value WHEN ….
    shapes = palette.SECTOR_SHAPES.items()
    cases = " ".join(f"WHEN \"sector_primary\" = '{code}' THEN '{shape}'" for code, shape in shapes)
    return f"CASE {cases} ELSE '{palette.DEFAULT_SHAPE}' END"


def _donor_categories(make_symbol) -> list[QgsRendererCategory]:
    categories = [
        QgsRendererCategory(code, make_symbol(colour), label)
        for code, (label, colour) in palette.DONOR_COLOURS.items()
    ]
    label, colour = palette.OTHER_DONOR
    categories.append(QgsRendererCategory("", make_symbol(colour), label))  # all other values
    return categories


# Hatching angle per donor: programmes of several donors in one country stay readable.
HATCH_ANGLES = {"US": 45, "KR": 135, "JP": 0, "CN": 90, "XM": 22.5}
LOCATED = "coalesce(\"marker_offset\", '') <> ''"  # see smartcity_plugin/layers/placement.py


def _donor_rules(make_symbol, filter_of) -> list[QgsRuleBasedRenderer.Rule]:
    """One rule per donor of the palette, and "Other" for any other donor; the code in the description."""
    rules = []
    for code, (label, colour) in palette.DONOR_COLOURS.items():
        rule = QgsRuleBasedRenderer.Rule(make_symbol(colour, code), 0, 0, filter_of(code), label, code)
        rules.append(rule)
    label, colour = palette.OTHER_DONOR
    known = ", ".join(f"'{code}'" for code in palette.DONOR_COLOURS)
    rules.append(QgsRuleBasedRenderer.Rule(make_symbol(colour, ""), 0, 0, filter_of(None, known), label, ""))
    return rules


def projects_style(layer: QgsVectorLayer) -> None:
    """Projects at their places: colour by donor, shape by primary sector, on a ring where places are shared.

    The ring position of each project (marker_offset, in mm) is computed by the plugin after
    every filter, so projects sharing a place never cover each other or their city at any
    scale. National and regional programmes (no marker_offset) are drawn as their recipient
    countries by the programmes layer, never as points at a computed place.
    """

    def symbol(colour: str, _code: str) -> QgsMarkerSymbol:
        marker = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "outline_color": "#ffffff", "outline_width": "0.3", "size": "2.8"}
        )
        layer_ = marker.symbolLayer(0)
        layer_.setDataDefinedProperty(QgsSymbolLayer.PropertyName, QgsProperty.fromExpression(_shape_expression()))
        layer_.setDataDefinedProperty(QgsSymbolLayer.PropertyOffset, QgsProperty.fromExpression('"marker_offset"'))
        return marker

    def located(code, known=None) -> str:
        if code is None:
            return f"{LOCATED} AND coalesce(\"donor_country\", '') NOT IN ({known})"
        return f"{LOCATED} AND \"donor_country\" = '{code}'"

    root = QgsRuleBasedRenderer.Rule(None)
    for rule in _donor_rules(symbol, located):
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    # No labels of their own, but city names keep off the project symbols (obstacles only).
    obstacles = QgsPalLayerSettings()
    obstacles.drawLabels = False
    obstacles.fieldName = "''"
    obstacles.isExpression = True
    settings = obstacles.obstacleSettings()
    settings.setIsObstacle(True)
    settings.setFactor(0.8)  # a busy city's name may still sit over a mark rather than vanish
    obstacles.setObstacleSettings(settings)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(obstacles))
    layer.setLabelsEnabled(True)


def programmes_style(layer: QgsVectorLayer) -> None:
    """National and regional programmes: their recipient countries hatched and outlined in the donor's colour."""

    def symbol(colour: str, code: str) -> QgsFillSymbol:
        fill = QgsFillSymbol()
        fill.deleteSymbolLayer(0)
        # Light hatching: the programmes say "this whole country", the points stay on top of it.
        line_colour = QColor(colour)
        line_colour.setAlpha(110)
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setColor(line_colour)
        hatch.setLineAngle(HATCH_ANGLES.get(code, 67.5))
        hatch.setDistance(3.4)
        hatch.setLineWidth(0.18)
        hatch.subSymbol().setColor(line_colour)
        hatch.subSymbol().setWidth(0.18)
        fill.appendSymbolLayer(hatch)
        outline = QgsSimpleLineSymbolLayer(QColor(colour), 0.45)
        outline.setPenStyle(Qt.PenStyle.DashLine)
        fill.appendSymbolLayer(outline)
        return fill

    def donor_in(code, known=None) -> str:
        if code is None:  # a donor outside the palette
            codes = " AND ".join(f"\"programme_donors\" NOT LIKE '%;{c};%'" for c in palette.DONOR_COLOURS)
            return f"coalesce(\"programme_donors\", '') <> '' AND {codes}"
        return f"\"programme_donors\" LIKE '%;{code};%'"

    root = QgsRuleBasedRenderer.Rule(None)
    for rule in _donor_rules(symbol, donor_in):
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))


def flood_style(layer: QgsVectorLayer) -> None:
    """Flood-warning coverage: semi-transparent fill by funder, clear outline."""

    def symbol(colour: str) -> QgsFillSymbol:
        fill = QColor(colour)
        fill.setAlpha(palette.FLOOD_FILL_ALPHA)
        return QgsFillSymbol.createSimple(
            {"color": fill.name(QColor.NameFormat.HexArgb), "outline_color": colour,
             "outline_width": "0.5", "outline_style": "solid"}
        )

    layer.setRenderer(QgsCategorizedSymbolRenderer("funder_country", _donor_categories(symbol)))


def cities_style(layer: QgsVectorLayer) -> None:
    """ASCN cities: a ringed dot sized by number of projects, labelled with the name."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#ffffff", "outline_color": palette.CITY_COLOUR, "outline_width": "0.6"}
    )
    size = QgsProperty.fromField("project_count")
    size.setTransformer(QgsSizeScaleTransformer(QgsSizeScaleTransformer.Linear, 0, 8, 2.2, 6.5, 2.2, 1))
    symbol.setDataDefinedSize(size)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))  # the legend says what the size means (export/layouts.py)
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    # Far enough from the ring that the halo never cuts it; busier cities win a crowded spot.
    settings.dist = 1.6
    settings.priority = 5
    settings.dataDefinedProperties().setProperty(
        QgsPalLayerSettings.Priority, QgsProperty.fromExpression('4 + min(coalesce("project_count", 0), 6)'))
    # Where projects sit on a ring around the city, or another city is near, the plugin writes an
    # order of positions (free sides first, facing away from the neighbour) and, when the ring is
    # full all round, a distance beyond it (smartcity_plugin/core/label_room.py); a leader then
    # ties the name to its city. DEFAULT_ORDER there is the order below.
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.LabelDistance,
                           QgsProperty.fromExpression('coalesce("label_distance", 1.6)'))
    # On a map of the whole region (an A4 overview is about 1:20 000 000) names are a point
    # smaller: the crowded places keep more of them.
    properties.setProperty(QgsPalLayerSettings.Size,
                           QgsProperty.fromExpression('CASE WHEN @map_scale > 12000000 THEN 7 ELSE 8 END'))
    default_order = "'TR,TL,BR,BL,R,L,TSR,BSR,TSL,BSL,T,B'"
    properties.setProperty(QgsPalLayerSettings.PredefinedPositionOrder,
                           QgsProperty.fromExpression(f'coalesce("label_positions", {default_order})'))
    # A leader for every name set beyond a full ring, and only those (the plugin says which in
    # "label_leader"): such a name may stand nearer another city's marker than its own. A white
    # casing keeps the line readable across the project marks it crosses.
    radius = '(2.2 + min(coalesce("project_count", 0), 8) / 8 * 4.3) / 2'
    properties.setProperty(QgsPalLayerSettings.CalloutDraw,
                           QgsProperty.fromExpression('coalesce("label_leader", 0) = 1'))
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    line = callout.lineSymbol()
    line.setColor(QColor(palette.CITY_COLOUR))
    line.setWidth(0.25)
    casing = QgsSimpleLineSymbolLayer(QColor("white"), 0.75)
    line.insertSymbolLayer(0, casing)
    callout.setMinimumLength(1.0)
    # From the city marker's edge (its size follows the number of projects, as the symbol's does).
    callout.dataDefinedProperties().setProperty(QgsCallout.OffsetFromAnchor, QgsProperty.fromExpression(radius))
    settings.setCallout(callout)
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    # A name avoids other city markers, but may touch one rather than vanish (2.0 would forbid it: PAL
    # makes an obstacle stronger than the label's priority a hard conflict, and crowded places lost names).
    obstacle.setFactor(1.0)
    settings.setObstacleSettings(obstacle)
    text = QgsTextFormat()
    text.setFont(QFont("Noto Sans"))
    text.setSize(8)
    text.setColor(QColor(palette.CITY_COLOUR))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.85)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def countries_style(layer: QgsVectorLayer) -> None:
    """Country base: ASEAN members emphasised, the rest pale."""
    codes = ", ".join(f"'{code}'" for code in palette.ASEAN_ISO2)
    root = QgsRuleBasedRenderer.Rule(None)
    asean = QgsFillSymbol.createSimple({"color": "#f4efe4", "outline_color": "#8a7f6a", "outline_width": "0.35"})
    other = QgsFillSymbol.createSimple({"color": "#eeeeee", "outline_color": "#c8c8c8", "outline_width": "0.2"})
    root.appendChild(QgsRuleBasedRenderer.Rule(asean, 0, 0, f'"iso_a2" IN ({codes})', "ASEAN member states"))
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, "ELSE", "Other countries"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def main() -> int:
    STYLES.mkdir(parents=True, exist_ok=True)
    makers = {
        "projects": ("MultiPoint", projects_style),
        "flood_coverage": ("MultiPolygon", flood_style),
        "ascn_cities": ("Point", cities_style),
        "countries": ("MultiPolygon", countries_style),
        "programmes": ("MultiPolygon", programmes_style),
    }
    for name, (geometry, make) in makers.items():
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326", name, "memory")
        make(layer)
        path = STYLES / f"{name}.qml"
        # Symbology and labels only: fields, aliases and map tips are set in code.
        categories = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
        message, ok = layer.saveNamedStyle(str(path), categories)
        if not ok:
            print(f"make_styles: {path}: {message}", file=sys.stderr)
            return 1
        print(f"make_styles: wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    status = main()
    app.exitQgis()
    sys.exit(status)
