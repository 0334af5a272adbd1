"""A sortable table of the matching projects; double-click zooms to one and flashes it."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QAbstractItemView, QTableView, QWidget

from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.layers.reading import plain_value
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log

FID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_ROWS = 1000  # a list longer than this helps nobody and would slow the dock on big catalogues
COLUMNS = ("title", "donor_country", "agency", "recipient_country", "sector_primary", "years", "amount_usd")


def column_titles() -> list[str]:
    """Translated column headers."""
    return [tr("Title"), tr("Donor"), tr("Agency"), tr("Recipient"), tr("Sector"), tr("Years"), tr("Amount (USD)")]


def _item(text: str, sort_value=None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.casefold() if sort_value is None else sort_value, SORT_ROLE)
    return item


class ResultsTable(QTableView):
    """Lists the projects that the filter keeps on the projects layer."""

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.layer: Optional[QgsVectorLayer] = None
        self.setObjectName("SmartCityResults")
        self.source = QStandardItemModel(0, len(COLUMNS), self)
        self.source.setHorizontalHeaderLabels(column_titles())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.doubleClicked.connect(self.zoom_to_row)

    def clear_rows(self) -> None:
        """Empty the table and forget the layer (it may be gone with its project)."""
        self.layer = None
        self.source.removeRows(0, self.source.rowCount())

    def show_layer(self, layer: QgsVectorLayer, sector_name) -> int:
        """Fill the table with the layer's (filtered) features, at most MAX_ROWS; return how many."""
        self.clear_rows()
        self.layer = layer
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(MAX_ROWS)
        for feature in layer.getFeatures(request):
            values = {name: plain_value(feature[name]) for name in
                      ("title", "donor_country", "agency", "recipient_country", "sector_primary",
                       "start_year", "end_year", "amount_usd")}
            start, end = values["start_year"], values["end_year"]
            years = f"{start or '?'}–{end or ''}" if (start or end) else ""
            amount = values["amount_usd"]
            row = [
                _item(values["title"] or ""),
                _item(COUNTRY_NAMES.get(values["donor_country"], values["donor_country"] or "")),
                _item(values["agency"] or ""),
                _item((values["recipient_country"] or "").replace(";", ", ")),
                _item(sector_name(values["sector_primary"]) if values["sector_primary"] else ""),
                _item(years, start or end or 0),
                _item(f"{amount:,.0f}" if amount is not None else tr("not published"),
                      amount if amount is not None else -1.0),
            ]
            row[0].setData(feature.id(), FID_ROLE)
            self.source.appendRow(row)
        self.resizeColumnToContents(1)
        return self.source.rowCount()

    def feature_id(self, proxy_row: int) -> int:
        """Feature id behind a row of the (sorted) view."""
        return self.source.item(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row(), 0).data(FID_ROLE)

    def zoom_to_row(self, index) -> None:
        """Zoom the map to the project and flash it."""
        if self.layer is None or self.iface is None:
            return
        fid = self.feature_id(index.row())
        feature = self.layer.getFeature(fid)
        if not feature.hasGeometry():
            log(tr("“{}” has no location on the map (an ASEAN-wide programme).").format(feature["title"]),
                Qgis.MessageLevel.Info, push=True, iface=self.iface)
            return
        canvas = self.iface.mapCanvas()
        canvas.zoomToFeatureIds(self.layer, [fid])
        if canvas.scale() < 250_000:  # a single point: show its surroundings
            canvas.zoomScale(250_000)
        canvas.flashFeatureIds(self.layer, [fid])
