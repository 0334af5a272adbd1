"""``python -m bench.iati_probe parse|iterparse FILE`` or ``… import FILE TARGET``: time and peak memory, as JSON."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Callable

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2 ** 20


def rss_mb() -> float:
    """Resident memory of this process now (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_MB


def peak_growth(action: Callable[[], int]) -> tuple[int, float]:
    """``action``'s result and how far resident memory rose above its start while it ran.

    Sampled every 10 ms: the process's lifetime peak (getrusage) would include QGIS's
    own start-up, which can be higher than anything the import does.
    """
    start, peak, done = rss_mb(), [0.0], threading.Event()

    def sample() -> None:
        while not done.wait(0.01):
            peak[0] = max(peak[0], rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = action()
    finally:
        done.set()
        sampler.join()
    return result, max(peak[0], rss_mb()) - start


def bare_parse(path: Path) -> int:
    """Read every token with QXmlStreamReader, keep nothing; the number of activities."""
    from qgis.PyQt.QtCore import QFile, QIODevice, QXmlStreamReader

    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError(handle.errorString())
    reader = QXmlStreamReader(handle)
    start, count = QXmlStreamReader.TokenType.StartElement, 0
    while not reader.atEnd():
        if reader.readNext() == start and reader.name() == "iati-activity":
            count += 1
    if reader.hasError():
        raise ValueError(reader.errorString())
    handle.close()
    return count


def bare_iterparse(path: Path) -> int:
    """The textbook bare pass with the parser the importer uses (expat, ElementTree's C tree builder):
    ``iterparse`` over every end tag, each activity cleared when done; the number of activities."""
    import xml.etree.ElementTree as ET  # nosec B405: the bench's own generated file

    count = 0
    for _, element in ET.iterparse(str(path), events=("end",)):  # nosec B314
        if element.tag == "iati-activity":
            count += 1
            element.clear()
    return count


def import_file(path: Path, target: Path) -> int:
    """The plugin's IATI import into a new GeoPackage; the number of activities read."""
    from smartcity_plugin.io.iati_import import import_iati

    for leftover in target.parent.glob(f"{target.name}*"):
        leftover.unlink()
    return import_iati(path, target).read


def main(argv: list[str]) -> dict:
    from bench.paths import ROOT  # noqa: F401 (puts the plugin on the path)
    from bench.qgis_env import start_qgis

    start_qgis()
    mode, path = argv[0], Path(argv[1])
    started, cpu = time.perf_counter(), time.process_time()
    actions = {"parse": lambda: bare_parse(path), "iterparse": lambda: bare_iterparse(path),
               "import": lambda: import_file(path, Path(argv[2]))}
    count, growth = peak_growth(actions[mode])
    elapsed = (time.perf_counter() - started) * 1000.0
    cpu_ms = (time.process_time() - cpu) * 1000.0  # on a shared machine this varies less than the wall time
    return {"mode": mode, "ms": elapsed, "cpu_ms": round(cpu_ms, 1), "activities": count,
            "peak_growth_mb": round(growth, 1)}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
