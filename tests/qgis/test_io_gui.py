"""The import dialog, the column form and the data-source menu, driven as a planner would."""

from __future__ import annotations

import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction, QMenu

import smartcity_plugin
from smartcity_plugin.gui.import_mapping import ImportMappingDialog
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.layers.sources import active_data_path
from smartcity_plugin.plugin import MENU_OBJECT_NAME
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import data_source_setting, digest, fixture  # noqa: F401 (fixture)
from tests.qgis.conftest import flush_deleted


@pytest.fixture()
def plugin(desktop_iface, qgis_new_project, data_source_setting):  # noqa: F811
    QgsProject.instance().clear()
    data_source_setting("")
    loaded = smartcity_plugin.classFactory(desktop_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    flush_deleted()
    QgsProject.instance().clear()


def action(window, name: str) -> QAction:
    return next(a for a in window.findChild(QMenu, MENU_OBJECT_NAME).actions() if a.objectName() == name)


def wait_for(dialog, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while dialog.running is not None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert dialog.running is None, "the import task did not finish"


def test_import_in_the_background_then_show_the_planners_data(plugin, desktop_iface, tmp_path):
    window = desktop_iface.mainWindow()
    action(window, "SmartCityDockAction").trigger()  # the dock is open: it must follow the data
    action(window, "SmartCityImportAction").trigger()
    dialog = plugin.import_dialog
    assert dialog.isVisible()
    target = tmp_path / "mine.gpkg"
    dialog.source.setFilePath(str(fixture("iati", "handmade-2.03.xml")))
    dialog.target.setFilePath(str(target))
    assert not dialog.columns_button.isEnabled()  # IATI needs no column mapping
    dialog.start()
    wait_for(dialog)
    warnings = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("handmade-2.03.xml: 9 records read into mine.gpkg: 7 added" in m and "9 problems" in m
               for m in warnings)
    names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    assert "Import problems: handmade-2.03.xml" in names
    assert active_data_path() == target.resolve()
    projects = layers_by_role(find_group(QgsProject.instance()))["projects"]
    assert target.name in projects.source() and projects.featureCount() == bundled_rows("projects") + 7
    assert plugin.dock is not None and plugin.dock.isUserVisible()  # rebuilt on the new data
    action(window, "SmartCityUseBundledAction").trigger()
    assert active_data_path() == bundled_data_path()
    assert layers_by_role(find_group(QgsProject.instance()))["projects"].featureCount() == bundled_rows("projects")


def test_failed_import_says_why_and_changes_nothing(plugin, desktop_iface, tmp_path):
    target = tmp_path / "mine.gpkg"
    plugin.open_import_dialog()
    dialog = plugin.import_dialog
    dialog.source.setFilePath(str(fixture("iati", "handmade-1.05.xml")))
    dialog.target.setFilePath(str(target))
    dialog.start()
    wait_for(dialog)
    before = digest(target)
    bad = tmp_path / "broken.xml"
    bad.write_text("<iati-activities><iati-activity>", encoding="utf-8")
    dialog.source.setFilePath(str(bad))
    dialog.start()
    wait_for(dialog)
    errors = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("broken.xml: the XML ends too early" in message for message in errors)
    assert digest(target) == before


def test_use_my_geopackage_refuses_other_files(plugin, desktop_iface, tmp_path):
    from smartcity_plugin.gui.import_datasource import switch_data_source

    other = tmp_path / "other.gpkg"
    other.write_bytes(b"not a geopackage")
    assert not switch_data_source(desktop_iface, other)
    assert active_data_path() == bundled_data_path()
    assert any("other.gpkg: this is not a GeoPackage" in message
               for message in desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Critical))


def test_column_form_prefills_and_maps(qgis_app, tmp_path):
    dialog = ImportMappingDialog(fixture("csv", "plain.csv"))
    assert dialog.boxes["latitude"].currentData() == "Lat"  # recognised without help
    assert dialog.boxes["title"].currentData() == ""
    dialog.boxes["title"].setCurrentIndex(dialog.boxes["title"].findData("Name of the project"))
    dialog.boxes["longitude"].setCurrentIndex(0)  # the planner turns a recognised column off
    assert dialog.mapping() == {"title": "Name of the project", "latitude": "Lat", "longitude": "-"}
    dialog.deleteLater()


def test_tasks_are_not_left_running(qgis_app):
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_catalogue_update_without_an_address_says_how_to_set_it(plugin, desktop_iface):
    from qgis.core import QgsSettings

    from smartcity_plugin.gui.import_datasource import CATALOGUE_URL_KEY

    before = QgsSettings().value(CATALOGUE_URL_KEY, None)
    QgsSettings().remove(CATALOGUE_URL_KEY)
    try:
        action(desktop_iface.mainWindow(), "SmartCityUpdateCatalogueAction").trigger()
    finally:
        if before is not None:
            QgsSettings().setValue(CATALOGUE_URL_KEY, before)
    warnings = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("No catalogue address is set" in message and CATALOGUE_URL_KEY in message for message in warnings)
    assert active_data_path() == bundled_data_path()  # the plugin goes on with what it has


def test_layers_reading_the_target_see_the_new_content(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from smartcity_plugin.gui.import_datasource import reload_layers_from
    from smartcity_plugin.io.iati_import import import_iati

    target = tmp_path / "p.gpkg"
    import_iati(fixture("iati", "handmade-1.05.xml"), target)
    layer = QgsVectorLayer(f"{target}|layername=projects", "projects", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert layer.featureCount() == bundled_rows("projects") + 1
        import_iati(fixture("iati", "handmade-2.03.xml"), target)  # the file is replaced by a rename
        reload_layers_from(target)
        assert layer.featureCount() == bundled_rows("projects") + 8
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_unload_during_an_import_stops_it_and_leaves_the_file_alone(plugin, tmp_path):
    big = tmp_path / "big.xml"
    activity = fixture("iati", "handmade-2.03.xml").read_text(encoding="utf-8").split("<iati-activity", 2)[1]
    activity = activity.rsplit("</iati-activity>", 1)[0]
    with big.open("w", encoding="utf-8") as handle:
        handle.write("<iati-activities version='2.03'>")
        for number in range(3000):
            handle.write("<iati-activity" + activity.replace("KR-GOV-TEST-0001", f"X{number}") + "</iati-activity>")
        handle.write("</iati-activities>")
    plugin.open_import_dialog()
    dialog = plugin.import_dialog
    dialog.source.setFilePath(str(big))
    dialog.target.setFilePath(str(tmp_path / "mine.gpkg"))
    dialog.start()
    plugin.unload()  # the fixture unloads again: unload twice must be harmless
    QCoreApplication.processEvents()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.xml"]
    assert QgsApplication.taskManager().countActiveTasks() == 0
