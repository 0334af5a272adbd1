"""The sector catalogue an import maps to: the one of the file or registry it writes into.

Importers take the catalogue as an argument; when the caller gives none they read it from
the target, never from whatever data the plugin happens to show.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, Union

from smartcity_plugin.core.schema import REGISTRY_SCHEMA, TABLE_SECTORS
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import bundled_data_path
from smartcity_plugin.toolbelt.read_only import sqlite_uri

COLUMNS = ("code", "name", "taxonomy", "parent_code", "equivalents", "dac_codes")


def geopackage_catalogue(path: Path) -> SectorCatalogue:
    """The ``sectors`` table of the GeoPackage ``path``, read without writing to the file."""
    uri = sqlite_uri(Path(path))
    try:
        with closing(sqlite3.connect(uri, uri=True)) as database:
            present = {row[1] for row in database.execute(f'PRAGMA table_info("{TABLE_SECTORS}")')}
            columns = [column for column in COLUMNS if column in present]
            if "code" not in columns:
                raise DataExchangeError(Path(path), tr("the file has no sectors table."))
            quoted = ", ".join(f'"{column}"' for column in columns)
            rows = database.execute(f'SELECT {quoted} FROM "{TABLE_SECTORS}"').fetchall()  # nosec B608: fixed names
    except sqlite3.Error as error:
        raise DataExchangeError(Path(path), tr("the sectors could not be read ({}).").format(error)) from error
    return SectorCatalogue.from_rows((dict(zip(columns, row)) for row in rows), translate=tr)


def registry_catalogue(connection_name: str) -> SectorCatalogue:
    """The ``sectors`` table of the team registry reached through the saved connection ``connection_name``."""
    from psycopg2 import sql

    from smartcity_plugin.io.registry.connection import open_saved

    with closing(open_saved(connection_name, "import")) as database, database.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT {} FROM {}.{}").format(
            sql.SQL(", ").join(map(sql.Identifier, COLUMNS)),
            sql.Identifier(REGISTRY_SCHEMA), sql.Identifier(TABLE_SECTORS)))
        rows = cursor.fetchall()
    return SectorCatalogue.from_rows((dict(zip(COLUMNS, row)) for row in rows), translate=tr)


def bundled_catalogue() -> SectorCatalogue:
    """The catalogue the plugin ships."""
    return geopackage_catalogue(bundled_data_path())


def target_catalogue(target: Union[Path, str, Any, None]) -> SectorCatalogue:
    """The catalogue of ``target``: a GeoPackage (a new one starts as a copy of the bundled data) or the registry.

    A target that cannot be read gives the bundled catalogue: the store opening it next says what is wrong.
    """
    connection = getattr(target, "connection", None)
    if isinstance(connection, str):  # a RegistryTarget
        from psycopg2 import Error as DatabaseError

        try:
            return registry_catalogue(connection)
        except DatabaseError:
            return bundled_catalogue()
    if target is None or not Path(target).is_file():
        return bundled_catalogue()
    try:
        return geopackage_catalogue(Path(target))
    except DataExchangeError:
        return bundled_catalogue()
