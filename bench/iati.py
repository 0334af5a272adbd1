"""IATI import: activities per second and peak memory on a generated file of 100k activities.

The importer (``smartcity_plugin.io.iati_import.import_iati``) is measured only when the
plugin provides it; otherwise the run says so and shows no number. A third row is the floor
under any import of the file: the bare iterparse with the very rows the import wrote handed
to the importer's store as each activity is read (nothing mapped, nothing checked). Two baselines, each a
bare pass over the same file that keeps nothing: ``iterparse`` with the parser the importer
uses (expat through ElementTree's C tree builder; the target is measured against it, the
faster of the two), and the QXmlStreamReader loop the importer used until December 2026
(every token read), kept so earlier runs compare. Each side runs in a fresh interpreter,
so its peak memory growth is its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess  # nosec B404: runs this package's own probe
import sys
from pathlib import Path

from bench.paths import ROOT
from bench.timing import Result, Target, Timing

NOT_AVAILABLE = "IATI import: importer not available (smartcity_plugin.io has no iati_import.import_iati)"
SPEED_TARGET = 2.0  # time at most twice the bare parse's = at least half its speed
MEMORY_TARGET_MB = 150.0
SEED = 20261124
DONORS = (("KR-GOV-1", "KR", "Korea International Cooperation Agency"), ("US-GOV-1", "US", "USAID"),
          ("JP-JICA", "JP", "Japan International Cooperation Agency"), ("XM-DAC-46002", "XM", "Asian Development Bank"))
RECIPIENTS = (("VN", 16.05, 108.2), ("PH", 14.6, 121.0), ("ID", -6.2, 106.8), ("TH", 13.75, 100.5),
              ("KH", 11.55, 104.9), ("LA", 17.97, 102.6), ("MY", 3.14, 101.7), ("MM", 16.8, 96.15))
DAC_CODES = ("14020", "14030", "21020", "23183", "43030", "15110", "41050", "12191", "14050", "22040")


def importer_available() -> bool:
    """True when the plugin has an IATI import function to measure."""
    try:
        from smartcity_plugin.io.iati_import import import_iati
    except ImportError:
        return False
    return callable(import_iati)


def activity_xml(rng: random.Random, index: int) -> str:
    """One IATI 2.03 activity, with the elements the importer reads."""
    ref, donor, name = rng.choice(DONORS)
    country, lat, lon = rng.choice(RECIPIENTS)
    start = rng.randint(2010, 2025)
    sectors = rng.sample(DAC_CODES, rng.randint(1, 2))
    share = 100 // len(sectors)
    amount = rng.randint(50, 50_000) * 1000
    return (
        f' <iati-activity xml:lang="en" default-currency="USD" last-updated-datetime="2026-01-01T00:00:00Z">\n'
        f"  <iati-identifier>{ref}-BENCH-{index:07d}</iati-identifier>\n"
        f'  <reporting-org ref="{ref}" type="10"><narrative>{name}</narrative></reporting-org>\n'
        f"  <title><narrative>Smart city project {index} in {country}</narrative></title>\n"
        f'  <description type="1"><narrative>Generated activity {index} for the benchmarks.</narrative></description>\n'
        f'  <participating-org ref="{ref}" role="1" type="10"><narrative>{name}</narrative></participating-org>\n'
        f'  <participating-org ref="{ref}" role="3" type="10"><narrative>{name}</narrative></participating-org>\n'
        f'  <activity-status code="{rng.choice("1234")}"/>\n'
        f'  <activity-date iso-date="{start}-01-15" type="2"/>\n'
        f'  <activity-date iso-date="{start + rng.randint(1, 6)}-12-31" type="3"/>\n'
        f'  <recipient-country code="{country}" percentage="100"/>\n'
        f"  <location>\n   <name><narrative>Site {index}</narrative></name>\n"
        f'   <point srsName="http://www.opengis.net/def/crs/EPSG/0/4326">'
        f"<pos>{lat + rng.uniform(-0.3, 0.3):.4f} {lon + rng.uniform(-0.3, 0.3):.4f}</pos></point>\n"
        f'   <exactness code="1"/>\n  </location>\n'
        + "".join(f'  <sector vocabulary="1" code="{code}" percentage="{share}"/>\n' for code in sectors)
        + f'  <default-finance-type code="110"/>\n'
        f"  <transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"{start}-01-15\"/>\n"
        f'   <value currency="USD" value-date="{start}-01-15">{amount}</value></transaction>\n'
        f" </iati-activity>\n"
    )


def iati_file(activities: int, cache: Path) -> Path:
    """The generated IATI file of ``activities`` activities, cached by a hash of this generator."""
    key = hashlib.sha256(Path(__file__).read_bytes() + str(activities).encode()).hexdigest()[:12]
    path = cache / f"iati_{activities}_{key}.xml"
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob(f"iati_{activities}_*.xml"):
            old.unlink()
        rng = random.Random(SEED)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        with partial.open("w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                      '<iati-activities version="2.03" generated-datetime="2026-01-01T00:00:00Z">\n')
            for index in range(activities):
                out.write(activity_xml(rng, index + 1))
            out.write("</iati-activities>\n")
        os.replace(partial, path)
    return path


def run_probe(*args: str) -> dict:
    """One import or bare parse in a child interpreter."""
    completed = subprocess.run(  # nosec B603: fixed arguments
        [sys.executable, "-m", "bench.iati_probe", *args], cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def bench_iati(activities: int, cache: Path, work: Path) -> list[Result]:
    """Import against bare parse, one run each; no row when the importer is not there."""
    if not importer_available():
        return []
    source = iati_file(activities, cache)
    work.mkdir(parents=True, exist_ok=True)
    iterparse = run_probe("iterparse", str(source))
    parse = run_probe("parse", str(source))
    imported = run_probe("import", str(source), str(work / "iati_import.gpkg"))
    floor = run_probe("floor", str(source), str(work / "iati_import.gpkg"), str(work / "iati_floor.gpkg"))
    details = {"activities": activities, "file_mb": round(source.stat().st_size / 1e6, 1),
               "import": imported, "iterparse": iterparse, "parse": parse, "floor": floor}
    ratio = imported["ms"] / iterparse["ms"]
    return [
        Result(key="iati", title=f"IATI import, {activities:,} activities", ours=Timing([imported["ms"]]),
               baseline=Timing([iterparse["ms"]]), baseline_title="bare iterparse (expat)", unit="activities/s",
               targets=[Target("at least half the parse speed (time <= 2x)", SPEED_TARGET, ratio),
                        Target("peak memory growth under 150 MB", MEMORY_TARGET_MB, imported["peak_growth_mb"])],
               details=details),
        Result(key="iati_qt", title=f"IATI import, {activities:,} activities, against the earlier baseline",
               ours=Timing([imported["ms"]]), baseline=Timing([parse["ms"]]),
               baseline_title="bare QXmlStreamReader pass", unit="activities/s",
               targets=[Target("at least half the parse speed (time <= 2x)", SPEED_TARGET,
                               imported["ms"] / parse["ms"])],
               details=details),
        # No plugin can import faster than this: the target above is only reachable if this row is under it.
        Result(key="iati_floor", title=f"IATI import's floor, {activities:,} activities: the bare iterparse and the "
               "import's own rows written by its store (nothing mapped or checked)", ours=Timing([floor["ms"]]),
               baseline=Timing([iterparse["ms"]]), baseline_title="bare iterparse (expat)", unit="activities/s",
               targets=[], details=details),
    ]
