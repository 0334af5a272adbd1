"""What the plugin keeps in the QGIS project: the planner's selection and the IATI fetches to run again."""

from __future__ import annotations

import json

from qgis.core import QgsProject

from smartcity_plugin.__about__ import SETTINGS_PREFIX
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.selection import Selection

FILTER_KEY = "project_filter"  # before the selection: the filter alone, re-written at every click
SELECTION_KEY = "selection"


def write_selection(project: QgsProject, selection: Selection) -> None:
    """Keep ``selection`` in the project (call it while the project is being saved)."""
    project.writeEntry(SETTINGS_PREFIX, SELECTION_KEY, json.dumps(selection.to_dict(), sort_keys=True))
    project.removeEntry(SETTINGS_PREFIX, FILTER_KEY)


def read_selection(project: QgsProject) -> Selection:
    """The selection kept in the project (a project saved before selections: its filter, no lens).

    Empty when there is none or it is unreadable (a hand-edited project starts clean rather than fail).
    """
    for key in (SELECTION_KEY, FILTER_KEY):
        text, found = project.readEntry(SETTINGS_PREFIX, key, "")
        if not found or not text:
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return Selection()
        return Selection.from_dict(data) if key == SELECTION_KEY else Selection(ProjectFilter.from_dict(data))
    return Selection()


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
