"""The results table shows its columns: whole words of title and agency, readable widths, several rows."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt

from tests.qgis import test_dock
from tests.qgis.test_dock import tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)


def shown_dock(dock, height: int = 900):
    dock.resize(420, height)
    dock.show()
    dock.form.reset()
    assert dock.apply_now()
    return dock.results


def test_title_and_agency_are_not_cut_to_ten_characters(dock):
    table = shown_dock(dock)
    metrics = table.fontMetrics()
    for column, header in ((0, "Title"), (2, "Agency")):
        assert table.model().headerData(column, Qt.Orientation.Horizontal) == header
        longest = max((table.source.text(row, column) for row in table.source.rows), key=len)
        assert len(longest) > 30
        assert table.columnWidth(column) >= metrics.horizontalAdvance(longest[:24])  # far more than ten characters
        assert table.columnWidth(column) <= 40 * metrics.averageCharWidth()  # and not the whole dock for one column
    row = next(r for r, values in enumerate(table.source.rows) if len(values[1]) > 40)
    assert table.model().data(table.model().index(row, 0), Qt.ItemDataRole.ToolTipRole) == table.source.rows[row][1]


def test_short_columns_fit_their_words(dock):
    tick(dock.form.donors, ["KR", "US"])
    table = shown_dock(dock)
    dock.apply_now()
    metrics = table.fontMetrics()
    for column in (1, 5):  # donor, years
        widest = max(metrics.horizontalAdvance(table.source.text(row, column)) for row in table.source.rows)
        assert table.columnWidth(column) >= widest


def test_more_than_three_rows_are_visible(dock):
    table = shown_dock(dock)
    viewport = table.viewport().rect()
    visible = [row for row in range(table.model().rowCount())
               if viewport.contains(table.visualRect(table.model().index(row, 0)))]
    assert len(visible) >= 6
