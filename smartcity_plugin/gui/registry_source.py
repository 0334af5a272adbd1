"""Make the team registry (PostGIS) the plugin's data, and publish to it, from the menu."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis

from smartcity_plugin.io.errors import DataUnavailableError
from smartcity_plugin.io.registry.connection import connection_uri, describe, open_database, saved_connections
from smartcity_plugin.io.registry.status import RegistryStatus, read_status
from smartcity_plugin.layers.data_sources import source_holder
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log


def check_registry(name: str) -> RegistryStatus:
    """Connect through the saved connection ``name`` and read the registry's state (RegistryError if none)."""
    uri = connection_uri(name)
    connection = open_database(uri, "check")
    try:
        return read_status(connection, tr("\"{}\" ({})").format(name, describe(uri)))
    finally:
        connection.close()


def use_registry(iface, name: str) -> bool:
    """Show the registry of connection ``name``; False (and a message naming the problem) when it cannot."""
    from smartcity_plugin.layers.source_follow import source_follower

    try:
        status = check_registry(name)
        source_follower()  # the layer group and the dock follow the switch (tables read from the old data forgotten)
        source_holder().use_registry(name)
    except DataUnavailableError as error:
        log(str(error), Qgis.MessageLevel.Critical, push=True, iface=iface)
        return False
    message = tr("The plugin now shows the team registry of \"{}\" (published {} by {}; data as of {}).").format(
        name, status.published_at, status.published_by, status.source_as_of)
    if not status.can_edit:
        message += " " + tr("Your database role {} may view and filter it but not edit it.").format(status.user)
    log(message, Qgis.MessageLevel.Success, push=True, iface=iface)
    return True


def ask_for_connection(iface) -> Optional[str]:
    """Let the planner pick a saved PostgreSQL connection; None when there is none or they cancel."""
    from qgis.PyQt.QtWidgets import QInputDialog

    names = saved_connections()
    if not names:
        log(tr("QGIS has no saved PostgreSQL connection. Add one in Data Source Manager ▸ PostgreSQL (with an "
               "authentication configuration for the user name and password), then try again."),
            Qgis.MessageLevel.Warning, push=True, iface=iface)
        return None
    current = source_holder().current().connection
    name, ok = QInputDialog.getItem(iface.mainWindow(), tr("Use the team registry"),
                                    tr("PostgreSQL connection of the registry:"), names,
                                    names.index(current) if current in names else 0, False)
    return name if ok and name else None
