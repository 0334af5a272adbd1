"""Fetch current IATI activities from d-portal or the IATI Datastore, as a background task."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsAuthConfigSelect, QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.sectors import TAGGING_TAXONOMY
from smartcity_plugin.gui import import_results
from smartcity_plugin.gui.import_dialog import default_target
from smartcity_plugin.gui.import_task import AlgorithmTask
from smartcity_plugin.gui.widgets import CheckCombo, any_year_box, inline_row, run_buttons
from smartcity_plugin.io.iati_query import (
    ASEAN_MEMBERS,
    DATASTORE,
    DEFAULT_URLS,
    KNOWN_REPORTERS,
    SERVICE_NAMES,
    split_codes,
)
from smartcity_plugin.layers.project_state import save_fetch
from smartcity_plugin.layers.sources import sector_catalogue
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log
from smartcity_plugin.toolbelt.settings import set_setting

FIRST_YEAR, LAST_YEAR = 1990, 2040


class FetchDialog(QDialog):
    """Choose the service, the filters and the data to update; fetch in the background and report."""

    data_source_chosen = pyqtSignal(str)  # the GeoPackage to show, after a successful fetch
    registry_changed = pyqtSignal()  # activities were fetched into the team registry

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("SmartCityFetchDialog")
        self.setWindowTitle(tr("Fetch IATI activities"))
        self.iface = iface
        self.running: Optional[AlgorithmTask] = None
        self.service = QComboBox()
        self.service.setObjectName("SmartCityFetchService")
        for index, name in enumerate(SERVICE_NAMES):
            self.service.addItem(name, index)
        self.url = QLineEdit()
        self.url.setObjectName("SmartCityFetchUrl")
        self.auth = QgsAuthConfigSelect(self)
        self.auth.setObjectName("SmartCityFetchAuth")
        self.countries = CheckCombo()
        self.countries.setObjectName("SmartCityFetchCountries")
        self.countries.set_choices([(code, f"{COUNTRY_NAMES.get(code, code)} ({code})") for code in ASEAN_MEMBERS],
                                   ASEAN_MEMBERS)
        self.other_countries = QLineEdit()
        self.other_countries.setPlaceholderText(tr("other ISO codes, e.g. KR, JP"))
        self.reporters = CheckCombo()
        self.reporters.setObjectName("SmartCityFetchReporters")
        self.reporters.set_choices([(ref, f"{name} ({ref})") for ref, name in KNOWN_REPORTERS])
        self.other_reporters = QLineEdit()
        self.other_reporters.setPlaceholderText(tr("other IATI organisation identifiers"))
        catalogue = sector_catalogue()
        self.sectors = CheckCombo()
        self.sectors.setObjectName("SmartCityFetchSectors")
        self.sectors.set_choices([(s.code, catalogue.label(s.code)) for s in catalogue.in_taxonomy(TAGGING_TAXONOMY)
                                  if not s.parent_code])
        self.dac_codes = QLineEdit()
        self.dac_codes.setPlaceholderText(tr("or 5-digit DAC codes, e.g. 14020"))
        self.year_from, self.year_to = any_year_box(FIRST_YEAR, LAST_YEAR), any_year_box(FIRST_YEAR, LAST_YEAR)
        self.into_registry = QCheckBox()
        self.into_registry.setObjectName("SmartCityFetchIntoRegistry")
        self.target = QgsFileWidget()
        self.target.setObjectName("SmartCityFetchTarget")
        self.target.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.target.setFilter(tr("GeoPackage (*.gpkg)"))
        self.target.setFilePath(str(default_target()))
        self.unlocated = QComboBox()
        self.unlocated.addItem(tr("Place them at their recipient country (precision 6)"), 0)
        self.unlocated.addItem(tr("Keep them without geometry"), 1)
        self.use_it = QCheckBox(tr("Show this GeoPackage in the plugin afterwards"))
        self.use_it.setChecked(True)
        self.add_problems = QCheckBox(tr("Add the problems found to the map"))
        self.add_problems.setObjectName("SmartCityFetchAddProblems")
        self.add_problems.setChecked(True)
        self.buttons, self.fetch_button, self.cancel_button = run_buttons(tr("Fetch"), tr("Cancel fetch"))
        self.fetch_button.setObjectName("SmartCityFetchButton")
        self._lay_out()
        self.service.currentIndexChanged.connect(self._service_changed)
        self.into_registry.toggled.connect(self._target_changed)
        self.fetch_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        self._service_changed()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(tr("Service"), self.service)
        form.addRow(tr("Address"), self.url)
        form.addRow(tr("Key (IATI Datastore)"), self.auth)
        form.addRow(tr("Recipient countries"), inline_row(self.countries, self.other_countries))
        form.addRow(tr("Reporting organisations"), inline_row(self.reporters, self.other_reporters))
        form.addRow(tr("Sectors"), inline_row(self.sectors, self.dac_codes))
        form.addRow(tr("Running between the years"), inline_row(self.year_from, self.year_to))
        form.addRow(self.into_registry)
        form.addRow(tr("Into GeoPackage"), self.target)
        form.addRow(tr("Without coordinates"), self.unlocated)
        form.addRow(self.use_it)
        form.addRow(self.add_problems)
        form.addRow(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Offer the team registry as the target whenever it is the plugin's data."""
        import_results.offer_registry(self)
        super().showEvent(event)

    def _service_changed(self) -> None:
        datastore = self.service.currentData() == DATASTORE
        self.auth.setEnabled(datastore)
        self.url.setPlaceholderText(DEFAULT_URLS[self.service.currentData()])

    def _target_changed(self) -> None:
        import_results.target_changed(self)

    def registry_target(self) -> str:
        """The registry's connection when the fetch goes there, else ''."""
        return import_results.registry_target(self)

    def parameters(self) -> dict:
        """The smartcity:fetchiati parameters for the choices made."""
        countries = self.countries.codes() + split_codes(self.other_countries.text())
        reporters = self.reporters.codes() + split_codes(self.other_reporters.text())
        sectors = self.sectors.codes() + split_codes(self.dac_codes.text())
        parameters = {
            "SERVICE": self.service.currentData(), "URL": self.url.text().strip(),
            "AUTHCFG": self.auth.configId() if self.service.currentData() == DATASTORE else "",
            "COUNTRIES": ",".join(dict.fromkeys(countries)), "REPORTING_ORGS": ",".join(dict.fromkeys(reporters)),
            "SECTORS": ",".join(dict.fromkeys(sectors)), "UNLOCATED": self.unlocated.currentData(),
            "PROBLEMS": import_results.problems_output(self.add_problems.isChecked()),
        }
        for name, box in (("YEAR_FROM", self.year_from), ("YEAR_TO", self.year_to)):
            if box.value() >= FIRST_YEAR:
                parameters[name] = box.value()
        if self.registry_target():
            parameters["REGISTRY"] = self.registry_target()
        else:
            parameters["GEOPACKAGE"] = self.target.filePath()
        return parameters

    def start(self) -> None:
        """Check the choices, then fetch in the background."""
        if not (self.target.filePath() or self.registry_target()):
            log(tr("Choose a GeoPackage to fetch into."), Qgis.MessageLevel.Warning, push=True, iface=self.iface)
            return
        if self.service.currentData() == DATASTORE and not self.auth.configId():
            log(tr("The IATI Datastore needs a subscription key: choose the authentication configuration that holds "
                   "it, or use d-portal, which needs none."), Qgis.MessageLevel.Warning, push=True, iface=self.iface)
            return
        if not self.registry_target():
            set_setting("import_geopackage", self.target.filePath())
        self.run(self.parameters())

    def run(self, parameters: dict) -> None:
        """Run smartcity:fetchiati with ``parameters`` in a QgsTask (progress and cancel in QGIS's task bar)."""
        self.running = AlgorithmTask("fetchiati", parameters, lambda ok, results, context, feedback: self.finished(
            ok, results, feedback, parameters, context))
        self.fetch_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.running.start()

    def cancel(self) -> None:
        """Stop after the page being fetched; the data stays as it was."""
        if self.running is not None:
            self.running.cancel()

    def stop(self) -> None:
        """Cancel a running fetch for good (the plugin unloads)."""
        if self.running is not None:
            self.running.stop()
            self.running = None

    def finished(self, ok: bool, results: dict, feedback, parameters: dict, context=None) -> None:
        """Report in the message bar, keep the query in the project, add the problems layer, show the data."""
        self.fetch_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.running = None
        if not report_fetch(self.iface, ok, results, feedback):
            return
        save_fetch(QgsProject.instance(), parameters)
        import_results.open_results(self, results, context, SERVICE_NAMES[parameters["SERVICE"]])


def report_fetch(iface, ok: bool, results: dict, feedback) -> bool:
    """Say how a fetch went in the message bar and the log; True when it succeeded."""
    if not ok:
        reason = feedback.errors[-1] if feedback.errors else tr("the fetch was cancelled; the data was not changed.")
        log(reason, Qgis.MessageLevel.Critical, push=True, title=tr("Fetch IATI activities"), iface=iface)
        return False
    level = Qgis.MessageLevel.Warning if results.get("PROBLEM_COUNT") else Qgis.MessageLevel.Success
    log(results.get("REPORT", ""), level, push=True, title=tr("Fetch IATI activities"), iface=iface)
    return True
