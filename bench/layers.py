"""Add layers: the one click that puts the styled group on the map, against plain layer loads."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from bench.paths import BUNDLED
from bench.qgis_env import BenchIface
from bench.timing import Result, Target, measure

RATIO_TARGET = 1.5
LAYER_NAMES = ("ascn_cities", "projects", "flood_coverage")


def plain_uris() -> list[str]:
    """The four layers of the group, as a planner would add them by hand."""
    world = f"{QgsApplication.pkgDataPath()}/resources/data/world_map.gpkg|layername=countries"
    return [f"{BUNDLED}|layername={name}" for name in LAYER_NAMES] + [world]


def add_plain_layers() -> None:
    """Baseline: open each layer with QgsVectorLayer and add it to the project."""
    layers = [QgsVectorLayer(uri, uri.rsplit("=", 1)[-1], "ogr") for uri in plain_uris()]
    QgsProject.instance().addMapLayers(layers)


def bench_add_layers(repeat: int) -> Result:
    """``add_layers_to_map`` (the toolbar action) on an empty project, against the plain loads."""
    from smartcity_plugin.gui.add_layers import add_layers_to_map

    iface = BenchIface()
    project = QgsProject.instance()
    ours = measure(lambda: add_layers_to_map(iface), repeat, setup=project.clear)
    plain = measure(add_plain_layers, repeat, setup=project.clear)
    project.clear()
    ratio = ours.median_ms / plain.median_ms
    return Result(
        key="add_layers", title="add layers (one click: styled group)", ours=ours, baseline=plain,
        baseline_title="4 plain QgsVectorLayer loads + addMapLayers",
        targets=[Target("at most 1.5x raw", RATIO_TARGET, ratio)],
    )
