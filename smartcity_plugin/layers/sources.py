"""Open the cooperation data: the bundled GeoPackage, the planner's own, or the team registry in PostGIS.

GeoPackages open read-only. Registry layers are editable where the planner's database
role allows it (see :mod:`smartcity_plugin.layers.registry_layers`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from qgis.core import NULL, QgsVectorLayer

from smartcity_plugin.core.schema import TABLE_SECTORS
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.errors import DataUnavailableError  # noqa: F401  (importers of this name)
from smartcity_plugin.layers.data_sources import (  # noqa: F401  (their names here before)
    BUNDLED,
    CATALOGUE,
    GEOPACKAGE,
    REGISTRY,
    BundledDataMissingError,
    Source,
    missing_data_error,
    open_read_only,
    source_holder,
)
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import bundled_data_path, world_map_uri  # noqa: F401  (moved to paths)
from smartcity_plugin.toolbelt.settings import setting_key

DATA_SOURCE_KEY = setting_key("data_source")  # path of the planner's GeoPackage; empty: the bundled data
# Name of a saved QGIS PostgreSQL connection: when set, the team registry is the plugin's data.
REGISTRY_KEY = setting_key("registry_connection")

DataSource = Source  # the earlier name


def active_source() -> Source:
    """The data the plugin shows (see :func:`~smartcity_plugin.layers.data_sources.source_holder`)."""
    return source_holder().current()


def active_data_path() -> Path:
    """The GeoPackage the plugin reads, imports into and publishes from: the planner's own or the bundled one.

    With the team registry chosen this is still the GeoPackage that imports write to.
    """
    return source_holder().geopackage()


def open_data_layer(layer_name: str, display_name: str = "") -> QgsVectorLayer:
    """Open a layer of the active data: a GeoPackage's read-only, so nobody edits it by accident."""
    return active_source().open_layer(layer_name, display_name)


def _missing(path: Path) -> BundledDataMissingError:
    return missing_data_error(path)


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
