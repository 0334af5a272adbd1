"""What importiati and importcsv share: the planner's GeoPackage, placement, the problems layer, the report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
)

from smartcity_plugin.io.errors import DataUnavailableError
from smartcity_plugin.toolbelt.compat import WKB_POINT, field_type
from smartcity_plugin.toolbelt.i18n import tr

if TYPE_CHECKING:  # the importers load only when an import runs, not when QGIS starts
    from smartcity_plugin.io.importer import ImportReport
    from smartcity_plugin.io.records import Problem

GEOPACKAGE, UNLOCATED, PROBLEMS, REGISTRY = "GEOPACKAGE", "UNLOCATED", "PROBLEMS", "REGISTRY"


def count_labels() -> dict[str, str]:
    """The numbers an import reports, in words."""
    return {
        "READ": tr("Records read"), "ADDED": tr("Projects added"), "UPDATED": tr("Projects updated"),
        "SKIPPED": tr("Records skipped"), "LOCATED": tr("Projects with coordinates"),
        "COUNTRY_PLACED": tr("Projects placed at their country"), "UNLOCATED_COUNT": tr("Projects without location"),
        "PROBLEM_COUNT": tr("Problems found"),
    }


def problem_fields() -> QgsFields:
    """Fields of a problems layer: which project, which check (code and words), what is wrong."""
    fields = QgsFields()
    for name in ("project_id", "check", "problem", "message"):
        fields.append(QgsField(name, field_type("String")))
    return fields


def problem_feature(problem: Problem, fields: QgsFields) -> QgsFeature:
    """One problem as a point feature (no geometry when the problem has no place)."""
    from smartcity_plugin.io.checks import check_names

    feature = QgsFeature(fields)
    words = check_names().get(problem.check, problem.check)  # what a reader sees; the code is for filters
    feature.setAttributes([problem.project_id, problem.check, words, problem.message])
    if problem.point is not None:
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*problem.point)))
    return feature


def add_problems_sink(algorithm: QgsProcessingAlgorithm, optional: bool = True) -> None:
    """The output layer of problems."""
    algorithm.addParameter(QgsProcessingParameterFeatureSink(
        PROBLEMS, tr("Problems found"), optional=optional, createByDefault=True))


def problems_sink(algorithm, parameters, context):
    """(sink, destination id) of the problems layer; (None, None) when not asked for."""
    sink, dest = algorithm.parameterAsSink(
        parameters, PROBLEMS, context, problem_fields(), WKB_POINT,
        QgsCoordinateReferenceSystem("EPSG:4326"))
    return sink, dest


def add_import_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """The planner's GeoPackage and what to do with projects that have no coordinates."""
    algorithm.addParameter(QgsProcessingParameterFileDestination(
        GEOPACKAGE, tr("Planner's GeoPackage (created from the bundled data when new, else updated)"),
        tr("GeoPackage (*.gpkg)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterProviderConnection(
        REGISTRY, tr("Or import into the team registry (saved PostgreSQL connection)"), "postgres", optional=True))
    algorithm.addParameter(QgsProcessingParameterEnum(
        UNLOCATED, tr("Projects without coordinates"),
        [tr("Place them at their recipient country (precision 6)"), tr("Keep them without geometry")],
        defaultValue=0))
    add_problems_sink(algorithm)
    for name, label in count_labels().items():
        algorithm.addOutput(QgsProcessingOutputNumber(name, label))
    algorithm.addOutput(QgsProcessingOutputString("REPORT", tr("Import report")))


def run_import(
    algorithm: QgsProcessingAlgorithm, parameters: dict, context, feedback,
    importer: Callable[..., ImportReport],
) -> dict:
    """Run ``importer(target, options, feedback, on_problem)`` and turn its report into outputs."""
    from smartcity_plugin.io.errors import DataExchangeError
    from smartcity_plugin.io.importer import ImportOptions

    target = _target(algorithm, parameters, context)
    options = ImportOptions(place_at_country=algorithm.parameterAsEnum(parameters, UNLOCATED, context) == 0)
    sink, dest = problems_sink(algorithm, parameters, context)
    fields = problem_fields()

    def on_problem(problem: Problem) -> None:
        if sink is not None:
            sink.addFeature(problem_feature(problem, fields), QgsFeatureSink.Flag.FastInsert)

    try:
        report = importer(target, options, feedback, on_problem)
    except (DataExchangeError, DataUnavailableError) as error:
        raise QgsProcessingException(str(error)) from error
    feedback.pushInfo(report.summary())
    for example in report.examples:
        feedback.pushWarning(example)
    return {
        GEOPACKAGE: target if isinstance(target, str) else "", PROBLEMS: dest, "REPORT": report.summary(),
        "READ": report.read, "ADDED": report.added, "UPDATED": report.updated, "SKIPPED": report.skipped,
        "LOCATED": report.located, "COUNTRY_PLACED": report.country_placed, "UNLOCATED_COUNT": report.unlocated,
        "PROBLEM_COUNT": report.problem_count(),
    }


def _target(algorithm, parameters, context):
    """The team registry when a connection is given, else the planner's GeoPackage (a path)."""
    registry = algorithm.parameterAsConnectionName(parameters, REGISTRY, context) if parameters.get(REGISTRY) else ""
    if registry:
        from smartcity_plugin.io.registry.store import RegistryTarget

        return RegistryTarget(registry)
    target = algorithm.parameterAsFileOutput(parameters, GEOPACKAGE, context)
    if not target:
        raise QgsProcessingException(tr("Choose where the projects go: your GeoPackage or the team registry."))
    return target
