"""Runs inside the real QGIS desktop (``qgis --code``): a planner on the team registry while a colleague saves.

Bob (this desktop) switches the plugin to the registry, adds the layers, opens the dock, starts
editing and changes a project's title. Then it writes ``SMARTCITY_REGISTRY_READY`` and waits for
``SMARTCITY_REGISTRY_GO`` (the test makes Alice save from another QGIS meanwhile). Then it clicks
the dock's "Reload data", presses QGIS's own "Save Layer Edits", records what the dock and the
message bar say, takes a screenshot and quits. Every step is guarded: a failure lands in the
report's "errors" and QGIS still quits.
"""

from __future__ import annotations

import json
import os
import traceback
from pathlib import Path
from typing import Any, Callable

import qgis.utils
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProject, QgsProviderRegistry, QgsSettings
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QPushButton, QWidget

registry_report: dict[str, Any] = {"errors": [], "initialization_completed": False}
registry_state = {"started": False, "waited_ms": 0}
REGISTRY_TASK = json.loads(os.environ["SMARTCITY_REGISTRY_TASK"])
POLL_MS = 200
WAIT_LIMIT_MS = 90_000


def registry_guard(step: Callable[[], Any]) -> Any:
    """Run ``step``; on an exception record its traceback and return None."""
    try:
        return step()
    except Exception:  # noqa: BLE001 - the report must be written whatever happens
        registry_report["errors"].append(traceback.format_exc())
        return None


def registry_write_report() -> None:
    path = os.environ["SMARTCITY_SMOKE_REPORT"]
    with open(path + ".partial", "w", encoding="utf-8") as handle:
        json.dump(registry_report, handle, indent=2, sort_keys=True)
    os.replace(path + ".partial", path)


def registry_connect() -> None:
    """What a planner sets up once: an authentication configuration and a saved connection."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("smartcity-desktop-test", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("team registry (bob)")
    config.setConfig("username", REGISTRY_TASK["user"])
    config.setConfig("password", os.environ["SMARTCITY_TEST_PASSWORD"])
    stored, config = manager.storeAuthenticationConfig(config)
    registry_report["authcfg_stored"] = stored
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = (f"dbname='{REGISTRY_TASK['database']}' host={REGISTRY_TASK['host']} port={REGISTRY_TASK['port']} "
           f"sslmode=disable authcfg={config.id()}")
    metadata.saveConnection(metadata.createConnection(uri, {}), "team registry")


def registry_use() -> None:
    """The plugin's own way in: choose the registry, add the layers, open the dock."""
    from smartcity_plugin.gui.registry_source import use_registry  # the installed plugin

    iface = qgis.utils.iface
    registry_report["use_registry"] = use_registry(iface, "team registry")
    window = iface.mainWindow()
    window.findChild(QAction, "SmartCityAddLayersAction").trigger()
    window.findChild(QAction, "SmartCityDockAction").trigger()
    dock = window.findChild(QWidget, "SmartCityCooperationDock")
    registry_report["summary_before"] = dock.summary.toPlainText()


def registry_projects_layer():
    group = QgsProject.instance().layerTreeRoot().findGroup("Smart City Cooperation")
    return next(node.layer() for node in group.findLayers() if node.layer().customProperty("smartcity_plugin/role")
                == "projects")


def registry_edit() -> None:
    """Toggle editing from QGIS's toolbar and change the title, as the attribute form would."""
    iface = qgis.utils.iface
    layer = registry_projects_layer()
    registry_report["projects_provider"] = layer.providerType()
    registry_report["projects_source_has_password"] = "password" in layer.source()
    iface.setActiveLayer(layer)
    iface.actionToggleEditing().trigger()
    registry_report["editing"] = layer.isEditable()
    fid = next(layer.getFeatures(f"\"project_id\" = '{REGISTRY_TASK['both_edit']}'")).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf("title"), "Bob's title")


def registry_wait() -> None:
    """Wait for the colleague's save (the test writes the GO file), then go on."""
    if Path(os.environ["SMARTCITY_REGISTRY_GO"]).exists() or registry_state["waited_ms"] > WAIT_LIMIT_MS:
        registry_report["colleague_saved"] = Path(os.environ["SMARTCITY_REGISTRY_GO"]).exists()
        registry_guard(registry_after_colleague)
        return
    registry_state["waited_ms"] += POLL_MS
    QTimer.singleShot(POLL_MS, registry_wait)


def registry_after_colleague() -> None:
    iface = qgis.utils.iface
    window = iface.mainWindow()
    dock = window.findChild(QWidget, "SmartCityCooperationDock")
    window.findChild(QPushButton, "SmartCityDockReload").click()
    registry_report["summary_after_reload"] = dock.summary.toPlainText()
    layer = registry_projects_layer()
    iface.setActiveLayer(layer)
    iface.actionSaveActiveLayerEdits().trigger()  # QGIS's own "Save Layer Edits"
    QApplication.processEvents()
    registry_report["still_modified"] = layer.isModified()
    fid = next(layer.getFeatures(f"\"project_id\" = '{REGISTRY_TASK['both_edit']}'")).id()
    registry_report["title_in_session"] = layer.getFeature(fid)["title"]
    registry_report["message_bar"] = [
        " ".join(filter(None, (item.title(), item.text()))) for item in iface.messageBar().items()]
    QApplication.processEvents()
    pixmap = QApplication.primaryScreen().grabWindow(0)
    registry_report["screenshot_saved"] = pixmap.save(os.environ["SMARTCITY_SMOKE_SCREENSHOT"], "PNG")
    layer.rollBack()
    registry_write_report()
    registry_quit()


def registry_quit() -> None:
    QTimer.singleShot(20_000, lambda: QgsApplication.exit(3))
    QgsProject.instance().clear()
    QgsProject.instance().setDirty(False)
    QgsSettings().remove("smartcity_plugin/registry_connection")
    qgis.utils.iface.actionExit().trigger()


def registry_start() -> None:
    if registry_state["started"]:
        return
    registry_state["started"] = True
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().availableGeometry())
    for step in (registry_connect, registry_use, registry_edit):
        if registry_guard(step) is None and registry_report["errors"]:
            registry_write_report()
            registry_quit()
            return
    registry_write_report()
    Path(os.environ["SMARTCITY_REGISTRY_READY"]).write_text("ready", encoding="utf-8")
    QTimer.singleShot(POLL_MS, registry_wait)


def registry_initialized() -> None:
    registry_report["initialization_completed"] = True
    QTimer.singleShot(800, registry_start)


qgis.utils.iface.initializationCompleted.connect(registry_initialized)
QTimer.singleShot(60_000, registry_start)
