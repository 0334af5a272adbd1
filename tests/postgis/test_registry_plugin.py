"""The plugin in QGIS with the team registry: switching to it, guards on its layers, messages, unload."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject, QgsSettings

import smartcity_plugin
from smartcity_plugin.gui.registry_source import ask_for_connection, use_registry
from smartcity_plugin.layers.edit_guard import EditGuard
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.layers.sources import DATA_SOURCE_KEY, REGISTRY_KEY, active_source
from tests.bundled_counts import bundled_rows
from tests.qgis.conftest import flush_deleted


@pytest.fixture()
def plugin(desktop_iface, clean_project):
    loaded = smartcity_plugin.classFactory(desktop_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    flush_deleted()


def guards():
    layers = layers_by_role(find_group(QgsProject.instance()))
    return {role: layer.findChild(EditGuard) is not None for role, layer in layers.items()}


def test_switch_to_the_registry_guard_its_layers_and_unload(registry, plugin, desktop_iface):
    plugin.add_layers()  # the bundled data first
    assert use_registry(desktop_iface, registry.connections["alice"])
    assert active_source().kind == "registry"
    success = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("now shows the team registry" in message and "published" in message for message in success)
    assert guards() == {"cities": True, "projects": True, "flood": True, "countries": False, "programmes": False}
    plugin.unload()
    flush_deleted()
    assert not any(guards().values())  # the plugin leaves nothing behind on the layers
    plugin.initGui()  # the fixture unloads once more


def test_reader_is_told_once(registry, plugin, desktop_iface):
    assert use_registry(desktop_iface, registry.connections["carol"])
    success = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("may view and filter it but not edit it" in message for message in success)

    def told():
        return [m for m in desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Info) if "smartcity_editor" in m]

    plugin.add_layers()
    assert len(told()) == 3  # one per layer of the registry she cannot edit
    assert all(layer.readOnly() for role, layer in layers_by_role(find_group(QgsProject.instance())).items())
    assert use_registry(desktop_iface, registry.connections["carol"])  # the layers are opened again
    assert len(told()) == 3


def test_an_empty_database_is_refused_and_the_data_stays(registry, plugin, desktop_iface):
    registry.sql("ALTER SCHEMA smartcity RENAME TO not_yet")
    assert not use_registry(desktop_iface, registry.connections["alice"])
    errors = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("holds no team registry" in message for message in errors)
    assert active_source().kind == "bundled"


def test_choosing_a_geopackage_leaves_the_registry(registry, plugin, desktop_iface):
    registry.use_as("alice")
    plugin.use_bundled_data()
    assert QgsSettings().value(REGISTRY_KEY, "") == "" and QgsSettings().value(DATA_SOURCE_KEY, "") == ""
    assert active_source().kind == "bundled"


def test_no_saved_connection_is_said(plugin, desktop_iface, monkeypatch):
    monkeypatch.setattr("smartcity_plugin.gui.registry_source.saved_connections", lambda: [])
    assert ask_for_connection(desktop_iface) is None
    warnings = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("no saved PostgreSQL connection" in message for message in warnings)


def test_import_dialog_imports_into_the_registry_shown(registry, plugin, desktop_iface):
    from tests.fixtures.io_support import fixture
    from tests.qgis.test_io_gui import wait_for

    assert use_registry(desktop_iface, registry.connections["alice"])
    plugin.add_layers()
    plugin.toggle_dock(True)
    plugin.open_import_dialog()
    dialog = plugin.import_dialog
    assert dialog.into_registry.isVisible() and dialog.into_registry.isChecked()
    assert not dialog.target.isEnabled()
    dialog.source.setFilePath(str(fixture("iati", "handmade-2.03.xml")))
    dialog.start()
    wait_for(dialog)
    warnings = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("9 records read into the team registry (" in message and "7 added" in message for message in warnings)
    assert registry.sql("SELECT count(*) FROM smartcity.projects") == [(bundled_rows("projects") + 7,)]
    assert active_source().kind == "registry"  # still the team's data, now with the new projects
    projects = layers_by_role(find_group(QgsProject.instance()))["projects"]
    assert projects.featureCount() == bundled_rows("projects") + 7
    assert f"{bundled_rows('projects') + 7} projects" in plugin.dock.summary.toPlainText()


def test_an_unreachable_database_is_named_and_the_data_stays(plugin, desktop_iface, qgis_app):
    from tests.postgis.cluster import free_port
    from tests.postgis.registry import add_auth_config, save_connection

    authcfg = add_auth_config("nobody home", "alice", "x")
    save_connection("down", f"dbname='nowhere' host=127.0.0.1 port={free_port()} sslmode=disable authcfg={authcfg}")
    try:
        assert not use_registry(desktop_iface, "down")
    finally:
        from qgis.core import QgsProviderRegistry

        QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection("down")
    errors = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("Could not connect to nowhere @ 127.0.0.1:" in message and "Connection refused" in message
               for message in errors), errors
    assert active_source().kind == "bundled"
