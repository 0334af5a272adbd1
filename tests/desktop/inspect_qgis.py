"""Runs inside the QGIS desktop (``qgis --code``): report what it shows, screenshot it, quit.

QGIS exec()s this file in its Python namespace once the main window is built and the
plugins are loaded, but before the event loop runs; so the work waits for
``iface.initializationCompleted``. It writes a JSON report to ``SMARTCITY_SMOKE_REPORT``
and a PNG of the whole screen to ``SMARTCITY_SMOKE_SCREENSHOT``, then quits through
Project ▸ Exit, which also unloads the plugins. Every step is guarded: whatever fails
goes into the report's "errors" and QGIS still quits, so the test never waits in vain.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any, Callable, Optional

import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QMenu, QToolBar, QWidget

SMOKE_PLUGIN = "smartcity_plugin"
SMOKE_PROVIDER_ID = "smartcity"
SMOKE_MENU_NAME = "SmartCityCooperationMenu"
SMOKE_TOOLBAR_NAME = "SmartCityCooperationToolbar"
SMOKE_ADD_LAYERS_ACTION = "SmartCityAddLayersAction"
SMOKE_GROUP = "Smart City Cooperation"
LAYERS_RENDER_MS = 2500  # the canvas renders the new layers; then it is waited for
SMOKE_DOCK_ACTION = "SmartCityDockAction"
SMOKE_DOCK_NAME = "SmartCityCooperationDock"
SMOKE_IMPORT_ACTION = "SmartCityImportAction"
SMOKE_IMPORT_DIALOG = "SmartCityImportDialog"
IMPORT_POLL_MS = 200
IMPORT_LIMIT_MS = 60_000
MEKONG = ("KH", "LA", "MM", "TH", "VN")
SETTLE_MS = 800  # after initialization: layout, icons and the welcome page get painted
MENU_PAINT_MS = 400  # the opened menu needs a paint before the grab
NO_INIT_FALLBACK_MS = 60_000  # report anyway if initializationCompleted never arrives
FORCED_EXIT_MS = 20_000  # if Project ▸ Exit is blocked (a dialog), leave with this code:
FORCED_EXIT_CODE = 3

smoke_report: dict[str, Any] = {"initialization_completed": False, "errors": []}
smoke_state = {"inspected": False}


def smoke_guard(step: Callable[[], Any]) -> Any:
    """Run ``step``; on an exception record its traceback and return None."""
    try:
        return step()
    except Exception:  # noqa: BLE001 - the report must be written whatever happens
        smoke_report["errors"].append(traceback.format_exc())
        return None


def smoke_plugin_state() -> dict[str, Any]:
    """Is the plugin instantiated and started, and from which folder was it imported?"""
    module = sys.modules.get(SMOKE_PLUGIN)
    return {
        "in_plugins": SMOKE_PLUGIN in qgis.utils.plugins,
        "active": SMOKE_PLUGIN in qgis.utils.active_plugins,
        "module_file": getattr(module, "__file__", None),
        # qgis.utils.home_plugin_path on 3.22; HOME_PLUGIN_PATH from 3.40 on (the old name is gone).
        "home_plugin_path": getattr(qgis.utils, "HOME_PLUGIN_PATH", None)
        or getattr(qgis.utils, "home_plugin_path", None),
    }


def smoke_menus(window) -> dict[str, Any]:
    """Titles of the menu bar's menus, and the plugin's menu with its actions."""
    menu_bar = window.menuBar()
    titles = [action.text().replace("&", "") for action in menu_bar.actions() if action.menu()]
    menu: Optional[QMenu] = window.findChild(QMenu, SMOKE_MENU_NAME)
    found = {"found": menu is not None}
    if menu is not None:
        found.update(
            title=menu.title(),
            in_menu_bar=menu.menuAction() in menu_bar.actions(),
            actions=[a.objectName() for a in menu.actions() if not a.isSeparator()],
        )
    help_menu = qgis.utils.iface.helpMenu()  # QGIS's own, in QGIS's language
    help_title = help_menu.menuAction().text().replace("&", "") if help_menu is not None else None
    return {"menu_bar_titles": titles, "help_menu_title": help_title, "plugin_menu": found}


def smoke_toolbar(window) -> dict[str, Any]:
    """The plugin's toolbar, found by object name, and whether the user can see it."""
    toolbar: Optional[QToolBar] = window.findChild(QToolBar, SMOKE_TOOLBAR_NAME)
    if toolbar is None:
        return {"found": False}
    return {
        "found": True,
        "title": toolbar.windowTitle(),
        "visible": toolbar.isVisible(),
        "actions": [action.objectName() for action in toolbar.actions()],
        "actions_visible": [action.isVisible() for action in toolbar.actions()],
    }


def smoke_help_entries() -> list[dict[str, str]]:
    """What Help ▸ Plugins lists."""
    return [
        {"text": action.text(), "object_name": action.objectName()}
        for action in qgis.utils.iface.pluginHelpMenu().actions()
    ]


def smoke_provider() -> dict[str, Any]:
    """The Processing provider and its algorithms."""
    provider = QgsApplication.processingRegistry().providerById(SMOKE_PROVIDER_ID)
    if provider is None:
        return {"found": False}
    return {
        "found": True,
        "name": provider.name(),
        "algorithms": sorted(algorithm.id() for algorithm in provider.algorithms()),
    }


def smoke_other_windows(window) -> list[dict[str, str]]:
    """Visible top-level windows besides the main one: a dialog here would block users."""
    return [
        {"class": widget.metaObject().className(), "title": widget.windowTitle()}
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget is not window
    ]


def smoke_collect() -> None:
    """Fill the report with everything the test checks."""
    window = qgis.utils.iface.mainWindow()
    smoke_report["qgis_version"] = Qgis.QGIS_VERSION
    smoke_report["plugin"] = smoke_guard(smoke_plugin_state)
    smoke_report.update(smoke_guard(lambda: smoke_menus(window)) or {})
    smoke_report["toolbar"] = smoke_guard(lambda: smoke_toolbar(window))
    smoke_report["help_plugins_menu"] = smoke_guard(smoke_help_entries)
    smoke_report["provider"] = smoke_guard(smoke_provider)
    smoke_report["other_windows"] = smoke_guard(lambda: smoke_other_windows(window))


def smoke_open_plugin_menu() -> None:
    """Drop the plugin's menu down from the menu bar, so the screenshot shows its entries."""
    window = qgis.utils.iface.mainWindow()
    menu = window.findChild(QMenu, SMOKE_MENU_NAME)
    if menu is not None:
        window.menuBar().setActiveAction(menu.menuAction())


def smoke_close_menus() -> None:
    """Close any open popup menu: it would swallow the events of the exit."""
    for _ in range(10):  # nested popups close one by one; bounded in case one refuses
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()


def smoke_grab_screen(variable: str = "SMARTCITY_SMOKE_SCREENSHOT") -> dict[str, Any]:
    """Save the whole screen as PNG (what a user would see, dialogs included)."""
    QApplication.processEvents()
    pixmap = QApplication.primaryScreen().grabWindow(0)
    path = os.environ[variable]
    return {"path": path, "saved": pixmap.save(path, "PNG"),
            "width": pixmap.width(), "height": pixmap.height()}


def smoke_write_report() -> None:
    """Write the report atomically: the test must never read half a file."""
    path = os.environ["SMARTCITY_SMOKE_REPORT"]
    with open(path + ".partial", "w", encoding="utf-8") as handle:
        json.dump(smoke_report, handle, indent=2, sort_keys=True)
    os.replace(path + ".partial", path)


def smoke_quit() -> None:
    """Leave through Project ▸ Exit (as a user would); force it if that is blocked."""
    QTimer.singleShot(FORCED_EXIT_MS, lambda: QgsApplication.exit(FORCED_EXIT_CODE))
    # The profile lives under /tmp, so QGIS calls the plugin's data "temporary layers"
    # and would ask before closing; the layers have been inspected, drop them.
    QgsProject.instance().clear()
    QgsProject.instance().setDirty(False)  # no "save the project?" question
    qgis.utils.iface.actionExit().trigger()


def smoke_click_add_layers() -> None:
    """Click "Add cooperation layers" as a user would, from the plugin's toolbar."""
    window = qgis.utils.iface.mainWindow()
    action = window.findChild(QAction, SMOKE_ADD_LAYERS_ACTION)
    smoke_report["add_layers_action_found"] = action is not None
    if action is not None:
        action.trigger()


def smoke_layers_state() -> dict[str, Any]:
    """What the click put on the map: the group, its layers and counts, the view, the message."""
    iface = qgis.utils.iface
    group = QgsProject.instance().layerTreeRoot().findGroup(SMOKE_GROUP)
    canvas = iface.mapCanvas()
    extent = canvas.extent()
    return {
        "group_found": group is not None,
        "layers": [
            {"name": node.name(), "features": node.layer().featureCount(), "visible": node.isVisible()}
            for node in (group.findLayers() if group else [])
        ],
        "canvas_crs": canvas.mapSettings().destinationCrs().authid(),
        "canvas_extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
        "canvas_layers": len(canvas.layers()),
        "messages": [item.text() for item in iface.messageBar().items()],
    }


def smoke_after_layers() -> None:
    """Wait for the map, record it, screenshot it, then ask the dock a planner's question."""
    smoke_guard(lambda: qgis.utils.iface.mapCanvas().waitWhileRendering())
    smoke_report["layers"] = smoke_guard(smoke_layers_state)
    smoke_report["layers_screenshot"] = smoke_guard(
        lambda: smoke_grab_screen("SMARTCITY_SMOKE_LAYERS_SCREENSHOT")
    )
    smoke_guard(smoke_write_report)
    smoke_guard(smoke_ask_dock)
    QTimer.singleShot(LAYERS_RENDER_MS, smoke_after_dock)


def smoke_tick(combo, codes) -> None:
    """Check the combo's items whose code is in ``codes``, as clicks would."""
    from qgis.PyQt.QtCore import Qt

    for index in range(combo.count()):
        if combo.itemData(index) in codes:
            combo.setItemCheckState(index, Qt.CheckState.Checked)


def smoke_ask_dock() -> None:
    """Open the dock from the toolbar and ask: Korean and US water projects in the Mekong since 2019."""
    window = qgis.utils.iface.mainWindow()
    window.findChild(QAction, SMOKE_DOCK_ACTION).trigger()
    dock = window.findChild(QWidget, SMOKE_DOCK_NAME)
    smoke_report["dock_found"] = dock is not None
    form = dock.form
    smoke_tick(form.sectors, ["water"])
    smoke_tick(form.donors, ["KR", "US"])
    smoke_tick(form.countries, MEKONG)
    form.year_from.setValue(2019)  # the dock applies itself after its debounce


def smoke_layer_count(role: str) -> int:
    """Features the plugin's layer of ``role`` shows, found by the role the plugin marks it with
    (its name is in the interface language); counted: right after a new subset string QGIS
    may report -1, "not counted yet"."""
    from smartcity_plugin.layers.group import find_group, layers_by_role

    group = find_group(QgsProject.instance())
    layer = layers_by_role(group).get(role) if group is not None else None
    return sum(1 for _ in layer.getFeatures()) if layer is not None else -1


def smoke_after_dock() -> None:
    """Record what the dock says, screenshot it, then finish."""
    window = qgis.utils.iface.mainWindow()
    dock = window.findChild(QWidget, SMOKE_DOCK_NAME)
    smoke_guard(lambda: qgis.utils.iface.mapCanvas().waitWhileRendering())
    smoke_report["dock"] = smoke_guard(lambda: {
        "visible": dock.isVisible(),
        "summary": dock.summary.toPlainText(),
        "rows": dock.results.model().rowCount(),
        "projects_shown": smoke_layer_count("projects"),
    })
    smoke_report["dock_screenshot"] = smoke_guard(lambda: smoke_grab_screen("SMARTCITY_SMOKE_DOCK_SCREENSHOT"))
    smoke_guard(smoke_write_report)
    if smoke_guard(smoke_start_import):
        QTimer.singleShot(IMPORT_POLL_MS, smoke_wait_for_import)
    else:
        smoke_quit()


def smoke_start_import() -> bool:
    """Menu ▸ Import projects…: choose the IATI file and a new GeoPackage, press Import (a background task)."""
    window = qgis.utils.iface.mainWindow()
    window.findChild(QAction, SMOKE_IMPORT_ACTION).trigger()
    dialog = window.findChild(QWidget, SMOKE_IMPORT_DIALOG)
    smoke_report["import_dialog_visible"] = dialog is not None and dialog.isVisible()
    dialog.source.setFilePath(os.environ["SMARTCITY_SMOKE_IMPORT_SOURCE"])
    dialog.target.setFilePath(os.environ["SMARTCITY_SMOKE_IMPORT_TARGET"])
    dialog.import_button.click()
    smoke_state["import_waited_ms"] = 0
    return True


def smoke_wait_for_import() -> None:
    """Poll until the import task reports back (the dialog's ``running`` is cleared), then record and quit."""
    dialog = qgis.utils.iface.mainWindow().findChild(QWidget, SMOKE_IMPORT_DIALOG)
    if dialog is not None and dialog.running is not None and smoke_state["import_waited_ms"] < IMPORT_LIMIT_MS:
        smoke_state["import_waited_ms"] += IMPORT_POLL_MS
        QTimer.singleShot(IMPORT_POLL_MS, smoke_wait_for_import)
        return
    smoke_report["import"] = smoke_guard(lambda: {
        "finished": dialog is not None and dialog.running is None,
        "messages": [" ".join(filter(None, (item.title(), item.text())))
                     for item in qgis.utils.iface.messageBar().items()],
        "layers": {layer.name(): layer.source() for layer in QgsProject.instance().mapLayers().values()},
    })
    smoke_guard(lambda: dialog.close())
    smoke_guard(smoke_write_report)
    smoke_quit()


def smoke_finish() -> None:
    """Screenshot with the menu open, then one click on "Add cooperation layers"."""
    smoke_report["screenshot"] = smoke_guard(smoke_grab_screen)
    smoke_guard(smoke_close_menus)
    smoke_guard(smoke_write_report)  # a report exists even if the click hangs QGIS
    smoke_guard(smoke_click_add_layers)
    QTimer.singleShot(LAYERS_RENDER_MS, smoke_after_layers)


def smoke_inspect() -> None:
    """Collect the report and open the menu; the grab follows once it is painted."""
    if smoke_state["inspected"]:
        return
    smoke_state["inspected"] = True
    smoke_guard(smoke_collect)
    smoke_guard(smoke_open_plugin_menu)
    QTimer.singleShot(MENU_PAINT_MS, smoke_finish)


def smoke_fill_screen() -> None:
    """Xvfb has no window manager to maximise the window: size it to the screen."""
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().availableGeometry())


def smoke_on_initialized() -> None:
    """QGIS has finished starting: let it settle, then inspect."""
    smoke_report["initialization_completed"] = True
    smoke_guard(smoke_fill_screen)
    QTimer.singleShot(SETTLE_MS, smoke_inspect)


qgis.utils.iface.initializationCompleted.connect(smoke_on_initialized)
QTimer.singleShot(NO_INIT_FALLBACK_MS, smoke_inspect)
