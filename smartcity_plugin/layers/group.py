"""The "Smart City Cooperation" layer group: add it once, restore what is missing, never twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Mapping, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from smartcity_plugin.core import schema
from smartcity_plugin.core.placement import PlaceGroup
from smartcity_plugin.layers import palette, presentation
from smartcity_plugin.layers.city_labels import refresh_city_labels
from smartcity_plugin.layers.placement import refresh_placement
from smartcity_plugin.layers.reading import totals_and_places
from smartcity_plugin.layers.sources import open_data_layer, open_read_only, sector_names
from smartcity_plugin.toolbelt.compat import field_type
from smartcity_plugin.toolbelt.i18n import tr, user_language
from smartcity_plugin.toolbelt.paths import resources_path, world_map_uri

GROUP_NAME = "Smart City Cooperation"
ROLE_PROPERTY = "smartcity_plugin/role"
GROUP_PROPERTY = "smartcity_plugin/group"
PROJECT_COUNT_FIELD = "project_count"
# Countries of Asia and the Pacific only: a regional base draws fast, and polygons far
# from the map (or across the antimeridian) cannot smear over it in a local CRS such
# as UTM 48N. ST_MinX etc. are the GeoPackage driver's own SQL functions.
COUNTRIES_SUBSET = (
    'ST_MaxX("geom") >= 60 AND ST_MinX("geom") <= 170 AND ST_MaxY("geom") >= -50 '
    'AND ST_MinY("geom") <= 55 AND ST_MaxX("geom") - ST_MinX("geom") < 180'
)


@dataclass(frozen=True)
class LayerRole:
    """One layer of the group, in legend order (top first)."""

    role: str
    title: Callable[[], str]
    style: str
    map_tip: Optional[Callable[[], str]]


# Projects above the cities (a city never hides a project; projects sit on a ring around it),
# national and regional programmes (their recipient countries) below both.
ROLES = (
    LayerRole("projects", lambda: tr("Cooperation projects"), "projects.qml", None),
    LayerRole("cities", lambda: tr("ASCN cities"), "ascn_cities.qml", presentation.city_map_tip),
    LayerRole("programmes", lambda: tr("National and regional programmes"), "programmes.qml",
              presentation.programme_map_tip),
    LayerRole("flood", lambda: tr("Flood-warning coverage"), "flood_coverage.qml", presentation.flood_map_tip),
    LayerRole("countries", lambda: tr("Countries (Natural Earth)"), "countries.qml", None),
)
BUNDLED_LAYERS = {"cities": schema.LAYER_CITIES, "projects": schema.LAYER_PROJECTS, "flood": schema.LAYER_FLOOD}


@dataclass
class GroupResult:
    """What :func:`add_cooperation_layers` did."""

    group: QgsLayerTreeGroup
    layers: dict[str, QgsVectorLayer] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    created_group: bool = False


def find_group(project: QgsProject) -> Optional[QgsLayerTreeGroup]:
    """The plugin's group, found by its mark (renaming it does not make a second one)."""
    root = project.layerTreeRoot()
    for group in root.findGroups(True):
        if group.customProperty(GROUP_PROPERTY):
            return group
    return root.findGroup(GROUP_NAME)


def layers_by_role(group: QgsLayerTreeGroup) -> dict[str, QgsVectorLayer]:
    """The group's layers, keyed by the role the plugin gave them."""
    found = {}
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(ROLE_PROPERTY):
            found[layer.customProperty(ROLE_PROPERTY)] = layer
    return found


def _open(role: LayerRole) -> QgsVectorLayer:
    if role.role in ("countries", "programmes"):
        # The subset in the URI: opened once with it, not opened and then re-queried.
        layer = open_read_only(f"{world_map_uri()}|subset={COUNTRIES_SUBSET}", role.title())
    else:
        layer = open_data_layer(BUNDLED_LAYERS[role.role], role.title())
    apply_style(layer, role.style)
    drop_empty_categories(layer)
    presentation.translate_legend(layer)
    if role.role == "cities":
        label_in_local_script(layer, user_language())
    layer.setCustomProperty(ROLE_PROPERTY, role.role)
    presentation.apply_aliases(layer)
    presentation.apply_value_maps(layer, sector_names())
    if layer.providerType() == "postgres":  # the team registry
        from smartcity_plugin.layers.registry_layers import protect_version_fields

        protect_version_fields(layer)
    return layer


def apply_style(layer: QgsVectorLayer, style: str) -> None:
    """Apply ``resources/styles/<style>``.

    The .qml is imported directly: loadNamedStyle would prefer a default style stored in
    the GeoPackage itself (QGIS's world map has one).
    """
    path = resources_path("styles", style)
    # A copy: importNamedStyle updates a style written by an older QGIS in place.
    document = _style_document(str(path), path.stat().st_mtime_ns).cloneNode(True).toDocument()
    ok, message = layer.importNamedStyle(document)
    if not ok:
        raise RuntimeError(f"The style {path} could not be applied: {message}")


@lru_cache(maxsize=len(ROLES))
def _style_document(path: str, modified_ns: int) -> QDomDocument:
    """A style file parsed once per version of the file (every added group and map uses it)."""
    document = QDomDocument()
    if not document.setContent(Path(path).read_bytes())[0]:
        raise RuntimeError(f"The style {path} is not valid XML.")
    return document


def label_in_local_script(cities: QgsVectorLayer, language: str) -> None:
    """Label the cities in the planner's language where the data has it (다낭; Đà Nẵng, กรุงเทพมหานคร at home)."""
    from smartcity_plugin.layers.place_names import city_name_expression

    labeling = cities.labeling()
    expression = city_name_expression(language, cities.fields().names())
    if labeling is None or expression == '"name"':
        return
    settings = labeling.settings()
    settings.isExpression = True
    settings.fieldName = expression
    labeling.setSettings(settings)


def drop_empty_categories(layer: QgsVectorLayer) -> None:
    """Keep only the legend entries that have features (and "Other" only when needed)."""
    renderer = layer.renderer()
    if renderer is None:
        return
    if renderer.type() == "RuleRenderer" and layer.fields().indexOf(schema.F_DONOR) >= 0:
        # The projects: one rule per donor, the donor's code in the rule's description.
        present = {str(v) for v in layer.uniqueValues(layer.fields().indexOf(schema.F_DONOR))}
        root = renderer.rootRule()
        listed = {rule.description() for rule in root.children()}
        for rule in list(root.children()):
            code = rule.description()
            if not (code in present if code else bool(present - listed)):
                root.removeChild(rule)
        return
    if renderer.type() != "categorizedSymbol":
        return
    present = {value for value in layer.uniqueValues(layer.fields().indexOf(renderer.classAttribute()))}
    listed = {category.value() for category in renderer.categories()}
    for index in reversed(range(len(renderer.categories()))):
        value = renderer.categories()[index].value()
        needed = value in present if value != "" else bool(present - listed)
        if not needed:
            renderer.deleteCategory(index)


def refresh_project_counts(
    cities: QgsVectorLayer, projects: QgsVectorLayer, counts: Optional[Mapping[str, int]] = None,
    programmes: Optional[QgsVectorLayer] = None, groups: Optional[list[PlaceGroup]] = None,
    groups_asked: bool = False,
) -> bool:
    """Give each city the number of projects the projects layer shows now (its symbol size).

    Counted here and written into the field's expression as a map: QGIS 3.22 resolves
    aggregate(layer:=…) only in the main project, so maps made elsewhere (Processing,
    headless export) would lose the sizes. ``counts`` (a summary's ``by_city``) and ``groups``
    (:func:`reading.totals_and_places`; ``groups_asked``: None there means SQL cannot group
    the layer) save reading the projects again. True when the
    projects are too many for a ring position each and each donor keeps one.
    """
    if counts is None or (groups is None and not groups_asked):  # one reading for both (the dock gives them)
        summary, _, groups = totals_and_places(projects)
        counts = summary.by_city if counts is None else counts
    expression = f"coalesce(map_get({presentation.map_literal(dict(sorted(counts.items())))}, \"city_id\"), 0)"
    index = cities.fields().indexOf(PROJECT_COUNT_FIELD)
    if index < 0:
        cities.addExpressionField(expression, QgsField(PROJECT_COUNT_FIELD, field_type("Int")))
        index = cities.fields().indexOf(PROJECT_COUNT_FIELD)
    elif cities.expressionField(index) != expression:
        cities.updateExpressionField(index, expression)
    cities.setFieldAlias(index, tr("Projects"))
    cities.triggerRepaint()
    locations, offsets, by_donor = refresh_placement(projects, cities, programmes, groups, groups_asked=True)
    refresh_city_labels(cities, locations, offsets, counts)  # names clear of the rings just placed
    cities.triggerRepaint()
    return by_donor


def add_cooperation_layers(project: Optional[QgsProject] = None) -> GroupResult:
    """Add the styled group to ``project``; on a second call add only what is missing."""
    project = project or QgsProject.instance()
    group = find_group(project)
    created = group is None
    if created:
        group = project.layerTreeRoot().insertGroup(0, GROUP_NAME)
        group.setCustomProperty(GROUP_PROPERTY, 1)
    result = GroupResult(group=group, layers=layers_by_role(group), created_group=created)
    for position, role in enumerate(ROLES):
        if role.role in result.layers:
            continue
        layer = _open(role)
        project.addMapLayer(layer, False)
        group.insertLayer(_insert_index(group, position), layer)
        result.layers[role.role] = layer
        result.added.append(role.role)
    projects = result.layers["projects"]
    projects.setMapTipTemplate(presentation.project_map_tip(sector_names()))
    for role in ROLES:
        if role.map_tip is not None:
            result.layers[role.role].setMapTipTemplate(role.map_tip())
    refresh_project_counts(result.layers["cities"], projects, programmes=result.layers["programmes"])
    return result


def reopen_cooperation_layers(project: Optional[QgsProject] = None) -> bool:
    """Open the group's data layers again from the data shown now, restyled (new donors get their legend).

    The base map layers stay. Returns False when the project has no cooperation group (nothing to reopen).
    """
    project = project or QgsProject.instance()
    group = find_group(project)
    if group is None:
        return False
    for role, layer in layers_by_role(group).items():
        if role in BUNDLED_LAYERS:
            project.removeMapLayer(layer.id())
    add_cooperation_layers(project)
    return True


def _insert_index(group: QgsLayerTreeGroup, position: int) -> int:
    """Where a layer of ROLES[position] goes so the group keeps ROLES order."""
    order = [r.role for r in ROLES]
    index = 0
    for child_index, node in enumerate(group.children()):
        layer = getattr(node, "layer", lambda: None)()
        role = layer.customProperty(ROLE_PROPERTY) if layer is not None else None
        if role in order and order.index(role) < position:
            index = child_index + 1
    return index


def asean_extent(crs: QgsCoordinateReferenceSystem, project: Optional[QgsProject] = None) -> QgsRectangle:
    """The ASEAN frame in ``crs`` (any projected or geographic CRS)."""
    project = project or QgsProject.instance()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    rectangle = QgsRectangle(*palette.ASEAN_EXTENT)
    if not crs.isValid() or crs == wgs84:
        return rectangle
    transform = QgsCoordinateTransform(wgs84, crs, project.transformContext())
    return transform.transformBoundingBox(rectangle)
