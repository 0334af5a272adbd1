"""``python -m bench.iati_probe parse|iterparse FILE``, ``… import FILE TARGET`` or ``… floor FILE IMPORTED TARGET``:
time and peak memory, as JSON."""

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


def written_records(imported: Path) -> list:
    """The projects an import of the bench file wrote into ``imported`` (the bundled ones left out), in order.

    Read before the floor is timed: the floor writes exactly these rows.
    """
    import sqlite3

    from smartcity_plugin.io.gpkg_sql import blob_points
    from smartcity_plugin.io.records import FIELD_NAMES, ProjectRecord
    from smartcity_plugin.toolbelt.paths import bundled_data_path
    from smartcity_plugin.toolbelt.read_only import sqlite_uri

    with sqlite3.connect(sqlite_uri(bundled_data_path()), uri=True) as bundled:
        bundled_ids = {row[0] for row in bundled.execute("SELECT project_id FROM projects")}
    records = []
    with sqlite3.connect(sqlite_uri(imported), uri=True) as connection:
        names = ", ".join(f'"{name}"' for name in FIELD_NAMES)
        for row in connection.execute(f"SELECT {names}, geom FROM projects ORDER BY fid"):  # nosec B608
            values = dict(zip(FIELD_NAMES, row[:-1]))
            if values["project_id"] not in bundled_ids:
                records.append(ProjectRecord(values, blob_points(row[-1]), [], set(FIELD_NAMES)))
    return records


def floor(path: Path, records: list, target: Path) -> int:
    """The least an import of ``path`` can cost: the bare iterparse, and ``records`` (the rows the import
    wrote) written by the importer's store, one per activity as it is read; nothing mapped or checked."""
    import xml.etree.ElementTree as ET  # nosec B405: the bench's own generated file

    from smartcity_plugin.io.store import ProjectStore
    from smartcity_plugin.toolbelt.paths import bundled_data_path

    for leftover in target.parent.glob(f"{target.name}*"):
        leftover.unlink()
    count = 0
    with ProjectStore(target, bundled_data_path()) as store:
        for _, element in ET.iterparse(str(path), events=("end",)):  # nosec B314
            if element.tag == "iati-activity":
                record = records[count]
                store.upsert(record, record.points)
                count += 1
                element.clear()
        store.commit()
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
    if mode in ("import", "floor"):  # loading the modules is not the import's speed; the bare passes load nothing
        import smartcity_plugin.io.iati_import  # noqa: F401
    records = written_records(Path(argv[2])) if mode == "floor" else []
    started, cpu = time.perf_counter(), time.process_time()
    actions = {"parse": lambda: bare_parse(path), "iterparse": lambda: bare_iterparse(path),
               "import": lambda: import_file(path, Path(argv[2])),
               "floor": lambda: floor(path, records, Path(argv[-1]))}
    count, growth = peak_growth(actions[mode])
    elapsed = (time.perf_counter() - started) * 1000.0
    cpu_ms = (time.process_time() - cpu) * 1000.0  # on a shared machine this varies less than the wall time
    return {"mode": mode, "ms": elapsed, "cpu_ms": round(cpu_ms, 1), "activities": count,
            "peak_growth_mb": round(growth, 1)}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
