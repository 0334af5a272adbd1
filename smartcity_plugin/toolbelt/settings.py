"""The plugin's settings, typed, in one place (as qtribu's ``PlgOptionsManager``).

Every plugin setting is a field of :class:`PluginSettings`, stored with QgsSettings under
``smartcity_plugin/<field name>``. Nothing else in the plugin reads or writes QgsSettings
for its own keys (a unit test greps for it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from qgis.core import QgsSettings

from smartcity_plugin.__about__ import SETTINGS_PREFIX


@dataclass
class PluginSettings:
    """What the planner chose, with the defaults a fresh profile gets."""

    data_source: str = ""  # the planner's GeoPackage the plugin shows; empty: the bundled data
    registry_connection: str = ""  # a saved PostgreSQL connection: when set, the team registry is shown
    catalogue_url: str = ""  # where "Update the catalogue" downloads from
    catalogue_allow_http: bool = False  # accept a plain-http catalogue address (a private network)
    export_folder: str = ""  # the last folder maps were exported to
    import_geopackage: str = ""  # the last GeoPackage imports (and fetches) wrote to


NAMES = tuple(item.name for item in fields(PluginSettings))
_TYPES = {item.name: type(getattr(PluginSettings(), item.name)) for item in fields(PluginSettings)}


def setting_key(name: str) -> str:
    """Full QgsSettings key of the plugin setting ``name`` (a field of PluginSettings)."""
    if name not in _TYPES:
        raise KeyError(f"{name} is not a plugin setting")
    return f"{SETTINGS_PREFIX}/{name}"


def read_settings() -> PluginSettings:
    """Every plugin setting, read now."""
    return PluginSettings(**{name: get_setting(name) for name in NAMES})


def get_setting(name: str) -> Any:
    """One plugin setting, with its type and default."""
    key = setting_key(name)
    return QgsSettings().value(key, getattr(PluginSettings(), name), type=_TYPES[name])


def set_setting(name: str, value: Any) -> None:
    """Store one plugin setting; its default (empty, False) removes the key."""
    key = setting_key(name)
    if value == getattr(PluginSettings(), name):
        QgsSettings().remove(key)
    else:
        QgsSettings().setValue(key, _TYPES[name](value))


def save_settings(settings: PluginSettings) -> None:
    """Store every field of ``settings``."""
    for name, value in asdict(settings).items():
        set_setting(name, value)
