"""Reach the team registry through the planner's saved QGIS PostgreSQL connections.

Credentials stay in QGIS's authentication manager: layer sources and settings carry only
the connection's authcfg id (or a pg_service name), never a user name with a password.
The password is looked up in memory when a database connection opens.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from smartcity_plugin.core.schema import REGISTRY_SCHEMA as SCHEMA
from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.toolbelt.i18n import tr

POSTGRES = "postgres"
CONNECT_TIMEOUT_S = 10
GEOMETRY_COLUMN = "geom"
KEY_COLUMN = "fid"


def saved_connections() -> list[str]:
    """Names of the PostgreSQL connections saved in QGIS (Data Source Manager ▸ PostgreSQL)."""
    metadata = QgsProviderRegistry.instance().providerMetadata(POSTGRES)
    if metadata is None:
        return []
    return sorted(metadata.connections(False).keys())


def connection_uri(name: str) -> QgsDataSourceUri:
    """The saved connection ``name``, without any password; RegistryError when it stores one in plain text."""
    metadata = QgsProviderRegistry.instance().providerMetadata(POSTGRES)
    connection = metadata.findConnection(name, False) if metadata is not None else None
    if connection is None:
        raise RegistryError(tr("There is no saved PostgreSQL connection named \"{}\". Create it in Data Source "
                               "Manager ▸ PostgreSQL, or choose another.").format(name))
    uri = QgsDataSourceUri(connection.uri())
    if uri.password() and not uri.authConfigId():
        raise RegistryError(tr("The connection \"{}\" keeps its password in plain text in the QGIS settings, where "
                               "it would also end up in projects. Edit the connection and store the user name and "
                               "password in an authentication configuration instead "
                               "(Authentication ▸ Configurations).").format(name))
    if uri.authConfigId():  # the configuration holds them: keep them out of every source string
        uri.setUsername("")
        uri.setPassword("")
    return uri


def layer_source(name: str, table: str, geometry: bool) -> str:
    """Source string of a QGIS ``postgres`` layer on ``smartcity.<table>`` (authcfg id, no credentials)."""
    uri = connection_uri(name)
    uri.setDataSource(SCHEMA, table, GEOMETRY_COLUMN if geometry else "", "", KEY_COLUMN)
    return uri.uri(False)  # False: do not write the authentication configuration's contents into it


def describe(uri: QgsDataSourceUri) -> str:
    """``database on host:port`` (or the service name), for messages."""
    if uri.service():
        return tr("service {}").format(uri.service())
    host = uri.host() or "localhost"
    return f"{uri.database()} @ {host}:{uri.port() or 5432}"


def open_database(uri: QgsDataSourceUri, purpose: str = ""):
    """A psycopg2 connection for ``uri``, its credentials expanded from the authentication manager."""
    try:
        import psycopg2
    except ImportError as error:  # every QGIS install has it (Processing needs it), but say so if not
        raise RegistryError(tr("The Python module psycopg2 is missing from this QGIS; the team registry needs it "
                               "({}).").format(error)) from error
    info = uri.connectionInfo(True)
    try:
        return psycopg2.connect(info, connect_timeout=CONNECT_TIMEOUT_S,
                                application_name=f"Smart City Cooperation {purpose}".strip())
    except psycopg2.Error as error:
        raise RegistryError(tr("Could not connect to {}: {}").format(describe(uri), str(error).strip())) from error


def database_message(error: Exception, detail: bool = True) -> str:
    """PostgreSQL's own message for ``error`` (which rule); with ``detail``, also which row broke it."""
    diagnostic = getattr(error, "diag", None)
    text = (getattr(diagnostic, "message_primary", None) or str(error)).strip()
    more = getattr(diagnostic, "message_detail", None) if detail else None
    return f"{text} ({more.strip()})" if more else text


def open_saved(name: str, purpose: str = ""):
    """A psycopg2 connection through the saved connection ``name``."""
    return open_database(connection_uri(name), purpose)


def uri_of_layer(source: str) -> Optional[QgsDataSourceUri]:
    """The URI of a ``postgres`` layer source on the registry schema; None for anything else."""
    uri = QgsDataSourceUri(source)
    return uri if uri.schema() == SCHEMA and uri.table() else None
