"""smartcity:cooperationmatrix — per city and per city × sector: who works where, and openings."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
)

from smartcity_plugin.core import schema
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.choices import data_shown_note, source_name
from smartcity_plugin.processing.filter_parameters import add_filter_parameters, filter_from_parameters
from smartcity_plugin.processing.inputs import checked_catalogue, require_fields, source_or_bundled
from smartcity_plugin.toolbelt.compat import NO_GEOMETRY, SOURCE_POINT, SOURCE_VECTOR, WKB_NO_GEOMETRY
from smartcity_plugin.toolbelt.i18n import tr

PROJECT_FIELDS = tuple(dict.fromkeys(schema.PROJECT_FILTER_FIELDS + (schema.F_SECTOR_PRIMARY,)))
OPTIONAL_FIELDS = (schema.F_FINANCE,)
F_CITY_NAME = "name"


class CooperationMatrixAlgorithm(SmartCityAlgorithm):
    """Per ASCN city: projects and dollars per donor, sectors covered and not, US–Korea openings."""

    GROUP_ID = "analysis"
    INPUT = "INPUT"  # as in filterprojects, so the two chain and batch alike
    CITIES_LAYER = "CITIES_LAYER"  # not CITIES: that is the filter's list of city ids
    OUTPUT = "OUTPUT"
    MATRIX = "MATRIX"

    def name(self) -> str:  # noqa: D102
        return "cooperationmatrix"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Cooperation matrix (city × donor × sector)")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        from smartcity_plugin.core import analysis as weights  # loaded when the help is shown

        return tr(
            "<p>For each ASCN city, from the projects that match the filter (same criteria as "
            "Filter cooperation projects): projects and US dollars per donor (us_projects, "
            "us_usd, kr_projects …) and dollars per kind of finance (finance_grant_usd, "
            "finance_loan_usd, finance_commercial_usd …), the presentation's sector categories covered and not "
            "covered (a solution counts for its category; ascn.* tags do not count), whether "
            "both the US and Korea work there (us_korea), the categories where both work "
            "(shared_sectors) and a cooperation opening score. The second output is a table "
            "with one row per city and category.</p>"
            "<p><b>Counting.</b> A project counts for every city in its city_ids; projects "
            "naming no city count for none. Money is not split: a project naming several "
            "cities adds its whole amount to each (multi_city_projects says how many such "
            "projects a city has), so never add city amounts across cities. In the table, a "
            "project tagged with several categories counts in each, so do not add its rows "
            "either. There is no grand total of dollars: commercial investment is not aid, so "
            "money is shown per donor and per kind of finance. A dollar column is empty when "
            "no counted project publishes an amount; without_amount counts the projects whose "
            "amount is unknown.</p>"
            "<p><b>Opening score</b> = {shared} × S + {one} × O + {gap} × G × F, where S is the "
            "number of categories where both the US and Korea work (coordinate now), O the "
            "number where only one of them works (the other could join), G the number of "
            "categories no donor covers, and F is 1 when the US or Korea has any project in the "
            "city, otherwise 0 (a gap counts only where one of them has a foothold). It ranges "
            "from 0 to 16 for eight categories.</p>"
            "<p>With a sector filter, coverage and gaps describe the filtered projects only. "
            "With a city filter, only those cities are listed. Empty layer parameters use the "
            "projects and ASCN cities of the data the plugin shows; other layers need the same fields "
            "(projects: the filter fields and sector_primary; cities: city_id).</p>"
        ).format(shared=weights.WEIGHT_SHARED, one=weights.WEIGHT_ONE_SIDED, gap=weights.WEIGHT_GAP) + (
            f"<p>{data_shown_note()}</p>")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Projects layer (empty: every project of {})").format(source_name()),
            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CITIES_LAYER, tr("Cities layer (empty: every ASCN city of {})").format(source_name()),
            [SOURCE_POINT], optional=True))
        add_filter_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("City cooperation"), SOURCE_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MATRIX, tr("City × sector matrix"), SOURCE_VECTOR))
        self.addOutput(QgsProcessingOutputNumber("US_KOREA_CITIES", tr("Cities where both the US and Korea work")))
        self.addOutput(QgsProcessingOutputNumber("PROJECTS_COUNTED", tr("Matching projects that name a listed city")))

    # Inputs -------------------------------------------------------------------
    def _read_projects(self, source, expression, feedback) -> Optional[list[dict]]:
        from smartcity_plugin.toolbelt.values import plain_value

        request = QgsFeatureRequest()
        request.setFlags(NO_GEOMETRY)
        if expression:
            request.setFilterExpression(expression)
            feedback.pushInfo(tr("Filter: {}").format(expression))
        total = max(source.featureCount(), 1)
        # finance_type is optional: layers made before it existed still work
        names = list(PROJECT_FIELDS) + [n for n in OPTIONAL_FIELDS if source.fields().indexOf(n) >= 0]
        records = []
        for done, feature in enumerate(source.getFeatures(request), start=1):
            if feedback.isCanceled():
                return None
            records.append({name: plain_value(feature[name]) for name in names})
            feedback.setProgress(50.0 * done / total)
        return records

    # Run ----------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        # The analysis loads when it runs, not when QGIS starts.
        from smartcity_plugin.core import analysis
        from smartcity_plugin.core.filter_expression import filter_expression
        from smartcity_plugin.core.summary import split_list
        from smartcity_plugin.processing.algorithms.cooperation_columns import FIRST_DONORS, Columns, fixed_first
        from smartcity_plugin.toolbelt.values import plain_value

        project_filter = filter_from_parameters(self, parameters, context)
        catalogue = checked_catalogue(project_filter.sectors)  # every parameter checked before opening data
        projects = source_or_bundled(self, parameters, self.INPUT, context, schema.LAYER_PROJECTS)
        cities = source_or_bundled(self, parameters, self.CITIES_LAYER, context, schema.LAYER_CITIES)
        require_fields(projects, PROJECT_FIELDS, tr("the analysis"))
        require_fields(cities, (schema.F_CITY_ID,), tr("the analysis"))
        city_features = [
            f for f in cities.getFeatures()
            if not project_filter.cities or str(plain_value(f[schema.F_CITY_ID])) in project_filter.cities
        ]
        known = {str(plain_value(f[schema.F_CITY_ID])) for f in city_features}
        unknown = [c for c in project_filter.cities if c not in known]
        if unknown:
            raise QgsProcessingException(tr("Unknown city id: {}.").format(", ".join(unknown)))

        records = self._read_projects(projects, filter_expression(project_filter, catalogue), feedback)
        if records is None:
            return {}
        city_ids = [str(plain_value(f[schema.F_CITY_ID])) for f in city_features]
        by_city = analysis.cooperation_by_city(records, city_ids, catalogue)
        columns = Columns(
            fixed_first(FIRST_DONORS, (d for city in by_city.values() for d in city.donors)),
            fixed_first(schema.FINANCE_TYPES, (k for city in by_city.values() for k in city.by_finance)),
        )
        categories = analysis.presentation_categories(catalogue)

        city_fields = QgsProcessingUtils.combineFields(cities.fields(), columns.city_fields())
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, city_fields, cities.wkbType(), cities.sourceCrs())
        matrix_fields = columns.matrix_fields()
        matrix, matrix_id = self.parameterAsSink(
            parameters, self.MATRIX, context, matrix_fields, WKB_NO_GEOMETRY)
        if sink is None or matrix is None:
            raise QgsProcessingException(tr("The outputs could not be created."))

        for done, feature in enumerate(city_features, start=1):
            if feedback.isCanceled():
                return {}
            city = by_city[str(plain_value(feature[schema.F_CITY_ID]))]
            out = QgsFeature(city_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + columns.city_values(city, categories))
            self._add(sink, out)
            name = feature[F_CITY_NAME] if cities.fields().indexOf(F_CITY_NAME) >= 0 else None
            for category in categories:
                row = QgsFeature(matrix_fields)
                row.setAttributes(columns.matrix_values(city, plain_value(name), category, catalogue))
                self._add(matrix, row)
            feedback.setProgress(50.0 + 50.0 * done / max(len(city_features), 1))

        counted = sum(1 for r in records if set(split_list(r.get(schema.F_CITY_IDS))) & set(city_ids))
        both = sum(1 for city in by_city.values() if city.us_korea)
        feedback.pushInfo(tr("{} cities, {} matching projects name one of them, {} with both US and Korean "
                             "projects.").format(len(by_city), counted, both))
        return {self.OUTPUT: dest_id, self.MATRIX: matrix_id, "US_KOREA_CITIES": both, "PROJECTS_COUNTED": counted}

    @staticmethod
    def _add(sink, feature) -> None:
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(tr("Writing the output failed: {}").format(sink.lastError()))
