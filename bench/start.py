"""Plugin start: ``classFactory`` + ``initGui``, each run in a fresh interpreter (cold imports)."""

from __future__ import annotations

import json
import os
import subprocess  # nosec B404: runs this package's own probe
import sys

from bench.paths import ROOT
from bench.timing import Result, Target, Timing

PLUGIN = "smartcity_plugin"
EMPTY = "bench.empty_plugin"
START_TARGET_MS = 30.0


def run_probe(module_name: str) -> dict:
    """One start of ``module_name`` in a child interpreter."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(  # nosec B603: fixed arguments
        [sys.executable, "-m", "bench.start_probe", module_name],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def bench_start(repeat: int) -> Result:
    """Median start of the plugin and of an empty plugin, alternating, after one warm-up each.

    The warm-up writes the bytecode caches, as a plugin's first start in QGIS does.
    """
    warm = {name: run_probe(name) for name in (PLUGIN, EMPTY)}
    runs: dict[str, list[dict]] = {PLUGIN: [], EMPTY: []}
    for _ in range(repeat):
        for name in runs:
            runs[name].append(run_probe(name))
    ours = Timing([r["ms"] for r in runs[PLUGIN]], warm[PLUGIN]["ms"])
    empty = Timing([r["ms"] for r in runs[EMPTY]], warm[EMPTY]["ms"])
    last = runs[PLUGIN][-1]
    plugin_modules = [m for m in last["modules"] if m.startswith(PLUGIN)]
    return Result(
        key="start", title="plugin start (classFactory + initGui)", ours=ours, baseline=empty,
        baseline_title="empty plugin: one action in initGui",
        targets=[Target("start under 30 ms", START_TARGET_MS, ours.median_ms)],
        details={
            "watched_imports": last["watched"],  # shapely, requests, dialogs …: should stay empty
            "plugin_modules": plugin_modules,
            "other_modules": [m for m in last["modules"] if not m.startswith(PLUGIN)],
        },
    )
