"""The plugin's page in Settings ▸ Options: registered with the plugin, gone after unload, writes typed settings."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings

import smartcity_plugin
from smartcity_plugin.gui.options_page import SmartCityOptionsPage
from smartcity_plugin.plugin_options import SmartCityOptionsFactory
from smartcity_plugin.toolbelt.settings import PluginSettings, get_setting, read_settings, setting_key


@pytest.fixture()
def clean_settings(qgis_app):
    """Every plugin setting at its default before and after the test."""
    keys = [setting_key(name) for name in vars(PluginSettings())]
    saved = {key: QgsSettings().value(key) for key in keys}
    for key in keys:
        QgsSettings().remove(key)
    yield
    for key, value in saved.items():
        if value is None:
            QgsSettings().remove(key)
        else:
            QgsSettings().setValue(key, value)


def test_the_page_comes_with_the_plugin_and_goes_with_it(desktop_iface, clean_settings):
    plugin = smartcity_plugin.classFactory(desktop_iface)
    plugin.initGui()
    try:
        factories = list(desktop_iface.options_factories)
        assert len(factories) == 1 and isinstance(factories[0], SmartCityOptionsFactory)
        assert factories[0].title() == "Smart City Cooperation" and not factories[0].icon().isNull()
    finally:
        plugin.unload()
    assert desktop_iface.options_factories == []


def test_the_page_shows_and_stores_the_settings_typed(clean_settings):
    QgsSettings().setValue(setting_key("catalogue_url"), "https://data.example.org/cooperation.gpkg")
    QgsSettings().setValue(setting_key("registry_connection"), "team")
    page = SmartCityOptionsFactory(SmartCityOptionsPage().windowIcon()).createWidget()
    assert page.catalogue_url.text() == "https://data.example.org/cooperation.gpkg"
    assert not page.allow_http.isChecked()
    assert "the team registry (team)" in page.data_shown.text()

    page.catalogue_url.setText("  http://10.0.0.5/cooperation.gpkg ")
    page.allow_http.setChecked(True)
    page.export_folder.setFilePath("/tmp/maps")
    page.apply()
    settings = read_settings()
    assert settings.catalogue_url == "http://10.0.0.5/cooperation.gpkg"
    assert settings.catalogue_allow_http is True and get_setting("catalogue_allow_http") is True
    assert settings.export_folder == "/tmp/maps"
    assert settings.registry_connection == "team"  # the page does not touch what the menu chooses

    page.allow_http.setChecked(False)
    page.apply()
    assert QgsSettings().contains(setting_key("catalogue_allow_http")) is False  # a default removes the key
    assert SmartCityOptionsPage().allow_http.isChecked() is False


def test_an_unknown_setting_is_refused(qgis_app):
    with pytest.raises(KeyError):
        setting_key("data_sourse")
