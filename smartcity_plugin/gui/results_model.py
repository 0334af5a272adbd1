"""The results table's rows and cells: plain values, the text Qt asks for, and the sort order."""

from __future__ import annotations

from typing import Any, Callable

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

from smartcity_plugin.core.money import format_number
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.summary import split_list
from smartcity_plugin.toolbelt.i18n import tr, user_language

FID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS = 1000  # a list longer than this helps nobody and would slow the dock on big catalogues
COLUMNS = ("title", "donor_country", "agency", "recipient_country", "sector_primary", "years", "amount_usd")
READ = ("title", "donor_country", "agency", "recipient_country", "sector_primary", "start_year", "end_year",
        "amount_usd", "location_precision", "finance_type")  # a row's values, after its feature id
TITLE, DONOR, AGENCY, RECIPIENT, SECTOR, START, END, AMOUNT, PRECISION, FINANCE = range(1, len(READ) + 1)


def row_records(rows: list[tuple]) -> list[dict]:
    """The table's rows as attribute dicts (the projects schema's names), for the core's explanations."""
    return [dict(zip(READ, row[1:])) for row in rows]


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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, 2, 3):  # long text, cut in the cell
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
