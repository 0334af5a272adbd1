"""Selecting projects in the dock's table selects them on the map, and the other way round."""

from __future__ import annotations

from tests.qgis import test_dock
from tests.qgis.test_dock import layers, tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)


def selected_rows(table) -> list[int]:
    return sorted(index.row() for index in table.selectionModel().selectedRows())


def test_rows_chosen_in_the_table_are_selected_on_the_map(dock):
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    table, projects = dock.results, layers()["projects"]
    table.selectRow(1)
    assert projects.selectedFeatureIds() == [table.feature_id(1)]
    table.clearSelection()
    assert projects.selectedFeatureIds() == []


def test_projects_selected_on_the_map_are_selected_in_the_table(dock):
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    table, projects = dock.results, layers()["projects"]
    wanted = [table.feature_id(0), table.feature_id(2)]
    projects.selectByIds(wanted)
    assert selected_rows(table) == [0, 2]
    assert sorted(projects.selectedFeatureIds()) == sorted(wanted)  # nothing echoed back
    dock.apply_now()  # the list is read again: the map's selection stays shown
    assert sorted(table.feature_id(r) for r in selected_rows(table)) == sorted(wanted)
