"""One click: the styled group with the bundled data, restored but never doubled."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from smartcity_plugin.layers import palette
from smartcity_plugin.layers.group import GROUP_NAME, add_cooperation_layers, asean_extent, refresh_project_counts
from smartcity_plugin.toolbelt.paths import bundled_data_path


def sql(query: str):
    with sqlite3.connect(bundled_data_path()) as connection:
        return connection.execute(query).fetchall()


@pytest.fixture()
def group(qgis_new_project):
    return add_cooperation_layers(QgsProject.instance())


def test_group_layers_and_counts(group):
    root = QgsProject.instance().layerTreeRoot()
    assert root.children()[0].name() == GROUP_NAME
    names = [node.name() for node in group.group.children()]
    assert names == ["Cooperation projects", "ASCN cities", "National and regional programmes",
                     "Flood-warning coverage", "Countries (Natural Earth)"]  # no city hides a project
    layers = group.layers
    assert layers["cities"].featureCount() == sql("SELECT count(*) FROM ascn_cities")[0][0]
    assert layers["projects"].featureCount() == sql("SELECT count(*) FROM projects")[0][0]
    assert layers["flood"].featureCount() == sql("SELECT count(*) FROM flood_coverage")[0][0]
    countries = {f["iso_a2"] for f in layers["countries"].getFeatures()}
    assert set(palette.ASEAN_ISO2) <= countries and {"CN", "KR", "JP", "AU", "IN"} <= countries
    assert not countries & {"US", "BR", "FR", "AQ"}  # regional base only
    for role in ("cities", "projects", "programmes", "flood", "countries"):
        assert layers[role].readOnly(), role  # shipped data cannot be edited by accident


def test_renderers_and_labels(group):
    projects = group.layers["projects"].renderer()
    assert projects.type() == "RuleRenderer"  # one rule per donor; ring positions from marker_offset
    rules = projects.rootRule().children()
    donors = [row[0] for row in sql("SELECT DISTINCT donor_country FROM projects")]
    expected = [code for code in palette.DONOR_COLOURS if code in donors]  # legend order, no empty entries
    if set(donors) - set(palette.DONOR_COLOURS):
        expected.append("")  # "Other"
    assert [rule.description() for rule in rules] == expected
    assert [rule.label() for rule in rules][:2] == ["United States", "Korea"]
    for rule in rules:
        if rule.description():
            assert rule.symbol().color().name() == palette.DONOR_COLOURS[rule.description()][1]
    flood = group.layers["flood"].renderer()
    assert flood.classAttribute() == "funder_country"
    funders = sorted(row[0] for row in sql("SELECT DISTINCT funder_country FROM flood_coverage"))
    assert sorted(c.value() for c in flood.categories()) == funders
    assert flood.categories()[0].symbol().color().alpha() == palette.FLOOD_FILL_ALPHA
    cities = group.layers["cities"]
    assert cities.labelsEnabled() and cities.labeling().settings().fieldName == "name"
    assert group.layers["countries"].renderer().type() == "RuleRenderer"


def test_city_symbol_size_follows_project_count(group):
    cities, projects = group.layers["cities"], group.layers["projects"]
    counts = {f["city_id"]: f["project_count"] for f in cities.getFeatures()}
    expected = {}
    for (city_ids,) in sql("SELECT city_ids FROM projects WHERE city_ids IS NOT NULL AND city_ids <> ''"):
        for city in filter(None, (part.strip() for part in city_ids.split(";"))):
            expected[city] = expected.get(city, 0) + 1
    assert {k: v for k, v in counts.items() if v} == expected
    projects.setSubsetString("\"donor_country\" = 'US'")
    refresh_project_counts(cities, projects)  # what the dock and the exports do after filtering
    us_counts = {f["city_id"]: f["project_count"] for f in cities.getFeatures()}
    assert sum(us_counts.values()) < sum(counts.values())


def render_tip(layer, where: str) -> str:
    feature = next(layer.getFeatures(where))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def test_map_tips_show_real_values_and_sources(group):
    project_id, title, url, amount = sql(
        "SELECT project_id, title, source_url, amount_usd FROM projects WHERE project_id LIKE '%tam_ky%'"
    )[0]
    tip = render_tip(group.layers["projects"], f"\"project_id\" = '{project_id}'")
    assert title in tip and f'href="{url}"' in tip
    from smartcity_plugin.core.money import format_usd

    assert format_usd(amount, "en") in tip  # "US$ 10 M": the reader's units, not 10000000
    assert "Korea — KOICA" in tip and "Viet Nam" in tip and "font-family" in tip
    (unpublished,) = sql("SELECT project_id FROM projects WHERE amount_usd IS NULL LIMIT 1")[0]
    assert "not published" in render_tip(group.layers["projects"], f"\"project_id\" = '{unpublished}'")
    city_tip = render_tip(group.layers["cities"], "\"city_id\" = 'ascn_vn_da_nang'")
    assert "Da Nang" in city_tip and "Pilot city (2018)" in city_tip and "pilot_2018" not in city_tip
    flood = group.layers["flood"]
    (system,) = sql("SELECT system_id FROM flood_coverage WHERE funder_country = 'KR' LIMIT 1")[0]
    assert "Coverage drawn from" in render_tip(flood, f"\"system_id\" = '{system}'")
    assert group.layers["projects"].attributeDisplayName(
        group.layers["projects"].fields().indexOf("amount_usd")
    ) == "Amount (USD)"


def test_second_click_adds_nothing_and_restores_missing(group):
    again = add_cooperation_layers(QgsProject.instance())
    assert again.added == [] and not again.created_group
    assert len(again.group.findLayers()) == 5
    assert len(QgsProject.instance().mapLayers()) == 5
    QgsProject.instance().removeMapLayer(group.layers["projects"].id())
    restored = add_cooperation_layers(QgsProject.instance())
    assert restored.added == ["projects"]
    assert [n.name() for n in restored.group.children()][0] == "Cooperation projects"
    assert restored.layers["cities"].getFeature(1)["project_count"] is not None


def dominant_colours(image) -> set[str]:
    found = set()
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            found.add(QColor(image.pixel(x, y)).name())
    return found


def close_to(colours: set[str], target: str, tolerance: int = 12) -> bool:
    wanted = QColor(target)
    return any(
        abs(c.red() - wanted.red()) + abs(c.green() - wanted.green()) + abs(c.blue() - wanted.blue()) <= tolerance
        for c in map(QColor, colours)
    )


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857", "EPSG:32648"])
def test_rendered_map_shows_donor_colours(group, crs, tmp_path):
    destination = QgsCoordinateReferenceSystem(crs)
    settings = QgsMapSettings()
    settings.setLayers([group.layers[r] for r in ("cities", "projects", "flood", "countries")])
    settings.setDestinationCrs(destination)
    settings.setExtent(asean_extent(destination))
    settings.setOutputSize(QSize(900, 700))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(tmp_path / f"map_{crs.replace(':', '_')}.png"))
    colours = dominant_colours(image)
    assert len(colours) > 50  # not blank
    assert close_to(colours, palette.DONOR_COLOURS["US"][1])
    assert close_to(colours, palette.DONOR_COLOURS["KR"][1])
    assert close_to(colours, "#f4efe4")  # ASEAN countries emphasised


@pytest.mark.parametrize("language, city, label", [
    ("vi", "ascn_vn_da_nang", "Đà Nẵng"), ("th", "ascn_th_bangkok", "กรุงเทพมหานคร"),
    ("th", "ascn_vn_da_nang", "Da Nang"), ("en", "ascn_th_bangkok", "Bangkok"),
])
def test_cities_of_the_planners_country_in_local_script(qgis_new_project, monkeypatch, language, city, label):
    from smartcity_plugin.layers import group as group_module

    monkeypatch.setattr(group_module, "user_language", lambda: language)
    cities = add_cooperation_layers(QgsProject.instance()).layers["cities"]
    settings = cities.labeling().settings()
    feature = next(cities.getFeatures(f"\"city_id\" = '{city}'"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(cities))
    context.setFeature(feature)
    shown = QgsExpression(settings.fieldName).evaluate(context) if settings.isExpression else feature[settings.fieldName]
    assert shown == label


def test_identify_shows_words_not_codes(group):
    """What identify results and the attribute table show for coded fields (issue 18: `LA, TH`, `KR`)."""
    from qgis.core import QgsApplication

    projects = group.layers["projects"]
    feature = next(projects.getFeatures("\"project_id\" = 'kr_kdi_mrc_ksp_2017'"))
    registry = QgsApplication.fieldFormatterRegistry()

    def shown(field: str) -> str:
        index = projects.fields().indexOf(field)
        setup = projects.editorWidgetSetup(index)
        formatter = registry.fieldFormatter(setup.type())
        return formatter.representValue(projects, index, setup.config(), None, feature[field])

    assert shown("donor_country") == "Korea" and shown("status") in ("Completed", "Ongoing", "Planned", "Unknown",
                                                                      "completed", "ongoing", "planned", "unknown")
    assert feature["recipient_names"] == "Cambodia, Laos, Thailand, Viet Nam"
    assert projects.attributeDisplayName(projects.fields().indexOf("recipient_names")) == "Recipient countries"
    assert ";" not in feature["sector_names"] and "." not in feature["sector_names"]
