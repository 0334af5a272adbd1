"""smartcity:exportprojects — the filtered projects as CSV with HXL tags, GeoJSON or IATI XML."""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
)

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.schema import LAYER_PROJECTS
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.choices import source_name
from smartcity_plugin.processing.filter_parameters import add_filter_parameters, filter_from_parameters
from smartcity_plugin.processing.inputs import checked_catalogue, require_fields, source_or_bundled
from smartcity_plugin.toolbelt.compat import SOURCE_VECTOR
from smartcity_plugin.toolbelt.i18n import tr

FORMATS = ("csv", "geojson", "xml")  # file extensions; their writers load only when used
ACCEPTED = {"csv": (".csv", ".txt"), "geojson": (".geojson", ".json"), "xml": (".xml",)}
FORMAT_NAMES = {"csv": "CSV", "geojson": "GeoJSON", "xml": "IATI XML"}
EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,7}")  # what reads as a file type (".2" in "v1.2" does not)


def export_target(path: str, extension: str, temporary: bool) -> Path:
    """The file to write: ``path`` as chosen, its format's extension added when it has none.

    A name that ends in another type's extension ("important.docx") is refused rather than
    overwritten with projects.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in ACCEPTED[extension]:
        return target
    if temporary:  # Processing names temporary outputs after the first format in the file filter
        return target.with_suffix(f".{extension}")
    if EXTENSION.fullmatch(target.suffix):
        raise QgsProcessingException(tr("{}: a {} file must end in {}; this name is for another kind of file, "
                                        "which is left as it is.").format(
            target, FORMAT_NAMES[extension], " or ".join(ACCEPTED[extension])))
    return target.with_name(f"{target.name}.{extension}")


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
            self.INPUT, tr("Projects layer (empty: every project of {})").format(source_name()), [SOURCE_VECTOR],
            optional=True))
        add_filter_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), [tr("CSV with HXL hashtags"), tr("GeoJSON"), tr("IATI XML 2.03")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("File"), tr("CSV (*.csv);;GeoJSON (*.geojson);;IATI XML (*.xml)")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of projects written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        extension = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        temporary = str(parameters.get(self.OUTPUT, "")).startswith(QgsProcessing.TEMPORARY_OUTPUT)
        target = export_target(self.parameterAsFileOutput(parameters, self.OUTPUT, context), extension, temporary)
        project_filter = filter_from_parameters(self, parameters, context)
        catalogue = checked_catalogue(project_filter.sectors)
        source = source_or_bundled(self, parameters, self.INPUT, context, LAYER_PROJECTS)
        require_fields(source, ("project_id", "title"), tr("the export"))
        # Imported here: the exporters are not loaded when QGIS starts.
        from smartcity_plugin.io.errors import DataExchangeError
        from smartcity_plugin.io.exports import write_csv, write_geojson
        from smartcity_plugin.io.iati_export import write_iati
        from smartcity_plugin.io.layer_rows import layer_rows

        writer = {"csv": write_csv, "geojson": write_geojson, "xml": write_iati}[extension]
        request = QgsFeatureRequest().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"),
                                                        context.transformContext())
        expression = filter_expression(project_filter, catalogue)
        if expression:
            request.setFilterExpression(expression)
        from smartcity_plugin.io.errors import ExportCancelledError

        try:
            count = writer(target, layer_rows(source, request, feedback))
        except ExportCancelledError:
            return {}  # nothing replaced: the earlier file, if any, is as it was
        except DataExchangeError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(tr("{} projects written to {}.").format(count, target))
        return {self.OUTPUT: str(target), "COUNT": count}
