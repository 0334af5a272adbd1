"""smartcity:importiati — IATI activity files into the planner's GeoPackage."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingParameterFile

from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.algorithms.import_common import add_import_parameters, run_import
from smartcity_plugin.toolbelt.compat import FILE_INPUT
from smartcity_plugin.toolbelt.i18n import tr


class ImportIatiAlgorithm(SmartCityAlgorithm):
    """Read an IATI activity file (2.01-2.03, 1.0x) and add or update its activities as projects."""

    GROUP_ID = "dataexchange"
    INPUT = "INPUT"

    def name(self) -> str:  # noqa: D102
        return "importiati"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Import IATI activities")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Reads an IATI activity file (versions 2.01-2.03 and 1.0x) as it streams, so large files take "
            "little memory, and adds its activities to the planner's GeoPackage, or updates them when their "
            "iati-identifier is there already. A new GeoPackage starts as a copy of the bundled data; the "
            "bundled file is never changed, and the planner's file is only replaced once the whole import "
            "has succeeded. Locations are read latitude first, as IATI writes them; activities without "
            "coordinates are placed at their recipient country or kept without geometry. DAC sectors are "
            "mapped to the plugin's categories through its crosswalk; amounts are summed per currency and "
            "never converted. Every activity is checked (swapped coordinates, points outside the recipient "
            "country or at sea, percentages, sources, duplicate ids, future dates); the problems form a "
            "point layer."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("IATI activity file"), FILE_INPUT,
            fileFilter=tr("IATI XML (*.xml *.XML);;All files (*)")))
        add_import_parameters(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        # Imported here: the importers are not loaded when QGIS starts.
        from smartcity_plugin.io.iati_import import import_iati

        source = Path(self.parameterAsFile(parameters, self.INPUT, context))
        return run_import(self, parameters, context, feedback, lambda target, options, fb, on_problem: import_iati(
            source, target, options, fb, on_problem))
