"""`make bench` in miniature: every benchmark once, on 1k projects, and the JSON it writes.

Not a timed test: it only checks that the benchmarks run and report each measurement
beside its baseline, so they keep working as the plugin changes.
"""

from __future__ import annotations

import json

import pytest

from bench import run

QUICK = ["--sizes", "1000", "--repeat", "1", "--dpi", "72", "--atlas-cities", "2", "--iati-activities", "200",
         "--fetch-activities", "300"]
ALWAYS = ["start", "add_layers", "refresh.1000", "refresh_reset.1000", "export", "atlas"]


@pytest.fixture(scope="module")
def report(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench")
    out = folder / "bench.json"
    assert run.main([*QUICK, "--cache", str(folder / "cache"), "--out", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_every_measurement_stands_beside_its_baseline(report):
    results = {result["key"]: result for result in report["results"]}
    assert list(results)[:len(ALWAYS)] == ALWAYS
    for key, result in results.items():
        ours, baseline = result["ours"]["median_ms"], result["baseline"]["median_ms"]
        assert ours > 0 and baseline > 0, key
        assert result["ratio"] == pytest.approx(ours / baseline, rel=1e-2), key
        assert all({"what", "limit", "value", "ok"} <= set(target) for target in result["targets"]), key


def test_iati_is_measured_or_said_to_be_missing(report):
    measured = any(result["key"] == "iati" for result in report["results"])
    assert measured != bool(report["not_measured"])
    assert all("not available" in reason for reason in report["not_measured"])


def test_the_machine_and_the_start_imports_are_recorded(report):
    assert {"cpu", "cores", "ram_gb", "qgis", "gdal"} <= set(report["machine"])
    start = report["results"][0]["details"]
    assert "smartcity_plugin.plugin" in start["plugin_modules"]
    assert not [m for m in start["watched_imports"] if m.startswith(("shapely", "requests", "smartcity_plugin.gui"))]


def test_the_fetch_runs_in_a_task_and_its_cancel_leaves_the_data(report):
    fetch = next(result for result in report["results"] if result["key"] == "iati_fetch")
    assert fetch["details"]["read"] == 300 and fetch["details"]["pages"] == 3  # 200 a page, then an empty one
    targets = {target["what"]: target for target in fetch["targets"]}
    assert targets["every activity fetched"]["ok"]
    assert targets["progress reported and reaching 100 %"]["ok"]
    assert targets["cancelled: the GeoPackage unchanged (1 = yes)"]["ok"]


def test_the_import_floor_writes_the_rows_the_import_wrote(report):
    results = {result["key"]: result for result in report["results"]}
    floor, imported = results["iati_floor"], results["iati"]
    assert floor["details"]["floor"]["activities"] == imported["details"]["import"]["activities"] == 200
    assert floor["baseline"]["median_ms"] == imported["baseline"]["median_ms"]  # the same bare iterparse
