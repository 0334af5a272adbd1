"""Read project records from a QGIS layer for the pure-Python core."""

from __future__ import annotations

import heapq
from typing import Iterator, Optional

from qgis.core import QgsExpression, QgsFeatureRequest, QgsVectorLayer

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.placement import PlaceGroup
from smartcity_plugin.core.report_totals import TotalsRow, totals_by_groups
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.core.summary import Summary, as_group, split_list, summarize, summarize_groups
from smartcity_plugin.layers import gpkg_sql, pg_sql
from smartcity_plugin.layers.gpkg_sql import AREA_PROGRAMME
from smartcity_plugin.toolbelt.compat import NO_GEOMETRY
from smartcity_plugin.toolbelt.values import plain_value

SUMMARY_FIELDS = ("project_id", "donor_country", "sector_primary", "city_ids", "amount_usd", "finance_type")
GROUP_KEYS = (schema.F_DONOR, schema.F_SECTOR_PRIMARY, schema.F_FINANCE, schema.F_CITY_IDS)  # a Group's order
NO_FILTER = ProjectFilter()  # frozen: safe to share as a default


def project_records(
    layer: QgsVectorLayer, project_filter: ProjectFilter = NO_FILTER, fields=SUMMARY_FIELDS,
    sectors: Optional[SectorCatalogue] = None,
) -> Iterator[dict]:
    """Attribute dicts of the layer's projects that match ``project_filter`` (no geometry)."""
    request = QgsFeatureRequest()
    request.setFlags(NO_GEOMETRY)
    names = [name for name in fields if layer.fields().indexOf(name) >= 0]  # older layers may lack some
    request.setSubsetOfAttributes(names, layer.fields())
    expression = filter_expression(project_filter, sectors)
    if expression:
        request.setFilterExpression(expression)
    for feature in layer.getFeatures(request):
        yield {name: plain_value(feature[name]) for name in names}


def first_records(layer: QgsVectorLayer, fields, limit: int) -> list[tuple]:
    """(feature id, ``fields`` values …) of the ``limit`` features the layer shows with the lowest feature ids.

    By feature id, as the team registry orders them: the same projects whichever index SQLite
    or the provider walks.
    """
    rows = gpkg_sql.first_rows(layer, fields, limit)
    if rows is None:
        rows = pg_sql.first_rows(layer, fields, limit)
    if rows is not None:
        return rows
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY).setLimit(limit)
    request.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("$id")]))
    request.setSubsetOfAttributes(list(fields), layer.fields())
    indexes = [layer.fields().indexOf(name) for name in fields]
    records = []
    for feature in layer.getFeatures(request):
        values = feature.attributes()
        records.append((feature.id(), *(plain_value(values[i]) if i >= 0 else None for i in indexes)))
    return records


def summarize_layer(layer: QgsVectorLayer, project_filter: ProjectFilter = NO_FILTER) -> Summary:
    """Totals of the layer's projects that match ``project_filter``.

    Without a filter of its own (the dock has filtered the layer already), a GeoPackage or
    team-registry layer is totalled by SQL; otherwise, and for other layers, feature by feature.
    """
    if project_filter.is_empty():
        groups = grouped_totals(layer, GROUP_KEYS)
        if groups is not None:
            return summarize_groups(groups)
    return summarize(project_records(layer, project_filter))


def totals_with_countries(layer: QgsVectorLayer) -> tuple[Summary, list[TotalsRow]]:
    """The layer's totals (as :func:`summarize_layer`) and its rows by recipient country, in one reading.

    One GROUP BY that also keys on the recipient countries (they follow the cities, so the
    groups grow little); a regional programme counts in each of its countries, as in reports.
    """
    summary, countries, _ = totals_and_places(layer)
    return summary, countries


def totals_and_places(layer: QgsVectorLayer) -> tuple[Summary, list[TotalsRow], Optional[list[PlaceGroup]]]:
    """As :func:`totals_with_countries`, and where the projects are drawn (None: not read by SQL).

    The same groups also say which projects are drawn as areas (national and regional
    programmes), so the map's placement needs no reading of its own.
    """
    rows = grouped_totals(layer, (*GROUP_KEYS, schema.F_RECIPIENT, AREA_PROGRAMME), keep=True)
    places: Optional[list[PlaceGroup]] = []
    if rows is None:
        fields = (*SUMMARY_FIELDS, schema.F_RECIPIENT)
        rows = [(*group[:4], project.get(schema.F_RECIPIENT), None, *group[4:])
                for project in project_records(layer, fields=fields) for group in (as_group(project),)]
        places = None
    # One pass: the groups without the recipients (the summary's), and per recipient list and kind of
    # finance (a list is then split once, not once per group).
    by_place: dict[tuple, list] = {}
    by_list: dict[tuple, list] = {}
    by_mark: dict[tuple, int] = {}
    marks = places is not None
    for donor, sector, finance, cities, recipients, area, projects, amount, with_amount in rows:
        amount = amount or 0.0
        if marks:
            mark = (donor, cities, recipients, area == 1)
            by_mark[mark] = by_mark.get(mark, 0) + projects
        # Written out, not looped over the two tables: thousands of groups at every click.
        key = (donor, sector, finance, cities)
        totals = by_place.get(key)
        if totals is None:
            by_place[key] = [projects, amount, with_amount]
        else:
            totals[0] += projects
            totals[1] += amount
            totals[2] += with_amount
        key = (recipients, finance)
        totals = by_list.get(key)
        if totals is None:
            by_list[key] = [projects, amount, with_amount]
        else:
            totals[0] += projects
            totals[1] += amount
            totals[2] += with_amount
    summary = summarize_groups((*key, *totals) for key, totals in by_place.items())
    countries = totals_by_groups(((None, None, finance, None, *totals), split_list(recipients))
                                 for (recipients, finance), totals in by_list.items())
    if places is not None:
        places = [PlaceGroup(*mark, projects) for mark, projects in by_mark.items()]  # a tuple each: cheap
    return summary, countries, places


def largest_amounts(layer: QgsVectorLayer, fields, limit: int) -> list[dict]:
    """Attribute dicts of the ``limit`` projects the layer shows with the largest published amounts.

    By SQL (ORDER BY … LIMIT) for a GeoPackage or the team registry, else feature by feature.
    """
    names = [name for name in fields if layer.fields().indexOf(name) >= 0]
    if schema.F_AMOUNT in names:
        for module in (gpkg_sql, pg_sql):
            rows = module.largest_rows(layer, names, schema.F_AMOUNT, limit)
            if rows is not None:
                return [dict(zip(names, (plain_value(value) for value in row))) for row in rows]
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes(names, layer.fields())
    request.setFilterExpression(f"{QgsExpression.quotedColumnRef(schema.F_AMOUNT)} IS NOT NULL")
    records = [{name: plain_value(feature[name]) for name in names} for feature in layer.getFeatures(request)]
    return heapq.nlargest(limit, records, key=lambda record: record[schema.F_AMOUNT])


def city_counts(layer: QgsVectorLayer) -> dict[str, int]:
    """City id → number of the layer's projects that name the city."""
    groups = grouped_totals(layer, (schema.F_CITY_IDS,))
    if groups is None:
        return summarize(project_records(layer, fields=(schema.F_CITY_IDS,))).by_city
    return summarize_groups((None, None, None, *group) for group in groups).by_city


def grouped_totals(layer: QgsVectorLayer, keys, keep: bool = False) -> Optional[list[tuple]]:
    """Totals per group of ``keys`` by SQL (a GeoPackage or the team registry); None: read the features.

    ``keep``: a GeoPackage's rows are grouped once per version of the file, for the filters to come
    (the dock's); otherwise one GROUP BY answers.
    """
    groups = gpkg_sql.grouped_totals(layer, keys, schema.F_AMOUNT, keep)
    return groups if groups is not None else pg_sql.grouped_totals(layer, keys, schema.F_AMOUNT)


def count_features(layer: QgsVectorLayer) -> int:
    """Features the layer shows now, counted.

    QGIS 3.22 with GDAL 3.6 answers featureCount() with -1 ("not counted") for a filtered
    GeoPackage layer while another layer of the same file is open; reading works.
    """
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY).setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request))


def unfiltered(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A copy of ``layer`` without its filter (the layer on the map keeps its own)."""
    copy = layer.clone()
    copy.setSubsetString("")
    return copy
