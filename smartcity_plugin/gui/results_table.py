"""A sortable table of the matching projects; double-click zooms to one and flashes it."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QMenu, QTableView, QWidget

from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.placement import is_area_programme
from smartcity_plugin.core.summary import split_list
from smartcity_plugin.gui.results_model import (  # noqa: F401 (READ: the fields a row holds, for callers)
    COLUMNS,
    MAX_ROWS,
    PRECISION,
    READ,
    RECIPIENT,
    ResultsModel,
)
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.exports import atomic_text
from smartcity_plugin.io.spreadsheet_safe import neutralise
from smartcity_plugin.layers.reading import first_records
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log

SURROUNDINGS_SCALE = 250_000  # zooming to a project shows at least this much around it
VISIBLE_ROWS = 6  # the table never shrinks below this many rows
FIT_ROWS = 60  # columns are sized to the text of the first rows shown (measuring 1,000 would slow the dock)
# Widest a column grows, in average character widths; longer text is cut with … and shown whole in its tooltip.
MAX_CHARACTERS = {0: 36, 1: 16, 2: 26, 3: 24, 4: 18, 5: 11, 6: 14}


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
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # one line of text a row
        self.setMinimumHeight(self.minimum_rows_height())
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
        self.fit_columns()
        self._map_selected()  # what is selected on the map stays selected in the new list
        return len(rows)

    def fit_columns(self) -> None:
        """Each column as wide as its header and the text of the first rows, up to its maximum.

        Like resizeColumnsToContents with a ceiling, but measuring the text itself: fast for
        1,000 rows, and the same whether or not the table is on screen yet.
        """
        metrics = self.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 8  # the cell's margins
        header = self.horizontalHeader()
        rows = self.source.rows[:FIT_ROWS]
        for column in range(len(COLUMNS)):
            texts = {self.source.text(row, column) for row in rows}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + padding
            ceiling = metrics.averageCharWidth() * MAX_CHARACTERS[column] + padding
            self.setColumnWidth(column, max(header.sectionSizeHint(column), min(widest, ceiling)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Wide as the dock, high enough for VISIBLE_ROWS rows."""
        return QSize(super().sizeHint().width(), self.minimum_rows_height())

    def minimum_rows_height(self) -> int:
        """Height that shows the header and VISIBLE_ROWS rows."""
        return (self.horizontalHeader().sizeHint().height() + VISIBLE_ROWS * self.verticalHeader().defaultSectionSize()
                + 2 * self.frameWidth() + self.horizontalScrollBar().sizeHint().height())

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
