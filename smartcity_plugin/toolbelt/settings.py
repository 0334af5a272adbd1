"""User settings, stored with QgsSettings under the plugin's own prefix."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsSettings

from smartcity_plugin.__about__ import SETTINGS_PREFIX


def setting_key(name: str) -> str:
    """Full QgsSettings key of a plugin setting."""
    return f"{SETTINGS_PREFIX}/{name}"


def get_setting(name: str, default: Any = None, value_type: type = str) -> Any:
    """Read a plugin setting, converted to ``value_type``."""
    return QgsSettings().value(setting_key(name), default, type=value_type)


def set_setting(name: str, value: Any) -> None:
    """Store a plugin setting."""
    QgsSettings().setValue(setting_key(name), value)
