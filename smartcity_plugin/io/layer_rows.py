"""Projects of a QGIS layer (or Processing source) as plain rows for the exporters and checks."""

from __future__ import annotations

from typing import Iterator, Optional

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsWkbTypes

from smartcity_plugin.io.errors import ExportCancelledError
from smartcity_plugin.io.exports import ExportRow
from smartcity_plugin.io.records import FIELD_NAMES, Point
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.values import plain_value


def geometry_points(geometry: Optional[QgsGeometry]) -> list[Point]:
    """(x, y) of a point or multipoint; other geometries give their centroid; none gives []."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    kind = QgsWkbTypes.displayString(QgsWkbTypes.flatType(geometry.wkbType()))  # no enum: QGIS 3 and 4 alike
    if kind in ("Point", "MultiPoint"):
        if geometry.isMultipart():
            return [(p.x(), p.y()) for p in geometry.asMultiPoint()]
        point = geometry.asPoint()
        return [(point.x(), point.y())]
    centroid = geometry.centroid().asPoint()
    return [(centroid.x(), centroid.y())]


def layer_rows(source, request: Optional[QgsFeatureRequest] = None, feedback=None) -> Iterator[ExportRow]:
    """Every feature of ``source`` as an :class:`ExportRow` (fields the layer lacks are None)."""
    names = [name for name in FIELD_NAMES if source.fields().indexOf(name) >= 0]
    for feature in source.getFeatures(request or QgsFeatureRequest()):
        if feedback is not None and feedback.isCanceled():
            # Raised, not returned: the writer must not put a shortened file in place of the earlier one.
            raise ExportCancelledError(source.sourceName(), tr("cancelled; the earlier file is unchanged."))
        values = {name: plain_value(feature[name]) for name in names}
        yield ExportRow(values, geometry_points(feature.geometry() if feature.hasGeometry() else None))
