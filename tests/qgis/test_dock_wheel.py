"""The mouse wheel over the dock's drop-downs and boxes scrolls the dock; it never changes what they show."""

from __future__ import annotations

from qgis.PyQt.QtCore import QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QWheelEvent
from qgis.PyQt.QtWidgets import QApplication, QScrollArea

from tests.qgis import test_dock
from tests.qgis.test_dock import tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)


def wheel(widget, steps: int = -1) -> bool:
    """One notch of the wheel over the middle of ``widget``, as the window system sends it; True if taken."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_wheel_over_a_drop_down_changes_neither_its_text_nor_the_filter(dock):
    dock.show()
    form = dock.form
    before = form.project_filter()
    for combo in (form.donors, form.agencies, form.countries, form.statuses, form.sectors):
        text = combo.currentText()
        for steps in (-1, -1, 1):
            assert not wheel(combo, steps)  # passed on: the scroll area may scroll
        assert combo.currentText() == text and combo.codes() == ()
    combo = form.taxonomy
    text = combo.currentText()
    wheel(combo)
    assert combo.currentText() == text
    for box in (form.year_from, form.year_to, form.amount_min, form.amount_max):
        value = box.value()
        wheel(box, 1)
        assert box.value() == value
    assert form.project_filter() == before


def test_a_checked_drop_down_keeps_stating_its_choice_even_when_focused(dock):
    dock.show()
    tick(dock.form.donors, ["KR"])
    dock.apply_now()
    text = dock.form.donors.currentText()
    dock.form.donors.setFocus()
    wheel(dock.form.donors)
    assert dock.form.donors.currentText() == text and dock.form.donors.codes() == ("KR",)


def test_a_focused_year_box_still_takes_the_wheel(dock):
    dock.show()
    box = dock.form.year_from
    box.setFocus()
    QApplication.processEvents()
    if not box.hasFocus():  # an offscreen window may refuse focus; then there is nothing to show here
        box.activateWindow()
        QApplication.processEvents()
    assert box.hasFocus()
    value = box.value()
    wheel(box, 1)
    assert box.value() == value + 1


def test_the_dock_scrolls_its_form(dock):
    assert dock.findChild(QScrollArea) is not None  # where an ignored wheel goes
