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


FETCH_KEY = "iati_fetches"


def save_fetch(project: QgsProject, parameters: dict) -> None:
    """Keep a fetch's algorithm parameters (the query and the data it feeds; never a key) in the project.

    A fetch with the same query into the same data replaces the one kept before.
    """
    kept = [p for p in load_fetches(project) if _same_fetch(p, parameters) is False]
    kept.append({name: value for name, value in parameters.items() if name != "PROBLEMS"})
    project.writeEntry(SETTINGS_PREFIX, FETCH_KEY, json.dumps(kept, sort_keys=True))


def load_fetches(project: QgsProject) -> list[dict]:
    """The fetches kept in the project, oldest first ([] when none or unreadable)."""
    text, found = project.readEntry(SETTINGS_PREFIX, FETCH_KEY, "")
    if not found or not text:
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return []
    return [entry for entry in data if isinstance(entry, dict)] if isinstance(data, list) else []


def _same_fetch(one: dict, other: dict) -> bool:
    names = {name for name in {*one, *other} if name not in ("PROBLEMS", "UNLOCATED")}
    return all(one.get(name) == other.get(name) for name in names)
