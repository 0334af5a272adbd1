"""Translations: follow QGIS's user locale (or its override) and fall back to English."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from smartcity_plugin.toolbelt.paths import i18n_path

TRANSLATION_CONTEXT = "SmartCityCooperation"
# Translations asked for so far: an import asks for the same twenty sentences per activity, and each
# QCoreApplication.translate crosses into Qt. Emptied whenever the plugin's translator changes.
_translated: dict[str, str] = {}


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's single translation context."""
    translated = _translated.get(text)
    if translated is None:
        translated = _translated[text] = QCoreApplication.translate(TRANSLATION_CONTEXT, text)
    return translated


def user_language() -> str:
    """Two-letter language of the QGIS interface, as QGIS itself decides it."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    else:
        locale = QLocale.system().name()
    return (locale or "en")[:2]


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Install the plugin's translator for ``language``; None when English or not shipped."""
    language = language or user_language()
    qm_file = i18n_path(f"smartcity_plugin_{language}.qm")
    if language == "en" or not qm_file.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    _translated.clear()
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Undo :func:`install_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        _translated.clear()
