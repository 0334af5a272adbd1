"""The legend's key to the symbol shapes: one shape per main sector, as the projects layer draws them.

A layout legend lists what a layer's renderer draws; the projects are coloured by donor, so
their shapes need a key of their own. This layer holds the projects the map draws at their
places, classed by main sector, and is drawn just below the projects, each mark exactly
under the (slightly larger) project mark that covers it: the legend, filtered by the map,
then names exactly the shapes that the page shows.

The layer belongs to the layout (its Qt parent), not to the project: exporting a map leaves
the planner's project exactly as it was, and the layer goes when the layout goes.
"""

from __future__ import annotations

from typing import Callable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureRequest,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject

from smartcity_plugin.layers import palette
from smartcity_plugin.layers.placement import OFFSET_FIELD
from smartcity_plugin.toolbelt.i18n import tr

KEY_COLOUR = "#5a5a5a"


def sector_key_layer(
    owner: QObject, projects: QgsVectorLayer, sector_label: Callable[[str], str]
) -> QgsVectorLayer:
    """A memory layer of the drawn projects' places and main sectors, styled as the shapes' key.

    ``owner`` (the layout that draws it) keeps the layer alive; it is not added to any project.
    """
    crs = projects.crs().authid() or "EPSG:4326"
    layer = QgsVectorLayer(f"MultiPoint?crs={crs}&field=sector_primary:string(40)&field=marker_offset:string(40)",
                           tr("Main sector (symbol shape)"), "memory")
    request = QgsFeatureRequest().setSubsetOfAttributes(["sector_primary", OFFSET_FIELD], projects.fields())
    features = []
    for project_feature in projects.getFeatures(request):
        if not project_feature.hasGeometry() or not project_feature[OFFSET_FIELD]:
            continue  # national and regional programmes are drawn as countries
        feature = QgsFeature(layer.fields())
        feature.setGeometry(project_feature.geometry())
        feature["sector_primary"] = project_feature["sector_primary"]
        feature["marker_offset"] = project_feature[OFFSET_FIELD]
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    for code, shape in palette.SECTOR_SHAPES.items():
        symbol = QgsMarkerSymbol.createSimple(
            {"name": shape, "color": KEY_COLOUR, "outline_color": "#ffffff", "outline_width": "0.3", "size": "2.6"})
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyOffset, QgsProperty.fromField("marker_offset"))
        categories.append(QgsRendererCategory(code, symbol, sector_label(code)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("sector_primary", categories))
    layer.setParent(owner)
    return layer
