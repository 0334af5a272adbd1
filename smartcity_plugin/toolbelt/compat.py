"""The few places where QGIS 3.22 and QGIS 3.38+/4 (Qt6) need different spellings."""

from __future__ import annotations

from qgis.core import Qgis


def field_type(name: str):
    """Type for ``QgsField``: QMetaType from QGIS 3.38 on (required by Qt6), QVariant before."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, name)
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, name)
