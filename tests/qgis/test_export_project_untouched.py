"""Exporting a map or an atlas leaves the planner's project as it was: same layers, same tree, not modified."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject

import smartcity_plugin
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.selection import Selection
from smartcity_plugin.export.atlas import AtlasOptions, build_city_atlas
from smartcity_plugin.export.exporter import export_atlas_pdf, export_layout
from smartcity_plugin.export.layouts import MapRequest, build_map_layout
from smartcity_plugin.gui.export_dialog import ATLAS, ExportDialog
from smartcity_plugin.layers.filtering import show_projects_and_cities
from smartcity_plugin.layers.group import add_cooperation_layers, refresh_project_counts
from smartcity_plugin.layers.project_state import write_selection
from smartcity_plugin.layers.sources import sector_catalogue

FILTER = ProjectFilter(sectors=("water",), donors=("KR", "US"), countries=("KH", "LA", "MM", "TH", "VN"), year_from=2019)


def state(project: QgsProject) -> tuple:
    """What a planner would notice: the layers, the layer tree, each layer's filter."""
    layers = project.mapLayers()
    tree = [node.layerId() for node in project.layerTreeRoot().findLayers()]
    return sorted(layers), tree, {layer_id: layer.subsetString() for layer_id, layer in layers.items()}


@pytest.fixture()
def filtered_project(qgis_new_project, qgis_processing, tmp_path):
    """The planner's project: the cooperation layers added, the dock's filter applied, saved."""
    project = QgsProject.instance()
    project.clear()
    layers = add_cooperation_layers(project).layers
    # What the dock does when the planner filters (apply_now).
    assert show_projects_and_cities(layers, FILTER, None, sector_catalogue())
    refresh_project_counts(layers["cities"], layers["projects"], programmes=layers["programmes"])
    write_selection(project, Selection(FILTER))
    assert project.write(str(tmp_path / "planner.qgz"))
    assert not project.isDirty()
    yield project
    project.clear()


def test_map_and_atlas_exports_leave_the_project_as_it_was(filtered_project, tmp_path):
    before = state(filtered_project)
    layout = build_map_layout(filtered_project, MapRequest(FILTER, title="Water in the Mekong"))
    key = [layer for layer in layout.itemById("map").layers() if layer.id() not in before[0]]
    assert [layer.name() for layer in key] == ["Main sector (symbol shape)"]  # drawn, but not the project's
    export_layout(layout, tmp_path / "map.pdf", dpi=72)
    del layout
    atlas = build_city_atlas(filtered_project, MapRequest(FILTER), options=AtlasOptions(only_with_projects=True))
    export_atlas_pdf(atlas, tmp_path / "atlas.pdf", dpi=72)
    del atlas
    assert state(filtered_project) == before
    assert not filtered_project.isDirty()
    assert (tmp_path / "map.pdf").stat().st_size > 10_000 and (tmp_path / "atlas.pdf").stat().st_size > 10_000


def test_dialog_export_adds_only_the_kept_layout(filtered_project, desktop_iface, tmp_path):
    plugin = smartcity_plugin.classFactory(None)
    plugin.initProcessing()
    dialog = ExportDialog(desktop_iface, selection=lambda: Selection(FILTER))  # what the dock shows
    try:
        before = state(filtered_project)
        for kind, name in (("overview_a4_landscape", "map.pdf"), (ATLAS, "atlas.pdf")):
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            dialog.dpi.setValue(72)
            dialog.output.setFilePath(str(tmp_path / name))
            assert [p.name for p in dialog.export()] == [name]
        assert state(filtered_project) == before  # no layer added, none refiltered
        assert len(filtered_project.layoutManager().printLayouts()) == 2  # kept for fine-tuning, as documented
        filtered_project.layoutManager().clear()
    finally:
        dialog.deleteLater()
        plugin.unload()
