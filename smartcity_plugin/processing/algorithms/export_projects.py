"""smartcity:exportprojects — the filtered projects as CSV with HXL tags, GeoJSON or IATI XML."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
)

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.schema import LAYER_PROJECTS
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.filter_parameters import add_filter_parameters, filter_from_parameters
from smartcity_plugin.processing.inputs import checked_catalogue, require_fields, source_or_bundled
from smartcity_plugin.toolbelt.compat import SOURCE_VECTOR
from smartcity_plugin.toolbelt.i18n import tr

FORMATS = ("csv", "geojson", "xml")  # file extensions; their writers load only when used


class ExportProjectsAlgorithm(SmartCityAlgorithm):
    """Write the projects that match a filter to a file other tools read."""

    GROUP_ID = "dataexchange"
    INPUT, FORMAT, OUTPUT = "INPUT", "FORMAT", "OUTPUT"

    def name(self) -> str:  # noqa: D102
        return "exportprojects"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Export projects (CSV with HXL, GeoJSON, IATI XML)")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Writes the projects that match the filter: CSV with a header row and an HXL hashtag row (one row "
            "per project, so money is counted once; all locations in the locations_wkt column), GeoJSON "
            "(one MultiPoint feature per project), or IATI 2.03 XML (standard elements plus every field in "
            "the plugin's own namespace). The plugin's importers read all three back as they were. The IATI "
            "file is a compilation, not an official IATI publication."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Projects layer (empty: the plugin's data)"), [SOURCE_VECTOR],
            optional=True))
        add_filter_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), [tr("CSV with HXL hashtags"), tr("GeoJSON"), tr("IATI XML 2.03")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("File"), tr("CSV (*.csv);;GeoJSON (*.geojson);;IATI XML (*.xml)")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of projects written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        project_filter = filter_from_parameters(self, parameters, context)
        catalogue = checked_catalogue(project_filter.sectors)
        source = source_or_bundled(self, parameters, self.INPUT, context, LAYER_PROJECTS)
        require_fields(source, ("project_id", "title"), tr("the export"))
        # Imported here: the exporters are not loaded when QGIS starts.
        from smartcity_plugin.io.errors import DataExchangeError
        from smartcity_plugin.io.exports import write_csv, write_geojson
        from smartcity_plugin.io.iati_export import write_iati
        from smartcity_plugin.io.layer_rows import layer_rows

        extension = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        writer = {"csv": write_csv, "geojson": write_geojson, "xml": write_iati}[extension]
        target = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if not target.suffix:
            target = target.with_suffix(f".{extension}")
        request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                                                        context.transformContext())
        expression = filter_expression(project_filter, catalogue)
        if expression:
            request.setFilterExpression(expression)
        try:
            count = writer(target, layer_rows(source, request, feedback))
        except DataExchangeError as error:
            raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            target.unlink(missing_ok=True)
            return {}
        feedback.pushInfo(tr("{} projects written to {}.").format(count, target))
        return {self.OUTPUT: str(target), "COUNT": count}
