"""What the current source feeds, brought up to date when it changes: cached tables, then the layer group.

:func:`source_follower` listens to :func:`~smartcity_plugin.layers.data_sources.source_holder`
and announces ``followed`` once the project's cooperation layers read the new data, so
whoever shows them (the dock: its choices and totals) reads the new layers, never the old.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal

from smartcity_plugin.layers.data_sources import Source, source_holder
from smartcity_plugin.layers.group import reopen_cooperation_layers
from smartcity_plugin.layers.sources import forget_cached_tables
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log


class SourceFollower(QObject):
    """Re-opens the project's cooperation layers from the new source; ``followed`` when done."""

    followed = pyqtSignal(object)  # the new Source, once the layers read it

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        source_holder().changed.connect(self.follow)

    def follow(self, source: Source) -> None:
        """The data shown changed: forget what was read from the old, re-open the group, announce it.

        A Qt slot: it never raises; data that cannot be opened ends in a message.
        """
        forget_cached_tables()
        try:
            reopen_cooperation_layers(QgsProject.instance())
        except Exception as error:  # noqa: BLE001 — a slot that raises shows QGIS's Python error dialog
            log(tr("The cooperation layers could not be opened from the data now shown ({}).").format(error),
                Qgis.MessageLevel.Critical, push=True)
            return
        self.followed.emit(source)


_FOLLOWER: list[SourceFollower] = []  # made on first use, by what shows or switches the data


def source_follower() -> SourceFollower:
    """The one follower of the current source."""
    if not _FOLLOWER:
        _FOLLOWER.append(SourceFollower())
    return _FOLLOWER[0]
