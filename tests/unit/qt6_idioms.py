"""A static checker for the Qt5-only idioms of QGIS's PyQt5 → PyQt6 migration guidance.

Our own implementation (no QGIS needed) of the rules of QGIS's migration script
``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` (qgis/QGIS, by Julien Cabieces, GPL-2.0+;
see the QGIS 4 porting notes). Each rule below names what that script rewrites or warns
about. The enum rules read ``qt6_enums.json``, written by ``scripts/qt6_enum_table.py`` by
introspecting QGIS the way the script's ``get_class_enums`` does.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("qt6_enums.json")

# Qt enum values renamed in Qt6 (script: deprecated_renamed_enums).
RENAMED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
# Classes Qt6 moved from QtWidgets to QtGui (Qt 6 porting guide, "Qt GUI" changes).
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoGroup", "QUndoStack",
                  "QFileSystemModel"}
# Classes Qt6 removed (script: import_warnings, QDesktopWidget warning).
REMOVED_CLASSES = {"QRegExp": "QRegularExpression", "QRegExpValidator": "QRegularExpressionValidator",
                   "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen())"}
DIRECT_BINDINGS = ("PyQt5", "PyQt6", "sip")


@dataclass(frozen=True)
class Finding:
    """One Qt5-only idiom at ``path:line``."""

    path: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: [{self.rule}] {self.message}"


def load_table(path: Path = TABLE_PATH) -> dict:
    """The enum table written by scripts/qt6_enum_table.py."""
    return json.loads(path.read_text(encoding="utf-8"))


def _dotted(node: ast.AST) -> str | None:
    """``A.B.C`` for a chain of names, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def check_source(source: str, path: str, table: dict) -> list[Finding]:  # noqa: C901 - one branch per rule
    """Every Qt5-only idiom in ``source``."""
    tree = ast.parse(source, filename=path)
    findings: list[Finding] = []
    unscoped, aliases = table["unscoped"], table["qgis_aliases"]
    font_metrics_names: set[str] = set()

    def add(node: ast.AST, rule: str, message: str) -> None:
        findings.append(Finding(path, getattr(node, "lineno", 0), rule, message))

    parents: dict[ast.AST, ast.AST] = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            parents[child] = parent
    # Enums reached through a subclass (script: get_class_enums' all_subclasses): ``self.X`` in a
    # class of ours, or ``OurClass.X``, is the base class's ``X``.
    bases_of: dict[str, list[str]] = {}
    enclosing: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases_of[node.name] = [base.id for base in node.bases if isinstance(base, ast.Name)]
            for inner in ast.walk(node):
                enclosing[inner] = node.name

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            root = module.split(".")[0]
            names = {alias.name for alias in node.names}
            if root in DIRECT_BINDINGS:  # script: fix_pyqt_import
                add(node, "pyqt-import", f"'from {module}': import through qgis.PyQt")
            if module == "qgis.PyQt.Qt":  # script: qgis.PyQt.Qt → qgis.PyQt.QtCore
                add(node, "qt-module", "qgis.PyQt.Qt is gone in Qt6: import Qt from qgis.PyQt.QtCore")
            if module.endswith("QtWidgets"):
                for name in sorted(names & MOVED_TO_QTGUI):
                    add(node, "moved-to-qtgui", f"{name} lives in QtGui in Qt6: take it from toolbelt.compat")
            for name in sorted(names & set(REMOVED_CLASSES)):  # script: import_warnings
                add(node, "removed-class", f"{name} is removed in Qt6: use {REMOVED_CLASSES[name]}")
            if "resources_rc" in names or module.endswith("resources_rc"):
                add(node, "resources-rc", "compiled resources are removed in Qt6: load files by path")
            if "qApp" in names:
                add(node, "qapp", "qApp is removed in Qt6: use QApplication.instance()")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in DIRECT_BINDINGS:
                    add(node, "pyqt-import", f"'import {alias.name}': import through qgis.PyQt")
        elif isinstance(node, ast.FunctionDef) and node.name == "exec_":  # script: rename_function_definitions
            add(node, "exec_", "def exec_: Qt6 names it exec")
        elif isinstance(node, ast.Assign):  # script: visit_assign (QFontMetrics objects)
            if (isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                    and node.value.func.id in ("QFontMetrics", "QFontMetricsF")):
                font_metrics_names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.Subscript):  # script: visit_subscript
            if (isinstance(node.value, ast.Attribute) and node.value.attr == "activated"
                    and isinstance(node.slice, ast.Name) and node.slice.id == "str"):
                add(node, "activated-str", "activated[str] is removed in Qt6: use textActivated")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                if func.attr == "exec_":  # script: rename_function_attributes
                    add(node, "exec_", ".exec_() is removed in Qt6: call .exec()")
                elif func.attr == "addAction" and len(node.args) >= 4:
                    add(node, "add-action", "fragile addAction(...) overload: build a QAction, then addAction(it)")
                elif func.attr == "desktop" and not node.args:
                    add(node, "desktop", "QApplication.desktop() (QDesktopWidget) is removed in Qt6")
            elif isinstance(func, ast.Name) and func.id == "QVariant":  # script: invalid QVariant → NULL
                if not node.args or (len(node.args) == 1 and _dotted(node.args[0]) or "").startswith("QVariant."):
                    add(node, "qvariant-null", "QVariant() as NULL: use qgis.core.NULL")
            elif isinstance(func, ast.Name) and func.id == "QDateTime":  # script: _fix_qdatetime_construct
                if len(node.args) == 8 or (len(node.args) == 1 and isinstance(node.args[0], ast.Call)
                                           and _dotted(node.args[0].func) == "QDate"):
                    add(node, "qdatetime", "QDateTime(y, m, d, …)/QDateTime(QDate) fail in Qt6: pass QDate and QTime")
        elif isinstance(node, ast.Name) and node.id == "qApp" and isinstance(node.ctx, ast.Load):
            add(node, "qapp", "qApp is removed in Qt6: use QApplication.instance()")

        if isinstance(node, ast.Attribute):
            if node.attr == "width" and isinstance(node.value, (ast.Call, ast.Name)):  # script: visit_attribute
                value = node.value
                is_metrics = (
                    (isinstance(value, ast.Name) and value.id in font_metrics_names)
                    or (isinstance(value, ast.Call) and (
                        (isinstance(value.func, ast.Attribute) and value.func.attr == "fontMetrics")
                        or (isinstance(value.func, ast.Name) and value.func.id in ("QFontMetrics", "QFontMetricsF"))))
                )
                if is_metrics:
                    add(node, "fontmetrics-width", "QFontMetrics.width() is removed in Qt6: use horizontalAdvance()")
            if not isinstance(node.value, ast.Name):
                continue
            owner, attr = node.value.id, node.attr
            if owner == "self" and node in enclosing:
                owner = enclosing[node]
            for base in bases_of.get(owner, ()):
                if f"{base}.{attr}" in unscoped or f"{base}.{attr}" in aliases:
                    owner = base
                    break
            key = f"{owner}.{attr}"
            if owner == "QVariant" and attr not in ("Type",):  # script: fix_qvariant_type (QGIS 4 mode)
                add(node, "qvariant-type", f"{key}: Qt6 wants QMetaType.Type; take field types from toolbelt.compat")
            elif (owner, attr) in RENAMED_ENUMS:  # script: deprecated_renamed_enums
                add(node, "renamed-enum", f"{key} is renamed in Qt6: {RENAMED_ENUMS[(owner, attr)]}")
            elif key in aliases:  # QGIS's compatibility names for its Qgis.* enums
                add(node, "qgis-alias", f"{key} is an alias QGIS 4 drops: use {aliases[key]} (via toolbelt.compat)")
            elif key in unscoped and not isinstance(parents.get(node), ast.Attribute):  # script: fix_qt_enums
                add(node, "unscoped-enum", f"{key} is unscoped: PyQt6 needs {owner}.{unscoped[key]}.{attr}")
    return findings


def check_tree(folder: Path, table: dict, exempt: dict[str, set[str]] | None = None) -> list[Finding]:
    """Findings for every Python file under ``folder``; ``exempt`` maps a relative path to rules it may break."""
    exempt = exempt or {}
    findings = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(folder.parent).as_posix()
        allowed = exempt.get(relative, set())
        findings.extend(f for f in check_source(path.read_text(encoding="utf-8"), relative, table)
                        if f.rule not in allowed)
    return findings
