"""The plugin has none of the Qt5-only idioms QGIS's PyQt5 → PyQt6 guidance names (no QGIS needed).

The rules are those of QGIS's ``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` (see qt6_idioms.py);
each is first shown to catch its idiom in a small sample, then the whole plugin is scanned.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.unit.qt6_idioms import check_source, check_tree, load_table

# The one module allowed to name the old spellings, each behind a version switch.
COMPAT = "smartcity_plugin/toolbelt/compat.py"
EXEMPT = {COMPAT: {"moved-to-qtgui", "qgis-alias", "unscoped-enum"}}


@pytest.fixture(scope="module")
def table() -> dict:
    return load_table()


SAMPLES = [
    ("from PyQt5.QtCore import pyqtSignal", "pyqt-import"),
    ("import PyQt5.QtWidgets", "pyqt-import"),
    ("from qgis.PyQt.Qt import Qt", "qt-module"),
    ("from qgis.PyQt.QtWidgets import QAction, QMenu", "moved-to-qtgui"),
    ("from qgis.PyQt.QtWidgets import QShortcut", "moved-to-qtgui"),
    ("from qgis.PyQt.QtCore import QRegExp", "removed-class"),
    ("from qgis.PyQt.QtWidgets import QDesktopWidget", "removed-class"),
    ("from . import resources_rc", "resources-rc"),
    ("from qgis.PyQt.QtWidgets import qApp", "qapp"),
    ("dialog.exec_()", "exec_"),
    ("class D:\n    def exec_(self):\n        pass", "exec_"),
    ("menu.addAction(icon, 'Text', receiver, slot)", "add-action"),
    ("geometry = QApplication.desktop().screenGeometry()", "desktop"),
    ("value = QVariant()", "qvariant-null"),
    ("value = QVariant(QVariant.Int)", "qvariant-null"),
    ("when = QDateTime(2024, 1, 2, 3, 4, 5, 0, Qt.TimeSpec.UTC)", "qdatetime"),
    ("when = QDateTime(QDate(2024, 1, 2))", "qdatetime"),
    ("combo.activated[str].connect(slot)", "activated-str"),
    ("width = widget.fontMetrics().width('text')", "fontmetrics-width"),
    ("metrics = QFontMetrics(font)\nwidth = metrics.width('text')", "fontmetrics-width"),
    ("field = QgsField('name', QVariant.String)", "qvariant-type"),
    ("button = event.button() == Qt.MidButton", "renamed-enum"),
    ("label.setAlignment(Qt.AlignLeft)", "unscoped-enum"),
    ("if result != QgsLayoutExporter.Success: pass", "unscoped-enum"),
    ("item.setAtlasScalingMode(QgsLayoutItemMap.Fixed)", "unscoped-enum"),
    ("bar.pushMessage('t', 'x', Qgis.Warning)", "unscoped-enum"),
    ("flags = QgsProcessingAlgorithm.FlagNoThreading", "qgis-alias"),
    ("kind = QgsProcessing.TypeVector", "qgis-alias"),
    ("request.setFlags(QgsFeatureRequest.NoGeometry)", "qgis-alias"),
    ("request.setFlags(QgsFeatureRequest.Flag.NoGeometry)", "qgis-alias"),
    ("sink_type = QgsWkbTypes.Type.Point", "qgis-alias"),
    ("kind = QgsProcessing.SourceType.TypeVector", "qgis-alias"),
    ("direction = QgsCoordinateTransform.ForwardTransform", "qgis-alias"),
    ("class A(QgsProcessingAlgorithm):\n    def flags(self):\n        return self.FlagNoThreading", "qgis-alias"),
    ("class D(QDialog):\n    pass\nif D().exec() == D.Accepted: pass", "unscoped-enum"),
]


@pytest.mark.parametrize("source, rule", SAMPLES, ids=[rule + ":" + src[:40] for src, rule in SAMPLES])
def test_each_rule_catches_its_idiom(table, source, rule):
    findings = check_source(textwrap.dedent(source), "sample.py", table)
    assert rule in {finding.rule for finding in findings}, findings


@pytest.mark.parametrize("source", [
    "from qgis.PyQt.QtWidgets import QMenu",
    "dialog.exec()",
    "label.setAlignment(Qt.AlignmentFlag.AlignLeft)",
    "if result != QgsLayoutExporter.ExportResult.Success: pass",
    "bar.pushMessage('t', 'x', Qgis.MessageLevel.Warning)",
    "width = widget.fontMetrics().horizontalAdvance('text')",
    "field = QgsField('name', QMetaType.Type.QString)",
    "from qgis.core import NULL",
    "rectangle = extent.width()",
    "class A(QgsProcessingAlgorithm):\n    INPUT = 'INPUT'\n    def name(self):\n        return self.INPUT",
    "class D(QDialog):\n    pass\nif D().exec() == QDialog.DialogCode.Accepted: pass",
])
def test_qt6_forms_pass(table, source):
    assert check_source(source, "sample.py", table) == []


def test_the_plugin_has_no_qt5_only_idioms(repo_root, table):
    findings = check_tree(repo_root / "smartcity_plugin", table, EXEMPT)
    assert not findings, "Qt5-only idioms (QGIS 4 / Qt6 would fail):\n" + "\n".join(map(str, findings))


def test_only_the_compat_module_uses_its_exemptions(repo_root, table):
    """The exemptions are needed (compat really holds the Qt5 fallbacks) and cover nothing else."""
    compat = check_source((repo_root / COMPAT).read_text(encoding="utf-8"), COMPAT, table)
    assert {finding.rule for finding in compat} <= EXEMPT[COMPAT]
    assert "moved-to-qtgui" in {finding.rule for finding in compat}


def test_the_enum_table_covers_every_class_the_plugin_imports(table):
    """A class imported from qgis.*/qgis.PyQt.* that the table never saw would go unchecked."""
    from qt6_enum_table import imported_names

    missing = {name for _, name in imported_names()} - set(table["scanned"])
    assert not missing, f"run scripts/qt6_enum_table.py with QGIS's Python: {sorted(missing)} not in the table"
