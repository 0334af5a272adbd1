"""Open the cooperation data: the bundled GeoPackage, the planner's own, or the team registry in PostGIS.

GeoPackages open read-only. Registry layers are editable where the planner's database
role allows it (see :mod:`smartcity_plugin.layers.registry_layers`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from qgis.core import NULL, QgsVectorLayer

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


def _table_rows(source: Source, table: str) -> list[dict]:
    layer = source.open_layer(table)
    names = layer.fields().names()
    return [
        {name: None if value == NULL else value for name, value in zip(names, feature.attributes())}
        for feature in layer.getFeatures()
    ]


def _stamp(source: Source) -> tuple:
    """What changes when ``source``'s data do: a file's time; nothing for the registry.

    The registry's reference tables change only when it is published again; refreshing
    calls :func:`forget_cached_tables`.
    """
    if source.kind == REGISTRY:
        return ()
    if not source.path.is_file():
        raise _missing(source.path)
    return (source.path.stat().st_mtime_ns,)


# Keyed on the source itself (and its file's time): switching the data never finds the other data's tables.
@lru_cache(maxsize=4)
def _load_catalogue(source: Source, stamp: tuple) -> SectorCatalogue:
    return source.sector_catalogue()


@lru_cache(maxsize=4)
def _load_info(source: Source, stamp: tuple) -> dict[str, str]:
    return {str(row["key"]): str(row["value"] or "") for row in _table_rows(source, "dataset_info")}


def forget_cached_tables() -> None:
    """Read the sectors and dataset information again next time (a registry was published or refreshed)."""
    _load_catalogue.cache_clear()
    _load_info.cache_clear()
    from smartcity_plugin.io.registry.status import forget_checks

    forget_checks()


def sector_catalogue(source: Optional[Source] = None) -> SectorCatalogue:
    """The sector vocabularies and crosswalk of ``source`` (None: the data shown), read once per version of it.

    :meth:`Source.sector_catalogue` reads them; this keeps what it read.
    """
    source = source or active_source()
    return _load_catalogue(source, _stamp(source))


def dataset_info(source: Optional[Source] = None) -> dict[str, str]:
    """``source``'s ``dataset_info`` table (title, version, as_of …; None: the data shown), read once per version."""
    source = source or active_source()
    return _load_info(source, _stamp(source))


def sector_names() -> dict[str, str]:
    """Sector code → name in the interface language, from the ``sectors`` table."""
    catalogue = sector_catalogue()
    return {code: catalogue.label(code) for code in catalogue.codes()}
