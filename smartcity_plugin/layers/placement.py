"""Keep the map's symbols honest after every filter: ring positions, national and regional programmes.

Computed from the filtered projects and written into expression fields as map literals
(as the city sizes are): QGIS 3.22 resolves aggregate(layer:=…) only in the main project,
so maps built in a project of their own (Processing, headless exports) would lose them.
"""

from __future__ import annotations

from html import escape
from typing import Optional

from qgis.core import QgsExpression, QgsFeatureRequest, QgsField, QgsVectorLayer

from smartcity_plugin.core import schema
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.placement import (
    COUNTRY_PRECISION,
    RING_PROJECT_LIMIT,
    PlaceGroup,
    Point,
    donor_marks,
    donor_offsets,
    is_area_programme,
    marker_offsets,
)
from smartcity_plugin.core.summary import split_list
from smartcity_plugin.layers.presentation import map_literal
from smartcity_plugin.toolbelt.compat import field_type
from smartcity_plugin.toolbelt.i18n import tr

OFFSET_FIELD = "marker_offset"
PROGRAMME_DONORS = "programme_donors"  # ";KR;US;" — the donors of the country's programmes
PROGRAMME_COUNT = "programme_count"
PROGRAMME_LIST = "programme_list"  # one programme a line: title — donor (agency)
PROGRAMME_LIST_HTML = "programme_list_html"
COUNTRY_CODE = "iso_a2"
PRECISION = "location_precision"
BY_DONOR_TAG = "/* one mark per donor at a place */"  # in the offset expression: how the projects are drawn
LOCATED = f'coalesce("{OFFSET_FIELD}", \'\') <> \'\''  # drawn as a point (not a national/regional programme)


def set_expression_field(layer: QgsVectorLayer, name: str, expression: str, kind: str, alias: str) -> None:
    """Add or update the expression field ``name`` of ``layer``."""
    index = layer.fields().indexOf(name)
    if index < 0:
        layer.addExpressionField(expression, QgsField(name, field_type(kind)))
        index = layer.fields().indexOf(name)
    elif layer.expressionField(index) != expression:  # unchanged since the last filter: nothing to redo
        layer.updateExpressionField(index, expression)
    if layer.attributeAlias(index) != alias:
        layer.setFieldAlias(index, alias)


def lookup_expression(values: dict, key_field: str, default: str) -> str:
    """An expression giving the value of ``key_field``'s key in ``values`` (``default`` when absent)."""
    return f"coalesce(map_get({map_literal(dict(sorted(values.items())))}, \"{key_field}\"), {default})"


def refresh_placement(
    projects: QgsVectorLayer, cities: Optional[QgsVectorLayer] = None, programmes: Optional[QgsVectorLayer] = None,
    groups: Optional[list[PlaceGroup]] = None, groups_asked: bool = False,
) -> tuple[dict[str, list[Point]], dict[str, Point], bool]:
    """Ring positions of the projects drawn as points; the programmes of each recipient country.

    ``groups``: the shown projects grouped as :func:`reading.totals_and_places` gives them (read
    here when not given). Up to RING_PROJECT_LIMIT projects drawn as points, each has a ring
    position of its own; above it each donor keeps one. Returns the places of the marks and
    their ring offsets (mm), for the city labels, and whether the donors share positions.
    """
    from smartcity_plugin.layers.reading import totals_and_places

    if groups is None and not groups_asked:  # groups_asked: None already means SQL cannot group this layer
        groups = totals_and_places(projects)[2]
    if groups is not None and sum(group.projects for group in groups if not group.area) > RING_PROJECT_LIMIT:
        locations, offsets = _place_by_donor(projects, cities, programmes, groups)
        return locations, offsets, True
    locations, areas = _read_places(projects)
    city_points = []
    if cities is not None:
        city_points = [(f.geometry().asPoint().x(), f.geometry().asPoint().y())
                       for f in cities.getFeatures(QgsFeatureRequest().setNoAttributes()) if f.hasGeometry()]
    ring_offsets = marker_offsets(locations, city_points)
    offsets = {pid: f"{x},{y}" for pid, (x, y) in ring_offsets.items()}
    set_expression_field(projects, OFFSET_FIELD, lookup_expression(offsets, schema.F_PROJECT_ID, "NULL"), "String",
                         tr("Symbol offset (mm)"))
    projects.triggerRepaint()
    if programmes is not None:
        refresh_programmes(programmes, areas, _donor_names())
    return locations, ring_offsets, False


def marks_by_donor(projects: QgsVectorLayer) -> bool:
    """True when ``projects`` draws one mark per donor at a place, not one per project (too many for rings)."""
    index = projects.fields().indexOf(OFFSET_FIELD)
    return index >= 0 and BY_DONOR_TAG in projects.expressionField(index)


def _donor_names() -> dict[str, str]:
    from smartcity_plugin.layers.presentation import donor_names

    return donor_names()


def _read_places(projects: QgsVectorLayer) -> tuple[dict[str, list[Point]], list[dict]]:
    """(project id → its places, the national and regional programmes' values), feature by feature."""
    fields = projects.fields()
    wanted = [schema.F_PROJECT_ID, schema.F_TITLE, schema.F_DONOR, schema.F_AGENCY, schema.F_RECIPIENT, PRECISION]
    request = QgsFeatureRequest().setSubsetOfAttributes([f for f in wanted if fields.indexOf(f) >= 0], fields)
    indexes = [(name, fields.indexOf(name)) for name in wanted]  # looked up once, not per project
    locations, areas = {}, []
    for feature in projects.getFeatures(request):
        attributes = feature.attributes()
        values = {name: attributes[index] if index >= 0 else None for name, index in indexes}
        precision = values[PRECISION]
        precision = int(precision) if isinstance(precision, (int, float)) else None
        geometry = feature.geometry()
        located = feature.hasGeometry() and not geometry.isEmpty()
        recipients = values[schema.F_RECIPIENT] if isinstance(values[schema.F_RECIPIENT], str) else ""
        if is_area_programme(precision, located, recipients):
            areas.append(values)
        elif located:
            locations[str(values[schema.F_PROJECT_ID])] = [(p.x(), p.y()) for p in geometry.vertices()]
    return locations, areas


def _place_by_donor(
    projects: QgsVectorLayer, cities: Optional[QgsVectorLayer], programmes: Optional[QgsVectorLayer],
    groups: list[PlaceGroup],
) -> tuple[dict[str, list[Point]], dict[str, Point]]:
    """Each donor one ring position (from the groups alone, no project read); programmes counted per donor."""
    from smartcity_plugin.layers.palette import DONOR_COLOURS

    offsets = donor_offsets((group.donor for group in groups if not group.area), list(DONOR_COLOURS))
    texts = {donor: f"{x},{y}" for donor, (x, y) in offsets.items()}
    fields = projects.fields()
    donor = f"coalesce({QgsExpression.quotedColumnRef(schema.F_DONOR)}, '')"
    area = ["is_empty_or_null($geometry)"]
    if fields.indexOf(PRECISION) >= 0:
        area.append(f"coalesce({QgsExpression.quotedColumnRef(PRECISION)}, 0) >= {COUNTRY_PRECISION}")
    recipients = f"coalesce({QgsExpression.quotedColumnRef(schema.F_RECIPIENT)}, '')"
    is_area = f"(trim(replace({recipients}, ';', '')) <> '' AND ({' OR '.join(area)}))"
    expression = f"{BY_DONOR_TAG} if({is_area}, NULL, map_get({map_literal(dict(sorted(texts.items())))}, {donor}))"
    set_expression_field(projects, OFFSET_FIELD, expression, "String", tr("Symbol offset (mm)"))
    projects.triggerRepaint()
    if programmes is not None:
        refresh_programme_counts(programmes, [group for group in groups if group.area], _donor_names())
    city_points: dict[str, Point] = {}
    if cities is not None and cities.fields().indexOf("city_id") >= 0:
        # Only the id: the cities' expression fields (sizes, label room) would each be worked out per city.
        request = QgsFeatureRequest().setSubsetOfAttributes(["city_id"], cities.fields())
        for feature in cities.getFeatures(request):
            if feature.hasGeometry():
                point = feature.geometry().asPoint()
                city_points[str(feature["city_id"])] = (point.x(), point.y())
    return donor_marks(groups, city_points, offsets)


def refresh_programmes(layer: QgsVectorLayer, areas: list[dict], donors: dict[str, str]) -> None:
    """Each recipient country: the donors, number and list of its national and regional programmes."""
    per_country: dict[str, list[dict]] = {}
    for values in areas:
        for country in split_list(values[schema.F_RECIPIENT]):
            per_country.setdefault(country, []).append(values)
    donor_codes, counts, lines, html = {}, {}, {}, {}
    for country, items in per_country.items():
        items.sort(key=lambda v: (str(v[schema.F_DONOR]), str(v[schema.F_TITLE])))
        donor_codes[country] = ";" + ";".join(sorted({str(v[schema.F_DONOR]) for v in items})) + ";"
        counts[country] = len(items)
        texts = [
            tr("{} — {} ({})").format(v[schema.F_TITLE], donors.get(v[schema.F_DONOR], v[schema.F_DONOR]),
                                      v[schema.F_AGENCY] or "—")
            for v in items
        ]
        lines[country] = "\n".join(texts)
        html[country] = "<br/>".join(escape(text) for text in texts)
    _set_programme_fields(layer, donor_codes, counts, lines, html)


def _set_programme_fields(layer: QgsVectorLayer, donor_codes: dict, counts: dict, lines: dict, html: dict) -> None:
    set_expression_field(layer, PROGRAMME_DONORS, lookup_expression(donor_codes, COUNTRY_CODE, "''"), "String",
                         tr("Donors of national and regional programmes"))
    set_expression_field(layer, PROGRAMME_COUNT, lookup_expression(counts, COUNTRY_CODE, "0"), "Int",
                         tr("National and regional programmes"))
    set_expression_field(layer, PROGRAMME_LIST, lookup_expression(lines, COUNTRY_CODE, "''"), "String",
                         tr("Programmes"))
    set_expression_field(layer, PROGRAMME_LIST_HTML, lookup_expression(html, COUNTRY_CODE, "''"), "String",
                         tr("Programmes"))
    layer.triggerRepaint()


def refresh_programme_counts(layer: QgsVectorLayer, groups: list[PlaceGroup], donors: dict[str, str]) -> None:
    """Each recipient country: its programmes' donors and number, listed per donor (too many to list by title)."""
    per_country: dict[str, dict[str, int]] = {}
    for group in groups:
        for country in split_list(group.recipients or ""):
            counts = per_country.setdefault(country, {})
            counts[str(group.donor or "")] = counts.get(str(group.donor or ""), 0) + group.projects
    donor_codes, counts, lines, html = {}, {}, {}, {}
    for country, by_donor in per_country.items():
        donor_codes[country] = ";" + ";".join(sorted(by_donor)) + ";"
        counts[country] = sum(by_donor.values())
        texts = [tr("{}: {} programmes").format(donors.get(code, code) or tr("Other"), number)
                 for code, number in sorted(by_donor.items(), key=lambda item: (-item[1], item[0]))]
        lines[country] = "\n".join(texts)
        html[country] = "<br/>".join(escape(text) for text in texts)
    _set_programme_fields(layer, donor_codes, counts, lines, html)


def country_name(code: str) -> str:
    """A recipient country in words."""
    return tr(COUNTRY_NAMES.get(code, code))
