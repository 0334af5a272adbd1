"""smartcity:filterprojects — the projects that match a filter, as a new layer."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.schema import LAYER_PROJECTS, PROJECT_FILTER_FIELDS
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.choices import data_shown_note, source_name
from smartcity_plugin.processing.filter_parameters import (
    add_filter_parameters,
    filter_from_parameters,
)
from smartcity_plugin.processing.inputs import checked_catalogue, require_fields, source_or_bundled
from smartcity_plugin.toolbelt.compat import SOURCE_VECTOR
from smartcity_plugin.toolbelt.i18n import tr


class FilterProjectsAlgorithm(SmartCityAlgorithm):
    """Keep the cooperation projects that match sector, donor, country, years and more."""

    GROUP_ID = "analysis"
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self) -> str:  # noqa: D102
        return "filterprojects"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Filter cooperation projects")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Keeps the cooperation projects that match every criterion given; an empty "
            "criterion matches everything. Lists are codes: ticked by name in the dialog, "
            "comma-separated on the command line. Sectors may be "
            "given in any taxonomy: the presentation's categories (water, mobility, energy, "
            "security, health, waste, egov, participation; a category includes its "
            "solutions), Kearney's dimensions (kearney.smart_environment …) or ASCN focus "
            "areas (ascn.quality_environment …), which stand for the categories they "
            "correspond to. A project "
            "matches a year range when its years overlap it (no end year: still "
            "running); projects without known years or amounts drop out when a year or "
            "amount range is set. Without an input layer the projects of the data the "
            "plugin shows are used; any layer with the same fields works."
        ) + " " + data_shown_note()

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Projects layer (empty: every project of {})").format(source_name()),
                [SOURCE_VECTOR],
                optional=True,
            )
        )
        add_filter_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Filtered projects"))
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of matching projects")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        project_filter = filter_from_parameters(self, parameters, context)
        catalogue = checked_catalogue(project_filter.sectors)  # every parameter checked before opening data
        source = source_or_bundled(self, parameters, self.INPUT, context, LAYER_PROJECTS)
        require_fields(source, PROJECT_FILTER_FIELDS)
        (sink, dest_id) = self.parameterAsSink(
            parameters, self.OUTPUT, context, source.fields(), source.wkbType(),
            source.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(tr("The output layer could not be created."))
        expression = filter_expression(project_filter, catalogue)
        request = QgsFeatureRequest()
        if expression:
            request.setFilterExpression(expression)
            feedback.pushInfo(tr("Filter: {}").format(expression))
        total = max(source.featureCount(), 1)
        kept = 0
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                break
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    tr("Writing the output failed: {}").format(sink.lastError())
                )
            kept += 1
            feedback.setProgress(100.0 * kept / total)
        feedback.setProgress(100)
        feedback.pushInfo(tr("{} projects match.").format(kept))
        return {self.OUTPUT: dest_id, "COUNT": kept}
