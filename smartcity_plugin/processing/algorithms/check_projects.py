"""smartcity:checkprojects — the data checks, on demand, on any projects layer."""

from __future__ import annotations

from collections import Counter

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
)

from smartcity_plugin.core.schema import LAYER_PROJECTS
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.algorithms.import_common import (
    PROBLEMS,
    add_problems_sink,
    problem_feature,
    problem_fields,
    problems_sink,
)
from smartcity_plugin.processing.choices import source_name
from smartcity_plugin.processing.inputs import require_fields, source_or_bundled
from smartcity_plugin.toolbelt.compat import SOURCE_VECTOR
from smartcity_plugin.toolbelt.i18n import tr


class CheckProjectsAlgorithm(SmartCityAlgorithm):
    """Find swapped coordinates, points outside their country or at sea, missing sources, duplicates, future dates."""

    GROUP_ID = "dataexchange"
    INPUT = "INPUT"

    def name(self) -> str:  # noqa: D102
        return "checkprojects"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Check cooperation projects")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Checks every project: latitude and longitude swapped; a point outside its recipient country "
            "(Natural Earth, with 0.2° of tolerance on coasts, as for the bundled data); a point at sea; no "
            "source title or URL; an id used twice; dates in the future (a completed project ending later than "
            "this year, a running one starting later, a source dated ahead). Percentages are checked on import, "
            "where the file still has them. Each problem becomes a point (where the project is, or where a "
            "swapped point would be) with the project id, the check and a message. Without an input layer the "
            "plugin's active data is checked."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Projects layer (empty: every project of {})").format(source_name()), [SOURCE_VECTOR],
            optional=True))
        add_problems_sink(self, optional=False)
        self.addOutput(QgsProcessingOutputNumber("PROBLEM_COUNT", tr("Number of problems")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        # Imported here: the importers are not loaded when QGIS starts.
        from smartcity_plugin.io.checks import ProjectChecker, check_names, grouped
        from smartcity_plugin.io.countries import country_index
        from smartcity_plugin.io.layer_rows import layer_rows

        source = source_or_bundled(self, parameters, self.INPUT, context, LAYER_PROJECTS)
        require_fields(source, ("project_id",), tr("the checks"))
        sink, dest = problems_sink(self, parameters, context)
        if sink is None:
            raise QgsProcessingException(tr("The problems layer could not be created."))
        checker = ProjectChecker(country_index())
        request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                                                        context.transformContext())
        fields, counts = problem_fields(), Counter()
        total = max(source.featureCount(), 1)
        for index, row in enumerate(layer_rows(source, request, feedback)):
            project_id = str(row.values.get("project_id") or "")
            for problem in grouped(checker.check(project_id, row.values, row.points)):
                counts[problem.check] += 1
                sink.addFeature(problem_feature(problem, fields), QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (index + 1) / total)
        names = check_names()
        summary = ", ".join(f"{names.get(check, check)} {count}" for check, count in counts.most_common())
        feedback.pushInfo(tr("{} problems found{}").format(sum(counts.values()), f": {summary}." if summary else "."))
        return {PROBLEMS: dest, "PROBLEM_COUNT": sum(counts.values())}
