"""smartcity:upgraderegistry — close the security holes of a team registry published by an earlier version."""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingOutputNumber, QgsProcessingParameterProviderConnection

from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.toolbelt.i18n import tr


class UpgradeRegistryAlgorithm(SmartCityAlgorithm):
    """Give the registry to the NOLOGIN role smartcity_owner and rewrite its functions, in place."""

    GROUP_ID = "dataexchange"
    CONNECTION = "CONNECTION"

    def name(self) -> str:  # noqa: D102
        return "upgraderegistry"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Upgrade the team registry (PostGIS)")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Closes the security holes of a team registry published by an earlier version of the plugin, in "
            "place: everything in schema smartcity and in the kept smartcity_replaced_… copies then belongs to "
            "the role smartcity_owner (which nobody logs in as), the registry's functions can no longer be "
            "called or misled by other roles, a record's fid can no longer change, and a conflict is filed only "
            "for a change the registry really refused. Records, versions and the audit log stay exactly as they "
            "are; running it again changes nothing. Run it as the role that published the registry (or a "
            "superuser), through a saved PostgreSQL connection. Until it has run, the plugin does not open the "
            "registry."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, tr("Database (saved PostgreSQL connection)"), "postgres"))
        self.addOutput(QgsProcessingOutputNumber("FIXED", tr("Problems fixed")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        from smartcity_plugin.io.errors import RegistryError
        from smartcity_plugin.io.registry.connection import connection_uri, describe, open_database

        name = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        try:
            uri = connection_uri(name)
            connection = open_database(uri, "upgrade")
        except RegistryError as error:
            raise QgsProcessingException(str(error)) from error
        from smartcity_plugin.io.registry.secure import upgrade  # psycopg2 is there: the connection opened
        from smartcity_plugin.io.registry.status import forget_checks

        try:
            result = upgrade(connection, tr("\"{}\" ({})").format(name, describe(uri)))
        except RegistryError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            connection.close()
        forget_checks()
        for problem in result.fixed:
            feedback.pushInfo(tr("Fixed: {}").format(problem))
        if not result.fixed:
            feedback.pushInfo(tr("The registry was up to date; nothing needed changing."))
        feedback.pushInfo(tr("Secured: {}").format(", ".join(result.schemas)))
        return {"FIXED": len(result.fixed)}
