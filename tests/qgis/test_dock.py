"""The dock, driven through its widgets; every number checked against sqlite3 on the GeoPackage."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import Qgis, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt

from smartcity_plugin.core.agencies import AgencyGroups
from smartcity_plugin.gui.dock import CooperationDock
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.toolbelt.paths import bundled_data_path

MEKONG = ("KH", "LA", "MM", "TH", "VN")


def sql(query: str, *args):
    with sqlite3.connect(bundled_data_path()) as connection:
        return connection.execute(query, args).fetchall()


def tick(combo, codes) -> None:
    """Check the items whose code is in ``codes``, one click each, as a user does."""
    for index in range(combo.count()):
        if combo.itemData(index) in codes:
            combo.setItemCheckState(index, Qt.CheckState.Checked)


@pytest.fixture()
def dock(desktop_iface, qgis_new_project, bundled_data):
    QgsProject.instance().clear()  # qgis_new_project keeps the project's stored entries
    widget = CooperationDock(desktop_iface)
    yield widget
    widget.disconnect_project()
    widget.deleteLater()


@pytest.fixture()
def plugin_with_dock(desktop_iface, qgis_new_project, qgis_processing, bundled_data):
    """The whole plugin started as QGIS starts it, its dock open on the bundled data."""
    import smartcity_plugin

    QgsProject.instance().clear()
    loaded = smartcity_plugin.classFactory(desktop_iface)
    loaded.initGui()
    loaded.toggle_dock(True)
    yield loaded
    loaded.unload()
    QgsProject.instance().clear()


def layers():
    return layers_by_role(find_group(QgsProject.instance()))


def mekong_water_since_2019_sql():
    rows = sql(
        "SELECT project_id, amount_usd FROM projects WHERE donor_country IN ('KR', 'US') "
        "AND (" + " OR ".join(f"';' || recipient_country || ';' LIKE '%;{c};%'" for c in MEKONG) + ") "
        "AND (';' || sectors || ';' LIKE '%;water;%' OR sectors LIKE '%;water.%' OR sectors LIKE 'water.%' "
        "OR sector_primary = 'water') AND coalesce(end_year, 9999) >= 2019 AND coalesce(start_year, end_year) IS NOT NULL"
    )
    return {r[0] for r in rows}, sum(r[1] for r in rows if r[1] is not None), sum(r[1] is None for r in rows)


def test_the_planners_question_in_a_few_clicks(dock):
    """Which Water projects do Korea and the US fund in the Mekong countries since 2019, and how much?"""
    form = dock.form
    tick(form.sectors, ["water"])
    tick(form.donors, ["KR", "US"])
    tick(form.countries, MEKONG)
    form.year_from.setValue(2019)
    assert dock.timer.isActive()  # debounced: nothing applied yet
    assert dock.apply_now()
    expected_ids, expected_usd, expected_unpublished = mekong_water_since_2019_sql()
    assert expected_ids, "the question has answers in the bundled data"
    projects = layers()["projects"]
    assert {f["project_id"] for f in projects.getFeatures()} == expected_ids
    html = dock.summary.toPlainText()
    assert f"{len(expected_ids)} projects" in html
    assert f"{expected_unpublished} projects without a published amount" in html
    assert dock.results.model().rowCount() == len(expected_ids)
    if expected_usd:
        from smartcity_plugin.core.money import format_usd

        assert format_usd(expected_usd, "en") in html  # e.g. "US$ 1 M", "US$ 7.5 M"


def test_agencies_follow_donors_and_reset(dock):
    form = dock.form
    groups = AgencyGroups(a for (a,) in sql("SELECT DISTINCT agency FROM projects WHERE agency IS NOT NULL"))
    assert [form.agencies.itemData(i) for i in range(form.agencies.count())] == groups.labels()
    tick(form.donors, ["US"])
    us_agencies = [a for (a,) in sql("SELECT DISTINCT agency FROM projects WHERE donor_country = 'US'")]
    assert [form.agencies.itemData(i) for i in range(form.agencies.count())] == groups.labels(us_agencies)
    form.reset_button.click()
    dock.apply_now()
    assert layers()["projects"].featureCount() == sql("SELECT count(*) FROM projects")[0][0]
    assert layers()["projects"].subsetString() == ""


def test_city_search_and_other_taxonomies(dock):
    form = dock.form
    form.cities.search.setValue("da n")
    visible = [form.cities.list.item(r).text() for r in range(form.cities.list.count())
               if not form.cities.list.item(r).isHidden()]
    assert visible == ["Da Nang"]
    form.taxonomy.setCurrentIndex(form.taxonomy.findData("kearney"))
    tick(form.sectors, ["kearney.smart_environment"])
    dock.apply_now()
    expected = {r[0] for r in sql(
        "SELECT project_id FROM projects WHERE sector_primary IN ('water', 'waste') "
        "OR ';' || sectors || ';' LIKE '%;water;%' OR ';' || sectors || ';' LIKE '%;waste;%'")}
    assert {f["project_id"] for f in layers()["projects"].getFeatures()} == expected


def test_quotes_and_brackets_in_values(dock):
    dock.form.text.setValue("Korea's (new) [city] 100%_")
    assert dock.apply_now()
    assert layers()["projects"].featureCount() == 0
    assert dock.problem.text() == ""


def test_contradiction_is_shown_not_applied(dock):
    dock.form.year_from.setValue(2024)
    dock.form.year_to.setValue(2020)
    assert not dock.apply_now()
    assert "2024 is after the end year 2020" in dock.problem.text()


def test_filter_survives_saving_and_reopening(dock, tmp_path):
    tick(dock.form.donors, ["KR"])
    dock.form.text.setValue("smart")
    dock.apply_now()
    count = len(list(layers()["projects"].getFeatures()))  # featureCount() may still be -1 (not yet counted)
    path = str(tmp_path / "planning.qgz")
    assert QgsProject.instance().write(path)
    QgsProject.instance().clear()
    assert dock.form.donors.codes() == ()
    assert QgsProject.instance().read(path)
    assert dock.form.donors.codes() == ("KR",) and dock.form.text.value() == "smart"
    assert len(list(layers()["projects"].getFeatures())) == count > 0


def test_mekong_lens(dock):
    dock.lens_buttons["mekong"].click()
    expected = {r[0] for r in sql(
        "SELECT project_id FROM projects WHERE " + " OR ".join(
            f"';' || recipient_country || ';' LIKE '%;{c};%'" for c in MEKONG))}
    assert set(dock.form.countries.codes()) == set(MEKONG)
    assert {f["project_id"] for f in layers()["projects"].getFeatures()} == expected
    assert "Mekong focal area" in dock.summary.toPlainText()


@pytest.mark.parametrize("start", ["as QGIS left the canvas", "far from the project"])
def test_double_click_zooms_and_flashes(dock, desktop_iface, start):
    """From any view, also the Null extent of a canvas nothing has zoomed yet (QGIS 3.40)."""
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    table = dock.results
    row = next(r for r in range(table.model().rowCount())  # a project drawn at its place
               if layers()["projects"].getFeature(table.feature_id(r))["marker_offset"])
    canvas = desktop_iface.mapCanvas()
    feature = layers()["projects"].getFeature(table.feature_id(row))
    if start == "far from the project":
        canvas.setExtent(QgsRectangle(-80, -60, -70, -50))
        assert not canvas.extent().contains(feature.geometry().boundingBox().center())
    before = canvas.extent()
    table.zoom_to_row(table.model().index(row, 0))
    assert canvas.extent() != before and not canvas.extent().isEmpty()
    assert canvas.extent().contains(feature.geometry().boundingBox().center())
    assert canvas.scale() >= 250_000 * 0.99  # the place with its surroundings, not a blank close-up


def test_regional_programme_zooms_to_its_countries_not_a_point(dock, desktop_iface):
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    table = dock.results
    row = next(r for r in range(table.model().rowCount())
               if layers()["projects"].getFeature(table.feature_id(r))["project_id"] == "kr_kdi_mrc_ksp_2017")
    assert table.model().index(row, 3).data() == "Cambodia, Laos, Thailand, Viet Nam"  # names, not KH;LA;TH;VN
    canvas = desktop_iface.mapCanvas()
    canvas.setExtent(QgsRectangle(-80, -60, -70, -50))
    table.zoom_to_row(table.model().index(row, 0))
    programmes = layers()["programmes"]
    for feature in programmes.getFeatures():
        if feature["iso_a2"] in ("KH", "LA", "TH", "VN"):
            assert canvas.extent().contains(feature.geometry().boundingBox().center()), feature["iso_a2"]
            assert ";KR;" in feature["programme_donors"] or "KR" in feature["programme_donors"]
    messages = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert any("national or regional programme" in message for message in messages)


def test_long_lists_are_cut_and_said(dock, monkeypatch):
    from smartcity_plugin.gui import results_table

    monkeypatch.setattr(results_table, "MAX_ROWS", 5)
    dock.apply_now()
    total = sql("SELECT count(*) FROM projects")[0][0]
    assert dock.results.model().rowCount() == 5
    assert f"first 5 of {total} projects" in dock.summary.toPlainText()
