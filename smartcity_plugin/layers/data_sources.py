"""The data the plugin shows, as one small interface, and the one place that holds the current one.

Four kinds of data sit behind :class:`Source`: the bundled GeoPackage, the planner's own
GeoPackage, a downloaded catalogue (a GeoPackage in the QGIS profile) and the team registry
(PostGIS). :func:`source_holder` keeps the current one: it alone reads and writes the
``data_source`` and ``registry_connection`` settings and says when the choice changes.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.errors import DataExchangeError, DataUnavailableError
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import bundled_data_path
from smartcity_plugin.toolbelt.read_only import layer_uri, ogr_layer, sqlite_uri
from smartcity_plugin.toolbelt.settings import get_setting, set_setting
from smartcity_plugin.toolbelt.values import plain_value

BUNDLED, GEOPACKAGE, CATALOGUE, REGISTRY = "bundled", "geopackage", "catalogue", "registry"
CATALOGUE_FOLDER = "smartcity_plugin"  # below the QGIS profile folder (gui/import_datasource.catalogue_folder)


class BundledDataMissingError(DataUnavailableError, FileNotFoundError):
    """The cooperation GeoPackage is not where the plugin expects it."""


def missing_data_error(path: Path) -> BundledDataMissingError:
    """What to say when the GeoPackage the plugin should show is gone."""
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
    """Open an OGR layer that QGIS will not let anyone edit.

    A shipped file (the bundled data, QGIS's world map) is never opened for update: on QGIS
    without a read-only open (3.22) the layer reads a copy in the profile instead
    (:mod:`smartcity_plugin.toolbelt.read_only`).
    """
    layer = ogr_layer(uri, name)
    if layer.isValid() and layer.fields().count() == 0:
        # While another layer has the GeoPackage open for editing, QGIS 3.40 keeps it in WAL
        # mode and a read-only connection cannot read the table's schema ("unable to open
        # database file"): open it as QGIS's own layers do; setReadOnly still forbids edits.
        # A shipped file is not opened for update even then: its copy is.
        layer = QgsVectorLayer(layer_uri(uri) or uri, name, "ogr")
    if not layer.isValid() or layer.fields().count() == 0:
        raise BundledDataMissingError(f"No readable layer at {uri}.")
    layer.setReadOnly(True)
    return layer


def quote_identifier(name: str) -> str:
    """A table or column name in standard SQL quoting, which SQLite (GeoPackage) and PostgreSQL both read."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Source:
    """Where the plugin's data comes from: ``kind`` with a GeoPackage ``path`` or a registry ``connection``."""

    kind: str
    path: Optional[Path] = None
    connection: str = ""

    @property
    def provider(self) -> str:
        """The QGIS data provider that reads it."""
        return "postgres" if self.kind == REGISTRY else "ogr"

    @property
    def editable(self) -> bool:
        """May the planner change it? Only the planner's GeoPackage (imports) and the registry (role permitting)."""
        if self.kind == GEOPACKAGE:
            return True
        if self.kind == REGISTRY:
            from smartcity_plugin.io.registry.connection import open_saved
            from smartcity_plugin.io.registry.status import read_status

            database = open_saved(self.connection, "check")
            try:
                return read_status(database, self.connection).can_edit
            finally:
                database.close()
        return False

    def open_layer(self, layer_name: str, display_name: str = "") -> QgsVectorLayer:
        """A layer of this data; a GeoPackage's opens read-only, so nobody edits it by accident."""
        if self.kind == REGISTRY:
            from smartcity_plugin.layers.registry_layers import open_registry_layer

            return open_registry_layer(self.connection, layer_name, display_name or layer_name)
        if not self.path.is_file():
            raise missing_data_error(self.path)
        return open_read_only(f"{self.path}|layername={layer_name}", display_name or layer_name)

    def rows(self, sql: str) -> list[tuple]:
        """Rows of ``sql``, written in the provider's dialect (quote names with :meth:`quote`).

        A GeoPackage is read by SQLite itself, read-only (the bundled one immutable): QGIS's
        connection would open it for update.
        """
        if self.kind != REGISTRY:
            if not self.path.is_file():
                raise missing_data_error(self.path)
            import sqlite3

            try:
                with closing(sqlite3.connect(sqlite_uri(self.path), uri=True)) as database:
                    return [tuple(row) for row in database.execute(sql).fetchall()]
            except sqlite3.Error as error:
                raise DataUnavailableError(f"{self.path}: {error}") from error
        metadata = QgsProviderRegistry.instance().providerMetadata(self.provider)
        connection = metadata.findConnection(self.connection, False)
        if connection is None:
            raise DataUnavailableError(f"No saved PostgreSQL connection named \"{self.connection}\".")
        return [tuple(plain_value(value) for value in row) for row in connection.executeSql(sql)]

    def quote(self, name: str) -> str:
        """``name`` quoted as this provider's SQL wants it."""
        return quote_identifier(name)

    def table(self, name: str) -> str:
        """A table of the plugin's schema, qualified for this provider."""
        from smartcity_plugin.core.schema import REGISTRY_SCHEMA

        return f"{self.quote(REGISTRY_SCHEMA)}.{self.quote(name)}" if self.kind == REGISTRY else self.quote(name)

    def as_of(self) -> str:
        """The date the data is as of (``dataset_info``'s ``as_of``); empty when it does not say."""
        rows = self.rows(f"SELECT {self.quote('value')} FROM {self.table('dataset_info')} "  # nosec B608: fixed names
                         f"WHERE {self.quote('key')} = 'as_of'")
        return str(rows[0][0] or "") if rows else ""

    def sector_catalogue(self) -> SectorCatalogue:
        """The sector vocabularies and crosswalk of this data, read now: the one reader of a ``sectors`` table.

        :func:`smartcity_plugin.layers.sources.sector_catalogue` keeps what this read, per version of the data.
        """
        from smartcity_plugin.io.target_sectors import geopackage_catalogue, registry_catalogue

        if self.kind == REGISTRY:
            from psycopg2 import Error as DatabaseError

            from smartcity_plugin.io.errors import RegistryError

            try:
                return registry_catalogue(self.connection)
            except DatabaseError as error:
                raise RegistryError(f"{self.connection}: " + tr("the sectors could not be read ({}).").format(
                    str(error).strip())) from error
        if not self.path.is_file():
            raise missing_data_error(self.path)
        try:
            return geopackage_catalogue(self.path)
        except DataExchangeError as error:
            raise DataUnavailableError(str(error)) from error


def catalogue_folder() -> Path:
    """Where downloaded catalogues live: the QGIS profile, never the plugin folder."""
    return Path(QgsApplication.qgisSettingsDirPath()) / CATALOGUE_FOLDER


def source_for_path(path: Optional[Path]) -> Source:
    """The Source of a GeoPackage: the bundled one, a downloaded catalogue, or the planner's own."""
    if path is None or Path(path) == bundled_data_path():
        return Source(BUNDLED, bundled_data_path())
    path = Path(path)
    return Source(CATALOGUE if path.parent == catalogue_folder() else GEOPACKAGE, path)


class SourceHolder(QObject):
    """Holds the current source: the only reader and writer of its settings; ``changed`` when it changes."""

    changed = pyqtSignal(object)  # the new Source

    def current(self) -> Source:
        """The data the plugin shows: the team registry when one is chosen, else a GeoPackage."""
        connection = get_setting("registry_connection")
        if connection:
            return Source(REGISTRY, connection=connection)
        return source_for_path(self.geopackage())

    def geopackage(self) -> Path:
        """The GeoPackage the plugin reads, imports into and publishes from (also while the registry is shown)."""
        chosen = get_setting("data_source")
        return Path(chosen) if chosen else bundled_data_path()

    def use_geopackage(self, path: Optional[Path]) -> Source:
        """Show ``path`` (None: the bundled data); the team registry is no longer shown."""
        bundled = path is None or Path(path).resolve() == bundled_data_path().resolve()
        set_setting("data_source", "" if bundled else str(Path(path).resolve()))
        set_setting("registry_connection", "")
        return self._changed()

    def use_registry(self, connection: str) -> Source:
        """Show the team registry reached through the saved PostgreSQL connection ``connection``."""
        set_setting("registry_connection", connection)
        return self._changed()

    def _changed(self) -> Source:
        source = self.current()
        self.changed.emit(source)
        return source


_HOLDER: list[SourceHolder] = []  # made on first use: a QObject needs the QGIS application


def source_holder() -> SourceHolder:
    """The one holder of the current source."""
    if not _HOLDER:
        _HOLDER.append(SourceHolder())
    return _HOLDER[0]
