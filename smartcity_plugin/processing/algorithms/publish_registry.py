"""smartcity:publishregistry — the plugin's data as the team registry in PostGIS."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterProviderConnection,
)

from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.toolbelt.i18n import tr


class PublishRegistryAlgorithm(SmartCityAlgorithm):
    """Copy a GeoPackage of the plugin's data into schema smartcity of a PostGIS database, in one transaction."""

    GROUP_ID = "dataexchange"
    CONNECTION, SOURCE, REPLACE = "CONNECTION", "SOURCE", "REPLACE"

    def name(self) -> str:  # noqa: D102
        return "publishregistry"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Publish to the team registry (PostGIS)")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Publishes the cooperation data (the bundled data, or your own GeoPackage) as the team registry: schema "
            "smartcity in the database of a saved PostgreSQL connection, with the GeoPackage's tables and "
            "indexes, rules (unique ids, sane years, known sector codes), record versions, an audit log, and the "
            "roles smartcity_reader (view and filter) and smartcity_editor (also edit). Credentials come from the "
            "connection's authentication configuration. Everything happens in one transaction: on an error or a "
            "cancel the database stays as it was. An existing registry is only replaced when you ask, and is "
            "then kept as a schema smartcity_replaced_<time> with its edits and audit log."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, tr("Database (saved PostgreSQL connection)"), "postgres"))
        self.addParameter(QgsProcessingParameterFile(
            self.SOURCE, tr("GeoPackage to publish (empty: the data the plugin uses)"), extension="gpkg",
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.REPLACE, tr("Replace the registry if the database has one (the old one is kept as a copy)"),
            defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber("PROJECTS", tr("Projects published")))
        self.addOutput(QgsProcessingOutputString("BACKUP_SCHEMA", tr("Schema keeping the replaced registry")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        from smartcity_plugin.io.errors import DataExchangeError, RegistryError
        from smartcity_plugin.io.registry.connection import connection_uri, describe, open_database
        from smartcity_plugin.layers.sources import active_data_path

        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        source = self.parameterAsFile(parameters, self.SOURCE, context)
        path = Path(source) if source else active_data_path()
        replace = self.parameterAsBoolean(parameters, self.REPLACE, context)
        try:
            uri = connection_uri(name)
            connection = open_database(uri, "publish")
        except RegistryError as error:
            raise QgsProcessingException(str(error)) from error
        from smartcity_plugin.io.registry.publish import publish  # psycopg2 is there: the connection opened

        try:
            result = publish(connection, path, describe(uri), replace, feedback.setProgress, feedback.isCanceled)
        except (RegistryError, DataExchangeError) as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            connection.close()
        for table, count in result.rows.items():
            feedback.pushInfo(tr("{}: {} records").format(table, count))
        if result.backup_schema:
            feedback.pushInfo(tr("The registry that was there is kept as schema {}.").format(result.backup_schema))
        for role in result.missing_roles:
            feedback.reportError(tr("The role {} does not exist and your role may not create it: ask the database's "
                                    "administrator to create it (NOLOGIN) and publish again, or grant rights "
                                    "yourself.").format(role), False)
        return {"PROJECTS": result.rows.get("projects", 0), "BACKUP_SCHEMA": result.backup_schema or ""}
