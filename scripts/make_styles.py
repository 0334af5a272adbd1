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
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointDisplacementRenderer,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smartcity_plugin.layers import palette  # noqa: E402

STYLES = ROOT / "resources" / "styles"


def _shape_expression() -> str:
    cases = " ".join(f"WHEN '{code}' THEN '{shape}'" for code, shape in palette.SECTOR_SHAPES.items())
    return f"CASE \"sector_primary\" {cases} ELSE '{palette.DEFAULT_SHAPE}' END"


def _donor_categories(make_symbol) -> list[QgsRendererCategory]:
    categories = [
        QgsRendererCategory(code, make_symbol(colour), label)
        for code, (label, colour) in palette.DONOR_COLOURS.items()
    ]
    label, colour = palette.OTHER_DONOR
    categories.append(QgsRendererCategory("", make_symbol(colour), label))  # all other values
    return categories


def projects_style(layer: QgsVectorLayer) -> None:
    """Projects: colour by donor, shape by primary sector, spread around shared locations.

    Many projects sit on the same city point; the displacement renderer rings them
    around it so every one stays visible and the city symbol in the middle stays free.
    """

    def symbol(colour: str) -> QgsMarkerSymbol:
        marker = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "outline_color": "#ffffff", "outline_width": "0.3", "size": "3.4"}
        )
        marker.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertyName, QgsProperty.fromExpression(_shape_expression())
        )
        return marker

    displacement = QgsPointDisplacementRenderer("")
    displacement.setEmbeddedRenderer(QgsCategorizedSymbolRenderer("donor_country", _donor_categories(symbol)))
    displacement.setPlacement(QgsPointDisplacementRenderer.Placement.ConcentricRings)
    displacement.setTolerance(2.0)
    displacement.setToleranceUnit(QgsUnitTypes.RenderMillimeters)
    displacement.setCircleRadiusAddition(1.2)
    displacement.setCircleColor(QColor("#8a8a8a"))
    displacement.setCircleWidth(0.2)
    displacement.setCenterSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "size": "0", "color": "0,0,0,0"}))
    layer.setRenderer(displacement)


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
    symbol.setDataDefinedSize(
        QgsProperty.fromExpression('coalesce(scale_linear("project_count", 0, 8, 2.2, 6.5), 2.2)')
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    settings.dist = 1.2
    text = QgsTextFormat()
    text.setFont(QFont("Noto Sans"))
    text.setSize(8)
    text.setColor(QColor(palette.CITY_COLOUR))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
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
