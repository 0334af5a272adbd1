"""Settings live in one typed module: nothing else touches QgsSettings or builds a settings key (no QGIS)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "smartcity_plugin"
SETTINGS_MODULE = PACKAGE_DIR / "toolbelt" / "settings.py"
# QGIS's own interface language (locale/userLocale) is read where the translator is installed.
QGIS_OWN_KEYS = {PACKAGE_DIR / "toolbelt" / "i18n.py"}


def setting_names() -> list[str]:
    """The fields of PluginSettings, read from the module's source."""
    tree = ast.parse(SETTINGS_MODULE.read_text(encoding="utf-8"))
    settings = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "PluginSettings")
    return [node.target.id for node in settings.body if isinstance(node, ast.AnnAssign)]


KEY_BUILT_BY_HAND = re.compile(r"SETTINGS_PREFIX\}}/|smartcity_plugin/(?:{})\b".format("|".join(setting_names())))


def sources():
    return {path: path.read_text(encoding="utf-8") for path in PACKAGE_DIR.rglob("*.py")}


def test_only_the_settings_module_uses_qgssettings():
    using = sorted(str(path.relative_to(PACKAGE_DIR)) for path, text in sources().items()
                   if "QgsSettings" in text and path != SETTINGS_MODULE and path not in QGIS_OWN_KEYS)
    assert using == []
    assert "QgsSettings" in SETTINGS_MODULE.read_text(encoding="utf-8")  # the grep reads real files


def test_no_settings_key_is_spelled_outside_the_settings_module():
    assert {"data_source", "registry_connection", "catalogue_url"} <= set(setting_names())
    spelled = sorted(f"{path.relative_to(PACKAGE_DIR)}: {match.group(0)}" for path, text in sources().items()
                     if path != SETTINGS_MODULE for match in KEY_BUILT_BY_HAND.finditer(text))
    assert spelled == []


def test_only_the_source_holder_reads_which_data_is_shown():
    holder = PACKAGE_DIR / "layers" / "data_sources.py"
    reading = re.compile(r"""get_setting\(\s*["'](?:data_source|registry_connection)["']|read_settings\(\)\.(?:data_source|registry_connection)""")
    readers = sorted(str(path.relative_to(PACKAGE_DIR)) for path, text in sources().items()
                     if path != holder and reading.search(text))
    assert readers == []
    assert reading.search(holder.read_text(encoding="utf-8"))
