"""Which column of a CSV table feeds which project field: a small form, prefilled with what was recognised."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smartcity_plugin.io.csv_source import IGNORE, CsvTable, read_layout
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.hxl import TARGET_FIELDS
from smartcity_plugin.toolbelt.i18n import tr

NOT_IN_FILE = ""


def column_reference(table: CsvTable, index: int) -> str:
    """How a mapping names a column: its header, else its HXL tag, else its number."""
    header = table.headers[index] if index < len(table.headers) else ""
    tag = table.tags[index] if index < len(table.tags) else ""
    return header.strip() or tag.strip() or str(index + 1)


def mapping_text(mapping: dict[str, str]) -> str:
    """{field: column} as the Processing parameter writes it."""
    return "; ".join(f"{name}={column}" for name, column in mapping.items())


class ImportMappingDialog(QDialog):
    """One row per field: the column that feeds it, or none."""

    def __init__(self, path: Path, mapping: Optional[dict[str, str]] = None, encoding: str = "utf-8-sig",
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("SmartCityImportMappingDialog")
        self.setWindowTitle(tr("Columns of {}").format(Path(path).name))
        self.boxes: dict[str, QComboBox] = {}
        self.automatic: dict[str, int] = {}
        layout = QVBoxLayout(self)
        try:
            self.automatic = dict(read_layout(Path(path), {}, encoding).columns)
            table = read_layout(Path(path), mapping or {}, encoding)
        except DataExchangeError as error:
            layout.addWidget(QLabel(str(error)))
            table = None
        if table is not None:
            layout.addWidget(QLabel(tr("Recognised columns are chosen already (HXL hashtags and field names). "
                                       "Choose a column for each field the file has.")))
            form_widget = QWidget()
            form = QFormLayout(form_widget)
            width = max(len(table.headers), len(table.tags))
            for name in TARGET_FIELDS:
                box = QComboBox()
                box.setObjectName(f"SmartCityMapping_{name}")
                box.addItem(tr("(not in the file)"), NOT_IN_FILE)
                for index in range(width):
                    box.addItem(table.column_label(index), column_reference(table, index))
                if name in table.columns:
                    box.setCurrentIndex(table.columns[name] + 1)
                form.addRow(name, box)
                self.boxes[name] = box
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(form_widget)
            layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        """The planner's choices as {field: column}; a recognised column turned off becomes field=-."""
        chosen = {}
        for name, box in self.boxes.items():
            if box.currentData():
                chosen[name] = box.currentData()
            elif name in self.automatic:
                chosen[name] = IGNORE
        return chosen
