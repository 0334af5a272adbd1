"""Watch the open project for team-registry layers: guard their saves, say when they are read-only."""

from __future__ import annotations

from typing import Iterable

from qgis.core import Qgis, QgsMapLayer, QgsProject
from qgis.PyQt.QtCore import QTimer

from smartcity_plugin.layers.edit_guard import guard, unguard
from smartcity_plugin.layers.registry_layers import read_only_notice
from smartcity_plugin.toolbelt.log import log


class RegistryWatch:
    """Guards every registry layer of the project, whoever added it (the plugin, a project file, the Browser).

    The plugin makes one when the first PostgreSQL layer arrives and hands it every layer added.
    """

    def __init__(self, iface) -> None:
        self.iface = iface
        self.told: set[str] = set()  # layer sources whose read-only state was reported
        self.layers_added(QgsProject.instance().mapLayers().values())

    def layers_added(self, layers: Iterable[QgsMapLayer]) -> None:
        """Guard new registry layers; tell a planner who may only read, once per table and session."""
        for layer in layers:
            if guard(layer, self.notify) is None:
                continue
            notice = read_only_notice(layer)
            if notice and layer.source() not in self.told:
                self.told.add(layer.source())
                self.notify(notice, Qgis.MessageLevel.Info)

    def notify(self, message: str, level: Qgis.MessageLevel) -> None:
        """Message bar and log; a refused save's explanation after QGIS's own "Commit errors", so on top."""
        if level == Qgis.MessageLevel.Critical:
            QTimer.singleShot(0, lambda: log(message, level, push=True, iface=self.iface))
        else:
            log(message, level, push=True, iface=self.iface)

    def stop(self) -> None:
        """Remove every guard (the plugin unloads)."""
        for layer in QgsProject.instance().mapLayers().values():
            unguard(layer)
