"""Plugin metadata, read once from ``metadata.txt``; every other module imports it from here."""

from __future__ import annotations

from configparser import ConfigParser

from smartcity_plugin.toolbelt.paths import metadata_path

PLUGIN_ID = "smartcity_plugin"
PROVIDER_ID = "smartcity"
SETTINGS_PREFIX = "smartcity_plugin"


def _read_metadata() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    with metadata_path().open(encoding="utf-8") as handle:
        parser.read_file(handle)
    return dict(parser["general"])


METADATA = _read_metadata()

__title__ = METADATA["name"]
__version__ = METADATA["version"]
__summary__ = METADATA["description"]
__author__ = METADATA["author"]
__email__ = METADATA["email"]
__uri_homepage__ = METADATA["homepage"]
__uri_tracker__ = METADATA["tracker"]
__uri_repository__ = METADATA["repository"]
__icon_relpath__ = METADATA["icon"]
__qgis_min__ = METADATA["qgisminimumversion"]
