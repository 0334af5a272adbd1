"""The QGIS version matrix's own logic: the host's mirror, PostgreSQL discovery, results (no QGIS)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import matrix_pytest  # scripts/, on sys.path through tests/conftest.py
import matrix_support
import pytest

from tests.postgis.cluster import find_postgres

ROOT = Path(__file__).resolve().parents[2]

DEB822 = """\
Types: deb
# http://snapshot.example.org/archive/debian/20250520T000000Z
URIs: http://mirror.example.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_mirror_from_deb822_sources(tmp_path):
    write(tmp_path / "sources.list.d" / "debian.sources", DEB822)
    sources = matrix_support.host_sources(tmp_path)
    assert matrix_support.debian_mirrors(sources) == (
        "http://mirror.example.org/debian", "http://mirror.example.org/debian-security")


def test_mirror_from_one_line_sources_list_with_options(tmp_path):
    write(tmp_path / "sources.list", "# the old format\n"
          "deb [arch=amd64 signed-by=/usr/share/keyrings/k.gpg] https://ftp.example.net/debian/ trixie main contrib\n"
          "deb-src https://src.example.net/debian trixie main\n"
          "deb http://security.example.net/debian-security trixie-security main\n")
    assert matrix_support.debian_mirrors(matrix_support.host_sources(tmp_path)) == (
        "https://ftp.example.net/debian", "http://security.example.net/debian-security")


def test_third_party_and_disabled_sources_are_not_the_mirror(tmp_path):
    """A vendor's repository listed first, and a disabled stanza, are passed over."""
    write(tmp_path / "sources.list.d" / "a-vendor.list", "deb https://packages.example.com/apt stable non-free\n")
    write(tmp_path / "sources.list.d" / "b-off.sources",
          "Types: deb\nURIs: http://old.example.org/debian\nSuites: bookworm\nComponents: main\nEnabled: no\n")
    write(tmp_path / "sources.list.d" / "c-debian.sources",
          "Types: deb deb-src\nURIs: http://mirror.example.org/debian\nSuites: bookworm\nComponents: main\n")
    assert matrix_support.debian_mirrors(matrix_support.host_sources(tmp_path)) == (
        "http://mirror.example.org/debian", None)


def test_no_debian_mirror_is_a_clear_error(tmp_path):
    write(tmp_path / "sources.list.d" / "vendor.list", "deb https://packages.example.com/apt stable non-free\n")
    with pytest.raises(ValueError, match="SMARTCITY_MATRIX_MIRROR"):
        matrix_support.debian_mirrors(matrix_support.host_sources(tmp_path))
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "matrix_support.py"), "mirror",
                             "--apt-dir", str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "no Debian archive" in result.stderr


def fake_postgres(root: Path, major: str, *, postgis: bool = True, server: bool = True) -> None:
    bin_dir = root / "usr" / "lib" / "postgresql" / major / "bin"
    bin_dir.mkdir(parents=True)
    if server:
        for program in ("initdb", "pg_ctl"):
            write(bin_dir / program, "#!/bin/sh\n")
    if postgis:
        write(root / "usr" / "share" / "postgresql" / major / "extension" / "postgis.control", "")


def test_postgres_found_whatever_the_major(tmp_path):
    """Debian 12 has 15, 13 has 17, testing 18: the newest major with a server and PostGIS wins."""
    fake_postgres(tmp_path, "15")
    fake_postgres(tmp_path, "17")
    fake_postgres(tmp_path, "18", postgis=False)  # an upgrade half-done: no PostGIS for 18 yet
    fake_postgres(tmp_path, "19", server=False)  # only the client
    found = find_postgres(tmp_path)
    assert found is not None
    assert found.major == 17
    assert found.bin_dir == tmp_path / "usr" / "lib" / "postgresql" / "17" / "bin"


def test_no_postgres_is_none(tmp_path):
    fake_postgres(tmp_path, "17", postgis=False)
    assert find_postgres(tmp_path) is None


def test_no_postgresql_major_written_into_setup_or_cluster():
    """`make setup` and the test cluster work on any Debian release's PostgreSQL."""
    for path in (ROOT / "scripts" / "setup_system.sh", ROOT / "tests" / "postgis" / "cluster.py",
                 ROOT / "scripts" / "test_matrix.sh"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"postgresql[-/]\d+", text), path


def test_no_mirror_host_written_into_the_matrix_script():
    text = (ROOT / "scripts" / "test_matrix.sh").read_text(encoding="utf-8")
    assert not re.search(r"https?://[a-z0-9.-]+", text)


def sample_log(path: Path) -> Path:
    """A matrix test log: passed, failed, setup error, skipped, and a crash."""
    events = [
        {"nodeid": "tests/unit/test_a.py::test_ok", "event": "start"},
        {"nodeid": "tests/unit/test_a.py::test_ok", "event": "setup", "outcome": "passed"},
        {"nodeid": "tests/unit/test_a.py::test_ok", "event": "call", "outcome": "passed"},
        {"nodeid": "tests/unit/test_a.py::test_ok", "event": "teardown", "outcome": "passed"},
        {"nodeid": "tests/qgis/test_io_iati.py::test_bad", "event": "start"},
        {"nodeid": "tests/qgis/test_io_iati.py::test_bad", "event": "setup", "outcome": "passed"},
        {"nodeid": "tests/qgis/test_io_iati.py::test_bad", "event": "call", "outcome": "failed",
         "message": "assert 1 == 0"},
        {"nodeid": "tests/qgis/test_io_iati.py::test_bad", "event": "teardown", "outcome": "passed"},
        {"nodeid": "tests/postgis/test_cluster.py::test_start", "event": "start"},
        {"nodeid": "tests/postgis/test_cluster.py::test_start", "event": "setup", "outcome": "failed",
         "message": "RuntimeError: boom"},
        {"nodeid": "tests/postgis/test_cluster.py::test_start", "event": "teardown", "outcome": "passed"},
        {"nodeid": "tests/qgis/test_export.py::test_webkit", "event": "start"},
        {"nodeid": "tests/qgis/test_export.py::test_webkit", "event": "setup", "outcome": "skipped",
         "message": "Skipped: no QtWebKit in this build"},
        {"nodeid": "tests/qgis/test_export.py::test_webkit", "event": "teardown", "outcome": "passed"},
        {"nodeid": "tests/qgis/test_fetch.py::test_x[a b]", "event": "start"},
        {"nodeid": "tests/qgis/test_fetch.py::test_x[a b]", "event": "setup", "outcome": "passed"},
        {"nodeid": "tests/qgis/test_fetch.py::test_x[a b]", "event": "crash",
         "message": "crashed the test process (killed by signal 6)"},
        {"nodeid": "tests/qgis/test_z.py::test_after", "event": "start"},
        {"nodeid": "tests/qgis/test_z.py::test_after", "event": "call", "outcome": "passed"},
        {"nodeid": "tests/qgis/test_z.py::test_after", "event": "teardown", "outcome": "passed"},
    ]
    return write(path, "\n".join(json.dumps(event) for event in events) + '\n{"nodeid": "cut sho')


def test_results_line_and_failing_names(tmp_path):
    result = matrix_support.read_test_log(sample_log(tmp_path / "tests.jsonl"))
    assert (result.passed, result.failed, result.errors, result.skipped) == (2, 1, 2, 1)
    assert result.failing == [
        "tests/qgis/test_io_iati.py::test_bad: assert 1 == 0",
        "tests/postgis/test_cluster.py::test_start (error): RuntimeError: boom",
        "tests/qgis/test_fetch.py::test_x[a b] (crashed): crashed the test process (killed by signal 6)",
    ]
    assert result.skips == ["tests/qgis/test_export.py::test_webkit: Skipped: no QtWebKit in this build"]
    line = matrix_support.summary_line("3.40.6", "trixie", result, "ok")
    assert line == "QGIS 3.40.6 (Debian trixie): 2 passed, 3 failed, 1 skipped; user path ok"


def test_results_file_keeps_the_other_version(tmp_path):
    """Running one version replaces its block only; the file lists 3.40 before 3.44."""
    results = tmp_path / "build" / "matrix" / "results.txt"
    log = sample_log(tmp_path / "tests.jsonl")
    arguments = ["record", "--results", str(results), "--tests", str(log), "--stamp", "now"]
    assert matrix_support.main([*arguments, "--suite", "forky", "--qgis", "3.44.15"]) == 0
    assert matrix_support.main([*arguments, "--suite", "trixie", "--qgis", "3.40.6",
                                "--user-path-problem", "overview.pdf was not written"]) == 0
    assert matrix_support.main([*arguments, "--suite", "trixie", "--qgis", "3.40.7"]) == 0
    lines = results.read_text(encoding="utf-8").splitlines()
    summaries = [line for line in lines if line.startswith("QGIS")]
    assert summaries == ["QGIS 3.40.7 (Debian trixie): 2 passed, 3 failed, 1 skipped; user path ok",
                         "QGIS 3.44.15 (Debian forky): 2 passed, 3 failed, 1 skipped; user path ok"]
    assert "  FAILED tests/qgis/test_io_iati.py::test_bad: assert 1 == 0" in lines
    assert not any("USER PATH" in line for line in lines)  # the 3.40.6 problem went with its run


def test_missing_report_counts_as_a_failure(tmp_path):
    results = tmp_path / "results.txt"
    matrix_support.main(["record", "--results", str(results), "--tests", str(tmp_path / "none.jsonl"),
                         "--suite", "trixie", "--qgis", "3.40.6"])
    assert results.read_text(encoding="utf-8").startswith(
        "QGIS 3.40.6 (Debian trixie): 0 passed, 1 failed, 0 skipped")


CRASHING_SUITE = """
import os

def test_before():
    assert True

def test_fails():
    assert 1 == 2

def test_crash():
    os.abort()  # what QGIS does on a fatal Qt error

def test_after_the_crash():
    assert True
"""


def test_a_crashing_test_does_not_end_the_run(tmp_path):
    """The crash is recorded against the test that caused it; the tests after it still run."""
    write(tmp_path / "suite" / "test_crashing.py", CRASHING_SUITE)
    log = tmp_path / "tests.jsonl"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "matrix_pytest.py"), "--log", str(log), "--",
         "-p", "no:qgis", "-p", "no:cacheprovider", "-q", "suite"],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "test_crash crashed pytest (killed by signal 6); running the rest" in result.stderr
    outcomes = {outcome.nodeid.split("::")[1]: outcome.outcome
                for outcome in matrix_pytest.outcomes(matrix_pytest.read_events(log))}
    assert outcomes == {"test_before": "passed", "test_fails": "failed", "test_crash": "crashed",
                        "test_after_the_crash": "passed"}


CRASH_IN_TEARDOWN = """
import os
import signal

import pytest


@pytest.fixture()
def crashes_when_done():
    yield
    os.kill(os.getpid(), signal.SIGSEGV)  # what a QGIS object freed twice does


def test_first():
    assert True


def test_passes_then_crashes(crashes_when_done):
    assert True
"""


def test_make_test_counts_a_crash_in_a_teardown_as_a_failure(tmp_path):
    """The matrix's results say "1 failed" for a file whose teardown crashed QGIS, not "2 passed"."""
    write(tmp_path / "test_teardown_crash.py", CRASH_IN_TEARDOWN)
    log = tmp_path / "tests.jsonl"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_tests.py"), "-p", "no:qgis", "-p", "no:cacheprovider",
         "-q", "-p", "no:faulthandler", str(tmp_path / "test_teardown_crash.py")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
        env={**os.environ, "SMARTCITY_MATRIX_TEST_LOG": str(log),
             "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "scripts"), os.environ.get("PYTHONPATH")]))},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "tests: 0 passed, 1 failed, 0 skipped" in result.stdout, result.stdout  # pytest's own count died with it
    counted = matrix_support.read_test_log(log)
    assert (counted.passed, counted.failed + counted.errors) == (1, 1)
    assert len(counted.failing) == 1
    assert counted.failing[0].endswith(
        "test_teardown_crash.py::test_passes_then_crashes (crashed): crashed the test process (killed by signal 11)")
