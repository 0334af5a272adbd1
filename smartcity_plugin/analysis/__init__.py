"""Analyses that need QGIS geometry (qgis.core only, no gui), and their output fields."""

from __future__ import annotations

from qgis.core import Qgis, QgsField

from smartcity_plugin.toolbelt.compat import field_type

# QVariant's type names (QGIS 3.22) → QMetaType's (QGIS 3.38+, Qt6) where they differ.
_QMETATYPE_NAMES = {"String": "QString"}


def new_field(name: str, kind: str) -> QgsField:
    """A field of ``kind`` (String, Int, LongLong, Double, Bool) in any QGIS 3.x/Qt."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        kind = _QMETATYPE_NAMES.get(kind, kind)
    return QgsField(name, field_type(kind))


def safe_name(code: str) -> str:
    """``code`` as a lower-case field-name part (letters, digits and underscores)."""
    text = "".join(ch if ch.isascii() and ch.isalnum() else "_" for ch in str(code).strip().lower())
    return text or "unknown"
