"""smartcity:cooperationmatrix — per city and per city × sector: who works where, and openings."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from smartcity_plugin.analysis import new_field, safe_name
from smartcity_plugin.core import analysis, schema
from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.core.summary import Breakdown, split_list
from smartcity_plugin.layers.reading import plain_value
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.filter_parameters import add_filter_parameters, filter_from_parameters
from smartcity_plugin.processing.inputs import checked_catalogue, require_fields, source_or_bundled
from smartcity_plugin.toolbelt.i18n import tr

PROJECT_FIELDS = tuple(dict.fromkeys(schema.PROJECT_FILTER_FIELDS + (schema.F_SECTOR_PRIMARY,)))
OPTIONAL_FIELDS = (schema.F_FINANCE,)
F_CITY_NAME = "name"
LIST_JOIN = ";"
FIRST_DONORS = (analysis.US, analysis.KOREA)  # always listed, so the columns stay stable


def _money(breakdown: Breakdown) -> Optional[float]:
    # Unknown stays empty: NULL when projects exist but none publishes an amount.
    if breakdown.projects and breakdown.without_amount == breakdown.projects:
        return None
    return breakdown.amount_usd


def _us_korea_status(us: bool, korea: bool) -> str:
    return {(True, True): "both", (True, False): "us_only", (False, True): "kr_only"}.get((us, korea), "neither")


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
            "plugin's bundled projects and ASCN cities; other layers need the same fields "
            "(projects: the filter fields and sector_primary; cities: city_id).</p>"
        ).format(shared=analysis.WEIGHT_SHARED, one=analysis.WEIGHT_ONE_SIDED, gap=analysis.WEIGHT_GAP)

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Projects layer (empty: the bundled projects)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CITIES_LAYER, tr("Cities layer (empty: the bundled ASCN cities)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        add_filter_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("City cooperation"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MATRIX, tr("City × sector matrix"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("US_KOREA_CITIES", tr("Cities where both the US and Korea work")))
        self.addOutput(QgsProcessingOutputNumber("PROJECTS_COUNTED", tr("Matching projects that name a listed city")))

    # Inputs -------------------------------------------------------------------
    def _read_projects(self, source, expression, feedback) -> Optional[list[dict]]:
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
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
        columns = _Columns(
            _fixed_first(FIRST_DONORS, (d for city in by_city.values() for d in city.donors)),
            _fixed_first(schema.FINANCE_TYPES, (k for city in by_city.values() for k in city.by_finance)),
        )
        categories = analysis.presentation_categories(catalogue)

        city_fields = QgsProcessingUtils.combineFields(cities.fields(), columns.city_fields())
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, city_fields, cities.wkbType(), cities.sourceCrs())
        matrix_fields = columns.matrix_fields()
        matrix, matrix_id = self.parameterAsSink(
            parameters, self.MATRIX, context, matrix_fields, QgsWkbTypes.Type.NoGeometry)
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


def _fixed_first(fixed, found) -> list[str]:
    """``fixed`` codes (always there, so columns stay stable), then the others found, sorted."""
    return list(fixed) + sorted(set(found) - set(fixed))


class _Columns:
    """Layout of the two outputs: counts, then dollars per donor and per kind of finance.

    No grand total of dollars: commercial investment is not aid, and the two are never added.
    """

    def __init__(self, donors: list[str], kinds: list[str]) -> None:
        self.donors = donors
        self.kinds = kinds

    def _money_fields(self, fields: QgsFields) -> None:
        for donor in self.donors:
            fields.append(new_field(safe_name(donor) + "_projects", "Int"))
            fields.append(new_field(safe_name(donor) + "_usd", "Double"))
        for kind in self.kinds:
            fields.append(new_field("finance_" + safe_name(kind) + "_usd", "Double"))

    def _money_values(self, by_donor: dict[str, Breakdown], by_kind: dict[str, Breakdown]) -> list:
        values: list = []
        for donor in self.donors:
            breakdown = by_donor.get(donor, Breakdown())
            values += [breakdown.projects, _money(breakdown)]
        return values + [_money(by_kind.get(kind, Breakdown())) for kind in self.kinds]

    def city_fields(self) -> QgsFields:
        """Fields added to each city."""
        fields = _fields(("projects", "Int"), ("without_amount", "Int"), ("multi_city_projects", "Int"),
                         ("donors", "String"))
        self._money_fields(fields)
        for name, kind in (("us_korea", "Bool"), ("shared_sectors", "String"), ("sectors_covered", "String"),
                           ("covered_count", "Int"), ("sectors_missing", "String"), ("missing_count", "Int"),
                           ("opening_score", "Double")):
            fields.append(new_field(name, kind))
        return fields

    def city_values(self, city: analysis.CityCooperation, categories: list[str]) -> list:
        """Values of :meth:`city_fields` for one city."""
        total = city.total()
        values = [total.projects, total.without_amount, city.multi_city_projects, LIST_JOIN.join(sorted(city.donors))]
        values += self._money_values(city.donors, city.by_finance)
        covered = [c for c in categories if c in city.sectors]
        return values + [
            city.us_korea, LIST_JOIN.join(c for c in categories if c in city.shared_sectors),
            LIST_JOIN.join(covered), len(covered), LIST_JOIN.join(city.missing_sectors),
            len(city.missing_sectors), city.opening_score,
        ]

    def matrix_fields(self) -> QgsFields:
        """Fields of the city × sector table."""
        fields = _fields(("city_id", "String"), ("city_name", "String"), ("sector", "String"),
                         ("sector_name", "String"), ("covered", "Bool"), ("projects", "Int"),
                         ("without_amount", "Int"), ("donors", "String"))
        self._money_fields(fields)
        fields.append(new_field("us_korea", "Bool"))
        fields.append(new_field("us_korea_status", "String"))
        return fields

    def matrix_values(self, city: analysis.CityCooperation, city_name, category: str,
                      catalogue: SectorCatalogue) -> list:
        """Values of :meth:`matrix_fields` for one city and category."""
        per_donor = city.by_sector.get(category, {})
        total = city.sector_total(category)
        values = [city.city_id, city_name, category, catalogue.name(category), total.projects > 0,
                  total.projects, total.without_amount, LIST_JOIN.join(sorted(per_donor))]
        values += self._money_values(per_donor, city.sector_finance.get(category, {}))
        us, korea = analysis.US in per_donor, analysis.KOREA in per_donor
        return values + [us and korea, _us_korea_status(us, korea)]


def _fields(*specs: tuple[str, str]) -> QgsFields:
    fields = QgsFields()
    for name, kind in specs:
        fields.append(new_field(name, kind))
    return fields
