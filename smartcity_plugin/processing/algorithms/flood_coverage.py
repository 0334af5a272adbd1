"""smartcity:floodcoverage — which cities and projects lie inside flood-warning coverage."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
)

from smartcity_plugin.analysis.flood import (
    COVERAGE_FIELDS,
    DENSIFY_DEGREES,
    CoverageIndex,
    exposure_attributes,
    exposure_fields,
    lonlat_geometry,
)
from smartcity_plugin.core import schema
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.choices import data_shown_note, source_name
from smartcity_plugin.processing.inputs import source_or_bundled
from smartcity_plugin.toolbelt.compat import SOURCE_POINT, SOURCE_POLYGON
from smartcity_plugin.toolbelt.i18n import tr

TARGET_CITIES, TARGET_PROJECTS, TARGET_BOTH = range(3)


class FloodCoverageAlgorithm(SmartCityAlgorithm):
    """Inside which flood-warning areas each city or project lies, and how far the nearest is."""

    GROUP_ID = "analysis"
    TARGETS = "TARGETS"
    CITIES_LAYER = "CITIES_LAYER"
    PROJECTS_LAYER = "PROJECTS_LAYER"
    COVERAGE_LAYER = "COVERAGE_LAYER"
    CITIES_OUTPUT = "CITIES_OUTPUT"
    PROJECTS_OUTPUT = "PROJECTS_OUTPUT"

    def name(self) -> str:  # noqa: D102
        return "floodcoverage"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Flood-warning coverage of cities and projects")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "For each ASCN city and/or cooperation project: the flood forecasting and warning "
            "areas it lies in (covered, inside_count, inside_systems), their funders (funders), "
            "the nearest area (nearest_system) and the distance to it in kilometres "
            "(distance_km, 0 when inside), and the distance to the nearest area of each "
            "funder (km_to_kr, km_to_jp …). A project with several locations takes its "
            "nearest location. Distances are geodesic, on the WGS 84 ellipsoid, not in "
            "degrees: each point gets an azimuthal equidistant projection centred on it, in "
            "which the planar distance from the centre is the geodesic distance; coverage "
            "edges are densified every {} degrees first. A point on an area's edge counts as "
            "inside. Features without geometry (ASEAN-wide programmes) get empty values. "
            "Coverage areas are only as exact as their geometry_basis (admin-1 unions, "
            "hand-drawn basins, whole countries). Empty layer parameters use the cities, "
            "projects and coverage of the data the plugin shows; other layers need the fields city_id "
            "(cities), project_id (projects) and system_id, funder_country (coverage)."
        ).format(DENSIFY_DEGREES) + " " + data_shown_note()

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TARGETS, tr("Analyse"),
                [tr("Cities"), tr("Projects"), tr("Cities and projects")],
                defaultValue=TARGET_BOTH,
            )
        )
        point_types = [SOURCE_POINT]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CITIES_LAYER, tr("Cities layer (empty: every ASCN city of {})").format(source_name()), point_types,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROJECTS_LAYER, tr("Projects layer (empty: every project of {})").format(source_name()), point_types,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COVERAGE_LAYER, tr("Flood-warning coverage (empty: every coverage area of {})").format(source_name()),
            [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CITIES_OUTPUT, tr("Cities and flood coverage"), SOURCE_POINT,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROJECTS_OUTPUT, tr("Projects and flood coverage"), SOURCE_POINT,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("CITIES_OUTSIDE", tr("Cities outside every coverage area")))
        self.addOutput(QgsProcessingOutputNumber("PROJECTS_OUTSIDE", tr("Projects outside every coverage area")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        target = self.parameterAsEnum(parameters, self.TARGETS, context)
        jobs = []  # (sink parameter, source, id field, result name)
        if target in (TARGET_CITIES, TARGET_BOTH):
            cities = source_or_bundled(self, parameters, self.CITIES_LAYER, context, schema.LAYER_CITIES)
            jobs.append((self.CITIES_OUTPUT, cities, schema.F_CITY_ID, "CITIES_OUTSIDE"))
        if target in (TARGET_PROJECTS, TARGET_BOTH):
            projects = source_or_bundled(self, parameters, self.PROJECTS_LAYER, context, schema.LAYER_PROJECTS)
            jobs.append((self.PROJECTS_OUTPUT, projects, schema.F_PROJECT_ID, "PROJECTS_OUTSIDE"))
        coverage = source_or_bundled(self, parameters, self.COVERAGE_LAYER, context, schema.LAYER_FLOOD)
        missing = [f for f in COVERAGE_FIELDS if coverage.fields().indexOf(f) < 0]
        if missing:
            raise QgsProcessingException(
                tr("The coverage layer lacks the fields the analysis needs: {}.").format(", ".join(missing)))
        for _, source, id_field, _ in jobs:
            if source.fields().indexOf(id_field) < 0:
                raise QgsProcessingException(
                    tr("{} lacks the id field {}.").format(source.sourceName(), id_field))
        index = CoverageIndex(coverage, context.transformContext())
        if not index.areas:
            feedback.pushWarning(tr("The coverage layer has no areas: every distance stays empty."))
        results = {}
        total = sum(max(source.featureCount(), 1) for _, source, _, _ in jobs)
        done = 0
        for sink_name, source, id_field, count_name in jobs:
            fields = QgsProcessingUtils.combineFields(source.fields(), exposure_fields(index.funders))
            sink, dest_id = self.parameterAsSink(
                parameters, sink_name, context, fields, source.wkbType(), source.sourceCrs())
            if sink is None:
                raise QgsProcessingException(tr("The output {} could not be created.").format(sink_name))
            to_lonlat = index.to_lonlat(source.sourceCrs())
            outside = 0
            for feature in source.getFeatures():
                if feedback.isCanceled():
                    return results
                value = feature[id_field]
                exposure = index.exposure(str(value), lonlat_geometry(feature, to_lonlat))
                outside += int(exposure.distance_km is not None and not exposure.covered)
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                out.setAttributes(feature.attributes() + exposure_attributes(exposure, index.funders))
                if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(tr("Writing the output failed: {}").format(sink.lastError()))
                done += 1
                feedback.setProgress(100.0 * done / total)
            results[sink_name] = dest_id
            results[count_name] = outside
            feedback.pushInfo(tr("{}: {} outside every coverage area.").format(source.sourceName(), outside))
        feedback.setProgress(100)
        return results
