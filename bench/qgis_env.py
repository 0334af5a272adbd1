"""QGIS started headless for the benchmarks, and a stand-in for the desktop's ``iface``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no display needed

from osgeo import gdal  # noqa: E402
from qgis.core import QgsApplication  # noqa: E402
from qgis.gui import QgsMapCanvas, QgsMessageBar  # noqa: E402
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar  # noqa: E402

_APP: Optional[QgsApplication] = None


def start_qgis() -> QgsApplication:
    """QGIS with its GUI classes (the dock and the plugin's toolbar are widgets), once per process."""
    global _APP
    if _APP is None:
        _APP = QgsApplication.instance()  # QGIS or pytest-qgis may have started it already
        if _APP is None:
            _APP = QgsApplication([], True)
            _APP.initQgis()
            # GDAL prints a warning on every open of QGIS's world map (a date in a metadata table).
            gdal.PushErrorHandler("CPLQuietErrorHandler")
        # QGIS puts its own Python plugins (Processing) on the path when it starts; a script must.
        processing_path = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
        if processing_path not in sys.path:
            sys.path.append(processing_path)
    return _APP


class BenchIface:
    """The parts of QGIS's ``iface`` the plugin uses, on a real (offscreen) main window."""

    def __init__(self) -> None:
        self._window = QMainWindow()
        help_menu = self._window.menuBar().addMenu("Help")
        self._plugin_help = QMenu("Plugins", help_menu)
        help_menu.addMenu(self._plugin_help)
        self._canvas = QgsMapCanvas(self._window)
        self._bar = QgsMessageBar(self._window)
        self.options_factories = []  # what Settings ▸ Options would list

    def mainWindow(self) -> QMainWindow:  # noqa: N802 (QGIS API)
        return self._window

    def mapCanvas(self) -> QgsMapCanvas:  # noqa: N802
        return self._canvas

    def messageBar(self) -> QgsMessageBar:  # noqa: N802
        return self._bar

    def pluginHelpMenu(self) -> QMenu:  # noqa: N802
        return self._plugin_help

    def addToolBar(self, name: str) -> QToolBar:  # noqa: N802
        return self._window.addToolBar(name)

    def addDockWidget(self, area, dock) -> None:  # noqa: N802
        self._window.addDockWidget(area, dock)

    def removeDockWidget(self, dock) -> None:  # noqa: N802
        self._window.removeDockWidget(dock)

    def registerOptionsWidgetFactory(self, factory) -> None:  # noqa: N802 (the plugin's options page)
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory) -> None:  # noqa: N802
        self.options_factories.remove(factory)
