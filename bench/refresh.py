"""Filter and summary refresh in the dock, on generated catalogues of growing size.

The plugin's path is the dock's own ``apply_now`` (subset string on the projects, the
cities' subset, the city sizes, the map's placement, the totals, the results table, the
summary HTML), driven through a real ``CooperationDock`` on a stand-in iface. The dock
keeps the whole catalogue's groups while its file is unchanged (computed when it opens,
in ``dock_open_ms``): clicks on grouped fields (donors, countries, cities) are answered
from them, the others by SQL on the file; the reset row is a planner's reset, and the
reset that computes them anew (after the file changed) is in its details. The baseline
sets the same subset string on the projects layer and asks ``featureCount()``: the
least any tool must do to say how many projects match. It runs on a layer opened alone,
before the dock opens the file: with another layer of the file open, QGIS 3.22 with
GDAL 3.6 answers -1.
"""

from __future__ import annotations

import statistics
from typing import Callable

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from bench.catalogue import catalogue
from bench.data import use_catalogue
from bench.qgis_env import BenchIface
from bench.timing import Result, Target, Timing, time_ms, timed

MEKONG = ("KH", "LA", "MM", "TH", "VN")
# The planner's question of the README, asked one click at a time, then the filter reset.
QUESTION = (
    ("donor Korea", {"donors": ("KR",)}),
    ("+ United States", {"donors": ("KR", "US")}),
    ("+ sector Water", {"donors": ("KR", "US"), "sectors": ("water",)}),
    ("+ Mekong countries", {"donors": ("KR", "US"), "sectors": ("water",), "countries": MEKONG}),
    ("+ since 2019", {"donors": ("KR", "US"), "sectors": ("water",), "countries": MEKONG, "year_from": 2019}),
)
RESET = ("no filter", {})
TARGET_SIZE = 100_000
TARGET_MS = 150.0
RATIO_TARGET = 1.5


def forget_cached_totals() -> None:
    """Drop the whole-catalogue totals and groups the plugin keeps while the file is unchanged."""
    from smartcity_plugin.layers import gpkg_sql, row_groups

    gpkg_sql._whole_table.cache_clear()
    row_groups.forget()


def raw_count(layer: QgsVectorLayer, subset: str) -> tuple[int, str]:
    """Baseline step: the subset string and the number of matching features (and how it was counted)."""
    layer.setSubsetString(subset)
    count = layer.featureCount()
    if count >= 0:
        return count, "featureCount"
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request)), "iterating"


def _sequence() -> list[tuple[str, dict]]:
    return [*QUESTION, RESET]  # each step differs from the one before, also across repetitions


def _rounds(step: Callable[[str, dict], float], repeat: int) -> tuple[dict[str, list[float]], dict[str, float]]:
    """One untimed warm-up round of the sequence, then ``repeat`` timed rounds: ms per step."""
    warm = {label: step(label, criteria) for label, criteria in _sequence()}
    timed: dict[str, list[float]] = {label: [] for label, _ in _sequence()}
    for _ in range(repeat):
        for label, criteria in _sequence():
            timed[label].append(step(label, criteria))
    return timed, warm


def _question_timing(per_step: dict[str, list[float]], warm: dict[str, float], repeat: int) -> Timing:
    """Mean milliseconds per click of the question, per round."""
    labels = [label for label, _ in QUESTION]
    rounds = [statistics.fmean(per_step[label][i] for label in labels) for i in range(repeat)]
    return Timing(rounds, statistics.fmean(warm[label] for label in labels))


def _raw_rounds(path, sectors, repeat: int) -> tuple[dict, dict, dict[str, int], str]:
    """The baseline on a layer of its own, released on return (before the dock opens the file)."""
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.core.selection_query import projects_condition

    layer = QgsVectorLayer(f"{path}|layername=projects", "raw", "ogr")
    counts: dict[str, int] = {}
    methods = set()

    def step(label: str, criteria: dict) -> float:
        subset = projects_condition(ProjectFilter(**criteria), sectors, "ogr")
        (counts[label], method), elapsed = timed(lambda: raw_count(layer, subset))
        methods.add(method)
        return elapsed

    per_step, warm = _rounds(step, repeat)
    method = "featureCount, layer opened alone" if methods == {"featureCount"} else "count by iterating"
    return per_step, warm, counts, method


def bench_size(size: int, repeat: int, cache) -> list[Result]:
    """The question and the reset on a catalogue of ``size`` projects: two rows."""
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.gui.dock import CooperationDock
    from smartcity_plugin.layers.sources import sector_catalogue

    path = catalogue(size, cache)
    project = QgsProject.instance()
    project.clear()
    with use_catalogue(path):
        raw_ms, raw_warm, counts, method = _raw_rounds(path, sector_catalogue(), repeat)
        forget_cached_totals()
        dock, dock_open_ms = timed(lambda: CooperationDock(BenchIface()))

        def dock_step(label: str, criteria: dict, cached: bool = True) -> float:
            dock.form.blockSignals(True)
            dock.form.set_project_filter(ProjectFilter(**criteria))
            dock.form.blockSignals(False)
            if not cached:
                forget_cached_totals()
            elapsed = time_ms(dock.apply_now)
            if f"{counts[label]} projects" not in dock.summary.toPlainText():
                raise AssertionError(f"{size}, {label}: the dock does not show {counts[label]} projects")
            return elapsed

        ours_ms, ours_warm = _rounds(dock_step, repeat)
        uncached_reset_ms = []
        for _ in range(repeat):  # a reset after the file changed: the whole catalogue's groups computed anew
            dock_step(*QUESTION[0])
            uncached_reset_ms.append(dock_step(*RESET, cached=False))
        dock.disconnect_project()
        dock.deleteLater()
        project.clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    baseline_title = f"setSubsetString + {method}"
    details = {
        "size": size, "dock_open_ms": round(dock_open_ms, 3), "matches": counts,
        "per_step_median_ms": {
            label: {"ours": round(statistics.median(ours_ms[label]), 3),
                    "raw": round(statistics.median(raw_ms[label]), 3),
                    "ratio": round(statistics.median(ours_ms[label]) / max(statistics.median(raw_ms[label]), 1e-9), 2)}
            for label, _ in _sequence()
        },
    }
    question = Result(
        key=f"refresh.{size}", title=f"filter refresh, {size:,} projects (mean of 5 clicks)",
        ours=_question_timing(ours_ms, ours_warm, repeat), baseline=_question_timing(raw_ms, raw_warm, repeat),
        baseline_title=baseline_title, details=details,
    )
    reset = Result(
        key=f"refresh_reset.{size}", title=f"filter reset, {size:,} projects (no filter)",
        ours=Timing(ours_ms[RESET[0]], ours_warm[RESET[0]]), baseline=Timing(raw_ms[RESET[0]], raw_warm[RESET[0]]),
        baseline_title=baseline_title,
        details={"size": size, "groups_computed_anew_median_ms": round(statistics.median(uncached_reset_ms), 3)},
    )
    if size == TARGET_SIZE:
        slowest = max(statistics.median(ours_ms[label]) for label, _ in QUESTION)
        question.targets = [Target("slowest click under 150 ms", TARGET_MS, slowest),
                            Target("at most 1.5x raw", RATIO_TARGET, question.ratio)]
        # No ratio target here: the raw reset reads the count GeoPackage stores, while the dock
        # totals, groups and places the whole catalogue (issue 17 asks it under 150 ms).
        reset.targets = [Target("under 150 ms", TARGET_MS, reset.ours.median_ms)]
    return [question, reset]

