"""The "city cooperation profile" atlas: one page per ASCN city that the filter keeps.

The Processing provider imports this module when the plugin starts, so what only making
an atlas needs is imported by the functions that make one.
"""

from __future__ import annotations

from typing import Optional

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
    load_template,
)
from smartcity_plugin.export.names import ATLAS_TEMPLATE
from smartcity_plugin.layers.presentation import map_literal
from smartcity_plugin.layers.sources import sector_catalogue, sector_names
from smartcity_plugin.toolbelt.i18n import tr

CITY_VIEW_DEGREES = 3.2  # each page shows the city with about 150 km around it
IN_CITY = "array_contains(string_to_array(coalesce(\"city_ids\", ''), ';'), attribute(@atlas_feature, 'city_id'))"


def _city_texts(layers, project_filter, feedback: Optional[QgsFeedback]) -> dict[str, str]:
    """city id → the profile's HTML (computed here, with the same core as the analyses)."""
    from html import escape

    from smartcity_plugin.core.names import COUNTRY_NAMES
    from smartcity_plugin.layers.reading import NO_FILTER, project_records

    catalogue = sector_catalogue()
    city_ids = [f["city_id"] for f in layers["cities"].getFeatures()]
    records = list(project_records(layers["projects"], NO_FILTER, ANALYSIS_FIELDS))  # already filtered
    cooperation = cooperation_by_city(records, city_ids, catalogue)
    exposure = flood_exposure(layers["cities"], "city_id", layers["flood"], feedback)
    system_names = {f["system_id"]: f["name"] for f in layers["flood"].getFeatures()}
    texts = {}
    for city_id in city_ids:
        city = cooperation[city_id]
        donors = ", ".join(
            tr("{} ({})").format(tr(COUNTRY_NAMES.get(code, code)), part.projects)
            for code, part in sorted(city.donors.items(), key=lambda item: -item[1].projects)
        ) or "—"
        covered = ", ".join(catalogue.label(code) for code in sorted(city.sectors)) or "—"
        missing = ", ".join(catalogue.label(code) for code in city.missing_sectors) or "—"
        texts[city_id] = (
            f"<p><b>{tr('Projects under the filter')}</b>: {sum(p.projects for p in city.donors.values())}<br/>"
            f"<b>{tr('Donors')}</b>: {escape(donors)}<br/>"
            f"<b>{tr('Sectors covered')}</b>: {escape(covered)}<br/>"
            f"<b>{tr('No project yet')}</b>: {escape(missing)}<br/>"
            f"<b>{tr('US–Korea co-presence')}</b>: {tr('yes') if city.us_korea else tr('no')}</p>"
            f"<p><b>{tr('Flood warning')}</b>: {escape(_flood_text(exposure.get(city_id), system_names))}</p>"
        )
    return texts


def _flood_text(item, system_names: dict[str, str]) -> str:
    if item is None or (not item.inside and item.distance_km is None):
        return tr("no coverage data")
    if item.inside:
        names = "; ".join(system_names.get(s, s) for s in item.inside)
        return tr("inside {} warned area(s): {}").format(len(item.inside), names)
    return tr("outside every warned area; the nearest is {:.0f} km away").format(item.distance_km)


def _profile_html(texts: dict[str, str]) -> str:
    """Static HTML per page: the page's city picks its text from a map literal."""
    status = "<p><b>{}</b>: [% \"ascn_status\" %] ([% \"year_joined\" %])</p>".format(tr("ASCN status"))
    return f"{status}[% map_get({map_literal(texts)}, attribute(@atlas_feature, 'city_id')) %]"


def _table_columns() -> list[QgsLayoutTableColumn]:
    columns = []
    for attribute, heading, width in (
        ("title", tr("Project"), 44), ("donor_country", tr("Donor"), 10), ("agency", tr("Agency"), 24),
        (f"coalesce(map_get({map_literal(sector_names())}, \"sector_primary\"), \"sector_primary\")",
         tr("Sector"), 16),
        ("coalesce(to_string(\"start_year\"), '?') || '–' || coalesce(to_string(\"end_year\"), '')", tr("Years"), 14),
        ("CASE WHEN \"amount_usd\" IS NULL THEN '—' ELSE format_number(\"amount_usd\", 0) END", tr("USD"), 15),
    ):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(attribute)
        column.setWidth(width)
        columns.append(column)
    return columns


def build_city_atlas(
    project: QgsProject, request: MapRequest, feedback: Optional[QgsFeedback] = None
) -> QgsPrintLayout:
    """The atlas layout, one page per city in the filter's cities and countries."""
    from smartcity_plugin.core.describe import describe_filter

    layers = filtered_layers(project, request.project_filter)
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
    catalogue = sector_catalogue()
    layout.itemById("title").setText("[% \"name\" %] [% coalesce(\"name_local\", '') %] — [% \"country_name\" %]")
    subtitle = request.subtitle or describe_filter(request.project_filter, catalogue.label, tr=tr)
    layout.itemById("subtitle").setText(tr("City cooperation profile. {}").format(subtitle))
    main_map: QgsLayoutItemMap = layout.itemById("map")
    main_map.setLayers([layers[role] for role in ("cities", "projects", "flood", "countries")])
    main_map.setCrs(cities.crs())
    frame_extent(main_map, QgsRectangle(0, 0, CITY_VIEW_DEGREES, CITY_VIEW_DEGREES))
    main_map.setAtlasDriven(True)
    # Same scale on every page, centred on the city.
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Fixed)
    fill_decorations(layout, layers, ("cities", "projects", "flood"))
    layout.itemById("profile").setText(_profile_html(_city_texts(layers, request.project_filter, feedback)))
    layout.itemById("page").setText(tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]"))
    table = layout.itemById("projects_table").multiFrame()
    table.setVectorLayer(layers["projects"])
    table.setFilterFeatures(True)
    table.setFeatureFilter(IN_CITY)
    table.setMaximumNumberOfFeatures(40)
    table.setColumns(_table_columns())
    return layout
