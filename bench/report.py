"""The table printed by `make bench`, the machine it ran on, and ``out/bench.json``."""

from __future__ import annotations

import datetime
import json
import os
import platform
from pathlib import Path
from typing import Any, Optional

from bench.timing import Result

SCHEMA = 1


def machine() -> dict[str, Any]:
    """CPU, cores, RAM, OS, Python, QGIS and GDAL: what the numbers depend on."""
    from osgeo import gdal
    from qgis.core import Qgis

    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                    if line.startswith("model name")), "")
    ram_gb = None
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        total_kb = int(meminfo.read_text().split("MemTotal:", 1)[1].split()[0])
        ram_gb = round(total_kb / 1024 ** 2, 1)
    return {
        "cpu": cpu or platform.processor(), "cores": os.cpu_count(), "ram_gb": ram_gb,
        "os": platform.platform(), "python": platform.python_version(),
        "qgis": Qgis.version(), "gdal": gdal.__version__,
    }


def _value(ms: float, result: Result) -> str:
    if result.unit == "s/page":
        return f"{ms / 1000.0:.2f} s/page"
    if result.unit == "activities/s":
        return f"{result.details['activities'] / (ms / 1000.0):,.0f} activities/s"
    return f"{ms:,.1f} ms" if ms < 10_000 else f"{ms / 1000.0:,.1f} s"


def _targets(result: Result) -> str:
    return "; ".join(f"{t.what}: {'ok' if t.ok else 'MISSED'}" for t in result.targets)


def table(results: list[Result], not_measured: list[str]) -> str:
    """A plain-text table (also valid Markdown), one row per measurement."""
    header = ("Measurement", "Plugin", "Baseline", "Ratio", "Target")
    rows = [header, tuple("---" for _ in header)]
    for result in results:
        baseline = "—" if result.baseline is None else \
            f"{_value(result.baseline.median_ms, result)} ({result.baseline_title})"
        ratio = "—" if result.ratio is None else f"{result.ratio:.2f}×"
        rows.append((result.title, _value(result.ours.median_ms, result), baseline, ratio, _targets(result)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |" for row in rows]
    lines += clicks(results)
    lines += [f"Not measured: {reason}" for reason in not_measured]
    return "\n".join(lines)


def clicks(results: list[Result]) -> list[str]:
    """Each click of the filter refresh, plugin against raw: where the ratio comes from."""
    lines = []
    for result in results:
        steps = result.details.get("per_step_median_ms")
        if steps:
            lines.append(f"Clicks at {result.details['size']:,} projects, plugin / raw ms: " + "; ".join(
                f"{label} {times['ours']:,.0f} / {times['raw']:,.0f}" for label, times in steps.items()))
        anew = result.details.get("groups_computed_anew_median_ms")
        if anew is not None:
            lines.append(f"Reset at {result.details['size']:,} projects after the file changed (groups computed "
                         f"anew): {anew:,.0f} ms")
    return lines


def write_json(path: Path, results: list[Result], not_measured: list[str], settings: dict[str, Any],
               info: Optional[dict[str, Any]] = None) -> None:
    """``path``: every measurement with its runs, its baseline, the ratio and the targets."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "schema": SCHEMA,
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": info or machine(),
        "settings": settings,
        "results": [result.to_dict() for result in results],
        "not_measured": not_measured,
        "targets_missed": [f"{r.key}: {t.what}" for r in results for t in r.targets if not t.ok],
    }
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, path)
