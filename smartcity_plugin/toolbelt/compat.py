"""The one place where QGIS 3.22 and QGIS 3.30+/4 (Qt6) need different spellings.

QGIS moved many class enums into scoped ``Qgis.*`` enums (3.30 and 3.36) and keeps the old
names only as aliases that QGIS 4 drops; Qt6 moved ``QAction`` to ``QtGui`` and wants
``QMetaType`` where Qt5 took ``QVariant``. Everything else in the plugin spells enums scoped
(``Class.Enum.Member``), which works on every supported QGIS. Each switch tests for the new
form itself, so a QGIS between the versions named here takes whichever form it has.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsVectorDataProvider,
    QgsWkbTypes,
)

try:  # Qt6 (QGIS 4)
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5 (QGIS 3)
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction", "field_type", "label_font", "set_label_font"]

# QVariant's type names (Qt5) → QMetaType's (Qt6) where they differ; the list is QGIS's own
# (scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py, qmetatype_mapping), cut to what fields use.
_QMETATYPE_NAMES = {
    "String": "QString", "StringList": "QStringList", "Date": "QDate", "DateTime": "QDateTime",
    "Time": "QTime", "ByteArray": "QByteArray", "Map": "QVariantMap", "List": "QVariantList",
}


def field_type(name: str):
    """Type for ``QgsField`` from a QVariant type name (``String``, ``Int``, ``LongLong``, ``Double``…).

    QGIS 3.38 and later (required by Qt6) take ``QMetaType.Type``, whose names differ for some
    types (``QString``); earlier releases take ``QVariant.Type``.
    """
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, _QMETATYPE_NAMES.get(name, name))
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, name)


def label_font(label):
    """A layout label's font, sized in points.

    QGIS 3.24 gave labels a QgsTextFormat and later deprecated ``font()``; 3.22 has only ``font()``.
    """
    if not hasattr(label, "textFormat"):
        return label.font()
    text_format = label.textFormat()
    font = text_format.font()  # its point size is not the label's: the format's size() is
    if text_format.sizeUnit() == POINTS:
        font.setPointSizeF(text_format.size())
    return font


def set_label_font(label, font) -> None:
    """Give a layout label ``font`` at ``font.pointSizeF()`` points (see :func:`label_font`)."""
    if not hasattr(label, "setTextFormat"):
        label.setFont(font)
        return
    text_format = label.textFormat()
    text_format.setFont(font)
    text_format.setSize(font.pointSizeF())
    text_format.setSizeUnit(POINTS)
    label.setTextFormat(text_format)


def _newer(enum_name: str):
    """``Qgis.<enum_name>`` when this QGIS has it, else None."""
    return getattr(Qgis, enum_name, None)


# Geometry types: Qgis.WkbType from QGIS 3.30.
if (_wkb := _newer("WkbType")) is not None:
    WKB_POINT, WKB_NO_GEOMETRY = _wkb.Point, _wkb.NoGeometry
else:
    WKB_POINT, WKB_NO_GEOMETRY = QgsWkbTypes.Type.Point, QgsWkbTypes.Type.NoGeometry

# Distance units: Qgis.DistanceUnit from QGIS 3.30.
if (_distance := _newer("DistanceUnit")) is not None:
    KILOMETERS = _distance.Kilometers
else:
    KILOMETERS = QgsUnitTypes.DistanceUnit.DistanceKilometers

# Render units: Qgis.RenderUnit from QGIS 3.30.
if (_render_unit := _newer("RenderUnit")) is not None:
    POINTS = _render_unit.Points
else:
    POINTS = QgsUnitTypes.RenderUnit.RenderPoints

# Layout units: Qgis.LayoutUnit from QGIS 3.30.
if (_layout_unit := _newer("LayoutUnit")) is not None:
    MILLIMETERS = _layout_unit.Millimeters
else:
    MILLIMETERS = QgsUnitTypes.LayoutUnit.LayoutMillimeters

# Processing layer types: Qgis.ProcessingSourceType from QGIS 3.36.
if (_source := _newer("ProcessingSourceType")) is not None:
    SOURCE_VECTOR, SOURCE_POINT, SOURCE_POLYGON = _source.Vector, _source.VectorPoint, _source.VectorPolygon
else:
    SOURCE_VECTOR = QgsProcessing.SourceType.TypeVector
    SOURCE_POINT = QgsProcessing.SourceType.TypeVectorPoint
    SOURCE_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon

# Algorithm flags: Qgis.ProcessingAlgorithmFlag from QGIS 3.36.
if (_algorithm_flag := _newer("ProcessingAlgorithmFlag")) is not None:
    NO_THREADING = _algorithm_flag.NoThreading
else:
    NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading

# Number parameters: Qgis.ProcessingNumberParameterType from QGIS 3.36.
if (_number := _newer("ProcessingNumberParameterType")) is not None:
    NUMBER_INTEGER, NUMBER_DOUBLE = _number.Integer, _number.Double
else:
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double

# File parameters: Qgis.ProcessingFileParameterBehavior from QGIS 3.36.
if (_file := _newer("ProcessingFileParameterBehavior")) is not None:
    FILE_INPUT = _file.File
else:
    FILE_INPUT = QgsProcessingParameterFile.Behavior.File

# Feature requests: Qgis.FeatureRequestFlag from QGIS 3.36.
if (_request := _newer("FeatureRequestFlag")) is not None:
    NO_GEOMETRY = _request.NoGeometry
else:
    NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry

# Provider capabilities: Qgis.VectorProviderCapability from QGIS 3.40.
if (_capability := _newer("VectorProviderCapability")) is not None:
    CHANGE_ATTRIBUTE_VALUES, CHANGE_GEOMETRIES = _capability.ChangeAttributeValues, _capability.ChangeGeometries
else:
    CHANGE_ATTRIBUTE_VALUES = QgsVectorDataProvider.Capability.ChangeAttributeValues
    CHANGE_GEOMETRIES = QgsVectorDataProvider.Capability.ChangeGeometries
