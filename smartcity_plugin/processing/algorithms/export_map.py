"""smartcity:exportmap — a finished map of the filtered cooperation data, as PDF, PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smartcity_plugin.export.names import CONTENTS, TEMPLATES
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.algorithms.export_common import private_project, processing_errors
from smartcity_plugin.processing.choices import data_shown_note
from smartcity_plugin.processing.filter_parameters import add_filter_parameters, filter_from_parameters
from smartcity_plugin.toolbelt.compat import NO_THREADING, NUMBER_INTEGER
from smartcity_plugin.toolbelt.i18n import tr


class ExportMapAlgorithm(SmartCityAlgorithm):
    """Print-ready map with title, the filter in words, legend, scale, north arrow, inset, sources."""

    GROUP_ID = "maps"

    def name(self) -> str:  # noqa: D102
        return "exportmap"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Export cooperation map")

    def flags(self):  # noqa: D102
        # QGIS renders print layouts on the main thread only (as its own layout exports do).
        return super().flags() | NO_THREADING

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Exports a finished map of the cooperation data the plugin shows: title, a subtitle that says the filter "
            "in words, the map, a legend of what is visible, scale bar, north arrow, an inset of ASEAN, "
            "sources with the dataset's as-of date, and the export date. The filter parameters are those of "
            "'Filter cooperation projects'. The format follows the file name: .pdf, .png or .svg. Templates: "
            "A4 or A3, landscape or portrait. Contents: the cooperation layers, or flood-warning coverage "
            "with the ASCN cities. The file is written completely or not at all."
        ) + " " + data_shown_note()

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        add_filter_parameters(self)
        self.addParameter(QgsProcessingParameterEnum("TEMPLATE", tr("Page"), options=list(TEMPLATES), defaultValue=0))
        self.addParameter(
            QgsProcessingParameterEnum("CONTENTS", tr("Contents"), options=list(CONTENTS), defaultValue=0)
        )
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "DPI", tr("Resolution (dpi)"), NUMBER_INTEGER, 300, minValue=72, maxValue=1200))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Map file"), tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        project_filter = filter_from_parameters(self, parameters, context)
        target = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        if target.suffix.lower() not in (".pdf", ".png", ".svg"):
            raise QgsProcessingException(tr("{}: the map file must end in .pdf, .png or .svg.").format(target))
        from smartcity_plugin.export.exporter import export_layout  # map building loads when a map is built
        from smartcity_plugin.export.layouts import MapRequest, build_map_layout, with_contents

        request = with_contents(MapRequest(
            project_filter=project_filter,
            template=TEMPLATES[self.parameterAsEnum(parameters, "TEMPLATE", context)],
            title=self.parameterAsString(parameters, "TITLE", context),
        ), CONTENTS[self.parameterAsEnum(parameters, "CONTENTS", context)])
        with processing_errors(), private_project(context) as project:
            feedback.setProgress(10)
            layout = build_map_layout(project, request)
            feedback.setProgress(40)
            export_layout(layout, target, self.parameterAsInt(parameters, "DPI", context), feedback)
            del layout  # before its project is cleared
        feedback.setProgress(100)
        return {"OUTPUT": str(target)}
