"""The fetch dialog and "Refresh from IATI", driven as a planner would, against the d-portal stand-in."""

from __future__ import annotations

import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction, QMenu, QPushButton

import smartcity_plugin
from smartcity_plugin.io import iati_fetch
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.layers.project_state import load_fetches
from smartcity_plugin.layers.sources import active_data_path
from smartcity_plugin.plugin import MENU_OBJECT_NAME
from tests.bundled_counts import bundled_rows
from tests.fixtures.iati_services import StandInServer
from tests.fixtures.io_support import data_source_setting, digest  # noqa: F401 (fixture)
from tests.qgis.conftest import flush_deleted

IOM = "XM-DAC-47066-DP.2154"


@pytest.fixture(scope="module")
def server(qgis_app):
    with StandInServer() as stand_in:
        yield stand_in


@pytest.fixture()
def plugin(desktop_iface, qgis_new_project, data_source_setting, monkeypatch):  # noqa: F811
    monkeypatch.setattr(iati_fetch, "BACKOFF_SECONDS", 0.05)
    QgsProject.instance().clear()
    data_source_setting("")
    loaded = smartcity_plugin.classFactory(desktop_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    flush_deleted()
    # The next test starts with no task of this one still queued or running (on a busy
    # machine a leftover refresh held the task queue, and the next fetch never started).
    deadline = time.monotonic() + 60
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QgsProject.instance().clear()


def action(window, name: str) -> QAction:
    return next(a for a in window.findChild(QMenu, MENU_OBJECT_NAME).actions() if a.objectName() == name)


def wait_until(done, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert done(), "the fetch task did not finish"


def messages(iface, level) -> list[str]:
    return iface.messageBar().get_messages(level)


def projects_layer():
    return layers_by_role(find_group(QgsProject.instance()))["projects"]


def test_fetch_from_the_dock_into_my_geopackage_then_refresh(plugin, desktop_iface, server, tmp_path):
    server.reset()
    window = desktop_iface.mainWindow()
    action(window, "SmartCityDockAction").trigger()
    plugin.dock.findChild(QPushButton, "SmartCityDockFetch").click()  # the dock opens the dialog
    dialog = plugin.fetch_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Fetch IATI activities"
    assert set(dialog.countries.codes()) == {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"}
    assert not dialog.auth.isEnabled()  # d-portal needs no key
    dialog.url.setText(server.url)
    dialog.countries.set_codes(["VN"])
    dialog.other_countries.setText("so")
    dialog.year_from.setValue(2019)
    target = tmp_path / "mine.gpkg"
    dialog.target.setFilePath(str(target))
    dialog.fetch_button.click()
    assert not dialog.fetch_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_until(lambda: dialog.running is None)

    reports = messages(desktop_iface, Qgis.MessageLevel.Success) + messages(desktop_iface, Qgis.MessageLevel.Warning)
    assert any("d-portal: 1 records read into mine.gpkg: 1 added" in m for m in reports)
    assert not QgsProject.instance().mapLayersByName("Import problems: d-portal")  # none found: no layer
    assert active_data_path() == target.resolve()
    layer = projects_layer()
    assert target.name in layer.source() and layer.featureCount() == bundled_rows("projects") + 1
    fetched = next(layer.getFeatures(f"\"project_id\" = '{IOM}'"))
    assert fetched["source_title"].startswith("d-portal query (countries VN, SO; years 2019–…)")
    assert fetched["as_of"] and "Fetched from d-portal on" in fetched["notes"]
    request = server.state.requests[0]["query"]
    assert request["country_code"] == ["VN,SO"] and request["day_end_gteq"] == ["2019-01-01|null"]

    kept = load_fetches(QgsProject.instance())  # the query lives in the project, with the data it feeds
    assert len(kept) == 1 and kept[0]["GEOPACKAGE"] == str(target) and kept[0]["COUNTRIES"] == "VN,SO"
    project_file = tmp_path / "planner.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))
    assert load_fetches(QgsProject.instance()) == kept

    server.reset()
    action(window, "SmartCityRefreshIatiAction").trigger()
    wait_until(lambda: plugin.iati_refresh.running is None)
    assert len(server.state.requests) >= 2 and server.state.requests[0]["query"]["country_code"] == ["VN,SO"]
    reports = messages(desktop_iface, Qgis.MessageLevel.Success) + messages(desktop_iface, Qgis.MessageLevel.Warning)
    assert any("1 records read into mine.gpkg: 0 added, 1 updated" in m for m in reports)


def test_a_fetch_adds_the_problems_it_found_to_the_map_as_an_import_does(plugin, desktop_iface, server, tmp_path):
    server.reset()
    plugin.open_fetch_dialog()  # as the menu entry does
    dialog = plugin.fetch_dialog
    assert dialog.add_problems.isChecked()  # as in the import dialog
    dialog.url.setText(server.url)
    dialog.countries.set_codes([])  # every country: the three recorded activities
    dialog.target.setFilePath(str(tmp_path / "mine.gpkg"))
    dialog.fetch_button.click()
    wait_until(lambda: dialog.running is None)
    report = next(m for m in messages(desktop_iface, Qgis.MessageLevel.Warning) if "records read into" in m)
    assert "3 records read into mine.gpkg" in report and "1 problems: Donor unknown 1" in report
    layers = QgsProject.instance().mapLayersByName("Import problems: d-portal")
    assert len(layers) == 1  # the problems layer, as the import dialog adds it
    found = [(f["project_id"], f["check"]) for f in layers[0].getFeatures()]
    assert found == [("KR-GOV-010-KR-GOV-051-2023010103248", "unknown_donor")]

    dialog.add_problems.setChecked(False)  # the planner does not want it: no second layer
    dialog.fetch_button.click()
    wait_until(lambda: dialog.running is None)
    assert len(QgsProject.instance().mapLayersByName("Import problems: d-portal")) == 1


def test_an_unreachable_service_is_said_and_nothing_changes(plugin, desktop_iface, server, tmp_path):
    server.reset("500")
    plugin.open_fetch_dialog()
    dialog = plugin.fetch_dialog
    target = tmp_path / "mine.gpkg"
    dialog.url.setText(server.url)
    dialog.target.setFilePath(str(target))
    dialog.start()
    wait_until(lambda: dialog.running is None)
    errors = messages(desktop_iface, Qgis.MessageLevel.Critical)
    assert any("d-portal: the service had a server error (HTTP 500, page 1). Tried 3 times; the data was not "
               "changed." in m for m in errors)
    assert not target.exists() and not load_fetches(QgsProject.instance())


def test_the_datastore_asks_for_a_key_before_fetching(plugin, desktop_iface, server, tmp_path):
    server.reset()
    plugin.open_fetch_dialog()
    dialog = plugin.fetch_dialog
    dialog.service.setCurrentIndex(1)
    assert dialog.auth.isEnabled() and dialog.url.placeholderText() == "https://api.iatistandard.org/datastore"
    dialog.url.setText(server.url)
    dialog.target.setFilePath(str(tmp_path / "mine.gpkg"))
    dialog.start()
    assert dialog.running is None and not server.state.requests
    assert any("needs a subscription key" in m for m in messages(desktop_iface, Qgis.MessageLevel.Warning))


def test_a_datastore_fetch_keeps_the_authcfg_id_never_the_key(plugin, desktop_iface, server, tmp_path):
    from tests.qgis.test_io_iati_fetch import auth_config

    server.reset()
    authcfg = auth_config("IATI Datastore (dialog)", server.state.key)
    plugin.open_fetch_dialog()
    dialog = plugin.fetch_dialog
    dialog.service.setCurrentIndex(1)
    dialog.auth.setConfigId(authcfg)
    dialog.url.setText(server.url)
    dialog.countries.set_codes([])
    dialog.other_countries.setText("SO")
    target = tmp_path / "mine.gpkg"
    dialog.target.setFilePath(str(target))
    dialog.start()
    wait_until(lambda: dialog.running is None)
    assert server.state.requests[0]["key"] == server.state.key
    kept = load_fetches(QgsProject.instance())
    assert kept[-1]["AUTHCFG"] == authcfg and kept[-1]["SERVICE"] == 1
    project_file = tmp_path / "planner.qgs"  # plain XML: every byte of the project can be searched
    assert QgsProject.instance().write(str(project_file))
    assert authcfg in project_file.read_text(encoding="utf-8")
    assert server.state.key not in project_file.read_text(encoding="utf-8")
    reports = messages(desktop_iface, Qgis.MessageLevel.Success) + messages(desktop_iface, Qgis.MessageLevel.Warning)
    assert any("IATI Datastore: 1 records read into mine.gpkg" in m for m in reports)


def test_refresh_without_a_kept_query_says_what_to_do(plugin, desktop_iface):
    action(desktop_iface.mainWindow(), "SmartCityRefreshIatiAction").trigger()
    assert any("This project keeps no IATI query" in m for m in messages(desktop_iface, Qgis.MessageLevel.Info))


def test_cancel_leaves_the_geopackage(plugin, desktop_iface, server, tmp_path):
    server.reset("slow")  # every page takes 2.5 s: time to cancel
    plugin.open_fetch_dialog()
    dialog = plugin.fetch_dialog
    target = tmp_path / "mine.gpkg"
    from tests.fixtures.io_support import planner_without_projects

    planner_without_projects(target)
    before = digest(target)
    dialog.url.setText(server.url)
    dialog.target.setFilePath(str(target))
    dialog.start()
    wait_until(lambda: server.state.requests)
    dialog.cancel_button.click()
    wait_until(lambda: dialog.running is None)
    assert digest(target) == before
    assert any("cancel" in m.lower() for m in messages(desktop_iface, Qgis.MessageLevel.Critical))


def test_tasks_are_not_left_running(qgis_app):
    assert QgsApplication.taskManager().countActiveTasks() == 0
