"""smartcity:exportatlas — city cooperation profiles, one page per ASCN city in the filter."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.algorithms.export_common import private_project, processing_errors
from smartcity_plugin.processing.choices import data_choices, source_name
from smartcity_plugin.processing.filter_parameters import add_filter_parameters, filter_from_parameters
from smartcity_plugin.processing.pick_lists import pick_list, picked_codes
from smartcity_plugin.toolbelt.compat import NO_THREADING, NUMBER_INTEGER
from smartcity_plugin.toolbelt.i18n import tr


class ExportAtlasAlgorithm(SmartCityAlgorithm):
    """One profile page per city: map, donors, sectors covered and missing, flood warning, projects."""

    GROUP_ID = "maps"

    def name(self) -> str:  # noqa: D102
        return "exportatlas"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Export city cooperation profiles (atlas)")

    def flags(self):  # noqa: D102
        return super().flags() | NO_THREADING  # layouts render on the main thread

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Exports one A4 page per ASCN city that the filter keeps (its recipient countries and cities): "
            "the city on a map, its ASCN status, the donors and sectors of its projects under the filter, "
            "the sectors with no project yet, US–Korea co-presence, whether it lies inside a flood-warning "
            "coverage area (or how far the nearest is), its totals by donor and a table of its projects (continued "
            "on a second page when long). 'Cities to make pages for' narrows the pages without narrowing the "
            "projects; 'Leave out cities with no matching project' drops empty pages. The title is printed "
            "above each city's profile. One PDF, or with 'One file per city' a folder of PDFs named after the "
            "cities, beside the chosen file."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        add_filter_parameters(self)
        self.addParameter(pick_list(
            "PAGES", tr("Cities to make pages for (ASCN city ids; empty: every city of {} the filter keeps)").format(
                source_name()), data_choices(self.with_choices).cities))
        self.addParameter(QgsProcessingParameterBoolean(
            "ONLY_WITH_PROJECTS", tr("Leave out cities with no matching project"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("SEPARATE", tr("One file per city"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            "DPI", tr("Resolution (dpi)"), NUMBER_INTEGER, 300, minValue=72, maxValue=1200))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Profiles (PDF)"), tr("PDF (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Number of city pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        # Map building loads when a map is built, not when QGIS starts.
        from smartcity_plugin.export.atlas import AtlasOptions, build_city_atlas
        from smartcity_plugin.export.exporter import export_atlas_pages, export_atlas_pdf
        from smartcity_plugin.export.layouts import MapRequest

        project_filter = filter_from_parameters(self, parameters, context)
        target = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        if target.suffix.lower() != ".pdf":
            raise QgsProcessingException(tr("{}: the profiles are written as PDF (.pdf).").format(target))
        dpi = self.parameterAsInt(parameters, "DPI", context)
        with processing_errors(), private_project(context) as project:
            options = AtlasOptions(
                cities=picked_codes(self, parameters, "PAGES", context),
                only_with_projects=self.parameterAsBool(parameters, "ONLY_WITH_PROJECTS", context),
            )
            request = MapRequest(project_filter=project_filter,
                                 title=self.parameterAsString(parameters, "TITLE", context).strip())
            layout = build_city_atlas(project, request, feedback, options)
            pages = layout.atlas().updateFeatures()  # gathers the coverage features, returns how many
            if pages == 0:
                raise QgsProcessingException(tr("No ASCN city matches the filter: nothing to export."))
            feedback.pushInfo(tr("{} city pages").format(pages))
            if self.parameterAsBool(parameters, "SEPARATE", context):
                written = export_atlas_pages(layout, target.with_suffix(""), dpi, feedback)
                result = str(target.with_suffix(""))
                feedback.pushInfo(tr("{} files in {}").format(len(written), result))
            else:
                result = str(export_atlas_pdf(layout, target, dpi, feedback))
            del layout
        return {"OUTPUT": result, "PAGES": pages}
