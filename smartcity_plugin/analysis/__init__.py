"""Analyses that need QGIS geometry (qgis.core only, no gui), and their output fields."""

from __future__ import annotations

from qgis.core import QgsField

from smartcity_plugin.toolbelt.compat import field_type


def new_field(name: str, kind: str) -> QgsField:
    """A field of ``kind`` (String, Int, LongLong, Double, Bool) in any QGIS 3.x/Qt."""
    return QgsField(name, field_type(kind))


def safe_name(code: str) -> str:
    """``code`` as a lower-case field-name part (letters, digits and underscores)."""
    text = "".join(ch if ch.isascii() and ch.isalnum() else "_" for ch in str(code).strip().lower())
    return text or "unknown"
