"""One selection, handed around: the export and Processing take the dock's, the project keeps it when saved."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject

from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.layers.project_state import FILTER_KEY, SELECTION_KEY, read_selection
from tests.qgis import test_dock
from tests.qgis.test_dock import sql, tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)
plugin_with_dock = test_dock.plugin_with_dock
SETTINGS_PREFIX = "smartcity_plugin"


def shown(role: str, field: str) -> set[str]:
    layer = layers_by_role(find_group(QgsProject.instance()))[role]
    return {f[field] for f in layer.getFeatures()}


@pytest.fixture()
def plugin(plugin_with_dock):
    return plugin_with_dock


def test_the_export_dialog_exports_the_lens_the_dock_shows(plugin, tmp_path):
    """After a lens, exporting leaves map and dock as they were; the export shows the lens's cities."""
    dock = plugin.dock
    dock.lens_buttons["flood"].click()  # the ASCN cities outside every flood-warning area
    cities, projects, statement = shown("cities", "city_id"), shown("projects", "project_id"), dock.statement.text()
    assert 0 < len(cities) < sql("SELECT count(*) FROM ascn_cities")[0][0]
    plugin.open_export_dialog()
    dialog = plugin.export_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("city_profiles"))
    dialog.dpi.setValue(72)
    dialog.output.setFilePath(str(tmp_path / "profiles.pdf"))
    assert [path.name for path in dialog.export()] == ["profiles.pdf"]
    assert shown("cities", "city_id") == cities and shown("projects", "project_id") == projects
    assert dock.statement.text() == statement and dock.lens_buttons["flood"].isChecked()
    atlas = QgsProject.instance().layoutManager().printLayouts()[-1].atlas()
    assert atlas.updateFeatures() == len(cities)  # one profile page per city of the lens
    subtitle = atlas.layout().itemById("subtitle").text()
    assert "lens: Outside flood warning" in subtitle.replace("\n", " ")  # the map says what the dock says
    assert (tmp_path / "profiles.pdf").read_bytes().startswith(b"%PDF")


def test_the_filter_dialog_opens_with_the_dock_filter(plugin, monkeypatch):
    from qgis import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda name, values=None: opened.append((name, values)))
    tick(plugin.dock.form.donors, ["KR"])
    plugin.dock.form.year_from.setValue(2019)
    plugin.dock.lens_buttons["mekong"].click()
    plugin.open_filter_algorithm()
    name, values = opened[-1]
    assert name == "smartcity:filterprojects"
    # The dialog's pick lists take the ticked codes as a list
    assert values["DONORS"] == ["KR"] and values["YEAR_FROM"] == 2019
    assert set(values["COUNTRIES"]) == {"KH", "LA", "MM", "TH", "VN"}  # the lens's countries
    assert "SECTORS" not in values and "TEXT" not in values  # what the planner left open stays open


def test_saving_and_reopening_brings_back_filter_and_lens(dock, tmp_path):
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    dock.lens_buttons["mekong"].click()
    projects, statement = shown("projects", "project_id"), dock.statement.text()
    path = str(tmp_path / "planning.qgz")
    project = QgsProject.instance()
    assert project.write(path)
    assert not project.isDirty()
    project.clear()
    assert dock.active_lens is None and dock.form.donors.codes() == ()
    assert project.read(path)
    assert dock.active_lens == "mekong" and dock.lens_buttons["mekong"].isChecked()
    assert dock.selection.planner_filter.donors == ("KR",) and not dock.selection.planner_filter.countries
    assert shown("projects", "project_id") == projects and dock.statement.text() == statement
    assert not project.isDirty()  # opening a project is not a change
    dock.clear_lens_button.click()  # back to the planner's own filter, as saved
    assert dock.form.donors.codes() == ("KR",) and not dock.form.countries.codes()


def test_filtering_writes_nothing_into_the_project_until_it_is_saved(dock, tmp_path):
    project = QgsProject.instance()
    tick(dock.form.donors, ["US"])
    dock.apply_now()
    assert project.readEntry(SETTINGS_PREFIX, SELECTION_KEY, "") == ("", False)
    assert project.write(str(tmp_path / "one.qgz"))
    assert read_selection(project).planner_filter.donors == ("US",)
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    assert project.isDirty()  # a saved project changed by the planner: QGIS asks before closing it
    assert read_selection(project).planner_filter.donors == ("US",)  # still what the file holds


def test_a_project_saved_before_selections_opens_with_its_filter(dock, tmp_path):
    old = QgsProject()  # written by an earlier version of the plugin: the filter alone
    old.writeEntry(SETTINGS_PREFIX, FILTER_KEY, '{"donors": ["KR"], "text": "smart"}')
    path = str(tmp_path / "old.qgz")
    assert old.write(path)
    assert QgsProject.instance().read(path)
    assert dock.form.donors.codes() == ("KR",) and dock.form.text.value() == "smart" and dock.active_lens is None
