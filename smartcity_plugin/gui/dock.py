"""The planner's working surface: filters, live totals, lenses and the list of projects."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from smartcity_plugin.core.describe import describe_filter
from smartcity_plugin.core.explain import LARGEST
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.selection import Selection
from smartcity_plugin.gui.dock_buttons import lens_buttons_box, lens_result
from smartcity_plugin.gui.filter_form import FilterForm
from smartcity_plugin.gui.results_model import READ, row_records
from smartcity_plugin.gui.results_table import ResultsTable
from smartcity_plugin.gui.summary_view import DockAnswer, SummaryView
from smartcity_plugin.layers.filtering import apply_selection, refused_reason
from smartcity_plugin.layers.group import (
    ROLES,
    add_cooperation_layers,
    find_group,
    layers_by_role,
    refresh_project_counts,
)
from smartcity_plugin.layers.options import read_filter_options
from smartcity_plugin.layers.reading import largest_amounts, totals_and_places
from smartcity_plugin.layers.selection_store import SelectionStore
from smartcity_plugin.layers.source_follow import source_follower
from smartcity_plugin.layers.sources import sector_catalogue
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log

DOCK_OBJECT_NAME = "SmartCityCooperationDock"
DEBOUNCE_MS = 250  # typing or ticking several boxes applies once, after a pause
MINIMUM_WIDTH = 400  # px: room for the filter labels and their choices side by side


class CooperationDock(QgsDockWidget):
    """Filters the cooperation layers and shows what they add up to."""

    export_requested = pyqtSignal()
    fetch_requested = pyqtSignal()

    def __init__(self, iface, parent: Optional[QWidget] = None, store: Optional[SelectionStore] = None) -> None:
        super().__init__(tr("Smart City Cooperation"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.catalogue = sector_catalogue()
        self.watched: set[str] = set()  # ids of the layers whose saved edits refresh the totals
        layers = self._layers()
        self.form = FilterForm(read_filter_options(layers["projects"], layers["cities"]), self.catalogue)
        self.summary = SummaryView()
        self.results = ResultsTable(iface)
        self.problem = QLabel()
        self.problem.setObjectName("SmartCityFilterProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.lens_buttons: dict[str, QPushButton] = {}
        self.lens_labels: dict[str, str] = {}
        self.lens_note = ""
        self.own_store = store is None
        self.store = store or SelectionStore()  # the selection the dock shows, kept with the project
        self.selection = self.store.selection
        self.statement = QLabel()  # the active filter and lens in one sentence
        self.statement.setObjectName("SmartCityFilterStatement")
        self.statement.setWordWrap(True)
        self.clear_lens_button = QPushButton(tr("Clear lens"))
        self.clear_lens_button.setObjectName("SmartCityClearLens")
        self.clear_lens_button.setVisible(False)
        self.clear_lens_button.clicked.connect(self.clear_lens)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.apply_now)
        self._build()
        self.form.changed.connect(self._filter_edited)
        self.store.listeners.append(self.restore_selection)
        source_follower().followed.connect(self.follow_source)
        self._show_selection(self.selection)

    # Layout ----------------------------------------------------------------------
    def _build(self) -> None:
        lenses_box = lens_buttons_box(self)
        filters_box = QgsCollapsibleGroupBox(tr("Filter"))
        QVBoxLayout(filters_box).addWidget(self.form)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (lenses_box, filters_box, self.problem):
            top_layout.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (scroll, self.summary, self.results):
            splitter.addWidget(widget)
        for position, stretch in enumerate((3, 2, 3)):  # filters, summary, table
            splitter.setStretchFactor(position, stretch)
        whole = QWidget()  # the sentence and its lens stay in view however the filters are scrolled
        whole_layout = QVBoxLayout(whole)
        whole_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.statement, self.clear_lens_button, splitter):
            whole_layout.addWidget(widget)
        self.filters_box = filters_box
        self.setWidget(whole)
        self.setMinimumWidth(MINIMUM_WIDTH)

    # Layers ----------------------------------------------------------------------
    def _layers(self) -> dict[str, QgsVectorLayer]:
        """The group's layers, re-added if the planner removed them."""
        project = QgsProject.instance()
        group = find_group(project)
        layers = layers_by_role(group) if group is not None else {}
        if not all(role.role in layers for role in ROLES):  # else adding would only count the city sizes again
            layers = add_cooperation_layers(project).layers
        for layer in layers.values():
            if layer.id() not in self.watched:  # an edit saved (a registry layer): totals and table follow
                self.watched.add(layer.id())
                layer.afterCommitChanges.connect(self._edits_saved)
        return layers

    def _edits_saved(self) -> None:
        self.timer.start()

    def reload_data(self) -> None:
        """Read the layers' data again (others' saved edits), keeping the filter; new choices appear."""
        for layer in self._layers().values():
            layer.reload()
        self.follow_source()

    def follow_source(self, _source=None) -> None:
        """The layers read other data now: its sectors, choices and totals; the filter kept where it applies."""
        self.catalogue = self.form.catalogue = sector_catalogue()
        layers = self._layers()
        self.form.set_options(read_filter_options(layers["projects"], layers["cities"]))
        self._show_again(self.selection.lens)

    def _show_again(self, lens: str) -> None:
        """Apply the form's filter again, through ``lens`` run anew on the data shown now ('' = none)."""
        if lens in self.lens_buttons:
            self.run_lens(lens, by_planner=False)
        else:
            self.apply_now(by_planner=False)

    # Applying the filter ------------------------------------------------------------
    @property
    def active_lens(self) -> Optional[str]:
        """The lens whose result the dock shows (None: the planner's filter alone)."""
        return self.selection.lens or None

    def _filter_edited(self) -> None:
        self.lens_note = ""  # a lens ends when the planner edits the filter
        self._set_selection(self.selection.without_lens())
        self.timer.start()

    def _set_selection(self, selection: Selection) -> None:
        self.selection = selection
        for name, button in self.lens_buttons.items():
            button.setChecked(name == selection.lens)
        self.clear_lens_button.setVisible(bool(selection.lens))

    def statement_text(self, project_filter: ProjectFilter) -> str:
        """The active filter and lens in one sentence, agencies as the list names them."""
        cities = dict(self.form.options.cities)
        shown = replace(project_filter, agencies=self.form.agencies.codes())
        words = describe_filter(shown, self.catalogue.label, lambda code: cities.get(code, code), tr)
        if self.active_lens is not None:
            words = tr("{} — lens: {}").format(words, self.lens_labels[self.active_lens])
        return tr("Showing: {}.").format(words)

    def apply_now(self, by_planner: bool = True) -> bool:
        """Show the form's filter (seen through the active lens) on the layers, refresh totals and table."""
        self.timer.stop()
        project_filter = self.form.project_filter()
        problems = project_filter.problems()
        self.problem.setText(" ".join(problems))
        if problems:
            return False
        selection = self.selection
        if selection.lens:  # the form shows the lens's filter
            selection = selection.with_lens(selection.lens, project_filter, selection.city_ids)
        else:
            selection = Selection(project_filter)
        layers = self._layers()
        projects = layers["projects"]
        if not apply_selection(layers, selection, self.catalogue):
            message = tr("{}: the filter could not be applied ({}).").format(
                projects.source(), refused_reason(projects, project_filter, self.catalogue)
            )
            log(message, Qgis.MessageLevel.Critical, push=True, iface=self.iface)
            return False
        self._set_selection(selection)
        self.store.set_selection(selection, by_planner)
        summary, countries, groups = totals_and_places(projects)
        by_donor = refresh_project_counts(layers["cities"], projects, summary.by_city, layers.get("programmes"), groups,
                                          groups_asked=True)
        shown = self.results.show_layer(projects, self.catalogue.label)  # after the totals: reuses their rows
        note = self.lens_note
        if by_donor:
            note += tr("<p>Too many projects for a mark each: at every place each donor's projects share one mark, "
                       "and the city symbol's size gives their number.</p>")
        if shown < summary.projects:
            note += tr("<p>The table lists the first {} of {} projects; narrow the filter to see the rest.</p>").format(
                shown, summary.projects)
        answer = DockAnswer(summary, project_filter, countries,
                            row_records(self.results.source.rows) if shown >= summary.projects else None,
                            frozenset(self.catalogue.expand(project_filter.sectors)))
        self.summary.show_answer(answer, self.catalogue.label, note, self._largest_amounts)
        self.statement.setText(self.statement_text(project_filter))
        return True

    def _largest_amounts(self) -> list[dict]:
        return largest_amounts(self.results.layer, READ, LARGEST) if self.results.layer is not None else []

    # Lenses ------------------------------------------------------------------------
    def run_lens(self, key: str, by_planner: bool = True) -> None:
        """Apply one lens: it may change the filter, the cities shown, and the note."""
        layers = self._layers()
        # A lens starts from the planner's own filter, never from another lens's result: they do not add up.
        current = self.selection.planner_filter if self.selection.lens else self.form.project_filter()
        result = lens_result(key, layers, current, self.catalogue)
        shown = result.project_filter if result.project_filter is not None else current
        if result.project_filter is not None:
            self.filters_box.setCollapsed(False)  # what the lens ticks is in view, never folded away
        self._show_form(shown)
        self.lens_note = result.note
        self._set_selection(Selection(current).with_lens(
            key, shown, None if result.city_ids is None else tuple(result.city_ids)))
        self.apply_now(by_planner)

    def clear_lens(self) -> None:
        """Back to the planner's filter as it was before the lens."""
        self.lens_note = ""
        planner = self.selection.planner_filter
        self._set_selection(self.selection.without_lens())
        self._show_form(planner)
        self.apply_now()

    def _show_form(self, project_filter: ProjectFilter) -> None:
        """Show ``project_filter`` in the form without taking it for an edit of the planner's."""
        self.form.blockSignals(True)
        self.form.set_project_filter(project_filter)
        self.form.blockSignals(False)

    # Project -----------------------------------------------------------------------
    def restore_selection(self, selection: Selection) -> None:
        """A project was opened (its kept selection) or cleared (an empty one): show it.

        Projects without our layers are left untouched. A Qt slot: it must never raise;
        whatever a (hand-edited) project holds ends in a message.
        """
        self.timer.stop()
        project = QgsProject.instance()
        try:
            self._show_selection(selection)
        except Exception as error:  # noqa: BLE001 — a slot that raises shows QGIS's Python error dialog
            log(tr("{}: the plugin's filter saved in this project cannot be used ({}); the dock starts with no "
                   "filter.").format(project.fileName() or tr("the project"), error),
                Qgis.MessageLevel.Warning, push=True, iface=self.iface)
            self._show_form(ProjectFilter())
            self._set_selection(Selection())

    def _show_selection(self, selection: Selection) -> None:
        """Show ``selection`` in the form and, where the project has the cooperation layers, on the map."""
        self.lens_note = ""
        self._set_selection(selection.without_lens())
        self._show_form(selection.planner_filter)
        if find_group(QgsProject.instance()) is None:  # Project ▸ New, or another's project: add nothing
            self.summary.clear()
            self.results.clear_rows()
            self.statement.setText(self.statement_text(self.form.project_filter()))
        else:
            self._show_again(selection.lens)

    def disconnect_project(self) -> None:
        """Undo the connections to the project (called before the dock goes)."""
        self.store.listeners.remove(self.restore_selection)
        source_follower().followed.disconnect(self.follow_source)
        if self.own_store:
            self.store.stop()
        self.timer.stop()
