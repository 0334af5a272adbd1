"""The "city cooperation profile" atlas: one A4 page per ASCN city that the filter keeps.

Everything on a page is plain text, tables and maps (no HTML, which QGIS builds without
WebKit and QGIS 4 cannot render); per-city texts are computed here and picked by the page's
city from map literals, so nothing a data file holds is evaluated as an expression.
The Processing provider imports this module when the plugin starts, so what only making an
atlas needs is imported by the functions that make one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from qgis.core import (
    QgsFeedback,
    QgsLayoutItemMap,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
)

from smartcity_plugin.analysis.flood import flood_exposure
from smartcity_plugin.core.analysis import cooperation_by_city
from smartcity_plugin.core.schema import ANALYSIS_FIELDS
from smartcity_plugin.export.layouts import (
    MapRequest,
    fill_decorations,
    filtered_layers,
    frame_extent,
    layer_city_names,
    load_template,
)
from smartcity_plugin.export.names import ATLAS_TEMPLATE
from smartcity_plugin.layers.presentation import map_literal
from smartcity_plugin.layers.sources import sector_catalogue
from smartcity_plugin.toolbelt.compat import label_font, set_label_font
from smartcity_plugin.toolbelt.i18n import tr, user_language

CITY_VIEW_DEGREES = 3.2  # each page shows the city with about 150 km around it
CITY_ID = "attribute(@atlas_feature, 'city_id')"
IN_CITY = f"array_contains(string_to_array(coalesce(\"city_ids\", ''), ';'), {CITY_ID})"
TABLE_FIELDS = ("project_id", "title", "donor_country", "agency", "sector_primary", "start_year", "end_year",
                "amount_usd", "finance_type", "city_ids", "recipient_country", "confidence", "sectors")


@dataclass(frozen=True)
class AtlasOptions:
    """Which pages: the cities chosen (empty: every city the filter keeps), and whether empty ones go."""

    cities: Sequence[str] = ()
    only_with_projects: bool = False


def _flood_text(item, system_names: dict[str, str]) -> str:
    if item is None or (not item.inside and item.distance_km is None):
        return tr("no coverage data")
    if item.inside:
        names = "; ".join(system_names.get(s, s) for s in item.inside)
        return tr("inside {} warned area(s): {}").format(len(item.inside), names)
    return tr("outside every warned area; the nearest is {:.0f} km away").format(item.distance_km)


def _confidence_text(records: Sequence[dict], city_id: str) -> str:
    """How sure the city's records are, in words: "high (3), medium (1)", highest first."""
    from collections import Counter

    from smartcity_plugin.core.summary import split_list
    from smartcity_plugin.layers.presentation import confidence_names

    words = confidence_names()
    counts = Counter(str(r.get("confidence") or "") for r in records if city_id in split_list(r.get("city_ids")))
    parts = [tr("{} ({})").format(word, counts[code]) for code, word in words.items() if counts[code]]
    if counts[""]:
        parts.append(tr("not rated ({})").format(counts[""]))
    return ", ".join(parts) or "—"


def _city_texts(layers, records, feedback: Optional[QgsFeedback], font, width_mm: float) -> dict[str, str]:
    """city id → the profile as plain text lines, wrapped at word boundaries for the label."""
    from smartcity_plugin.export.summary_table import reader_names
    from smartcity_plugin.export.text_wrap import wrap_text
    from smartcity_plugin.layers.presentation import ascn_status_names

    catalogue = sector_catalogue()
    donor_name = reader_names(catalogue.label)["donor"]
    statuses = ascn_status_names()
    cities = {f["city_id"]: f["ascn_status"] for f in layers["cities"].getFeatures()}
    cooperation = cooperation_by_city(records, list(cities), catalogue)
    exposure = flood_exposure(layers["cities"], "city_id", layers["flood"], feedback)
    system_names = {f["system_id"]: f["name"] for f in layers["flood"].getFeatures()}
    texts = {}
    for city_id, status in cities.items():
        city = cooperation[city_id]
        donors = ", ".join(
            tr("{} ({})").format(donor_name(code), part.projects)
            for code, part in sorted(city.donors.items(), key=lambda item: -item[1].projects)
        ) or "—"
        covered = ", ".join(catalogue.label(code) for code in sorted(city.sectors)) or "—"
        missing = ", ".join(catalogue.label(code) for code in city.missing_sectors) or "—"
        lines = (
            (tr("ASCN status"), statuses.get(status, str(status or "—"))),
            (tr("Projects under the filter"), str(sum(p.projects for p in city.donors.values()))),
            (tr("Donors"), donors),
            (tr("Sectors covered"), covered),
            (tr("No project yet"), missing),
            (tr("US–Korea co-presence"), tr("yes") if city.us_korea else tr("no")),
            (tr("Confidence of the records"), _confidence_text(records, city_id)),
            (tr("Flood warning"), _flood_text(exposure.get(city_id), system_names)),
        )
        text = "\n".join(tr("{}: {}").format(heading, value) for heading, value in lines)
        texts[city_id] = wrap_text(text, font, width_mm)
    return texts


def _project_texts(records, language: str) -> dict[str, dict[str, str]]:
    """Column → project id → what the table cell shows (words and the language's money units)."""
    from smartcity_plugin.core.money import format_usd
    from smartcity_plugin.export.summary_table import reader_names
    from smartcity_plugin.layers.presentation import confidence_names, finance_labels

    names = reader_names(sector_catalogue().label)
    finance = finance_labels()
    confidence = confidence_names()
    columns: dict[str, dict[str, str]] = {"donor": {}, "sector": {}, "amount": {}, "confidence": {}}
    for record in records:
        pid = str(record["project_id"])
        columns["confidence"][pid] = confidence.get(str(record.get("confidence") or ""), "—")
        columns["donor"][pid] = names["donor"](record.get("donor_country") or "")
        columns["sector"][pid] = names["sector"](record["sector_primary"]) if record.get("sector_primary") else "—"
        amount = record.get("amount_usd")
        kind = finance.get(record.get("finance_type") or "unknown", "")
        columns["amount"][pid] = (tr("not published") if amount is None
                                  else f"{format_usd(float(amount), language)}\n{kind}")
    return columns


def _table_columns(texts: dict[str, dict[str, str]]) -> list[QgsLayoutTableColumn]:
    """The project table's columns (widths add up to the frame, margins included)."""
    def looked_up(column: str) -> str:
        return f"coalesce(map_get({map_literal(texts[column])}, \"project_id\"), '')"

    columns = []
    for attribute, heading, width in (
        ("title", tr("Project"), 48), (looked_up("donor"), tr("Donor"), 19), ("agency", tr("Agency"), 32),
        (looked_up("sector"), tr("Sector"), 22),
        ("CASE WHEN \"start_year\" IS NULL AND \"end_year\" IS NULL THEN '—' ELSE "
         "coalesce(to_string(\"start_year\"), '?') || '–' || coalesce(to_string(\"end_year\"), '') END",
         tr("Years"), 13),
        (looked_up("amount"), tr("Amount"), 23), (looked_up("confidence"), tr("Confidence"), 15),
    ):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(attribute)
        column.setWidth(width)
        columns.append(column)
    return columns


def _coverage_filter(options: AtlasOptions) -> str:
    from qgis.core import QgsExpression

    clauses = []
    if options.cities:
        clauses.append("\"city_id\" IN ({})".format(", ".join(QgsExpression.quotedValue(c) for c in options.cities)))
    if options.only_with_projects:
        clauses.append("coalesce(\"project_count\", 0) > 0")
    return " AND ".join(clauses)


def _fit_title(layout, layers, title_expression: str) -> None:
    """One title size for every page, small enough for the longest city's title to fit on one line."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from smartcity_plugin.export.text_wrap import text_width_mm

    title = layout.itemById("title")
    font = label_font(title)
    expression = QgsExpression(title_expression)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layers["cities"]))
    widest = ""
    for feature in layers["cities"].getFeatures():
        context.setFeature(feature)
        text = str(expression.evaluate(context) or "")
        if text_width_mm(text, font) > text_width_mm(widest, font):
            widest = text
    width = title.rect().width() - 2
    while font.pointSizeF() > 10 and text_width_mm(widest, font) > width:
        font.setPointSizeF(font.pointSizeF() - 0.5)
    set_label_font(title, font)


def city_title_expression(language: str, field_names) -> str:
    """The page title: the city's name for the reader, its local name when that adds something
    ("Hà Nội" beside "Hanoi", not "Kabupaten Sumedang" beside "Sumedang"), and the country in words."""
    from smartcity_plugin.layers.place_names import city_name_expression
    from smartcity_plugin.layers.presentation import country_names

    name = city_name_expression(language, field_names)
    return (
        f"{name} || CASE WHEN coalesce(\"name_local\", '') <> '' "
        f"AND strpos(lower(\"name_local\"), lower({name})) = 0 AND strpos(lower({name}), lower(\"name_local\")) = 0 "
        "THEN ' ' || \"name_local\" ELSE '' END "
        f"|| ' — ' || coalesce(map_get({map_literal(country_names())}, \"country_iso2\"), \"country_name\")"
    )


def _continued_heading(layout, language: str, field_names) -> None:
    """Page 2 names its city: "Đà Nẵng (continued)" in the reader's words."""
    from smartcity_plugin.core.safe_text import literal_text
    from smartcity_plugin.layers.place_names import city_name_expression

    heading = layout.itemById("continued_heading")
    if heading is not None:  # a template of the planner's own may not have it
        expression = f"[% {city_name_expression(language, field_names)} %]"
        heading.setText(literal_text(tr("{} (continued)")).format(expression))


def build_city_atlas(
    project: QgsProject, request: MapRequest, feedback: Optional[QgsFeedback] = None,
    options: AtlasOptions = AtlasOptions(),
) -> QgsPrintLayout:
    """The atlas layout, one page (and a continuation page for long tables) per chosen city."""
    from smartcity_plugin.export.layouts import project_unmodified

    with project_unmodified(project):
        return _build_city_atlas(project, request, feedback, options)


def _build_city_atlas(
    project: QgsProject, request: MapRequest, feedback: Optional[QgsFeedback], options: AtlasOptions,
) -> QgsPrintLayout:
    from smartcity_plugin.core.describe import describe_filter
    from smartcity_plugin.core.report_totals import totals_by
    from smartcity_plugin.core.safe_text import literal_text
    from smartcity_plugin.core.summary import split_list
    from smartcity_plugin.export.summary_table import fill_city_tables
    from smartcity_plugin.export.text_wrap import wrap_text, wrap_width
    from smartcity_plugin.layers.reading import NO_FILTER, project_records

    language = user_language()
    layers = filtered_layers(project, request)
    layout = QgsPrintLayout(project)
    load_template(layout, ATLAS_TEMPLATE)
    layout.setName(request.title or tr("City cooperation profiles"))
    cities = layers["cities"]
    atlas = layout.atlas()
    atlas.setCoverageLayer(cities)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"country_iso2" || "name"')
    atlas.setPageNameExpression('"name"')
    atlas.setFilenameExpression("'city_profile_' || \"city_id\"")
    coverage_filter = _coverage_filter(options)
    if coverage_filter:
        atlas.setFilterFeatures(True)
        atlas.setFilterExpression(coverage_filter)
    catalogue = sector_catalogue()
    title_expression = city_title_expression(language, cities.fields().names())
    layout.itemById("title").setText(f"[% {title_expression} %]")
    _fit_title(layout, layers, title_expression)
    _continued_heading(layout, language, cities.fields().names())
    city_names = layer_city_names(cities)
    words = request.subtitle or describe_filter(
        request.project_filter, catalogue.label, lambda c: city_names.get(c, c), tr)
    if request.lens and not request.subtitle:  # as the dock states it
        words = tr("{} — lens: {}").format(words, request.lens)
    subtitle = layout.itemById("subtitle")
    heading = tr("{} · City cooperation profile · {}").format(request.title, words) if request.title else \
        tr("City cooperation profile · {}").format(words)
    subtitle.setText(literal_text(wrap_text(heading, label_font(subtitle), wrap_width(subtitle))))
    main_map: QgsLayoutItemMap = layout.itemById("map")
    main_map.setLayers([layers[role] for role in ("projects", "cities", "programmes", "flood", "countries")])
    main_map.setCrs(cities.crs())
    frame_extent(main_map, QgsRectangle(0, 0, CITY_VIEW_DEGREES, CITY_VIEW_DEGREES))
    main_map.setAtlasDriven(True)
    # Same scale on every page, centred on the city.
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Fixed)
    fill_decorations(layout, layers, ("projects", "cities", "programmes", "flood"), inset_always=True)
    # Each layer's entries stay under its heading: split over two columns they read as headless boxes.
    layout.itemById("legend").setSplitLayer(False)
    records = list(project_records(layers["projects"], NO_FILTER, TABLE_FIELDS))  # already filtered
    profile = layout.itemById("profile")
    texts = _city_texts(layers, [{k: r.get(k) for k in (*ANALYSIS_FIELDS, "confidence")} for r in records], feedback,
                        label_font(profile), wrap_width(profile))
    profile.setText(f"[% map_get({map_literal(texts)}, {CITY_ID}) %]")
    per_city = {
        city: totals_by([r for r in records if city in split_list(r.get("city_ids"))],
                        lambda p: [str(p.get("donor_country") or "unknown")])
        for city in city_names
    }
    summary = layout.itemById("summary")
    fill_city_tables(summary.multiFrame(), per_city, language, summary.rect().width())
    page_number = tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]")
    layout.itemById("page").setText(page_number)
    continued = layout.itemById("page_continued")
    if continued is not None:  # the continuation page's footer (a template of the planner's own may lack it)
        continued.setText(literal_text(tr("{} (continued)")).format(page_number))
    table = layout.itemById("projects_table").multiFrame()
    table.setVectorLayer(layers["projects"])
    table.setFilterFeatures(True)
    table.setFeatureFilter(IN_CITY)
    table.setMaximumNumberOfFeatures(200)
    table.setColumns(_table_columns(_project_texts(records, language)))
    table.setEmptyTableMessage(tr("No project in this city matches the filter."))
    return layout
