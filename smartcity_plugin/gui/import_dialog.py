"""Import projects from an IATI or CSV file into the planner's GeoPackage, as a background task."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import Qgis
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from smartcity_plugin.gui import import_results
from smartcity_plugin.gui.import_mapping import ImportMappingDialog, mapping_text
from smartcity_plugin.gui.import_task import AlgorithmTask
from smartcity_plugin.gui.widgets import inline_row, run_buttons
from smartcity_plugin.io.csv_source import parse_mapping
from smartcity_plugin.layers.sources import active_data_path
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log
from smartcity_plugin.toolbelt.paths import bundled_data_path
from smartcity_plugin.toolbelt.settings import get_setting, set_setting, setting_key

LAST_TARGET_KEY = setting_key("import_geopackage")


def default_target() -> Path:
    """The active GeoPackage when it is the planner's, else the last one used, else one in the home folder."""
    active = active_data_path()
    if active != bundled_data_path():
        return active
    return Path(get_setting("import_geopackage") or Path.home() / "smartcity_projects.gpkg")


class ImportDialog(QDialog):
    """Choose the file, the GeoPackage and what to do with unplaced projects; run and report."""

    data_source_chosen = pyqtSignal(str)  # the GeoPackage to show, after a successful import
    registry_changed = pyqtSignal()  # projects were imported into the team registry

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("SmartCityImportDialog")
        self.setWindowTitle(tr("Import projects"))
        self.iface = iface
        self.running: Optional[AlgorithmTask] = None
        self.source = QgsFileWidget()
        self.source.setObjectName("SmartCityImportSource")
        self.source.setFilter(tr("IATI XML or CSV (*.xml *.csv *.txt *.tsv);;All files (*)"))
        self.target = QgsFileWidget()
        self.target.setObjectName("SmartCityImportTarget")
        self.target.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.target.setFilter(tr("GeoPackage (*.gpkg)"))
        self.target.setFilePath(str(default_target()))
        self.unlocated = QComboBox()
        self.unlocated.addItem(tr("Place them at their recipient country (precision 6)"), 0)
        self.unlocated.addItem(tr("Keep them without geometry"), 1)
        self.mapping = QLineEdit()
        self.mapping.setObjectName("SmartCityImportMapping")
        self.mapping.setPlaceholderText(tr("CSV only: field=column; … (recognised columns need none)"))
        self.columns_button = QPushButton(tr("Columns…"))
        self.into_registry = QCheckBox()
        self.into_registry.setObjectName("SmartCityImportIntoRegistry")
        self.into_registry.toggled.connect(self._target_changed)
        self.use_it = QCheckBox(tr("Show this GeoPackage in the plugin afterwards"))
        self.use_it.setChecked(True)
        self.add_problems = QCheckBox(tr("Add the problems found to the map"))
        self.add_problems.setChecked(True)
        self.buttons, self.import_button, self.cancel_button = run_buttons(tr("Import"), tr("Cancel import"))
        self._lay_out()
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        self.columns_button.clicked.connect(self.edit_columns)
        self.source.fileChanged.connect(self._source_changed)
        self._source_changed()

    def _lay_out(self) -> None:
        mapping_row = inline_row(self.mapping, self.columns_button)
        form = QFormLayout(self)
        form.addRow(tr("IATI or CSV file"), self.source)
        form.addRow(self.into_registry)
        form.addRow(tr("Into GeoPackage"), self.target)
        form.addRow(tr("Without coordinates"), self.unlocated)
        form.addRow(tr("CSV columns"), mapping_row)
        form.addRow(self.use_it)
        form.addRow(self.add_problems)
        form.addRow(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Offer the team registry as the target whenever it is the plugin's data."""
        self.offer_registry()
        super().showEvent(event)

    def offer_registry(self) -> None:
        """Show the registry choice (checked) when the registry is shown, hide it otherwise."""
        import_results.offer_registry(self)

    def registry_target(self) -> str:
        """The registry's connection when the import goes there, else ''."""
        return import_results.registry_target(self)

    def _target_changed(self) -> None:
        import_results.target_changed(self)

    def is_csv(self) -> bool:
        """True when the chosen file is read as a table (anything but .xml)."""
        return Path(self.source.filePath()).suffix.lower() != ".xml"

    def _source_changed(self) -> None:
        csv = bool(self.source.filePath()) and self.is_csv()
        self.mapping.setEnabled(csv)
        self.columns_button.setEnabled(csv)

    def edit_columns(self) -> None:
        """Open the column form for the chosen CSV file."""
        try:
            current = parse_mapping(self.mapping.text())
        except ValueError:
            current = {}
        dialog = ImportMappingDialog(Path(self.source.filePath()), current, parent=self)
        if dialog.exec():
            self.mapping.setText(mapping_text(dialog.mapping()))

    def parameters(self) -> tuple[str, dict]:
        """(algorithm, parameters) for the choices made."""
        parameters = {
            "INPUT": self.source.filePath(),
            "UNLOCATED": self.unlocated.currentData(),
            "PROBLEMS": import_results.problems_output(self.add_problems.isChecked()),
        }
        if self.registry_target():
            parameters["REGISTRY"] = self.registry_target()
        else:
            parameters["GEOPACKAGE"] = self.target.filePath()
        if self.is_csv():
            parameters["MAPPING"] = self.mapping.text()
            return "importcsv", parameters
        return "importiati", parameters

    def start(self) -> None:
        """Check the choices, then run the import in the background."""
        if not self.source.filePath() or not (self.target.filePath() or self.registry_target()):
            log(tr("Choose a file to import and a GeoPackage to import into."), Qgis.MessageLevel.Warning, push=True,
                iface=self.iface)
            return
        if self.is_csv():
            try:
                parse_mapping(self.mapping.text())
            except ValueError as error:
                log(tr("Mapping: {}").format(error), Qgis.MessageLevel.Warning, push=True, iface=self.iface)
                return
        if not self.registry_target():
            set_setting("import_geopackage", self.target.filePath())
        algorithm, parameters = self.parameters()
        self.running = AlgorithmTask(algorithm, parameters, self.finished)
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.running.start()

    def cancel(self) -> None:
        """Stop the import; the GeoPackage stays as it was."""
        if self.running is not None:
            self.running.cancel()

    def stop(self) -> None:
        """Cancel a running import for good (the plugin unloads): nothing reports back to this dialog."""
        if self.running is not None:
            self.running.stop()
            self.running = None

    def finished(self, ok: bool, results: dict, context, feedback) -> None:
        """Report in the message bar, add the problems layer, switch the data source when asked."""
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.running = None
        if not ok:
            reason = feedback.errors[-1] if feedback.errors else tr("the import was cancelled or failed.")
            log(reason, Qgis.MessageLevel.Critical, push=True, title=tr("Import"), iface=self.iface)
            return
        level = Qgis.MessageLevel.Warning if results.get("PROBLEM_COUNT") else Qgis.MessageLevel.Success
        log(results.get("REPORT", ""), level, push=True, title=tr("Import"), iface=self.iface)
        import_results.open_results(self, results, context, Path(self.source.filePath()).name)
