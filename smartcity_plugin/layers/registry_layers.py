"""Layers on the team registry (PostGIS): editable where the planner's role allows, and saying so where not."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsEditorWidgetSetup, QgsVectorLayer

from smartcity_plugin.core import schema
from smartcity_plugin.core.schema import EDITABLE_TABLES
from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.registry.connection import POSTGRES, layer_source, uri_of_layer
from smartcity_plugin.toolbelt.compat import CHANGE_ATTRIBUTE_VALUES, CHANGE_GEOMETRIES
from smartcity_plugin.toolbelt.i18n import tr

SPATIAL_TABLES = (schema.LAYER_CITIES, schema.LAYER_PROJECTS, schema.LAYER_FLOOD)
VERSION_FIELDS = ("row_version", "base_version", "updated_by", "updated_at")  # kept by the database
EDIT_CAPABILITIES = CHANGE_ATTRIBUTE_VALUES | CHANGE_GEOMETRIES


def open_registry_layer(connection: str, table: str, name: str) -> QgsVectorLayer:
    """A ``postgres`` layer on ``smartcity.<table>`` through the saved connection ``connection``.

    RegistryError when the registry still has the holes of an earlier version (it says how to upgrade).
    """
    from smartcity_plugin.io.registry.status import require_safe_connection

    require_safe_connection(connection)
    layer = QgsVectorLayer(layer_source(connection, table, table in SPATIAL_TABLES), name, POSTGRES)
    if not layer.isValid():
        provider = layer.dataProvider()
        detail = provider.error().summary() if provider is not None and not provider.error().isEmpty() else ""
        raise RegistryError(tr("The team registry's table smartcity.{} could not be opened through the connection "
                               "\"{}\": is the registry published there, and may your database role read it? {}")
                            .format(table, connection, detail).strip())
    if table not in EDITABLE_TABLES or not may_edit(layer):
        layer.setReadOnly(True)
    return layer


def is_registry_layer(layer) -> bool:
    """True for a layer on one of the registry's editable tables."""
    return (isinstance(layer, QgsVectorLayer) and layer.providerType() == POSTGRES
            and (uri := uri_of_layer(layer.source())) is not None and uri.table() in EDITABLE_TABLES)


def may_edit(layer: QgsVectorLayer) -> bool:
    """Whether the planner's database role may change the layer's records (QGIS asks the database)."""
    provider = layer.dataProvider()
    return provider is not None and bool(provider.capabilities() & EDIT_CAPABILITIES)


def protect_version_fields(layer: QgsVectorLayer) -> None:
    """Show who changed a record and its version, read-only; hide the field saves fill in.

    Call after styling: a style brings its own form configuration.
    """
    if not is_registry_layer(layer) or not may_edit(layer):
        return
    config = layer.editFormConfig()
    for name in VERSION_FIELDS:
        index = layer.fields().indexOf(name)
        if index >= 0:
            config.setReadOnly(index, True)
    layer.setEditFormConfig(config)
    base = layer.fields().indexOf("base_version")
    if base >= 0:
        layer.setEditorWidgetSetup(base, QgsEditorWidgetSetup("Hidden", {}))


def read_only_notice(layer: QgsVectorLayer) -> Optional[str]:
    """What to tell a planner whose role may only read the registry (None when they may edit)."""
    if not is_registry_layer(layer) or not layer.isValid() or may_edit(layer):
        return None  # an unreachable database is not a read-only role: QGIS reports the layer unavailable
    return tr("You can view and filter the team registry, but your database role may not change it, so its "
              "layers are read-only. To edit, ask the registry's administrator to grant you the role "
              "smartcity_editor.")
