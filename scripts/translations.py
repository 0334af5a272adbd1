"""Collect the plugin's tr() strings into i18n/*.ts and compile them to .qm with lrelease.

pylupdate5 files a module-level tr() call under its enclosing class, while the plugin
translates everything in one context (toolbelt/i18n.py); so the strings are collected
here from the syntax tree. Existing translations are kept; new strings are marked
unfinished; strings no longer in the code are dropped. `--check` fails when any
language has unfinished or missing entries.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess  # nosec B404: runs Qt's lrelease on our own files
import sys
import xml.etree.ElementTree as ElementTree  # nosec B405: parses our own .ts files, not untrusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "smartcity_plugin"
I18N = ROOT / "i18n"
LANGUAGES = ("ko", "vi", "id", "th")
CONTEXT = "SmartCityCooperation"  # toolbelt/i18n.py TRANSLATION_CONTEXT


def collect() -> dict[str, list[tuple[str, int]]]:
    """Source text → [(file, line)], in order of first appearance."""
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                calls.append((str(path.relative_to(ROOT)), node.lineno, node.args[0].value))
    found: dict[str, list[tuple[str, int]]] = {}
    for file, line, text in sorted(calls):  # file and line order: stable, reviewable .ts files
        found.setdefault(text, []).append((file, line))
    return found


def data_strings() -> dict[str, list[tuple[str, int]]]:
    """Names the plugin shows from data: sectors, countries, statuses (translated with tr() at run time)."""
    import csv

    sys.path.insert(0, str(ROOT))
    from smartcity_plugin.core.names import COUNTRY_NAMES, PROSE_NAMES
    from smartcity_plugin.core.schema import PROJECT_STATUSES

    found: dict[str, list[tuple[str, int]]] = {}
    sectors = ROOT / "resources" / "data" / "sources" / "sectors.csv"
    with sectors.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if row["taxonomy"] in ("presentation", "presentation_solution", "kearney", "ascn"):
                found.setdefault(row["name"], []).append((str(sectors.relative_to(ROOT)), line))
    names = ROOT / "smartcity_plugin" / "core" / "names.py"
    for text in (*COUNTRY_NAMES.values(), *PROSE_NAMES.values()):
        found.setdefault(text, [(str(names.relative_to(ROOT)), 1)])
    schema = ROOT / "smartcity_plugin" / "core" / "schema.py"
    for status in PROJECT_STATUSES:
        found.setdefault(status, [(str(schema.relative_to(ROOT)), 1)])
    return found


def existing(ts_file: Path) -> dict[str, str]:
    """Finished translations already in ``ts_file``."""
    if not ts_file.is_file():
        return {}
    translations = {}
    for message in ElementTree.parse(ts_file).getroot().iter("message"):  # nosec B314: our own file
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None and translation.text and translation.get("type") != "unfinished":
            translations[source] = translation.text
    return translations


def write_ts(language: str, strings: dict[str, list[tuple[str, int]]]) -> tuple[int, int]:
    """Write i18n/smartcity_plugin_<language>.ts; return (finished, unfinished)."""
    ts_file = I18N / f"smartcity_plugin_{language}.ts"
    known = existing(ts_file)
    root = ElementTree.Element("TS", version="2.1", language=language)
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    finished = 0
    for source, places in strings.items():
        message = ElementTree.SubElement(context, "message")
        for file, line in places:
            ElementTree.SubElement(message, "location", filename=f"../{file}", line=str(line))
        ElementTree.SubElement(message, "source").text = source
        translation = ElementTree.SubElement(message, "translation")
        if source in known:
            translation.text = known[source]
            finished += 1
        else:
            translation.set("type", "unfinished")
    ElementTree.indent(root)
    I18N.mkdir(exist_ok=True)
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ElementTree.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return finished, len(strings) - finished


def compile_qm() -> None:
    """lrelease every .ts into a .qm beside it."""
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for ts_file in sorted(I18N.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts_file)], check=True)  # nosec B603


def verify(strings: dict) -> int:
    """Every string of the code translated in every language (nothing written)."""
    problems = 0
    for language in LANGUAGES:
        known = existing(I18N / f"smartcity_plugin_{language}.ts")
        missing = [text for text in strings if text not in known]
        problems += len(missing)
        print(f"translations: {language}: {len(strings) - len(missing)} of {len(strings)} translated")
        for text in missing[:5]:
            print(f"translations:   {language} lacks: {text[:70]!r}", file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on unfinished or missing translations")
    parser.add_argument("--verify", action="store_true", help="check the .ts files against the code; write nothing")
    args = parser.parse_args()
    strings = collect()
    for text, places in data_strings().items():
        strings.setdefault(text, places)
    if args.verify:
        return verify(strings)
    missing = 0
    for language in LANGUAGES:
        finished, unfinished = write_ts(language, strings)
        missing += unfinished
        print(f"translations: {language}: {finished} of {len(strings)} translated")
    compile_qm()
    if args.check and missing:
        print(f"translations: {missing} entries unfinished or missing", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
