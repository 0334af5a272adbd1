"""Show a selection on layers: each layer filtered in the dialect its provider understands."""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from qgis.core import QgsVectorLayer

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.core.selection import Selection
from smartcity_plugin.core.selection_query import UnquotableValueError, cities_condition, projects_condition
from smartcity_plugin.toolbelt.i18n import tr


def subset_string(layer: QgsVectorLayer, project_filter: ProjectFilter, sectors: Optional[SectorCatalogue]) -> str:
    """The subset string that shows ``project_filter``'s projects on ``layer``.

    UnquotableValueError when a value cannot be written in the layer's SQL.
    """
    return projects_condition(project_filter, sectors, layer.providerType())


def _set_subset(layer: QgsVectorLayer, subset: str) -> bool:
    """Set ``subset`` unless the layer has it already (a new subset string makes the provider count again)."""
    return subset == layer.subsetString() or layer.setSubsetString(subset)


def apply_project_filter(
    layer: QgsVectorLayer, project_filter: ProjectFilter, sectors: Optional[SectorCatalogue] = None
) -> bool:
    """Filter ``layer`` to the matching projects; False when the provider refused the filter."""
    try:
        subset = subset_string(layer, project_filter, sectors)
    except UnquotableValueError:
        return False
    return _set_subset(layer, subset)


def apply_selection(layers: Mapping[str, QgsVectorLayer], selection: Selection,
                    sectors: Optional[SectorCatalogue]) -> bool:
    """Show ``selection`` on the group's projects and cities; False (cities untouched) when the projects refused it."""
    return show_projects_and_cities(layers, selection.project_filter, selection.city_ids, sectors)


def show_projects_and_cities(layers: Mapping[str, QgsVectorLayer], project_filter: ProjectFilter,
                             city_ids: Optional[Sequence[str]], sectors: Optional[SectorCatalogue]) -> bool:
    """The projects ``project_filter`` keeps and the cities ``city_ids`` names (None: the filter's places)."""
    if not apply_project_filter(layers["projects"], project_filter, sectors):
        return False
    cities = layers["cities"]
    return _set_subset(cities, cities_condition(project_filter, city_ids, cities.providerType()))


def refused_reason(layer: QgsVectorLayer, project_filter: ProjectFilter, sectors: Optional[SectorCatalogue]) -> str:
    """For a message: the subset string the provider refused, or why none could be written."""
    try:
        return subset_string(layer, project_filter, sectors)
    except UnquotableValueError:
        return tr("a filter value holds a NUL character, which PostgreSQL cannot compare")
