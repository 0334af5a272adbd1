"""smartcity:importcsv — 3W tables with HXL hashtags, AidData location tables and plain CSV."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.algorithms.import_common import add_import_parameters, run_import
from smartcity_plugin.toolbelt.compat import FILE_INPUT
from smartcity_plugin.toolbelt.i18n import tr


class ImportCsvAlgorithm(SmartCityAlgorithm):
    """Read a CSV table of projects (or of their locations) into the planner's GeoPackage."""

    GROUP_ID = "dataexchange"
    INPUT = "INPUT"
    MAPPING = "MAPPING"
    ENCODING = "ENCODING"

    def name(self) -> str:  # noqa: D102
        return "importcsv"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Import projects from CSV (HXL, 3W, AidData)")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Reads a CSV table into the planner's GeoPackage (created from the bundled data when new). "
            "Columns with HXL hashtags (#activity+name, #org+funder, #org+impl, #sector, #country+code, "
            "#adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) and columns named "
            "like the projects' fields are recognised on their own. Other columns are named in the mapping as "
            "field=column pairs separated by ; or new lines, e.g. title=Project name;latitude=Lat;"
            "longitude=Lon (a column is named by its header, its HXL tag or its number; field=- ignores a "
            "recognised column). A table with only project_id, latitude, longitude and precision_code (AidData) "
            "sets the locations of projects already in the GeoPackage. Rows sharing an id are one project at "
            "several places; tables without ids get stable ones from organisation, activity, sector, country "
            "and start. Every project is checked as in the IATI import."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("CSV table"), FILE_INPUT,
            fileFilter=tr("CSV (*.csv *.txt *.tsv);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            self.MAPPING, tr("Column mapping (field=column; …)"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.ENCODING, tr("Encoding"), defaultValue="utf-8", optional=True))
        add_import_parameters(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        # Imported here: the importers are not loaded when QGIS starts.
        from smartcity_plugin.io.csv_import import import_csv
        from smartcity_plugin.io.csv_source import parse_mapping

        source = Path(self.parameterAsFile(parameters, self.INPUT, context))
        try:
            mapping = parse_mapping(self.parameterAsString(parameters, self.MAPPING, context))
        except ValueError as error:
            raise QgsProcessingException(tr("Mapping: {}").format(error)) from error
        encoding = self.parameterAsString(parameters, self.ENCODING, context).strip() or "utf-8"
        if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            encoding = "utf-8-sig"  # also reads the byte-order mark spreadsheets write
        return run_import(self, parameters, context, feedback, lambda target, options, fb, on_problem: import_csv(
            source, target, mapping, options, fb, on_problem, encoding))
