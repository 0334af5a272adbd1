"""The team registry: publishing a catalogue to PostGIS, and the dock's refresh on the registry.

A throwaway PostgreSQL cluster (the tests' own, on 127.0.0.1) holds the registry. The
publish is measured against ``ogr2ogr`` copying the same GeoPackage, every table, into
another database: the bare copy, without the registry's rules, versions and roles. The
dock's refresh runs the planner's question on the registry's projects layer, against
setting the same subset string on a plain PostgreSQL layer and asking featureCount().
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess  # nosec B404 - ogr2ogr, the baseline
import tempfile
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsProviderRegistry, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from bench.catalogue import catalogue
from bench.qgis_env import BenchIface
from bench.refresh import QUESTION, RESET, raw_count
from bench.timing import Result, Target, Timing, measure, time_ms, timed

TARGET_SIZE = 100_000
PUBLISH_RATIO_TARGET = 5.0  # the rules check every row; a bare copy checks none
REFRESH_TARGET_MS = 150.0
CONNECTION = "smartcity bench registry"


def _cluster():
    from tests.postgis.cluster import ThrowawayCluster

    cluster = ThrowawayCluster(Path(tempfile.mkdtemp(prefix="smartcity-pg-")))
    cluster.start()
    return cluster


def _publish_once(cluster, path: Path, database: str) -> None:
    from smartcity_plugin.io.registry.publish import publish

    cluster.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    cluster.create_database(database)
    connection = cluster.connect(database)
    try:
        publish(connection, path, database)
    finally:
        connection.close()


def _ogr2ogr_once(cluster, path: Path) -> None:
    cluster.execute('DROP DATABASE IF EXISTS "bench_raw" WITH (FORCE)')
    cluster.create_database("bench_raw")
    target = f"PG:host={cluster.host} port={cluster.port} dbname=bench_raw user={cluster.superuser}"
    subprocess.run([shutil.which("ogr2ogr") or "ogr2ogr", "-f", "PostgreSQL", target, str(path)],  # nosec B603
                   env=dict(os.environ, PGPASSWORD=cluster.password), check=True, capture_output=True)


def _use_registry(cluster, database: str) -> None:
    """A saved connection, the registry chosen.

    The password goes through libpq's PGPASSWORD, not an authentication configuration: the
    benchmarks run in the developer's own QGIS profile, whose authentication database they
    must not touch.
    """
    from smartcity_plugin.layers.sources import REGISTRY_KEY, forget_cached_tables

    os.environ["PGPASSWORD"] = cluster.password
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = f"dbname='{database}' host={cluster.host} port={cluster.port} user='{cluster.superuser}' sslmode=disable"
    metadata.saveConnection(metadata.createConnection(uri, {"saveUsername": True}), CONNECTION)
    QgsSettings().setValue(REGISTRY_KEY, CONNECTION)
    forget_cached_tables()


def _leave_registry() -> None:
    from smartcity_plugin.layers.sources import REGISTRY_KEY, forget_cached_tables

    QgsSettings().remove(REGISTRY_KEY)
    forget_cached_tables()
    QgsProviderRegistry.instance().providerMetadata("postgres").deleteConnection(CONNECTION)
    os.environ.pop("PGPASSWORD", None)


def bench_registry(size: int, repeat: int, cache) -> list[Result]:
    """Two rows: the publish of a ``size``-project catalogue, and the dock's refresh on it (targets at 100,000)."""
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.core.selection_query import projects_condition
    from smartcity_plugin.gui.dock import CooperationDock
    from smartcity_plugin.io.registry.connection import layer_source
    from smartcity_plugin.layers.sources import sector_catalogue

    path = catalogue(size, cache)
    cluster = _cluster()
    runs = max(1, min(repeat, 3))  # a publish takes seconds
    try:
        ours = measure(lambda: _publish_once(cluster, path, "bench_registry"), runs, warmup=False)
        bare = measure(lambda: _ogr2ogr_once(cluster, path), runs, warmup=False)
        publish = Result(
            key=f"registry_publish.{size}",
            title=f"publish to PostGIS, {size:,} projects (all tables, one transaction)",
            ours=ours, baseline=bare, baseline_title="ogr2ogr -f PostgreSQL, all tables (no rules, versions, roles)",
            details={"size": size},
        )

        _use_registry(cluster, "bench_registry")
        project = QgsProject.instance()
        project.clear()
        sectors = sector_catalogue()
        raw = QgsVectorLayer(layer_source(CONNECTION, "projects", True), "raw", "postgres")
        raw_ms = {label: [] for label, _ in (*QUESTION, RESET)}
        ours_ms = {label: [] for label, _ in (*QUESTION, RESET)}
        dock, dock_open_ms = timed(lambda: CooperationDock(BenchIface()))
        for _ in range(repeat + 1):  # the first round warms up, untimed
            for label, criteria in (*QUESTION, RESET):
                subset = projects_condition(ProjectFilter(**criteria), sectors, "postgres")
                raw_ms[label].append(time_ms(lambda subset=subset: raw_count(raw, subset)))
                dock.form.blockSignals(True)
                dock.form.set_project_filter(ProjectFilter(**criteria))
                dock.form.blockSignals(False)
                ours_ms[label].append(time_ms(dock.apply_now))
        dock.disconnect_project()
        dock.deleteLater()
        project.clear()
        # The dock goes now, as in the refresh bench: left for QGIS's exit, pytest-qgis could no
        # longer disconnect its own slot from the project (test_bench_smoke).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        labels = [label for label, _ in QUESTION]

        def clicks(per_label: dict) -> Timing:
            rounds = [statistics.fmean(per_label[label][i] for label in labels) for i in range(1, repeat + 1)]
            return Timing(rounds, statistics.fmean(per_label[label][0] for label in labels))

        refresh = Result(
            key=f"registry_refresh.{size}",
            title=f"filter refresh on the registry, {size:,} projects (mean of 5 clicks)",
            ours=clicks(ours_ms), baseline=clicks(raw_ms), baseline_title="setSubsetString + featureCount (postgres)",
            details={"dock_open_ms": round(dock_open_ms, 3),
                     "reset_median_ms": round(statistics.median(ours_ms[RESET[0]][1:]), 3)},
        )
        if size == TARGET_SIZE:
            slowest = max(statistics.median(ours_ms[label][1:]) for label in labels)
            refresh.targets = [Target("slowest click under 150 ms", REFRESH_TARGET_MS, slowest)]
            publish.targets = [Target(f"at most {PUBLISH_RATIO_TARGET:g}x a bare copy", PUBLISH_RATIO_TARGET,
                                      publish.ratio)]
        return [publish, refresh]
    finally:
        _leave_registry()
        cluster.stop()
        QgsApplication.processEvents()
