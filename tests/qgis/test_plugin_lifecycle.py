"""The plugin loads, shows its menu, toolbar, help and provider, and unload leaves nothing."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar

import smartcity_plugin
from smartcity_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME
from tests.qgis.conftest import flush_deleted


def ours(window, kind, name=None):
    found = window.findChildren(kind, name) if name else window.findChildren(kind)
    return [w for w in found if (w.objectName() or "").startswith("SmartCity")]


def test_load_and_unload_three_times(desktop_iface, qgis_new_project):
    window = desktop_iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    for _ in range(3):
        plugin = smartcity_plugin.classFactory(desktop_iface)
        assert registry.providerById("smartcity") is None  # nothing before initGui
        plugin.initGui()

        menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
        titles = [m.title() for m in menus]
        assert "Smart City Cooperation" in titles
        assert titles.index("Smart City Cooperation") < titles.index("Help")
        menu = window.findChild(QMenu, MENU_OBJECT_NAME)
        assert [a.objectName() for a in menu.actions() if a.objectName()] == [
            "SmartCityAddLayersAction", "SmartCityDockAction", "SmartCityExportAction", "SmartCityFilterProjectsAction",
            "SmartCityImportAction", "SmartCityFetchIatiAction", "SmartCityRefreshIatiAction", "SmartCityCheckAction",
            "SmartCityUseGeoPackageAction", "SmartCityUseBundledAction", "SmartCityUseRegistryAction",
            "SmartCityPublishRegistryAction", "SmartCityUpgradeRegistryAction", "SmartCityUpdateCatalogueAction",
            "SmartCityHelpAction",
        ]
        toolbar = window.findChild(QToolBar, TOOLBAR_OBJECT_NAME)
        assert toolbar is not None and toolbar.windowTitle() == "Smart City Cooperation"
        assert [a.objectName() for a in toolbar.actions()] == [
            "SmartCityAddLayersAction", "SmartCityDockAction", "SmartCityExportAction",
        ]
        assert not any(a.icon().isNull() for a in toolbar.actions())
        help_actions = desktop_iface.pluginHelpMenu().actions()
        assert [a.text() for a in help_actions] == ["Smart City Cooperation Map"]
        provider = registry.providerById("smartcity")
        assert provider is not None and not provider.icon().isNull()
        assert [a.id() for a in provider.algorithms()] == [
            "smartcity:checkprojects", "smartcity:cooperationmatrix", "smartcity:exportatlas", "smartcity:exportmap",
            "smartcity:exportprojects", "smartcity:fetchiati", "smartcity:filterprojects", "smartcity:floodcoverage",
            "smartcity:importcsv", "smartcity:importiati", "smartcity:publishregistry", "smartcity:upgraderegistry",
        ]

        assert window.findChild(QDockWidget, "SmartCityCooperationDock") is None  # built on first use only
        toolbar.actions()[1].trigger()
        dock = window.findChild(QDockWidget, "SmartCityCooperationDock")
        assert dock is not None and dock.isUserVisible() and toolbar.actions()[1].isChecked()
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        from smartcity_plugin.layers import row_groups

        plugin.add_layers()
        assert row_groups._kept  # the dock's totals keep each row's group while the file is unchanged

        plugin.unload()
        flush_deleted()
        assert not row_groups._kept  # and give that memory back
        assert window.findChild(QDockWidget, "SmartCityCooperationDock") is None
        assert registry.providerById("smartcity") is None
        assert ours(window, QMenu) == []
        assert ours(window, QToolBar) == []
        assert ours(window, QAction) == []
        assert "Smart City Cooperation" not in [a.text() for a in window.menuBar().actions()]
        assert desktop_iface.pluginHelpMenu().actions() == []
        assert plugin.translator is None


def test_processing_only_start_has_no_gui(qgis_app):
    """qgis_process calls classFactory(None) and initProcessing() only."""
    plugin = smartcity_plugin.classFactory(None)
    plugin.initProcessing()
    try:
        assert QgsApplication.processingRegistry().algorithmById("smartcity:filterprojects")
        assert plugin.menu is None and plugin.toolbar is None
    finally:
        plugin.unload()
    assert QgsApplication.processingRegistry().providerById("smartcity") is None
