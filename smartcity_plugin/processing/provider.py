"""The ``smartcity`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from smartcity_plugin.__about__ import PROVIDER_ID, __icon_relpath__, __version__
from smartcity_plugin.layers.data_sources import source_holder
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
from smartcity_plugin.processing.choices import forget_choices
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import plugin_root


class SmartCityProvider(QgsProcessingProvider):
    """Groups every computation of the plugin for the Toolbox, Modeler and qgis_process.

    The algorithms' parameters name the data the plugin shows and offer its choices: when
    another source is chosen, the algorithms are made again.
    """

    def load(self) -> bool:  # noqa: D102 (QGIS calls it when the provider is added)
        source_holder().changed.connect(self._source_changed)
        return super().load()

    def unload(self) -> None:  # noqa: D102 (QGIS calls it when the provider is removed)
        try:
            source_holder().changed.disconnect(self._source_changed)
        except TypeError:  # never connected (load failed)
            pass
        super().unload()

    def _source_changed(self, _source) -> None:
        forget_choices()
        self.refreshAlgorithms()

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
        # qgis_process's help lists the choices; in the desktop, QGIS starts without opening the data.
        with_choices = QgsApplication.platform() == "qgis_process"
        for algorithm in (
            FilterProjectsAlgorithm(), CooperationMatrixAlgorithm(), FloodCoverageAlgorithm(),
            ExportMapAlgorithm(), ExportAtlasAlgorithm(),
            ImportIatiAlgorithm(), FetchIatiAlgorithm(), ImportCsvAlgorithm(), CheckProjectsAlgorithm(),
            ExportProjectsAlgorithm(),
            PublishRegistryAlgorithm(), UpgradeRegistryAlgorithm(),
        ):
            algorithm.with_choices = with_choices
            self.addAlgorithm(algorithm)
