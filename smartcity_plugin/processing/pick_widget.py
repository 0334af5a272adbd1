"""The Processing dialog's widget for a pick list: words to tick, codes as the value.

Loaded by QGIS's Processing dialogs (standard, batch, Modeler) through the parameter's
``widget_wrapper`` metadata, never when QGIS starts or under ``qgis_process``.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from processing.gui.wrappers import WidgetWrapper
from qgis.core import QgsProcessingParameterEnum
from qgis.gui import QgsCheckableComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from smartcity_plugin.processing.pick_lists import parse_codes
from smartcity_plugin.toolbelt.i18n import tr


class PickListWrapper(WidgetWrapper):
    """Ticks the choices by their words; an open list (a text parameter) also takes other codes typed."""

    def createWidget(self, labels: Sequence[str] = (), codes: Optional[Sequence[str]] = None,  # noqa: N802
                     **_options: Any) -> QWidget:
        """A checkable drop-down of ``labels`` whose data are the codes (an enum's options unless given)."""
        definition = self.parameterDefinition()
        self.is_open = not isinstance(definition, QgsProcessingParameterEnum)
        codes = list(codes) if codes is not None else definition.options()
        self.combo = QgsCheckableComboBox()
        self.combo.setObjectName(f"SmartCityPick_{definition.name()}")
        if hasattr(self.combo, "setDefaultText"):
            self.combo.setDefaultText(tr("any"))
        for code, label in zip(codes, list(labels) + codes[len(labels):]):
            self.combo.addItem(label, code)
            self.combo.setItemData(self.combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.other = QLineEdit()
        self.other.setObjectName(f"SmartCityPickOther_{definition.name()}")
        self.other.setPlaceholderText(tr("other codes, comma-separated"))
        if not self.is_open:
            return self.combo
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 2)
        row.addWidget(self.other, 1)
        return box

    def setValue(self, value: Any) -> None:  # noqa: N802
        """Tick the codes ``value`` names; codes not offered go to the open list's text field."""
        try:
            codes = parse_codes(value, self.parameterDefinition())
        except Exception:  # noqa: BLE001 — a value the widget cannot show (an expression) leaves it empty
            codes = ()
        offered = [self.combo.itemData(index) for index in range(self.combo.count())]
        for index, code in enumerate(offered):
            self.combo.setItemCheckState(index, Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)
        self.other.setText(", ".join(code for code in codes if code not in offered))

    def value(self) -> Any:
        """The ticked codes, and the others typed: a list for an enum, comma-separated text otherwise."""
        codes = list(self.combo.checkedItemsData())
        if self.is_open:
            codes += [code for code in parse_codes(self.other.text()) if code not in codes]
            return ",".join(codes)
        return codes  # [] when nothing is ticked: none (any), not the parameter's default
