"""The ``smartcity`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from smartcity_plugin.__about__ import PROVIDER_ID, __icon_relpath__, __version__
from smartcity_plugin.processing.algorithms.check_projects import CheckProjectsAlgorithm
from smartcity_plugin.processing.algorithms.cooperation_matrix import CooperationMatrixAlgorithm
from smartcity_plugin.processing.algorithms.export_atlas import ExportAtlasAlgorithm
from smartcity_plugin.processing.algorithms.export_map import ExportMapAlgorithm
from smartcity_plugin.processing.algorithms.export_projects import ExportProjectsAlgorithm
from smartcity_plugin.processing.algorithms.fetch_iati import FetchIatiAlgorithm
from smartcity_plugin.processing.algorithms.filter_projects import FilterProjectsAlgorithm
from smartcity_plugin.processing.algorithms.flood_coverage import FloodCoverageAlgorithm
from smartcity_plugin.processing.algorithms.import_csv import ImportCsvAlgorithm
from smartcity_plugin.processing.algorithms.import_iati import ImportIatiAlgorithm
from smartcity_plugin.processing.algorithms.publish_registry import PublishRegistryAlgorithm
from smartcity_plugin.processing.algorithms.upgrade_registry import UpgradeRegistryAlgorithm
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import plugin_root


class SmartCityProvider(QgsProcessingProvider):
    """Groups every computation of the plugin for the Toolbox, Modeler and qgis_process."""

    def id(self) -> str:  # noqa: D102
        return PROVIDER_ID

    def name(self) -> str:  # noqa: D102
        return tr("Smart City Cooperation")

    def longName(self) -> str:  # noqa: N802, D102
        return tr("Smart City Cooperation Map {}").format(__version__)

    def versionInfo(self) -> str:  # noqa: N802, D102
        return __version__

    def icon(self) -> QIcon:  # noqa: D102
        return QIcon(self.svgIconPath())

    def svgIconPath(self) -> str:  # noqa: N802, D102
        return str(plugin_root() / __icon_relpath__)

    def loadAlgorithms(self) -> None:  # noqa: N802, D102
        for algorithm in (
            FilterProjectsAlgorithm(), CooperationMatrixAlgorithm(), FloodCoverageAlgorithm(),
            ExportMapAlgorithm(), ExportAtlasAlgorithm(),
            ImportIatiAlgorithm(), FetchIatiAlgorithm(), ImportCsvAlgorithm(), CheckProjectsAlgorithm(),
            ExportProjectsAlgorithm(),
            PublishRegistryAlgorithm(), UpgradeRegistryAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
