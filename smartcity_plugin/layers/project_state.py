"""The dock's filter, kept in the QGIS project so it comes back when the project is reopened."""

from __future__ import annotations

import json

from qgis.core import QgsProject

from smartcity_plugin.__about__ import SETTINGS_PREFIX
from smartcity_plugin.core.filter_model import ProjectFilter

FILTER_KEY = "project_filter"


def save_filter(project: QgsProject, project_filter: ProjectFilter) -> None:
    """Store the filter in the project (saved with it)."""
    project.writeEntry(SETTINGS_PREFIX, FILTER_KEY, json.dumps(project_filter.to_dict(), sort_keys=True))


def load_filter(project: QgsProject) -> ProjectFilter:
    """The filter stored in the project; an empty filter when there is none or it is unreadable."""
    text, found = project.readEntry(SETTINGS_PREFIX, FILTER_KEY, "")
    if not found or not text:
        return ProjectFilter()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return ProjectFilter()  # a hand-edited project: start clean rather than fail
    return ProjectFilter.from_dict(data) if isinstance(data, dict) else ProjectFilter()
