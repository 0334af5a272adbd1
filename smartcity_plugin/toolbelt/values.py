"""Attribute values as plain Python: what every room needs when it reads a QGIS feature."""

from __future__ import annotations

from typing import Any


def plain_value(value: Any) -> Any:
    """QGIS NULL (a QVariant) as None, so the core sees plain Python values."""
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
