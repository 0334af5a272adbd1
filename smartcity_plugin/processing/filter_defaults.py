"""A selection as the values a Processing dialog opens with (the planner's filter, as the dock shows it).

Only the dialog opened from the plugin's menu is filled in: the algorithms' own defaults stay
empty, so a script or model that leaves a criterion out never depends on what the dock shows.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from qgis.core import QgsApplication

from smartcity_plugin.core.filter_model import LIST_CRITERIA, ProjectFilter
from smartcity_plugin.core.selection import Selection

CRITERIA = {item.name for item in fields(ProjectFilter)}  # a filter parameter is named as its criterion: DONORS


def _list_value(definition: Any, codes: tuple[str, ...]) -> Any:
    """``codes`` as the parameter ``definition`` takes them: a comma-separated text, or a pick list's entries."""
    if definition.type() != "enum":
        return ",".join(codes)
    if getattr(definition, "usesStaticStrings", lambda: False)():
        # All of them: the registered algorithm's list may be empty (QGIS starts without reading the data);
        # the dialog ticks the ones its own list offers.
        return list(codes)
    options = list(definition.options())
    return [options.index(code) for code in codes if code in options]


def filter_values(definitions: list, project_filter: ProjectFilter) -> dict:
    """Parameter name → value for the criteria ``project_filter`` sets, from an algorithm's parameter definitions."""
    values: dict[str, Any] = {}
    for definition in definitions:
        criterion = definition.name().lower()
        if criterion not in CRITERIA:
            continue
        value = getattr(project_filter, criterion)
        if criterion == "agencies" and value:  # the dock's spellings, ticked as the groups the list offers
            from smartcity_plugin.processing.choices import data_choices

            value = data_choices().agency_groups.labels_for_members(value) or value
        if criterion in LIST_CRITERIA:
            value = _list_value(definition, value) if value else None
        if value not in (None, "", []):
            values[definition.name()] = value
    return values


def dialog_values(algorithm_id: str, selection: Selection) -> dict:
    """What the dialog of ``algorithm_id`` opens with: the filter ``selection`` shows ({} for an unknown algorithm)."""
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if algorithm is None:
        return {}
    return filter_values(list(algorithm.parameterDefinitions()), selection.project_filter)
