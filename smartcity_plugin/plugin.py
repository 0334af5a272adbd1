"""The plugin object QGIS talks to: menu, toolbar, help and the Processing provider."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QMenu, QToolBar

from smartcity_plugin.__about__ import PROVIDER_ID, __icon_relpath__, __title__
from smartcity_plugin.plugin_actions import menu_actions
from smartcity_plugin.toolbelt.compat import QAction
from smartcity_plugin.toolbelt.i18n import install_translator, remove_translator, tr
from smartcity_plugin.toolbelt.log import log
from smartcity_plugin.toolbelt.paths import plugin_root, resources_path

MENU_OBJECT_NAME = "SmartCityCooperationMenu"
TOOLBAR_OBJECT_NAME = "SmartCityCooperationToolbar"


class SmartCityPlugin:
    """Entry object created by :func:`smartcity_plugin.classFactory`."""

    def __init__(self, iface) -> None:
        # Only what QGIS needs before initGui/initProcessing: widgets come later.
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.menu: Optional[QMenu] = None
        self.toolbar: Optional[QToolBar] = None
        self.actions: list[QAction] = []
        self.help_action: Optional[QAction] = None
        self.dock = None  # built on first use, not at plugin load
        self.dock_action: Optional[QAction] = None
        self.export_dialog = None
        self.import_dialog = None
        self.fetch_dialog = None
        self.iati_refresh = None
        self.registry_watch = None
        self.options_factory = None  # the page in Settings ▸ Options
        self.selection_store = None  # the planner's selection, made with the dock or the export dialog

    # Processing ---------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 (QGIS API)
        """Register the ``smartcity`` provider (also called by qgis_process)."""
        from smartcity_plugin.processing.provider import SmartCityProvider

        if self.provider is None:
            provider = SmartCityProvider()
            # On failure (another provider with our id) the registry deletes ``provider``.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider
            else:
                log(tr("The Processing provider 'smartcity' could not be registered."),
                    Qgis.MessageLevel.Critical)

    # GUI ----------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 (QGIS API)
        """Add the menu, the toolbar and the help entry."""
        self.initProcessing()
        self._remove_stale_files()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("Smart City Cooperation"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        menu_bar = main_window.menuBar()
        existing = menu_bar.actions()
        if existing:  # QGIS keeps Help last: put ours before it
            menu_bar.insertMenu(existing[-1], self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(tr("Smart City Cooperation"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        for spec in menu_actions():
            if spec is None:
                self.menu.addSeparator()
                continue
            icon = QgsApplication.getThemeIcon(spec.icon) if spec.icon else self.plugin_icon()
            action = self._add_action(spec.object_name, spec.text, getattr(self, spec.slot), spec.tip, icon,
                                      toolbar=spec.toolbar)
            action.setCheckable(spec.checkable)
            if spec.slot == "toggle_dock":
                self.dock_action = action
        QgsProject.instance().layersAdded.connect(self._layers_added)
        self._layers_added(QgsProject.instance().mapLayers().values())
        self.help_action = QAction(self.plugin_icon(), __title__, main_window)
        self.help_action.setObjectName("SmartCityPluginHelpMenuAction")
        self.help_action.triggered.connect(self.open_help)
        self.iface.pluginHelpMenu().addAction(self.help_action)
        from smartcity_plugin.plugin_options import SmartCityOptionsFactory

        self.options_factory = SmartCityOptionsFactory(self.plugin_icon())
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def plugin_icon(self) -> QIcon:
        """The plugin's SVG icon."""
        return QIcon(str(plugin_root() / __icon_relpath__))

    def _add_action(
        self,
        object_name: str,
        text: str,
        callback: Callable[[], None],
        tip: str,
        icon: QIcon,
        toolbar: bool = False,
    ) -> QAction:
        action = QAction(icon, text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(callback)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    # Slots --------------------------------------------------------------------
    def add_layers(self) -> None:
        """Add (or complete) the styled cooperation layer group."""
        from smartcity_plugin.gui.add_layers import add_layers_to_map

        add_layers_to_map(self.iface)

    def toggle_dock(self, checked: bool) -> None:
        """Show or hide the dock, building it the first time."""
        if self.dock is None:
            if not checked:
                return
            from smartcity_plugin.gui.dock import CooperationDock
            from smartcity_plugin.io.errors import DataUnavailableError

            try:
                self.dock = CooperationDock(self.iface, self.iface.mainWindow(), store=self._selection_store())
            except DataUnavailableError as error:
                self.dock_action.setChecked(False)
                log(str(error), Qgis.MessageLevel.Critical, push=True, iface=self.iface)
                return
            self.dock.export_requested.connect(self.open_export_dialog)
            self.dock.fetch_requested.connect(self.open_fetch_dialog)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.setToggleVisibilityAction(self.dock_action)
        self.dock.setUserVisible(checked)

    def open_export_dialog(self) -> None:
        """Open the export dialog (modeless: the map stays usable)."""
        from smartcity_plugin.gui.export_dialog import ExportDialog

        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self.iface, self.iface.mainWindow(), selection=self.current_selection)
        self.export_dialog.show()
        self.export_dialog.raise_()

    def _selection_store(self):
        """The one holder of the planner's selection (made on first use: it reads the open project's)."""
        if self.selection_store is None:
            from smartcity_plugin.layers.selection_store import SelectionStore

            self.selection_store = SelectionStore()
        return self.selection_store

    def current_selection(self):
        """The selection the dock shows (the open project's when the dock was never opened)."""
        return self._selection_store().selection

    def open_filter_algorithm(self) -> None:
        """Open the Processing dialog of ``smartcity:filterprojects``, filled in with the dock's selection."""
        from qgis import processing  # late import: pulls in the Processing GUI

        from smartcity_plugin.processing.filter_defaults import dialog_values

        algorithm_id = f"{PROVIDER_ID}:filterprojects"
        processing.execAlgorithmDialog(algorithm_id, dialog_values(algorithm_id, self.current_selection()))

    def open_import_dialog(self) -> None:
        """Open the import dialog (modeless; the import runs as a background task)."""
        from smartcity_plugin.gui.import_dialog import ImportDialog

        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.iface, self.iface.mainWindow())
            self.import_dialog.data_source_chosen.connect(lambda path: self.use_data_source(Path(path)))
            self.import_dialog.registry_changed.connect(self.reload_registry)
        self.import_dialog.show()
        self.import_dialog.raise_()

    def open_fetch_dialog(self) -> None:
        """Open the dialog that fetches current IATI activities (modeless; the fetch runs as a background task)."""
        from smartcity_plugin.gui.fetch_dialog import FetchDialog

        if self.fetch_dialog is None:
            self.fetch_dialog = FetchDialog(self.iface, self.iface.mainWindow())
            self.fetch_dialog.data_source_chosen.connect(lambda path: self.use_data_source(Path(path)))
            self.fetch_dialog.registry_changed.connect(self.reload_registry)
        self.fetch_dialog.show()
        self.fetch_dialog.raise_()

    def refresh_from_iati(self) -> None:
        """Run again the IATI fetches the project keeps, one after another, in the background."""
        from smartcity_plugin.gui.iati_refresh import IatiRefresh

        if self.iati_refresh is not None and self.iati_refresh.running is not None:
            log(tr("A refresh from IATI is already running."), Qgis.MessageLevel.Info, push=True, iface=self.iface)
            return
        self.iati_refresh = IatiRefresh(self.iface, self.reload_registry, self._refresh_dock)
        self.iati_refresh.start()

    def open_check_algorithm(self) -> None:
        """Run ``smartcity:checkprojects`` from its dialog; the number of problems goes to the message bar."""
        from smartcity_plugin.gui.import_task import run_check_dialog

        run_check_dialog(self.iface)

    def choose_geopackage(self) -> None:
        """Pick a GeoPackage made by an import and show it."""
        from smartcity_plugin.gui.import_datasource import ask_for_geopackage

        if (path := ask_for_geopackage(self.iface.mainWindow())) is not None:
            self.use_data_source(path)

    def use_bundled_data(self) -> None:
        """Show the bundled data again."""
        self.use_data_source(None)

    def update_catalogue(self) -> None:
        """Download the catalogue; the plugin shows it unless the planner's own data is shown."""
        from smartcity_plugin.gui.import_datasource import update_catalogue_from_settings

        update_catalogue_from_settings(self.iface)  # the dock follows the switch by itself

    def _layers_added(self, layers) -> None:
        """Team-registry layers get their edit guard (loaded only once PostgreSQL layers appear)."""
        layers = list(layers)
        if self.registry_watch is None:
            if not any(layer.providerType() == "postgres" for layer in layers if hasattr(layer, "providerType")):
                return
            from smartcity_plugin.gui.registry_watch import RegistryWatch

            self.registry_watch = RegistryWatch(self.iface)  # takes every layer of the project
            return
        self.registry_watch.layers_added(layers)

    def reload_registry(self) -> None:
        """An import changed the team registry: open its layers again, rebuild the dock's choices."""
        from smartcity_plugin.gui.import_datasource import refresh_group

        refresh_group()
        self._refresh_dock()

    def choose_registry(self) -> None:
        """Pick a saved PostgreSQL connection and show its team registry."""
        from smartcity_plugin.gui.registry_source import ask_for_connection, use_registry

        if (name := ask_for_connection(self.iface)) is not None:
            use_registry(self.iface, name)  # the layer group and the dock follow

    def open_publish_algorithm(self) -> None:
        """Open the Processing dialog of ``smartcity:publishregistry`` (runs in the background)."""
        from qgis import processing

        processing.execAlgorithmDialog(f"{PROVIDER_ID}:publishregistry")

    def open_upgrade_algorithm(self) -> None:
        """Open the Processing dialog of ``smartcity:upgraderegistry`` (runs in the background)."""
        from qgis import processing

        processing.execAlgorithmDialog(f"{PROVIDER_ID}:upgraderegistry")

    def use_data_source(self, path: Optional[Path]) -> None:
        """Switch the data the plugin shows (the layer group and the dock follow the source holder)."""
        from smartcity_plugin.gui.import_datasource import switch_data_source

        switch_data_source(self.iface, path)

    def _refresh_dock(self) -> None:
        """The data shown changed in place (an import, a refresh): the dock reads its choices and totals again."""
        if self.dock is not None:
            self.dock.follow_source()

    def _remove_dock(self) -> None:
        self.dock.disconnect_project()
        self.iface.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.dock = None

    def open_help(self) -> None:
        """Open the bundled help page (works offline)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(resources_path("help", "index.html"))))

    # Unload -------------------------------------------------------------------
    def _remove_stale_files(self) -> None:
        """What a killed QGIS left half-written in the plugin's folders goes (never a file in use)."""
        from smartcity_plugin.io.stale_files import remove_stale_files
        from smartcity_plugin.layers.data_sources import catalogue_folder, source_holder
        from smartcity_plugin.toolbelt.read_only import copies_folder
        from smartcity_plugin.toolbelt.settings import get_setting

        # downloaded catalogues, the data shown, the copies of shipped files QGIS 3.22 reads
        folders = [catalogue_folder(), source_holder().geopackage().parent,
                   *(folder for folder in copies_folder().glob("*") if folder.is_dir())]
        for key in ("export_folder", "import_geopackage"):  # the fetch dialog shares the last
            value = get_setting(key)
            if value:
                folders.append(Path(value) if key == "export_folder" else Path(value).parent)
        for path in remove_stale_files(folders):
            log(tr("Removed {}, left half-written when QGIS stopped during an import or export.").format(path))

    def unload(self) -> None:
        """Remove everything the plugin added to QGIS."""
        if self.dock is not None:
            self._remove_dock()
        self.dock_action = None
        if self.menu is not None:  # initGui ran
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
        if self.registry_watch is not None:
            self.registry_watch.stop()
            self.registry_watch = None
        if self.import_dialog is not None:
            self.import_dialog.stop()
            self.import_dialog.close()
            self.import_dialog.deleteLater()
            self.import_dialog = None
        if self.iati_refresh is not None:
            self.iati_refresh.stop()
            self.iati_refresh = None
        if self.fetch_dialog is not None:
            self.fetch_dialog.stop()
            self.fetch_dialog.close()
            self.fetch_dialog.deleteLater()
            self.fetch_dialog = None
        datasource = sys.modules.get("smartcity_plugin.gui.import_datasource")  # loaded only when used
        if datasource is not None:
            datasource.cancel_catalogue_updates()
        if self.export_dialog is not None:
            self.export_dialog.close()
            self.export_dialog.deleteLater()
            self.export_dialog = None
        if self.selection_store is not None:  # after the dock, which listens to it
            self.selection_store.stop()
            self.selection_store = None
        for action in self.actions:
            action.triggered.disconnect()
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.help_action is not None:
            self.help_action.triggered.disconnect()
            self.iface.pluginHelpMenu().removeAction(self.help_action)
            self.help_action.deleteLater()
            self.help_action = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
        kept = sys.modules.get("smartcity_plugin.layers.row_groups")  # the dock's groups and rows' copies
        if kept is not None:
            kept.forget()
