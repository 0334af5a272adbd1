"""Small reusable widgets: checkable choices (optionally searchable) and "any"-able spin boxes."""

from __future__ import annotations

from typing import Iterable, Optional

from qgis.gui import QgsCheckableComboBox, QgsFilterLineEdit
from qgis.PyQt.QtCore import QEvent, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartcity_plugin.toolbelt.i18n import tr

CODE_ROLE = Qt.ItemDataRole.UserRole


class WheelGuard(QObject):
    """Lets the mouse wheel scroll the dock instead of changing a value the pointer merely passes over.

    A checkable drop-down never takes the wheel: scrolling it would change the text it shows
    without checking anything, so the dock would state a filter that is not applied. Other
    boxes take it only once clicked (focused); an ignored wheel goes on to the scroll area.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Wheel and (isinstance(watched, QgsCheckableComboBox)
                                                  or not watched.hasFocus()):
            event.ignore()  # the parent (the dock's scroll area) gets it
            return True
        return False


def guard_wheel(guard: WheelGuard, *widgets: QWidget) -> None:
    """Install ``guard`` on ``widgets``; a wheel no longer gives them focus either."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)


class CheckCombo(QgsCheckableComboBox):
    """Several choices, each a (code, label) pair; reports codes.

    ``changed`` fires on every check or uncheck, by the user or by code: QGIS 3.22's
    ``checkedItemsChanged`` fires only for mouse clicks.
    """

    changed = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.model().dataChanged.connect(self._data_changed)

    def _data_changed(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()

    def set_choices(self, choices: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        """Replace the choices, keeping ``checked`` ones checked when they remain (no ``changed``)."""
        keep = set(checked)
        self._quiet = True
        self.clear()
        for code, label in choices:
            self.addItem(label, code)
            if code in keep:
                self.setItemCheckState(self.count() - 1, Qt.CheckState.Checked)
        self._quiet = False

    def codes(self) -> tuple[str, ...]:
        """Codes of the checked choices, in list order."""
        return tuple(str(code) for code in self.checkedItemsData())

    def set_codes(self, codes: Iterable[str]) -> None:
        """Check exactly the choices whose code is in ``codes`` (no ``changed``)."""
        wanted = set(codes)
        self._quiet = True
        for index in range(self.count()):
            state = Qt.CheckState.Checked if self.itemData(index) in wanted else Qt.CheckState.Unchecked
            self.setItemCheckState(index, state)
        self._quiet = False


class SearchableCheckList(QWidget):
    """A checkable list with a search field, for long lists such as the cities."""

    changed = pyqtSignal()

    def __init__(self, placeholder: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.search = QgsFilterLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setShowSearchIcon(True)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(130)
        self.list.setMinimumHeight(5 * (self.list.fontMetrics().height() + 4))  # a few names, however squeezed
        self.choices: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._show_matching)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """Replace the list; nothing checked."""
        self.choices = list(choices)
        self._fill(set())

    def _fill(self, checked: set[str]) -> None:
        """The choices, those in ``checked`` ticked and listed first (so none is ticked out of sight)."""
        self.list.blockSignals(True)
        self.list.clear()
        ordered = [c for c in self.choices if c[0] in checked] + [c for c in self.choices if c[0] not in checked]
        for code, label in ordered:
            item = QListWidgetItem(label, self.list)
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
        self._show_matching(self.search.text())
        self.list.scrollToTop()
        self.list.blockSignals(False)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def _show_matching(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def codes(self) -> tuple[str, ...]:
        """Codes of the checked items."""
        return tuple(item.data(CODE_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked)

    def set_codes(self, codes: Iterable[str]) -> None:
        """Check exactly the items whose code is in ``codes``, listed first (no ``changed``).

        Set by code (a lens, a saved project), the ticks are shown at the top of the list: a
        planner's own clicks never move the list, but nothing is ticked below the fold unseen.
        """
        self._fill(set(codes))


def _shrinkable(box):
    """Let the layout size the box: its own hint is sized for the largest value."""
    box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    box.setMinimumWidth(70)
    return box


def any_year_box(minimum: int, maximum: int) -> QSpinBox:
    """A year box whose lowest value means "any year"."""
    box = _shrinkable(QSpinBox())
    box.setRange(minimum - 1, maximum)
    box.setSpecialValueText(tr("any"))
    box.setValue(minimum - 1)
    return box


def any_amount_box() -> QDoubleSpinBox:
    """An amount box in US dollars whose lowest value (-1) means "any amount"."""
    box = _shrinkable(QDoubleSpinBox())
    box.setRange(-1, 1e12)
    box.setDecimals(0)
    box.setSingleStep(100_000)
    box.setGroupSeparatorShown(True)
    box.setSpecialValueText(tr("any"))
    box.setSuffix(" USD")
    box.setValue(-1)
    return box


def run_buttons(go_text: str, cancel_text: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's Close, go and cancel buttons; cancel is enabled only while work runs."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    go = buttons.addButton(go_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setEnabled(False)
    return buttons, go, cancel


def inline_row(*widgets: QWidget) -> QWidget:
    """Widgets side by side, for one row of a form."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box
