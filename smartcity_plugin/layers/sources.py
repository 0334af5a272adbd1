"""Open the cooperation data: the bundled GeoPackage, the planner's own, or the team registry in PostGIS.

GeoPackages open read-only. Registry layers are editable where the planner's database
role allows it (see :mod:`smartcity_plugin.layers.registry_layers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from qgis.core import NULL, QgsSettings, QgsVectorLayer

from smartcity_plugin.__about__ import SETTINGS_PREFIX
from smartcity_plugin.core.schema import TABLE_SECTORS
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.errors import DataUnavailableError
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import bundled_data_path, world_map_uri  # noqa: F401  (moved to paths)

DATA_SOURCE_KEY = f"{SETTINGS_PREFIX}/data_source"  # path of the planner's GeoPackage; empty: the bundled data
# Name of a saved QGIS PostgreSQL connection: when set, the team registry is the plugin's data.
REGISTRY_KEY = f"{SETTINGS_PREFIX}/registry_connection"

BUNDLED, GEOPACKAGE, REGISTRY = "bundled", "geopackage", "registry"


class BundledDataMissingError(DataUnavailableError, FileNotFoundError):
    """The cooperation GeoPackage is not where the plugin expects it."""


@dataclass(frozen=True)
class DataSource:
    """Where the plugin's data comes from now."""

    kind: str  # BUNDLED, GEOPACKAGE or REGISTRY
    path: Optional[Path] = None  # the GeoPackage (bundled or own)
    connection: str = ""  # the saved PostgreSQL connection of the registry


def active_source() -> DataSource:
    """The data the plugin shows: the team registry when one is chosen, else a GeoPackage."""
    connection = QgsSettings().value(REGISTRY_KEY, "", type=str)
    if connection:
        return DataSource(REGISTRY, connection=connection)
    path = active_data_path()
    return DataSource(BUNDLED if path == bundled_data_path() else GEOPACKAGE, path)


def active_data_path() -> Path:
    """The GeoPackage the plugin reads, imports into and publishes from: the planner's own or the bundled one.

    With the team registry chosen this is still the GeoPackage that imports write to.
    """
    chosen = QgsSettings().value(DATA_SOURCE_KEY, "", type=str)
    return Path(chosen) if chosen else bundled_data_path()


def open_data_layer(layer_name: str, display_name: str = "") -> QgsVectorLayer:
    """Open a layer of the active data: a GeoPackage's read-only, so nobody edits it by accident."""
    source = active_source()
    if source.kind == REGISTRY:
        from smartcity_plugin.layers.registry_layers import open_registry_layer

        return open_registry_layer(source.connection, layer_name, display_name or layer_name)
    path = source.path
    if not path.is_file():
        raise _missing(path)
    return open_read_only(f"{path}|layername={layer_name}", display_name or layer_name)


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
    if layer.isValid() and layer.fields().count() == 0:
        # While another layer has the GeoPackage open for editing, QGIS 3.40 keeps it in WAL
        # mode and a read-only connection cannot read the table's schema ("unable to open
        # database file"): open it as QGIS's own layers do; setReadOnly still forbids edits.
        layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid() or layer.fields().count() == 0:
        raise BundledDataMissingError(f"No readable layer at {uri}.")
    layer.setReadOnly(True)
    return layer


def _table_rows(table: str) -> list[dict]:
    layer = open_data_layer(table)
    names = layer.fields().names()
    return [
        {name: None if value == NULL else value for name, value in zip(names, feature.attributes())}
        for feature in layer.getFeatures()
    ]


def _version() -> tuple:
    """What identifies the active data's version: a file's time, or the registry's name.

    The registry's reference tables change only when it is published again; switching or
    refreshing calls :func:`forget_cached_tables`.
    """
    source = active_source()
    if source.kind == REGISTRY:
        return (REGISTRY, source.connection)
    if not source.path.is_file():
        raise _missing(source.path)
    return (str(source.path), source.path.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _load_catalogue(version: tuple) -> SectorCatalogue:
    return SectorCatalogue.from_rows(_table_rows(TABLE_SECTORS), translate=tr)


@lru_cache(maxsize=2)
def _load_info(version: tuple) -> dict[str, str]:
    return {str(row["key"]): str(row["value"] or "") for row in _table_rows("dataset_info")}


def forget_cached_tables() -> None:
    """Read the sectors and dataset information again next time (the data source changed)."""
    _load_catalogue.cache_clear()
    _load_info.cache_clear()
    from smartcity_plugin.io.registry.status import forget_checks

    forget_checks()


def sector_catalogue() -> SectorCatalogue:
    """The sector vocabularies and crosswalk of the active data, read once per version of it."""
    return _load_catalogue(_version())


def dataset_info() -> dict[str, str]:
    """The active data's ``dataset_info`` table (title, version, as_of …), read once per version of it."""
    return _load_info(_version())


def sector_names() -> dict[str, str]:
    """Sector code → name in the interface language, from the ``sectors`` table."""
    catalogue = sector_catalogue()
    return {code: catalogue.label(code) for code in catalogue.codes()}
