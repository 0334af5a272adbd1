"""The dock says in one sentence what it shows; the active lens is visible, clearable, and lenses do not add up."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt

from tests.qgis import test_dock
from tests.qgis.test_dock import layers, tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)


def shown_ids() -> set[str]:
    return {f["project_id"] for f in layers()["projects"].getFeatures()}


def test_the_sentence_states_the_filter(dock):
    assert dock.statement.text() == "Showing: All cooperation projects."
    tick(dock.form.donors, ["KR"])
    tick(dock.form.agencies, ["KOICA"])
    dock.form.text.setValue("smart")
    dock.apply_now()
    text = dock.statement.text()
    assert text.startswith("Showing: All cooperation projects funded by Korea through KOICA")
    assert "titles containing “smart”" in text and "KOICA;" not in text  # the agency as the list names it
    assert not dock.clear_lens_button.isVisibleTo(dock)


def test_a_lens_is_stated_shown_pressed_and_cleared(dock):
    tick(dock.form.donors, ["US"])
    dock.apply_now()
    before, planners = dock.form.project_filter(), shown_ids()
    dock.lens_buttons["mekong"].click()
    assert "lens: Mekong focal area" in dock.statement.text()
    assert dock.lens_buttons["mekong"].isChecked() and dock.clear_lens_button.isVisibleTo(dock)
    assert shown_ids() < planners
    dock.clear_lens_button.click()
    assert dock.form.project_filter() == before and shown_ids() == planners
    assert "lens" not in dock.statement.text() and not dock.lens_buttons["mekong"].isChecked()
    assert not dock.clear_lens_button.isVisibleTo(dock)


def test_lenses_do_not_add_up(dock):
    dock.lens_buttons["mekong"].click()
    mekong_alone = shown_ids()
    dock.clear_lens_button.click()
    dock.lens_buttons["us_korea"].click()
    dock.lens_buttons["mekong"].click()  # after co-presence: still the Mekong lens on the planner's filter
    assert shown_ids() == mekong_alone
    assert [key for key, button in dock.lens_buttons.items() if button.isChecked()] == ["mekong"]


def test_editing_the_filter_ends_the_lens(dock):
    dock.lens_buttons["mekong"].click()
    tick(dock.form.statuses, ["ongoing"])
    dock.apply_now()
    assert dock.active_lens is None and "lens" not in dock.statement.text()


def test_a_new_project_stays_empty_and_unmodified_with_the_dock_open(dock, tmp_path):
    """Project ▸ New with the dock open: no cooperation group appears later, the project is not marked modified."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtTest import QTest

    from smartcity_plugin.layers.group import find_group

    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    path = str(tmp_path / "planning.qgz")
    assert QgsProject.instance().write(path)
    QgsProject.instance().clear()
    QTest.qWait(400)  # longer than the dock's pause before it applies an edit
    assert find_group(QgsProject.instance()) is None and not QgsProject.instance().isDirty()
    assert QgsProject.instance().read(path)
    QTest.qWait(400)
    assert dock.form.donors.codes() == ("KR",)


def test_a_lens_ticks_nothing_out_of_sight(dock):
    """Co-presence ticks donors and cities: the filter unfolds, the ticked cities head the list, the sentence names them."""
    dock.resize(420, 900)
    dock.show()
    dock.filters_box.setCollapsed(True)
    cities = dock.form.cities.list
    cities.scrollToBottom()
    dock.lens_buttons["us_korea"].click()
    QCoreApplication.processEvents()  # the unfolded box is laid out, as the desktop does at once
    ticked = [cities.item(row) for row in range(cities.count())
              if cities.item(row).checkState() == Qt.CheckState.Checked]
    assert ticked and not dock.filters_box.isCollapsed()
    assert [item.text() for item in ticked] == [cities.item(row).text() for row in range(len(ticked))]  # first
    viewport = cities.viewport().rect()
    assert viewport.height() > 40, viewport
    shown = [cities.visualItemRect(item) for item in ticked[:3]]
    assert all(0 <= rect.top() and rect.bottom() <= viewport.bottom() for rect in shown), (shown, viewport)
    sentence = dock.statement.text()
    assert "funded by Korea and the United States" in sentence or "funded by the United States and Korea" in sentence
    assert all(item.text() in sentence for item in ticked)
    assert dock.statement.isVisibleTo(dock) and dock.statement.visibleRegion().boundingRect().height() > 0
    dock.clear_lens_button.click()
    assert [cities.item(row).text() for row in range(cities.count())] == [name for _, name in dock.form.options.cities]
