"""The dock's results table copies with Ctrl+C (whole titles, with its header) and exports what it lists as CSV."""

from __future__ import annotations

import csv

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from tests.qgis import test_dock
from tests.qgis.test_dock import layers, tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)


def test_ctrl_c_copies_the_selected_rows_with_their_header(dock):
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    table = dock.results
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Title", "Donor", "Agency", "Recipient", "Sector", "Years", "Amount (USD)"]
    assert len(lines) == 2
    title = table.source.rows[0][1]
    assert lines[1].split("\t")[0] == title and lines[1].split("\t")[1] == "Korea"


def test_without_a_selection_every_listed_row_is_copied(dock):
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    dock.results.clearSelection()
    dock.results.copy_rows()
    assert len(QApplication.clipboard().text().splitlines()) == 1 + layers()["projects"].featureCount()


def test_csv_export_opens_in_a_spreadsheet_with_every_row(dock, tmp_path):
    tick(dock.form.donors, ["US"])
    dock.apply_now()
    path = tmp_path / "projects.csv"
    written = dock.results.export_csv(path)
    assert written == dock.results.source.rowCount() == layers()["projects"].featureCount()
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Title" and len(rows) == written + 1
    assert {row[1] for row in rows[1:]} == {"United States"}
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)
