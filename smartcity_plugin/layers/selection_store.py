"""The planner's selection for the open project: held in one object, written when the project is saved.

The dock's controller owns a :class:`SelectionStore` and hands its selection to the layers,
the export dialog and the Processing dialogs. The project entry is written only while QGIS
saves the project (its ``writeProject`` signal, as DataPlotly keeps its plots) and read only
when a project is opened, so filtering never writes into the project behind the planner's back.
"""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsProject

from smartcity_plugin.core.selection import Selection
from smartcity_plugin.layers.project_state import read_selection, write_selection


class SelectionStore:
    """Holds the selection of the open project; tells its listeners when a project is opened or cleared."""

    def __init__(self, project: Optional[QgsProject] = None) -> None:
        # QgsProject.instance() is asked for each time, not kept: a wrapper kept in a garbage cycle
        # (dock ↔ store) and collected takes every Python connection made through it along.
        self._project = project
        self.listeners: list[Callable[[Selection], None]] = []  # called with the selection a project brings
        self.selection = read_selection(self.project)  # the project open now was read before we existed
        self.project.writeProject.connect(self._write)
        self.project.readProject.connect(self._read)
        self.project.cleared.connect(self._cleared)

    @property
    def project(self) -> QgsProject:
        """The project whose selection this is (the open project unless another was given)."""
        return self._project if self._project is not None else QgsProject.instance()

    def set_selection(self, selection: Selection, by_planner: bool = True) -> None:
        """The dock shows ``selection`` now.

        Chosen by the planner, it marks a project that has a file modified (QGIS asks to save
        it); shown again from the project (``by_planner`` False), it does not.
        """
        if selection == self.selection:
            return
        self.selection = selection
        if by_planner and self.project.fileName():  # a new, never saved project is not "modified" by filtering alone
            self.project.setDirty(True)

    def _write(self, _document=None) -> None:
        write_selection(self.project, self.selection)

    def _read(self, _document=None) -> None:
        self._restored(read_selection(self.project))

    def _cleared(self) -> None:
        self._restored(Selection())

    def _restored(self, selection: Selection) -> None:
        """A project was opened (its kept selection) or cleared (an empty one): tell the listeners."""
        self.selection = selection
        for listener in list(self.listeners):
            listener(selection)

    def stop(self) -> None:
        """Undo the connections to the project (the owner goes)."""
        self.project.writeProject.disconnect(self._write)
        self.project.readProject.disconnect(self._read)
        self.project.cleared.disconnect(self._cleared)
