"""Fetching 50,000 IATI activities from a local d-portal stand-in, in a QgsTask, beside a bare download.

The stand-in (tests/fixtures/iati_services.py) serves generated activities (bench/iati.py's generator)
with d-portal's paging. The plugin's run is ``smartcity:fetchiati`` in a QgsProcessingAlgRunnerTask, as
the dialog starts it, while the main thread keeps an event loop going: its longest pause is what a planner
would feel as QGIS freezing. The baseline downloads the same pages through QgsBlockingNetworkRequest
and keeps nothing. A second run is cancelled during its first page: how long the cancel takes to stop,
and whether the GeoPackage stayed as it was.
"""

from __future__ import annotations

import hashlib
import subprocess  # nosec B404: starts this package's own stand-in
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bench.iati_probe import rss_mb
from bench.paths import ROOT
from bench.timing import Result, Target, Timing

ACTIVITIES = 50_000
FREEZE_TARGET_MS = 250.0  # the longest the main thread may stop answering
CANCEL_TARGET_S = 5.0


@contextmanager
def _server(activities: int) -> Iterator[str]:
    """The stand-in in a child process (see bench/iati_standin.py); its address."""
    process = subprocess.Popen(  # nosec B603: this package's own module, fixed arguments
        [sys.executable, "-m", "bench.iati_standin", str(activities)], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True)
    try:
        yield process.stdout.readline().strip()
    finally:
        process.stdin.close()
        process.wait(timeout=30)


def _provider():
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().providerById("smartcity") is None:
        import smartcity_plugin

        plugin = smartcity_plugin.classFactory(None)
        plugin.initProcessing()
        return plugin
    return None


def run_task(parameters: dict, cancel: bool = False) -> dict:
    """smartcity:fetchiati as a background task; the main thread's longest pause and the progress seen."""
    from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback
    from qgis.PyQt.QtCore import QCoreApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("smartcity:fetchiati")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    outcome: dict = {"progress": []}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    feedback.progressChanged.connect(lambda value: outcome["progress"].append(value))
    started = time.perf_counter()
    QgsApplication.taskManager().addTask(task)
    last, longest, longest_at, cancelled_at = time.perf_counter(), 0.0, 0.0, None
    while "ok" not in outcome:
        QCoreApplication.processEvents()
        now = time.perf_counter()
        if now - last > longest:
            longest, longest_at = now - last, now - started
        last = now
        if cancel and cancelled_at is None and outcome["progress"]:  # the first page is being written
            feedback.cancel()
            cancelled_at = now
        time.sleep(0.005)
    ended = time.perf_counter()
    outcome.update(seconds=ended - started, longest_pause_ms=longest * 1000.0, longest_pause_at_s=longest_at,
                   stop_s=None if cancelled_at is None else ended - cancelled_at)
    return outcome


def bare_download(url: str, page_size: int) -> tuple[int, float]:
    """Every page of the same query, downloaded and dropped; (pages, seconds)."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    from smartcity_plugin.io.iati_query import DPORTAL, FetchQuery

    query = FetchQuery(service=DPORTAL, url=url, countries=())
    started, offset, pages = time.perf_counter(), 0, 0
    while True:
        request = QgsBlockingNetworkRequest()
        request.get(QNetworkRequest(QUrl(query.page_url(offset, page_size))), True)
        body = bytes(request.reply().content())
        pages += 1
        count = body.count(b"<iati-activity ")
        if not count:
            return pages, time.perf_counter() - started
        offset += count


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bench_fetch(work: Path, activities: int = ACTIVITIES) -> list[Result]:
    """The fetch in a task against the bare download; the cancel's stop time."""
    from smartcity_plugin.io.iati_query import PAGE_SIZES

    plugin = _provider()
    work.mkdir(parents=True, exist_ok=True)
    target = work / "iati_fetch.gpkg"
    for leftover in work.glob("iati_fetch.gpkg*"):
        leftover.unlink()
    try:
        with _server(activities) as url:
            parameters = {"SERVICE": 0, "URL": url, "COUNTRIES": "", "GEOPACKAGE": str(target),
                          "PROBLEMS": "TEMPORARY_OUTPUT"}
            bare_download(url, PAGE_SIZES[0])  # warms the stand-in's answer
            pages, bare_s = bare_download(url, PAGE_SIZES[0])
            start_mb = rss_mb()
            fetched = run_task(parameters)
            growth = rss_mb() - start_mb
            before = _digest(target)
            cancelled = run_task(parameters, cancel=True)
            unchanged = _digest(target) == before
    finally:
        if plugin is not None:
            plugin.unload()
    read = fetched.get("results", {}).get("READ", 0) if fetched.get("ok") else 0
    progress = fetched["progress"]
    return [Result(
        key="iati_fetch", title=f"IATI fetch from a local d-portal, {activities:,} activities (QgsTask)",
        ours=Timing([fetched["seconds"] * 1000.0]), baseline=Timing([bare_s * 1000.0]),
        baseline_title=f"bare download of the same {pages} pages", unit="activities/s",
        targets=[
            Target("every activity fetched", activities, read, kind="min"),
            Target(f"main thread never paused over {FREEZE_TARGET_MS:.0f} ms", FREEZE_TARGET_MS,
                   fetched["longest_pause_ms"]),
            Target("progress reported and reaching 100 %", 100.0, max(progress) if progress else 0.0, kind="min"),
            Target(f"a cancel stops within {CANCEL_TARGET_S:.0f} s", CANCEL_TARGET_S,
                   cancelled["stop_s"] if cancelled["stop_s"] is not None else 1e9),
            Target("cancelled: the GeoPackage unchanged (1 = yes)", 1.0, 1.0 if unchanged and not cancelled.get("ok")
                   else 0.0, kind="min"),
        ],
        details={"activities": activities, "read": read, "pages": pages, "progress_updates": len(progress),
                 "longest_pause_ms": round(fetched["longest_pause_ms"], 1),
                 "longest_pause_at_s": round(fetched["longest_pause_at_s"], 1), "seconds": round(fetched["seconds"], 1),
                 "memory_growth_mb": round(growth, 1),
                 "cancel_stop_s": cancelled["stop_s"] and round(cancelled["stop_s"], 2)},
    )]
