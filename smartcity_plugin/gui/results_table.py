"""A sortable table of the matching projects; double-click zooms to one and flashes it."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QMenu, QTableView, QWidget

from smartcity_plugin.core.money import format_number
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.placement import is_area_programme
from smartcity_plugin.core.summary import split_list
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.exports import atomic_text
from smartcity_plugin.io.spreadsheet_safe import neutralise
from smartcity_plugin.layers.reading import first_records
from smartcity_plugin.toolbelt.i18n import tr, user_language
from smartcity_plugin.toolbelt.log import log

FID_ROLE = Qt.ItemDataRole.UserRole + 1
SURROUNDINGS_SCALE = 250_000  # zooming to a project shows at least this much around it
MAX_ROWS = 1000  # a list longer than this helps nobody and would slow the dock on big catalogues
COLUMNS = ("title", "donor_country", "agency", "recipient_country", "sector_primary", "years", "amount_usd")
READ = ("title", "donor_country", "agency", "recipient_country", "sector_primary", "start_year", "end_year",
        "amount_usd", "location_precision")  # a row's values, after its feature id
TITLE, DONOR, AGENCY, RECIPIENT, SECTOR, START, END, AMOUNT, PRECISION = range(1, len(READ) + 1)


def column_titles() -> list[str]:
    """Translated column headers."""
    return [tr("Title"), tr("Donor"), tr("Agency"), tr("Recipient"), tr("Sector"), tr("Years"), tr("Amount (USD)")]


class ResultsModel(QAbstractTableModel):
    """Rows kept as plain values; Qt asks for the text of the cells it shows, when it shows them.

    (A QStandardItem per cell cost more than the rest of a dock refresh together.)
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []  # (feature id, *READ values)
        self.sector_name: Callable[[str], str] = str
        self.language = "en"
        self.titles = column_titles()
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[tuple], sector_name: Callable[[str], str]) -> None:
        """Show ``rows``, in the order the table is sorted by."""
        self.beginResetModel()
        self.rows, self.sector_name = rows, sector_name
        self.language = user_language()  # numbers as the planner's language writes them
        self._sort_rows()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for many roles per cell (font, colours, size …): answer those first and fast.
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()], index.column())
        if role == FID_ROLE and index.column() == 0:
            return self.rows[index.row()][0]
        return None

    def text(self, row: tuple, column: int) -> str:
        """What the cell shows."""
        if column == 0:
            return row[TITLE] or ""
        if column == 1:
            return tr(COUNTRY_NAMES.get(row[DONOR], row[DONOR] or ""))
        if column == 2:
            return row[AGENCY] or ""
        if column == 3:
            return ", ".join(tr(COUNTRY_NAMES.get(code, code)) for code in split_list(row[RECIPIENT]))
        if column == 4:
            return self.sector_name(row[SECTOR]) if row[SECTOR] else ""
        if column == 5:
            start, end = row[START], row[END]
            return f"{start or '?'}–{end or ''}" if (start or end) else ""
        amount = row[AMOUNT]
        return format_number(amount, self.language) if amount is not None else tr("not published")

    def sort_key(self, row: tuple, column: int) -> Any:
        """What the column sorts by: numbers for years and amounts, text without case otherwise."""
        if column == 5:
            return row[START] or row[END] or 0
        if column == 6:
            return row[AMOUNT] if row[AMOUNT] is not None else -1.0
        return self.text(row, column).casefold()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (the view calls this when a header is clicked)."""
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if 0 <= self.sort_column < len(COLUMNS):  # stable, as Qt's sort: equal rows keep the layer's order
            self.rows.sort(key=lambda row: self.sort_key(row, self.sort_column),
                           reverse=self.sort_order == Qt.SortOrder.DescendingOrder)


class ResultsTable(QTableView):
    """Lists the projects that the filter keeps on the projects layer."""

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.layer: Optional[QgsVectorLayer] = None
        self.setObjectName("SmartCityResults")
        self.source = ResultsModel(self)
        self.setModel(self.source)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.doubleClicked.connect(self.zoom_to_row)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._syncing = False  # a selection being passed between table and map must not come back
        self.selectionModel().selectionChanged.connect(self._rows_selected)

    # Selection, linked with the map both ways ---------------------------------------
    def _rows_selected(self, *_args) -> None:
        if self._syncing or self.layer is None:
            return
        self._syncing = True
        try:
            fids = [self.feature_id(index.row()) for index in self.selectionModel().selectedRows()]
            self.layer.selectByIds(fids)
        finally:
            self._syncing = False

    def _map_selected(self, *_args) -> None:
        if self._syncing or self.layer is None:
            return
        self._syncing = True
        try:
            chosen = set(self.layer.selectedFeatureIds())
            self.clearSelection()
            mode = self.selectionMode()
            self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
            for row, values in enumerate(self.source.rows):
                if values[0] in chosen:
                    self.selectRow(row)
            self.setSelectionMode(mode)
        finally:
            self._syncing = False

    # Copy and export ---------------------------------------------------------------
    def chosen_rows(self) -> list[int]:
        """The selected rows in the order shown; every row when none is selected."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return rows or list(range(self.source.rowCount()))

    def table_text(self, rows: list[int]) -> list[list[str]]:
        """Header and the cells of ``rows``, as the table shows them."""
        return [list(self.source.titles)] + [
            [self.source.text(self.source.rows[row], column) for column in range(len(COLUMNS))] for row in rows]

    def copy_rows(self) -> None:
        """The chosen rows with their header, tab-separated, to the clipboard (pastes into a spreadsheet)."""
        lines = ["\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in line)
                 for line in self.table_text(self.chosen_rows())]
        QApplication.clipboard().setText("\n".join(lines) + "\n")

    def export_csv(self, path: Path) -> int:
        """Write every row to ``path`` as CSV a spreadsheet opens (UTF-8 with BOM, no formulas); rows written."""
        rows = self.table_text(list(range(self.source.rowCount())))
        with atomic_text(Path(path), newline="") as handle:
            handle.write("\ufeff")
            writer = csv.writer(handle)
            for line in rows:
                writer.writerow([neutralise(cell) for cell in line])
        return len(rows) - 1

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_rows()
            return
        super().keyPressEvent(event)

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Copy rows"), self.copy_rows)
        menu.addAction(tr("Export table as CSV…"), self._ask_and_export)
        menu.exec(self.viewport().mapToGlobal(position))

    def _ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export table as CSV"), "", tr("CSV (*.csv)"))
        if path:
            try:
                count = self.export_csv(Path(path))
            except DataExchangeError as error:
                log(str(error), Qgis.MessageLevel.Critical, push=True, iface=self.iface)
                return
            log(tr("{} projects written to {}.").format(count, path), Qgis.MessageLevel.Success, push=True,
                iface=self.iface)

    def _watch(self, layer: Optional[QgsVectorLayer]) -> None:
        if self.layer is not None and self.layer is not layer:
            try:
                self.layer.selectionChanged.disconnect(self._map_selected)
            except (RuntimeError, TypeError):  # the layer is gone already
                pass
        if layer is not None and layer is not self.layer:
            layer.selectionChanged.connect(self._map_selected)
        self.layer = layer

    def clear_rows(self) -> None:
        """Empty the table and forget the layer (it may be gone with its project)."""
        self._watch(None)
        self.source.set_rows([], self.source.sector_name)

    def show_layer(self, layer: QgsVectorLayer, sector_name) -> int:
        """Fill the table with the layer's (filtered) features, at most MAX_ROWS; return how many."""
        self._watch(layer)
        rows = first_records(layer, READ, MAX_ROWS)
        self.source.set_rows(rows, sector_name)
        self._fit_donor_column()
        self._map_selected()  # what is selected on the map stays selected in the new list
        return len(rows)

    def _fit_donor_column(self) -> None:
        """What resizeColumnToContents(1) does, measuring each distinct donor once, not every row."""
        first_rows: dict = {}
        for position, row in enumerate(self.source.rows):
            first_rows.setdefault(row[DONOR], position)
        grid = 1 if self.showGrid() else 0
        widths = [self.sizeHintForIndex(self.source.index(position, 1)).width() + grid
                  for position in first_rows.values()]
        self.setColumnWidth(1, max([self.horizontalHeader().sectionSizeHint(1), *widths]))

    def feature_id(self, row: int) -> int:
        """Feature id behind a row of the (sorted) view."""
        return self.source.rows[row][0]

    def zoom_to_row(self, index) -> None:
        """Zoom the map to the project and flash it."""
        if self.layer is None or self.iface is None:
            return
        fid = self.feature_id(index.row())
        feature = self.layer.getFeature(fid)
        row = self.source.rows[index.row()]
        precision = row[PRECISION] if isinstance(row[PRECISION], int) else None
        if is_area_programme(precision, feature.hasGeometry(), row[RECIPIENT] or ""):
            self._zoom_to_countries(feature["title"], split_list(row[RECIPIENT]))
            return
        if not feature.hasGeometry():
            log(tr("“{}” has no location on the map.").format(feature["title"]),
                Qgis.MessageLevel.Info, push=True, iface=self.iface)
            return
        canvas = self.iface.mapCanvas()
        box = canvas.mapSettings().layerExtentToOutputExtent(self.layer, feature.geometry().boundingBox())
        if box.isEmpty():
            # A point: centred at the current scale, as QGIS zooms to one; but QGIS takes that
            # scale from the canvas's extent, which is Null on a fresh canvas (QGIS 3.40).
            current = canvas.scale() if not canvas.extent().isEmpty() else 0.0
            centre = box.center()
            canvas.setExtent(QgsRectangle(centre.x() - 1, centre.y() - 1, centre.x() + 1, centre.y() + 1))
            canvas.zoomScale(max(current, SURROUNDINGS_SCALE))
        else:
            canvas.setExtent(box.buffered(max(box.width(), box.height()) * 0.05))
            if canvas.scale() < SURROUNDINGS_SCALE:  # a small place: show its surroundings
                canvas.zoomScale(SURROUNDINGS_SCALE)
        canvas.refresh()
        canvas.flashFeatureIds(self.layer, [fid])

    def _zoom_to_countries(self, title: str, countries: list[str]) -> None:
        """A national or regional programme: show and flash its recipient countries."""
        from qgis.core import QgsExpression, QgsFeatureRequest, QgsProject

        from smartcity_plugin.layers.group import find_group, layers_by_role

        group = find_group(QgsProject.instance())
        programmes = layers_by_role(group).get("programmes") if group is not None else None
        names = ", ".join(tr(COUNTRY_NAMES.get(code, code)) for code in countries)
        log(tr("“{}” is a national or regional programme in {}: its countries are outlined on the map.").format(
            title, names), Qgis.MessageLevel.Info, push=True, iface=self.iface)
        if programmes is None or not countries:
            return
        codes = ", ".join(QgsExpression.quotedValue(code) for code in countries)
        request = QgsFeatureRequest().setFilterExpression(f'"iso_a2" IN ({codes})').setNoAttributes()
        ids = [feature.id() for feature in programmes.getFeatures(request)]
        if ids:
            canvas = self.iface.mapCanvas()
            canvas.zoomToFeatureIds(programmes, ids)
            canvas.flashFeatureIds(programmes, ids)
