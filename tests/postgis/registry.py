"""QGIS's side of the registry tests: authentication configurations, saved connections, the data source."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProviderRegistry, QgsSettings

from smartcity_plugin.io.registry.connection import open_saved
from smartcity_plugin.io.registry.publish import PublishResult, publish
from smartcity_plugin.layers.sources import DATA_SOURCE_KEY, REGISTRY_KEY, forget_cached_tables
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.postgis.cluster import PgDatabase

MASTER_PASSWORD = "smartcity-tests"  # of the test profile's authentication database only


def add_auth_config(name: str, user: str, password: str) -> str:
    """A Basic authentication configuration in QGIS's encrypted store; its id."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", password)
    stored, config = manager.storeAuthenticationConfig(config)
    assert stored, f"the test profile did not store the authentication configuration {name}"
    return config.id()


def save_connection(name: str, uri: str) -> None:
    """Save a PostgreSQL connection as Data Source Manager does."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri, {}), name)


class Registry:
    """A published registry and one saved connection per planner (``registry-<planner>``)."""

    def __init__(self, database: PgDatabase, planners: dict[str, str]) -> None:
        self.database = database
        self.cluster = database.cluster
        self.planners = dict(planners, admin=self.cluster.password)
        self.connections = {}
        for planner, password in self.planners.items():
            user = self.cluster.superuser if planner == "admin" else planner
            authcfg = add_auth_config(f"{database.name} {planner}", user, password)
            name = f"{database.name}-{planner}"
            save_connection(name, self.uri(authcfg))
            self.connections[planner] = name
        self.result: PublishResult = PublishResult()

    def uri(self, authcfg: str) -> str:
        """Connection string with the authentication configuration's id, no credentials."""
        return (f"dbname='{self.database.name}' host={self.cluster.host} port={self.cluster.port} "
                f"sslmode=disable authcfg={authcfg}")

    def publish_bundled(self, replace: bool = False, path: Path = None) -> PublishResult:
        """Publish as the database's administrator (who may create the roles)."""
        connection = open_saved(self.connections["admin"], "tests")
        try:
            self.result = publish(connection, path or bundled_data_path(), self.database.name, replace)
        finally:
            connection.close()
        return self.result

    def use_as(self, planner: str) -> None:
        """Make the registry the plugin's data, through ``planner``'s connection."""
        QgsSettings().setValue(REGISTRY_KEY, self.connections[planner])
        forget_cached_tables()

    def sql(self, statement: str, params=None):
        """Rows of ``statement`` run as the administrator (autocommit)."""
        return self.cluster.execute(statement, dbname=self.database.name, params=params)

    def close(self) -> None:
        """Back to the bundled data; forget the connections."""
        settings = QgsSettings()
        settings.remove(REGISTRY_KEY)
        settings.remove(DATA_SOURCE_KEY)
        forget_cached_tables()
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        for name in self.connections.values():
            metadata.deleteConnection(name)
