"""QGIS fixtures: a faithful iface double and project layers with the real schema."""

from __future__ import annotations

import pytest
from pytest_qgis.mock_qgis_classes import MockMessageBar
from pytest_qgis.qgis_interface import QgisInterface
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar

from smartcity_plugin.toolbelt.compat import field_type


class DesktopLikeIface(QgisInterface):
    """pytest-qgis's iface, completed where QGIS's real one puts things in the main window.

    pytest-qgis 2.1.0 (the release for QGIS 3.22) has no pluginHelpMenu or dock handling
    and never attaches toolbars; these do what QgisApp does, so tests can inspect the
    real Qt objects the plugin leaves behind.
    """

    def __init__(self, canvas) -> None:
        super().__init__(canvas, MockMessageBar(), QMainWindow())
        self._help_menu = self._mainWindow.menuBar().addMenu("Help")
        self._plugin_help_menu = QMenu("Plugins", self._help_menu)
        self._help_menu.addMenu(self._plugin_help_menu)
        self._mainWindow.show()  # as in QGIS: docks and their toggle actions follow real visibility
        self.options_factories = []  # what Settings ▸ Options would list, as QgisApp keeps it

    def registerOptionsWidgetFactory(self, factory) -> None:  # noqa: N802
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory) -> None:  # noqa: N802
        self.options_factories.remove(factory)

    def pluginHelpMenu(self) -> QMenu:  # noqa: N802
        return self._plugin_help_menu

    def addToolBar(self, toolbar) -> QToolBar:  # noqa: N802
        created = super().addToolBar(toolbar)
        self._mainWindow.addToolBar(created)
        return created

    def addDockWidget(self, area, dock_widget) -> None:  # noqa: N802
        self._mainWindow.addDockWidget(area, dock_widget)

    def removeDockWidget(self, dock_widget) -> None:  # noqa: N802
        self._mainWindow.removeDockWidget(dock_widget)


# The Python wrapper of QgsProject.instance() through which pytest-qgis connected the project's
# legendLayersAdded at the start; kept to the end. Were it only referenced from a garbage cycle
# (a dock's project store), the collection below would free it and PyQt would drop that
# connection with it: pytest-qgis's own teardown then fails with "not connected".
_PROJECT_WRAPPER: list = []


@pytest.fixture(scope="session", autouse=True)
def canvas_draws_nothing(qgis_canvas):
    """The test canvas never renders in the background.

    QGIS 3.22's ``QgsProject.clear()`` frees the project's expression scope that a canvas
    render job still reads from its own thread; the desktop first stops the canvas, the
    tests clear projects in thirty places. With rendering on, a render started by an
    earlier processEvents() crashed a later teardown now and then (SIGSEGV in
    ``QgsExpressionContextScope::addVariable`` on the render thread). No test reads the
    canvas's image; the desktop smoke draws the real canvas.
    """
    qgis_canvas.setRenderFlag(False)  # for the whole session: turning it back on would draw at exit


@pytest.fixture(scope="session", autouse=True)
def collect_before_qgis_exits(qgis_app):
    """Free Python-held QGIS objects while QGIS still runs (its exit comes right after).

    A background task still running then would make QGIS's exit wait for it (a fetch
    from a stand-in that is gone can wait a long time): cancel it and say which it was.
    """
    from qgis.core import QgsProject

    _PROJECT_WRAPPER.append(QgsProject.instance())
    yield
    import gc
    import sys
    import time

    from qgis.core import QgsApplication

    manager = QgsApplication.taskManager()
    if manager.countActiveTasks():
        left = [task.description() for task in manager.activeTasks()]
        print(f"\nbackground tasks still running at the end of the tests, cancelled: {left}", file=sys.stderr)
        manager.cancelAll()
        deadline = time.monotonic() + 60
        while manager.countActiveTasks() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.05)
    # What deleteLater() scheduled goes first, as QGIS's event loop would have deleted it: collecting
    # the Python side of a widget still waiting for deletion left pytest-qgis unable to disconnect its
    # own slot from the project at exit (a TypeError at teardown after docks were unloaded).
    flush_deleted()
    gc.collect()


def flush_deleted() -> None:
    """Let Qt delete what deleteLater() scheduled, as the QGIS event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture()
def provider(qgis_processing):
    """The plugin started as qgis_process starts it: classFactory(None) and initProcessing()."""
    import smartcity_plugin

    plugin = smartcity_plugin.classFactory(None)
    plugin.initProcessing()
    yield plugin.provider
    plugin.unload()


@pytest.fixture()
def desktop_iface(qgis_canvas) -> DesktopLikeIface:
    """A fresh main window with QGIS's menu layout."""
    return DesktopLikeIface(qgis_canvas)


PROJECT_FIELDS = [
    ("project_id", field_type("String")), ("title", field_type("String")),
    ("donor_country", field_type("String")), ("agency", field_type("String")),
    ("recipient_country", field_type("String")), ("city_id", field_type("String")),
    ("city_ids", field_type("String")), ("sector_primary", field_type("String")),
    ("sectors", field_type("String")), ("status", field_type("String")),
    ("start_year", field_type("Int")), ("end_year", field_type("Int")),
    ("amount_usd", field_type("Double")),
]

# Rows chosen to probe the filter's edges: lists, open ends, NULLs, quotes and brackets.
PROJECT_ROWS = [
    ("p1", "Tam Ky smart city", "KR", "KOICA", "VN", "c_tamky", "c_tamky", "egov", "egov;water", "ongoing", 2021, 2025, 10_000_000.0, 108.47, 15.57),
    ("p2", "WiSE Ho Chi Minh City water pairing", "US", "State Department", "VN", "c_hcmc", "c_hcmc", "water", "water", "completed", 2020, 2024, None, 106.70, 10.78),
    ("p3", "Mekong data (phase 'II') [pilot]", "KR", "K-water", "KH;LA;TH;VN", "", "", "water", "water;security", "ongoing", 2019, None, None, 104.9, 11.5),
    ("p4", "Forest City", "CN", "Country Garden", "MY", "c_jb", "c_jb", "energy", "energy", "unknown", None, None, None, 103.59, 1.34),
    ("p5", "Waterfront smart lighting", "KR", "O'Neill & Partners (KR)", "VN", "c_hue", "c_hue", "energy", "energy;security", "completed", 2015, 2017, 14_800_000.0, 107.59, 16.46),
]


def make_projects_layer(rows=PROJECT_ROWS, crs: str = "EPSG:4326") -> QgsVectorLayer:
    """A memory layer with the projects schema and ``rows``."""
    layer = QgsVectorLayer(f"Point?crs={crs}", "projects", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(name, kind) for name, kind in PROJECT_FIELDS])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row[:-2]))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row[-2], row[-1])))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def write_geopackage(layer: QgsVectorLayer, path) -> QgsVectorLayer:
    """``layer`` written as the GeoPackage ``path`` by QGIS's own writer, opened again as an OGR layer."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    written = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert written.isValid() and written.featureCount() == layer.featureCount(), path
    return written


@pytest.fixture()
def projects_layer() -> QgsVectorLayer:
    """Five projects with the real schema."""
    return make_projects_layer()


@pytest.fixture()
def bundled_data():
    """The plugin on its bundled data, whatever an earlier test left chosen; restored afterwards."""
    from qgis.core import QgsSettings

    from smartcity_plugin.layers.sources import DATA_SOURCE_KEY, REGISTRY_KEY, forget_cached_tables

    settings = QgsSettings()
    before = {key: settings.value(key, None) for key in (DATA_SOURCE_KEY, REGISTRY_KEY)}
    for key in before:
        settings.remove(key)
    forget_cached_tables()
    yield
    for key, value in before.items():
        if value is not None:
            settings.setValue(key, value)
    forget_cached_tables()
