"""Another source chosen with the dock open: map layers, the dock's choices and its totals follow at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProject

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.importer import ImportOptions
from smartcity_plugin.layers.data_sources import source_holder
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.layers.sources import sector_catalogue
from smartcity_plugin.toolbelt.paths import bundled_data_path
from smartcity_plugin.toolbelt.read_only import qgis_opens_read_only, readable_copy
from tests.fixtures.io_support import fixture
from tests.qgis import test_dock
from tests.qgis.test_dock import tick

plugin_with_dock = test_dock.plugin_with_dock


def count(path: Path, where: str = "1 = 1") -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM projects WHERE {where}").fetchone()[0]  # noqa: S608


def group_layers():
    return layers_by_role(find_group(QgsProject.instance()))


def agencies_offered(dock) -> list[str]:
    return [dock.form.agencies.itemData(i) for i in range(dock.form.agencies.count())]


@pytest.fixture()
def planners_geopackage(qgis_app, tmp_path) -> Path:
    """A planner's GeoPackage: the bundled data and the projects of a 3W table, run by a test NGO."""
    target = tmp_path / "mine.gpkg"
    import_csv(fixture("csv", "3w-hxl.csv"), target, options=ImportOptions(import_date="2026-01-01"))
    dataset = ogr.Open(str(target), 1)  # the planner names the implementing agency afterwards (GDAL: its triggers)
    dataset.ExecuteSQL("UPDATE projects SET agency = 'Test NGO' WHERE project_id LIKE 'csv-%'")
    dataset = None
    assert count(target) > count(bundled_data_path())
    return target


@pytest.fixture()
def plugin(plugin_with_dock):
    return plugin_with_dock


def test_switching_the_source_with_the_dock_open(plugin, planners_geopackage):
    dock = plugin.dock
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    assert "Test NGO" not in agencies_offered(dock)
    source_holder().use_geopackage(planners_geopackage)  # as the menu, the import dialog or a catalogue does
    projects = group_layers()["projects"]
    assert Path(projects.source().split("|")[0]).resolve() == planners_geopackage.resolve()
    assert "Test NGO" in agencies_offered(dock)  # the dock's choices are the new data's
    assert dock.form.donors.codes() == ("KR",)  # the filter is kept
    expected = count(planners_geopackage, "donor_country = 'KR'")
    assert len(list(projects.getFeatures())) == expected > count(bundled_data_path(), "donor_country = 'KR'")
    assert f"{expected} projects" in dock.summary.toPlainText()  # and the totals
    assert plugin.dock is dock  # followed, not rebuilt

    plugin.use_bundled_data()  # and back, from the menu
    projects = group_layers()["projects"]
    # the bundled file, or on QGIS 3.22 (no read-only open) its copy in the profile, never written
    reads = bundled_data_path() if qgis_opens_read_only() else readable_copy(bundled_data_path())
    assert Path(projects.source().split("|")[0]).resolve() == reads.resolve()
    assert "Test NGO" not in agencies_offered(dock)
    assert len(list(projects.getFeatures())) == count(bundled_data_path(), "donor_country = 'KR'")


def test_a_lens_is_run_again_on_the_new_data(plugin, planners_geopackage):
    dock = plugin.dock
    dock.lens_buttons["mekong"].click()
    source_holder().use_geopackage(planners_geopackage)
    assert dock.active_lens == "mekong" and dock.lens_buttons["mekong"].isChecked()
    mekong = " OR ".join(f"';' || recipient_country || ';' LIKE '%;{c};%'" for c in ("KH", "LA", "MM", "TH", "VN"))
    assert len(list(group_layers()["projects"].getFeatures())) == count(planners_geopackage, mekong)


def test_cached_tables_belong_to_their_source(plugin, planners_geopackage):
    """The sector catalogue read for one source is never served for another."""
    bundled = sector_catalogue()
    source_holder().use_geopackage(planners_geopackage)
    assert sector_catalogue(source_holder().current()) is sector_catalogue()
    assert sector_catalogue() is not bundled
    assert plugin.dock.catalogue is sector_catalogue()


def years_of(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT min(y), max(y) FROM (SELECT start_year AS y FROM projects UNION SELECT end_year FROM projects) "
            "WHERE y IS NOT NULL").fetchone()


def test_the_year_boxes_follow_the_new_data_and_keep_a_chosen_year(plugin, planners_geopackage):
    from dataclasses import replace

    dock = plugin.dock
    source_holder().use_geopackage(planners_geopackage)
    first, last = years_of(planners_geopackage)
    assert (dock.form.year_from.minimum(), dock.form.year_to.maximum()) == (first - 1, last)  # "any", then the years
    dock.form.year_from.setValue(first)
    dock.apply_now()
    narrow = replace(dock.form.options, years=(first + 5, first + 6))  # data whose years start later
    dock.form.set_options(narrow)
    assert dock.form.project_filter().year_from == first  # the chosen year is kept, not turned into "any"
    assert dock.form.year_to.maximum() == first + 6
