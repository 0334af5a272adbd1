"""The plugin in Korean, Vietnamese, Indonesian and Thai: it follows QGIS's locale."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QMenu

import smartcity_plugin
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.plugin import MENU_OBJECT_NAME
from smartcity_plugin.toolbelt import i18n
from tests.conftest import ROOT

LANGUAGES = ("ko", "vi", "id", "th")


def translations(language: str) -> dict[str, str]:
    root = ElementTree.parse(ROOT / "i18n" / f"smartcity_plugin_{language}.ts").getroot()
    return {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}


def test_every_string_is_translated_in_every_language():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--verify"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_takes_the_values_its_source_takes(language):
    """A translation may reorder its values ({1} … {0}) but never asks for one more or of another kind."""
    import string

    broken = []
    for source, translation in translations(language).items():
        fields = [name for _, name, _, _ in string.Formatter().parse(source) if name is not None]
        if not fields:
            continue
        values = [11 * (position + 1) for position in range(len(fields))]  # numbers suit {}, {:g} and {:,.0f}
        named = {name.split(".")[0].split("[")[0]: 11 for name in fields if name and not name.isdigit()}
        try:
            source.format(*values, **named)
        except (IndexError, KeyError, ValueError, AttributeError, TypeError):
            continue  # not a template filled by str.format
        try:
            translation.format(*values, **named)
        except (IndexError, KeyError, ValueError) as error:
            broken.append(f"{source!r} → {translation!r}: {error}")
    assert not broken


@pytest.fixture()
def interface_language(tmp_path, monkeypatch):
    """Set QGIS's interface language as a user does (Settings ▸ Options ▸ General ▸ Override)."""
    settings = QgsSettings()
    saved = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")

    def choose(language: str) -> None:
        ts = ROOT / "i18n" / f"smartcity_plugin_{language}.ts"
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(tmp_path / ts.with_suffix(".qm").name)], check=True)
        monkeypatch.setattr(i18n, "i18n_path", lambda name: tmp_path / name)
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)

    yield choose
    settings.setValue("locale/overrideFlag", saved[0] or False)
    settings.setValue("locale/userLocale", saved[1] or "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_plugin_speaks_the_interface_language(language, interface_language, desktop_iface, qgis_new_project):
    interface_language(language)
    expected = translations(language)
    plugin = smartcity_plugin.classFactory(desktop_iface)
    plugin.initGui()
    try:
        window = desktop_iface.mainWindow()
        menu = window.findChild(QMenu, MENU_OBJECT_NAME)
        assert menu.title() == expected["Smart City Cooperation"] != "Smart City Cooperation"
        texts = [action.text() for action in menu.actions()]
        assert expected["Add cooperation layers"] in texts
        provider = QgsApplication.processingRegistry().providerById("smartcity")
        assert provider.algorithm("filterprojects").displayName() == expected["Filter cooperation projects"]
        plugin.toggle_dock(True)
        dock = window.findChild(QDockWidget, "SmartCityCooperationDock")
        labels = {label.text() for label in dock.findChildren(QLabel)}
        assert expected["Donor countries"] in labels and "Donor countries" not in labels
        group = layers_by_role(find_group(QgsProject.instance()))  # the dock added the layers
        legend = [rule.label() for rule in group["projects"].renderer().rootRule().children()]
        assert legend[:2] == [expected["United States"], expected["Korea"]]
        countries = [rule.label() for rule in group["countries"].renderer().rootRule().children()]
        assert countries == [expected["ASEAN member states"], expected["Other countries"]]
    finally:
        plugin.unload()
