""""Refresh from IATI": run again, one after another, the fetches kept in the project."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsProject

from smartcity_plugin.gui.fetch_dialog import report_fetch
from smartcity_plugin.gui.import_datasource import reload_layers_from
from smartcity_plugin.gui.import_task import AlgorithmTask
from smartcity_plugin.layers.project_state import load_fetches
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log


class IatiRefresh:
    """The project's fetches as QgsTasks in turn; each reports in the message bar, a failure stops none."""

    def __init__(self, iface, registry_changed: Callable[[], None], done: Optional[Callable[[], None]] = None) -> None:
        self.iface = iface
        self.registry_changed = registry_changed
        self.done = done
        self.pending: list[dict] = []
        self.running: Optional[AlgorithmTask] = None
        self.succeeded = 0

    def start(self) -> bool:
        """Begin; False (and a message) when the project keeps no fetch."""
        self.pending = load_fetches(QgsProject.instance())
        if not self.pending:
            log(tr("This project keeps no IATI query: fetch activities first (Fetch IATI activities…), save the "
                   "project, and Refresh from IATI runs the query again."), Qgis.MessageLevel.Info, push=True,
                iface=self.iface)
            return False
        log(tr("Refreshing {} IATI queries kept in the project.").format(len(self.pending)), Qgis.MessageLevel.Info,
            iface=self.iface)
        self._next()
        return True

    def _next(self) -> None:
        if not self.pending:
            self.running = None
            if self.done is not None:
                self.done()
            return
        parameters = dict(self.pending.pop(0), PROBLEMS="TEMPORARY_OUTPUT")
        self.running = AlgorithmTask("fetchiati", parameters, self._finished)
        self.running.start()

    def _finished(self, ok: bool, results: dict, context, feedback) -> None:
        if report_fetch(self.iface, ok, results, feedback):
            self.succeeded += 1
            if results.get("GEOPACKAGE"):
                reload_layers_from(Path(results["GEOPACKAGE"]))
            else:
                self.registry_changed()
        self._next()

    def stop(self) -> None:
        """Cancel what runs and drop the rest (the plugin unloads)."""
        self.pending = []
        if self.running is not None:
            self.running.stop()
            self.running = None
