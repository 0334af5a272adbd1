"""The dock's agency list as a planner names agencies: ticking KOICA finds its joint projects too."""

from __future__ import annotations

from qgis.core import QgsProject

from smartcity_plugin.layers.project_state import read_selection
from tests.qgis import test_dock
from tests.qgis.test_dock import layers, sql, tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)


def offered(form) -> list[str]:
    return [form.agencies.itemData(i) for i in range(form.agencies.count())]


def test_koica_is_one_entry_and_finds_every_project_it_takes_part_in(dock):
    labels = offered(dock.form)
    assert [label for label in labels if "KOICA" in label] == ["KOICA"]
    assert [label for label in labels if label.startswith("Government of Japan")] == ["Government of Japan"]
    tick(dock.form.agencies, ["KOICA"])
    dock.apply_now()
    expected = {pid for (pid,) in sql("SELECT project_id FROM projects WHERE ';' || replace(agency, '; ', ';') "
                                      "|| ';' LIKE '%;KOICA;%'")}
    assert len(expected) >= 15  # KOICA alone and with K-water, MOIS, MACCA, KRC
    assert {f["project_id"] for f in layers()["projects"].getFeatures()} == expected


def test_k_water_counts_the_joint_project_with_koica(dock):
    tick(dock.form.agencies, ["Korea Water Resources Corporation (K-water)"])
    dock.apply_now()
    agencies = sorted(f["agency"] for f in layers()["projects"].getFeatures())
    assert agencies == ["KOICA; K-water", "Korea Water Resources Corporation (K-water)",
                        "Korea Water Resources Corporation (K-water)"]


def test_a_chosen_agency_is_shown_again_from_the_saved_filter(dock, tmp_path):
    tick(dock.form.agencies, ["KOICA", "Ministry of the Interior and Safety (MOIS)"])
    dock.apply_now()
    assert QgsProject.instance().write(str(tmp_path / "agencies.qgz"))
    saved = read_selection(QgsProject.instance()).planner_filter  # what the project keeps: every spelling
    assert "KOICA; K-water" in saved.agencies
    dock.form.reset()
    dock.form.set_project_filter(saved)  # as when the project is opened again
    assert dock.form.agencies.codes() == ("KOICA",)  # MOIS's one project is a KOICA joint project
    assert dock.form.project_filter() == saved
