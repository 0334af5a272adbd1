"""Widgets and actions of the QGIS desktop; nothing outside gui imports from here."""
