"""The dock's filter widgets: they read and write one :class:`ProjectFilter`."""

from __future__ import annotations

from typing import Optional

from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.filter_options import FilterOptions
from smartcity_plugin.core.sectors import TAXONOMIES, SectorCatalogue
from smartcity_plugin.gui.widgets import (
    CheckCombo,
    SearchableCheckList,
    WheelGuard,
    any_amount_box,
    any_year_box,
    guard_wheel,
)
from smartcity_plugin.toolbelt.i18n import tr


def taxonomy_labels() -> dict[str, str]:
    """Translated names of the sector taxonomies the planner can filter by."""
    return {
        "presentation": tr("Smart-city solution categories (ASEAN–Korea)"),
        "kearney": tr("Smart dimensions (Kearney)"),
        "ascn": tr("ASCN focus areas"),
    }


class FilterForm(QWidget):
    """Sector, donor, agency, country, city, status, years, amount and text criteria."""

    changed = pyqtSignal()

    def __init__(self, options: FilterOptions, sectors: SectorCatalogue, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.options = options
        self.catalogue = sectors
        self.taxonomy = QComboBox(self)
        for code, label in taxonomy_labels().items():
            if code in TAXONOMIES:
                self.taxonomy.addItem(label, code)
        self.sectors = CheckCombo(self)
        self.donors = CheckCombo(self)
        self.agencies = CheckCombo(self)
        self.countries = CheckCombo(self)
        self.cities = SearchableCheckList(tr("Search cities…"), self)
        self.statuses = CheckCombo(self)
        first, last = options.years
        self.year_from, self.year_to = any_year_box(first, last), any_year_box(first, last)
        self.amount_min, self.amount_max = any_amount_box(), any_amount_box()
        self.text = QgsFilterLineEdit(self)
        self.text.setPlaceholderText(tr("Words in the project title"))
        self.reset_button = QPushButton(tr("Reset"), self)
        self.sector_note = QLabel(self)  # what became of the chosen sectors when the list changed
        self.sector_note.setObjectName("SmartCityFilter_sector_note")
        self.sector_note.setWordWrap(True)
        self.sector_note.setVisible(False)  # shown only while it has something to say
        self._name_widgets()
        self._fill_choices()
        self._lay_out()
        self._connect()

    def _name_widgets(self) -> None:
        for name in ("taxonomy", "sectors", "donors", "agencies", "countries", "cities", "statuses",
                     "year_from", "year_to", "amount_min", "amount_max", "text", "reset_button"):
            getattr(self, name).setObjectName(f"SmartCityFilter_{name}")
        # Long choices (agency names, the chosen countries) must not widen the dock.
        for combo in (self.taxonomy, self.sectors, self.donors, self.agencies, self.countries, self.statuses):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.wheel_guard = WheelGuard(self)
        guard_wheel(self.wheel_guard, self.taxonomy, self.sectors, self.donors, self.agencies, self.countries,
                    self.statuses, self.year_from, self.year_to, self.amount_min, self.amount_max)

    def _fill_choices(self) -> None:
        self._fill_sectors()
        self.donors.set_choices((code, tr(label)) for code, label in self.options.donors)
        self.groups = self.options.agency_groups()
        self.agencies.set_choices((label, label) for label in self.groups.labels(self.options.agencies()))
        self.countries.set_choices((code, tr(label)) for code, label in self.options.countries)
        self.cities.set_choices(self.options.cities)
        self.statuses.set_choices((s, tr(s)) for s in self.options.statuses)

    def _fill_sectors(self, checked=()) -> None:
        taxonomy = self.taxonomy.currentData()
        choices = ((s.code, self.catalogue.label(s.code)) for s in self.catalogue.in_taxonomy(taxonomy))
        self.sectors.set_choices(choices, checked)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(tr("Sector list"), self.taxonomy)
        form.addRow(tr("Sectors"), self.sectors)
        form.addRow("", self.sector_note)
        form.addRow(tr("Donor countries"), self.donors)
        form.addRow(tr("Agencies"), self.agencies)
        form.addRow(tr("Recipient countries"), self.countries)
        form.addRow(tr("ASCN cities"), self.cities)
        form.addRow(tr("Status"), self.statuses)
        form.addRow(tr("Years"), self._pair(self.year_from, self.year_to))
        form.addRow(tr("Amount"), self._pair(self.amount_min, self.amount_max))
        form.addRow(tr("Title"), self.text)
        form.addRow("", self.reset_button)

    def _pair(self, first: QWidget, second: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(QLabel("–", box))
        row.addWidget(second)
        return box

    def _connect(self) -> None:
        self.taxonomy.currentIndexChanged.connect(self._taxonomy_changed)
        self.donors.changed.connect(self._donors_changed)
        for combo in (self.sectors, self.agencies, self.countries, self.statuses):
            combo.changed.connect(self.changed)
        self.cities.changed.connect(self.changed)
        for box in (self.year_from, self.year_to, self.amount_min, self.amount_max):
            box.valueChanged.connect(self.changed)
        self.text.textChanged.connect(self.changed)
        self.reset_button.clicked.connect(self.reset)

    def _taxonomy_changed(self) -> None:
        chosen = self.sectors.codes()
        if not chosen:
            self.sector_note.setText("")
            self._fill_sectors()
        else:
            mapped, exact = self.catalogue.translate_choice(chosen, self.taxonomy.currentData())
            self._fill_sectors(mapped)
            names = ", ".join(self.catalogue.label(code) for code in chosen)
            if not mapped:
                note = tr("No sector of this list stands only for {}: the sector choice was cleared.").format(names)
            elif not exact:
                note = tr("{} said in this list covers less than before: check the sectors.").format(names)
            else:
                note = tr("{} said in this list.").format(names)
            self.sector_note.setText(note)
        self.sector_note.setVisible(bool(self.sector_note.text()))
        self.changed.emit()

    def _donors_changed(self) -> None:
        # Agencies follow the donors: only those of the chosen donors are offered.
        kept = self.agencies.codes()
        offered = self.groups.labels(self.options.agencies(self.donors.codes()))
        self.agencies.set_choices(((label, label) for label in offered), kept)
        self.changed.emit()

    # The filter ------------------------------------------------------------------
    @staticmethod
    def _any(box, sentinel) -> Optional[float]:
        return None if box.value() == sentinel else box.value()

    def project_filter(self) -> ProjectFilter:
        """What the widgets say."""
        year_from = self._any(self.year_from, self.year_from.minimum())
        year_to = self._any(self.year_to, self.year_to.minimum())
        return ProjectFilter(
            sectors=self.sectors.codes(), donors=self.donors.codes(),
            agencies=self.groups.members(self.agencies.codes()),  # every spelling of the chosen agencies
            countries=self.countries.codes(), cities=self.cities.codes(), statuses=self.statuses.codes(),
            year_from=None if year_from is None else int(year_from),
            year_to=None if year_to is None else int(year_to),
            amount_min=self._any(self.amount_min, -1), amount_max=self._any(self.amount_max, -1),
            text=self.text.value(),
        )

    def set_project_filter(self, project_filter: ProjectFilter) -> None:
        """Show ``project_filter`` in the widgets, emitting one ``changed`` at the end (none while blocked).

        A caller's blockSignals(True) holds: unblocking here would emit ``changed`` into the dock
        while a project is cleared or read, and its delayed apply would overwrite the filter saved
        in the project being opened.
        """
        was_blocked = self.blockSignals(True)
        self.sector_note.setText("")
        self.sector_note.setVisible(False)
        taxonomy = self._taxonomy_of(project_filter.sectors)
        self.taxonomy.setCurrentIndex(max(self.taxonomy.findData(taxonomy), 0))
        self._fill_sectors(project_filter.sectors)
        self.donors.set_codes(project_filter.donors)
        offered = self.groups.labels(self.options.agencies(project_filter.donors))
        self.agencies.set_choices(((label, label) for label in offered),
                                  self.groups.labels_for_members(project_filter.agencies))
        self.countries.set_codes(project_filter.countries)
        self.cities.set_codes(project_filter.cities)
        self.statuses.set_codes(project_filter.statuses)
        for box, value in ((self.year_from, project_filter.year_from), (self.year_to, project_filter.year_to)):
            box.setValue(box.minimum() if value is None else value)
        for box, value in ((self.amount_min, project_filter.amount_min), (self.amount_max, project_filter.amount_max)):
            box.setValue(-1 if value is None else value)
        self.text.setValue(project_filter.text)
        self.blockSignals(was_blocked)
        if not was_blocked:
            self.changed.emit()

    def set_options(self, options: FilterOptions) -> None:
        """Offer new choices (the data changed), keeping what is chosen; no ``changed`` signal."""
        current = self.project_filter()
        self.options = options
        self.blockSignals(True)
        self._fill_choices()
        self._set_year_range(options.years, current)
        self.set_project_filter(current)
        self.blockSignals(False)

    def _set_year_range(self, years: tuple[int, int], current: ProjectFilter) -> None:
        """The new data's years, widened to the years chosen: a range never drops a chosen year."""
        chosen = [year for year in (current.year_from, current.year_to) if year is not None]
        first, last = min([years[0], *chosen]), max([years[1], *chosen])
        for box in (self.year_from, self.year_to):
            box.setRange(int(first) - 1, int(last))

    def _taxonomy_of(self, codes) -> str:
        for code in codes:
            sector = self.catalogue.get(code)
            if sector is not None and sector.taxonomy in TAXONOMIES:
                return sector.taxonomy
        return self.taxonomy.currentData() or "presentation"

    def reset(self) -> None:
        """Back to "everything"."""
        self.set_project_filter(ProjectFilter())
