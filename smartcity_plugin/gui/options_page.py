"""The plugin's page in Settings ▸ Options: the settings a planner may type, written on OK."""

from __future__ import annotations

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget
from qgis.PyQt.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit

from smartcity_plugin.layers.data_sources import BUNDLED, REGISTRY, source_holder
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.settings import read_settings, save_settings

OBJECT_NAME = "SmartCityOptionsPage"


class SmartCityOptionsPage(QgsOptionsPageWidget):
    """Catalogue address, plain-http consent and export folder; the data shown is chosen from the menu."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        settings = read_settings()
        layout = QFormLayout(self)
        self.catalogue_url = QLineEdit(settings.catalogue_url)
        self.catalogue_url.setPlaceholderText("https://…/cooperation.gpkg")
        self.allow_http = QCheckBox(tr("Accept a plain-http catalogue address (a private network only)"))
        self.allow_http.setChecked(settings.catalogue_allow_http)
        self.export_folder = QgsFileWidget()
        self.export_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.export_folder.setFilePath(settings.export_folder)
        layout.addRow(tr("Catalogue address"), self.catalogue_url)
        layout.addRow("", self.allow_http)
        layout.addRow(tr("Export folder"), self.export_folder)
        source = source_holder().current()
        shown = (tr("the team registry ({})").format(source.connection) if source.kind == REGISTRY
                 else tr("the bundled data") if source.kind == BUNDLED else str(source.path))
        self.data_shown = QLabel(tr("Data shown: {} (change it in the Smart City Cooperation menu)").format(shown))
        self.data_shown.setWordWrap(True)
        layout.addRow(self.data_shown)

    def apply(self) -> None:  # noqa: D102 (QGIS calls it on OK)
        settings = read_settings()
        settings.catalogue_url = self.catalogue_url.text().strip()
        settings.catalogue_allow_http = self.allow_http.isChecked()
        settings.export_folder = self.export_folder.filePath().strip()
        save_settings(settings)
