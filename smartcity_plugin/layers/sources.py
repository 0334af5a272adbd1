"""Open the cooperation data read-only: the bundled GeoPackage, or the planner's own when chosen."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from qgis.core import NULL, QgsSettings, QgsVectorLayer

from smartcity_plugin.__about__ import SETTINGS_PREFIX
from smartcity_plugin.core.schema import TABLE_SECTORS
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import bundled_data_path

DATA_SOURCE_KEY = f"{SETTINGS_PREFIX}/data_source"  # path of the planner's GeoPackage; empty: the bundled data


class BundledDataMissingError(FileNotFoundError):
    """The cooperation GeoPackage is not where the plugin expects it."""


def active_data_path() -> Path:
    """The GeoPackage the plugin reads: the planner's own (setting ``data_source``) or the bundled one."""
    chosen = QgsSettings().value(DATA_SOURCE_KEY, "", type=str)
    return Path(chosen) if chosen else bundled_data_path()


def bundled_layer_uri(layer_name: str) -> str:
    """OGR data source URI of one layer of the active GeoPackage."""
    return f"{active_data_path()}|layername={layer_name}"


def open_bundled_layer(layer_name: str, display_name: str = "") -> QgsVectorLayer:
    """Open a layer of the active data read-only, so nobody edits the data by accident."""
    path = active_data_path()
    if not path.is_file():
        raise _missing(path)
    return open_read_only(bundled_layer_uri(layer_name), display_name or layer_name)


def _missing(path: Path) -> BundledDataMissingError:
    if path != bundled_data_path():
        return BundledDataMissingError(
            f"The GeoPackage {path} chosen as the plugin's data is missing; choose it again or go back "
            "to the bundled data (menu Smart City Cooperation)."
        )
    return BundledDataMissingError(
        f"The bundled data {path} is missing; reinstall the plugin "
        "(in a checkout, run `make data`)."
    )


def open_read_only(uri: str, name: str) -> QgsVectorLayer:
    """Open an OGR layer that QGIS will not let anyone edit."""
    options = QgsVectorLayer.LayerOptions()
    if hasattr(options, "forceReadOnly"):  # QGIS 3.28+: the provider never opens for update
        options.forceReadOnly = True
    layer = QgsVectorLayer(uri, name, "ogr", options)
    if not layer.isValid():
        raise BundledDataMissingError(f"No readable layer at {uri}.")
    layer.setReadOnly(True)
    return layer


def world_map_uri(layer_name: str = "countries") -> str:
    """Natural Earth data that QGIS itself ships (public domain), no copy needed."""
    from qgis.core import QgsApplication

    return f"{QgsApplication.pkgDataPath()}/resources/data/world_map.gpkg|layername={layer_name}"


@lru_cache(maxsize=1)
def _load_catalogue(path: str, modified_ns: int) -> SectorCatalogue:
    table = open_bundled_layer(TABLE_SECTORS)
    names = table.fields().names()
    rows = [
        {name: None if value == NULL else value for name, value in zip(names, feature.attributes())}
        for feature in table.getFeatures()
    ]
    return SectorCatalogue.from_rows(rows, translate=tr)


def sector_catalogue() -> SectorCatalogue:
    """The sector vocabularies and crosswalk of the active data, read once per version of the file."""
    path = active_data_path()
    if not path.is_file():
        raise _missing(path)
    return _load_catalogue(str(path), path.stat().st_mtime_ns)


def sector_names() -> dict[str, str]:
    """Sector code → name in the interface language, from the ``sectors`` table."""
    catalogue = sector_catalogue()
    return {code: catalogue.label(code) for code in catalogue.codes()}
