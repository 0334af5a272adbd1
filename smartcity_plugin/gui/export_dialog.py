"""The export dialog: the dock's filter as a finished map or atlas, in the formats asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeedback,
    QgsProject,
    QgsProxyProgressTask,
)
from qgis.gui import QgsCheckableComboBox, QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QWidget,
)

from smartcity_plugin.core.safe_text import html_text
from smartcity_plugin.core.selection import Selection
from smartcity_plugin.export.atlas import AtlasOptions, build_city_atlas
from smartcity_plugin.export.exporter import (
    ExportError,
    export_atlas_pages,
    export_atlas_pdf,
    export_layout_formats,
    targets_for,
)
from smartcity_plugin.export.layouts import (
    MapRequest,
    add_to_layout_manager,
    build_map_layout,
    with_contents,
)
from smartcity_plugin.export.names import TEMPLATES, TemplateError
from smartcity_plugin.gui.dock_buttons import lens_name
from smartcity_plugin.gui.widgets import inline_row, run_buttons
from smartcity_plugin.io.errors import DataUnavailableError
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log
from smartcity_plugin.toolbelt.settings import get_setting, set_setting

ATLAS = "city_profiles"


def kind_labels() -> dict[str, str]:
    """What the planner can export, in words."""
    return {
        "overview_a4_landscape": tr("Map, A4 landscape"), "overview_a4_portrait": tr("Map, A4 portrait"),
        "overview_a3_landscape": tr("Map, A3 landscape"), "overview_a3_portrait": tr("Map, A3 portrait"),
        ATLAS: tr("City cooperation profiles (atlas, one page per city)"),
    }


class ExportDialog(QDialog):
    """Choose page, title, formats, resolution and file; export the selection the dock shows.

    ``selection`` gives the selection at the moment of the export (the dialog stays open
    while the planner goes on filtering); without it, everything is exported.
    """

    def __init__(self, iface, parent: Optional[QWidget] = None,
                 selection: Callable[[], Selection] = Selection) -> None:
        super().__init__(parent)
        self.selection = selection
        self.setObjectName("SmartCityExportDialog")
        self.setWindowTitle(tr("Export map for a report"))
        self.iface = iface
        self.feedback: Optional[QgsFeedback] = None
        self.kind = QComboBox()
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.contents = QComboBox()
        self.contents.addItem(tr("Cooperation projects, cities and flood-warning coverage"), "cooperation")
        self.contents.addItem(tr("Flood-warning coverage and the ASCN cities"), "flood")
        self.title = QLineEdit(tr("Smart city cooperation in ASEAN"))
        self.formats = {fmt: QCheckBox(fmt.upper()) for fmt in ("pdf", "png", "svg")}
        self.formats["pdf"].setChecked(True)
        self.separate = QCheckBox(tr("One file per city"))
        self.only_with_projects = QCheckBox(tr("Leave out cities with no matching project"))
        self.pages = QgsCheckableComboBox()
        self.pages.setDefaultText(tr("Every city the filter keeps"))
        for city_id, name in self._city_names():
            self.pages.addItemWithCheckState(name, Qt.CheckState.Unchecked, city_id)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 1200)
        self.dpi.setValue(300)
        self.dpi.setSuffix(" dpi")
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)"))
        self.output.setConfirmOverwrite(False)  # export() asks once, for every file it would replace
        default = Path(get_setting("export_folder") or Path.home())
        self.output.setFilePath(str(default / "cooperation_map.pdf"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.buttons, self.export_button, self.cancel_button = run_buttons(tr("Export"), tr("Cancel export"))
        self._lay_out()
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _lay_out(self) -> None:
        formats = inline_row(*self.formats.values(), self.separate)
        form = QFormLayout(self)
        form.addRow(tr("Export"), self.kind)
        form.addRow(tr("Contents"), self.contents)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Formats"), formats)
        form.addRow(tr("City pages"), self.pages)
        form.addRow("", self.only_with_projects)
        form.addRow(tr("Resolution"), self.dpi)
        form.addRow(tr("File"), self.output)
        form.addRow(self.progress)
        form.addRow(self.buttons)

    def _kind_changed(self) -> None:
        atlas = self.kind.currentData() == ATLAS
        for fmt, box in self.formats.items():
            box.setEnabled(not atlas or fmt == "pdf")
            if atlas:
                box.setChecked(fmt == "pdf")
        self.separate.setVisible(atlas)
        self.pages.setEnabled(atlas)
        self.only_with_projects.setEnabled(atlas)
        self.contents.setEnabled(not atlas)

    @staticmethod
    def _city_names() -> list[tuple[str, str]]:
        """(city id, "name — country") of the ASCN cities, by country and name."""
        from smartcity_plugin.core.schema import LAYER_CITIES
        from smartcity_plugin.layers.sources import open_data_layer

        try:
            layer = open_data_layer(LAYER_CITIES)
        except (DataUnavailableError, RuntimeError):
            return []
        from smartcity_plugin.layers.place_names import city_name
        from smartcity_plugin.layers.presentation import country_names
        from smartcity_plugin.toolbelt.i18n import user_language

        language, countries, fields = user_language(), country_names(), layer.fields().names()
        cities = []
        for feature in layer.getFeatures():
            row = dict(zip(fields, feature.attributes()))
            country = countries.get(str(row.get("country_iso2")), str(row.get("country_name") or ""))
            cities.append((country, city_name(row, language), str(row["city_id"])))
        return [(city_id, f"{name} — {country}") for country, name, city_id in sorted(cities)]

    def chosen_formats(self) -> list[str]:
        """The ticked formats, in a fixed order."""
        return [fmt for fmt, box in self.formats.items() if box.isChecked() and box.isEnabled()]

    def cancel(self) -> None:
        """Stop after the page or format being written; nothing half-written stays."""
        if self.feedback is not None:
            self.feedback.cancel()

    def targets(self) -> list[Path]:
        """The files the export writes: exactly the chosen file, and beside it one per other format."""
        chosen = Path(self.output.filePath())
        if self.kind.currentData() != ATLAS:
            return targets_for(chosen, self.chosen_formats())
        pdf = targets_for(chosen, ["pdf"])[0]
        if self.separate.isChecked():
            folder = pdf.with_name(pdf.name[: -len(".pdf")])
            return sorted(folder.glob("city_profile_*.pdf")) if folder.is_dir() else []
        return [pdf]

    def confirm_replace(self, paths: list[Path]) -> bool:
        """Ask before replacing files that exist (once, listing them all)."""
        names = "\n".join(str(path) for path in paths)
        answer = QMessageBox.question(
            self, tr("Replace files?"), tr("These files exist and would be replaced:\n{}").format(names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> list[Path]:
        """Export the dock's current filter; report in the message bar. Returns the files written."""
        chosen = Path(self.output.filePath()) if self.output.filePath().strip() else None
        formats = self.chosen_formats()
        if chosen is None or not chosen.name or not formats:
            log(tr("Choose a file and at least one format."), Qgis.MessageLevel.Warning, push=True, iface=self.iface)
            return []
        existing = [path for path in self.targets() if path.exists()]
        if existing and not self.confirm_replace(existing):
            return []
        set_setting("export_folder", str(chosen.parent))
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self._progress)
        task = QgsProxyProgressTask(tr("Exporting {}").format(chosen.name))
        QgsApplication.taskManager().addTask(task)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        written: list[Path] = []
        try:
            written = self._run(chosen, formats, task)
        except (ExportError, TemplateError, DataUnavailableError, ValueError, OSError) as error:
            log(str(error), Qgis.MessageLevel.Critical, push=True, title=tr("Export"), iface=self.iface)
        finally:
            task.finalize(bool(written))
            self.export_button.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self.feedback = None
        if written:
            links = ", ".join(f'<a href="{html_text(QUrl.fromLocalFile(str(p)).toString())}">{html_text(p.name)}</a>'
                              for p in written)
            log(html_text(tr("Written: {}")).format(links), Qgis.MessageLevel.Success, push=True,
                title=tr("Export"), iface=self.iface, html=True)
        return written

    def _progress(self, value: float) -> None:
        self.progress.setValue(int(value))
        QCoreApplication.processEvents()  # paint the bar and let Cancel be clicked between steps

    def _run(self, chosen: Path, formats: list[str], task: QgsProxyProgressTask) -> list[Path]:
        project = QgsProject.instance()
        selection = self.selection()
        request = MapRequest(project_filter=selection.project_filter, city_ids=selection.city_ids,
                             title=self.title.text().strip(), lens=lens_name(selection.lens))
        kind = self.kind.currentData()
        self.feedback.progressChanged.connect(task.setProxyProgress)
        if kind == ATLAS:
            options = AtlasOptions(cities=tuple(self.pages.checkedItemsData()),
                                   only_with_projects=self.only_with_projects.isChecked())
            layout = build_city_atlas(project, request, self.feedback, options)
            add_to_layout_manager(project, layout)
            pdf = targets_for(chosen, ["pdf"])[0]
            if self.separate.isChecked():
                folder = pdf.with_name(pdf.name[: -len(".pdf")])
                return export_atlas_pages(layout, folder, self.dpi.value(), self.feedback)
            return [export_atlas_pdf(layout, pdf, self.dpi.value(), self.feedback)]
        request.template = kind if kind in TEMPLATES else TEMPLATES[0]
        layout = build_map_layout(project, with_contents(request, self.contents.currentData()))
        add_to_layout_manager(project, layout)  # the planner can fine-tune it in QGIS afterwards
        return export_layout_formats(layout, targets_for(chosen, formats), self.dpi.value(), self.feedback)
