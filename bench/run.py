"""`make bench`: every benchmark, headless; a table on stdout and ``out/bench.json``.

Usage: python -m bench [--sizes 1000,10000,100000,1000000] [--repeat 5] [--only refresh,export] …
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable, Optional

from bench.paths import CACHE, OUT
from bench.qgis_env import start_qgis
from bench.timing import Result

BENCHMARKS = ("start", "layers", "refresh", "export", "atlas", "iati", "fetch", "registry")
LARGE = 1_000_000  # fewer repetitions from this size on: one click takes seconds there


def parse_args(argv: Optional[list[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000",
                        help="catalogue sizes for the filter refresh, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement (after a warm-up)")
    parser.add_argument("--dpi", type=int, default=300, help="resolution of the exports")
    parser.add_argument("--atlas-cities", type=int, default=0, help="atlas of the first N cities only (0: all)")
    parser.add_argument("--iati-activities", type=int, default=100_000, help="activities in the generated IATI file")
    parser.add_argument("--fetch-activities", type=int, default=50_000,
                        help="activities the local d-portal stand-in serves to the fetch")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="benchmarks to run, comma-separated")
    parser.add_argument("--out", type=Path, default=OUT / "bench.json")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where generated data are kept between runs")
    args = parser.parse_args(argv)
    args.sizes = [int(size) for size in args.sizes.split(",") if size]
    args.only = [name for name in args.only.split(",") if name]
    unknown = set(args.only) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}; known: {', '.join(BENCHMARKS)}")
    return args


def plan(args: argparse.Namespace) -> list[tuple[str, Callable[[], list[Result]]]]:
    """(label, step) for each benchmark asked for, in the table's order."""
    from bench import export, iati, layers, refresh, start

    work = args.out.parent / "bench-files"
    steps: list[tuple[str, Callable[[], list[Result]]]] = []
    if "start" in args.only:
        steps.append(("plugin start", lambda: [start.bench_start(args.repeat)]))
    if "layers" in args.only:
        steps.append(("add layers", lambda: [layers.bench_add_layers(args.repeat)]))
    if "refresh" in args.only:
        for size in args.sizes:
            repeat = min(args.repeat, 2) if size >= LARGE else args.repeat
            steps.append((f"filter refresh at {size:,}",
                          lambda size=size, repeat=repeat: refresh.bench_size(size, repeat, args.cache)))
    if "export" in args.only:
        steps.append(("export", lambda: [export.bench_export(args.repeat, args.dpi, work)]))
    if "atlas" in args.only:
        steps.append(("atlas", lambda: [export.bench_atlas(args.dpi, work, args.atlas_cities)]))
    if "iati" in args.only:
        steps.append(("IATI import", lambda: iati.bench_iati(args.iati_activities, args.cache, work)))
    if "fetch" in args.only:
        from bench import iati_fetch

        steps.append(("IATI fetch", lambda: iati_fetch.bench_fetch(work, args.fetch_activities)))
    if "registry" in args.only:
        from bench import registry

        size = registry.TARGET_SIZE if registry.TARGET_SIZE in args.sizes else min(args.sizes)
        steps.append((f"team registry (PostGIS) at {size:,}",
                      lambda: registry.bench_registry(size, args.repeat, args.cache)))
    return steps


def main(argv: Optional[list[str]] = None) -> int:
    """Run, print the table, write the JSON; 0 even when a target is missed (the JSON says which)."""
    from bench import iati, report

    args = parse_args(argv)
    start_qgis()
    results: list[Result] = []
    started = time.perf_counter()
    for label, step in plan(args):
        print(f"bench: {label} …", file=sys.stderr, flush=True)
        results.extend(step())
    not_measured = []
    if "iati" in args.only and not any(r.key == "iati" for r in results):
        not_measured.append(iati.NOT_AVAILABLE)
    settings = {"sizes": args.sizes, "repeat": args.repeat, "dpi": args.dpi, "atlas_cities": args.atlas_cities,
                "iati_activities": args.iati_activities, "only": args.only,
                "seconds": round(time.perf_counter() - started, 1)}
    info = report.machine()
    print(f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB RAM; "
          f"QGIS {info['qgis']}, GDAL {info['gdal']}, Python {info['python']}")
    print(report.table(results, not_measured))
    report.write_json(args.out, results, not_measured, settings, info)
    print(f"bench: {len(results)} measurements in {settings['seconds']} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
