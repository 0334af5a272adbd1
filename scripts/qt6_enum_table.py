"""Record which enum spellings of the classes the plugin uses a Qt6 build of QGIS refuses.

Run with QGIS's Python (``.venv/bin/python scripts/qt6_enum_table.py``), once on each QGIS
you have: every run adds what that QGIS shows to ``tests/unit/qt6_enums.json``, which the
unit test ``tests/unit/test_qt6_idioms.py`` reads without QGIS. For each class the plugin
imports from ``qgis.*`` and ``qgis.PyQt.*`` (and for ``Qt``) it records:

- ``unscoped``: ``Class.Member`` → ``Enum`` for enum members reachable without their enum's
  name. PyQt6 refuses them; QGIS's ``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` builds the
  same map by introspection (``get_class_enums``) and rewrites them to ``Class.Enum.Member``.
- ``qgis_aliases``: ``Class.Name`` → ``Qgis.Enum[.Member]`` for names QGIS keeps only as
  compatibility aliases of its scoped ``Qgis`` enums (the "monkey patching scoped based enum"
  lines of ``python/core/auto_additions``), which QGIS 4 drops.
"""

from __future__ import annotations

import ast
import enum
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "smartcity_plugin"
TABLE = ROOT / "tests" / "unit" / "qt6_enums.json"
MODULES = ("qgis.core", "qgis.gui", "qgis.analysis", "qgis.PyQt.")
ALWAYS = (("qgis.PyQt.QtCore", "Qt"), ("qgis.core", "Qgis"))


def imported_names(folder: Path = PLUGIN) -> set[tuple[str, str]]:
    """(module, name) of every ``from qgis… import name`` in ``folder``'s Python files."""
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(MODULES):
                found.update((node.module, alias.name) for alias in node.names)
    return found


def _is_sip_enum(value) -> bool:
    return isinstance(value, type) and type(value).__name__ == "enumtype"


def _is_python_enum(value) -> bool:
    return isinstance(value, type) and issubclass(value, enum.Enum)


def class_entries(name: str, cls) -> tuple[dict[str, str], dict[str, str]]:
    """(unscoped, qgis_aliases) entries of one class, keyed ``Class.Name``."""
    unscoped, aliases = {}, {}
    attributes = {}
    for attr in dir(cls):
        try:
            attributes[attr] = getattr(cls, attr)
        except Exception:  # noqa: BLE001 - some sip descriptors cannot be read from the class
            continue
    sip_enums = {attr: value for attr, value in attributes.items() if _is_sip_enum(value)}
    for attr, value in attributes.items():
        if _is_python_enum(value) and getattr(value, "baseClass", None) is not None:
            owner = value.baseClass.__name__
            if owner == "Qgis" and name != "Qgis":
                aliases[f"{name}.{attr}"] = f"Qgis.{value.__name__}"
        elif isinstance(value, enum.Enum):
            kind = type(value)
            owner = getattr(kind, "baseClass", None)
            owner_name = owner.__name__ if owner is not None else name
            if owner_name == "Qgis" and name != "Qgis":
                aliases[f"{name}.{attr}"] = f"Qgis.{kind.__name__}.{value.name}"
            elif attr != kind.__name__:
                unscoped[f"{name}.{attr}"] = kind.__name__
        elif attr not in sip_enums:
            for enum_attr, enum_type in sip_enums.items():
                if isinstance(value, enum_type) and enum_attr == enum_type.__name__:
                    unscoped[f"{name}.{attr}"] = enum_attr
                    break
    return unscoped, aliases


def build() -> dict:
    """The table as this QGIS shows it."""
    from qgis.core import Qgis

    unscoped, aliases, scanned = {}, {}, set()
    for module_name, name in sorted(imported_names() | set(ALWAYS)):
        scanned.add(name)
        value = getattr(importlib.import_module(module_name), name, None)
        if isinstance(value, type):
            more_unscoped, more_aliases = class_entries(name, value)
            unscoped.update(more_unscoped)
            aliases.update(more_aliases)
    return {"generated_with": [Qgis.QGIS_VERSION.split("-")[0]], "scanned": sorted(scanned),
            "unscoped": unscoped, "qgis_aliases": aliases}


def merge(old: dict, new: dict) -> dict:
    """``old`` with what ``new`` adds (a name seen on any QGIS stays recorded)."""
    return {
        "generated_with": sorted(set(old.get("generated_with", [])) | set(new["generated_with"])),
        "scanned": sorted(set(old.get("scanned", [])) | set(new["scanned"])),
        "unscoped": dict(sorted({**old.get("unscoped", {}), **new["unscoped"]}.items())),
        "qgis_aliases": dict(sorted({**old.get("qgis_aliases", {}), **new["qgis_aliases"]}.items())),
    }


def main() -> int:
    old = json.loads(TABLE.read_text(encoding="utf-8")) if TABLE.exists() else {}
    table = merge(old, build())
    TABLE.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{TABLE}: {len(table['unscoped'])} unscoped names, {len(table['qgis_aliases'])} Qgis aliases, "
          f"{len(table['scanned'])} names, from QGIS {', '.join(table['generated_with'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
