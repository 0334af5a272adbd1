"""Run the test suite with each QGIS test file in a QGIS process of its own; one total at the end.

    python scripts/run_tests.py [pytest options] [tests]

A planner's QGIS never holds what ninety test files leave behind (docks, tasks, project
signals, cached connections); in one process a test could pass or fail by what ran before
it. So tests/qgis, tests/postgis and tests/desktop run file by file; tests/unit and
tests/data, which start no QGIS, run together. The closing line counts every file's tests:
``tests: N passed, N failed, N skipped``. Exit status 0 only when nothing failed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MATRIX_LOG = "SMARTCITY_MATRIX_TEST_LOG"
ONE_PROCESS_EACH = ("qgis", "postgis", "desktop")  # folders whose files each get a fresh QGIS
SUMMARY_WORDS = ("passed", "failed", "error", "errors", "skipped", "xfailed", "xpassed", "deselected")
NO_TESTS_COLLECTED = 5


def runs(paths: Sequence[Path]) -> List[List[Path]]:
    """The pytest runs: one per file of the QGIS folders, one for the rest."""
    together, alone = [], []
    for path in paths:
        files = sorted(path.rglob("test_*.py")) if path.is_dir() else [path]
        for file in files:
            folder = file.relative_to(ROOT / "tests").parts[0] if file.is_relative_to(ROOT / "tests") else ""
            (alone if folder in ONE_PROCESS_EACH else together).append(file)
    return ([together] if together else []) + [[file] for file in alone]


def counts(output: str) -> Dict[str, int]:
    """The numbers of pytest's closing line ("3 failed, 120 passed, 2 skipped in 4.5s")."""
    found: Dict[str, int] = {}
    for line in reversed(output.splitlines()):
        if re.search(r"\bin [\d.]+s\b", line) and any(word in line for word in SUMMARY_WORDS):
            for number, word in re.findall(r"(\d+) (\w+)", line):
                word = "errors" if word == "error" else word
                found[word] = found.get(word, 0) + int(number)
            break
    return found


def run(files: List[Path], options: List[str]) -> Tuple[int, Dict[str, int], str]:
    """pytest on ``files``: exit status, counts, output.

    With SMARTCITY_MATRIX_TEST_LOG set (the version matrix), every test's outcome is also
    appended to that log by scripts/matrix_pytest_plugin.py, for the matrix's results file.
    """
    environment = dict(os.environ)
    plugin = []
    if environment.get(MATRIX_LOG):
        plugin = ["-p", "matrix_pytest_plugin"]
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), environment.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "pytest", *plugin, *options, *[str(file) for file in files]]
    done = subprocess.run(command, cwd=ROOT, env=environment, stdout=subprocess.PIPE,  # nosec B603
                          stderr=subprocess.STDOUT, text=True, errors="replace", check=False)
    return done.returncode, counts(done.stdout), done.stdout


def shown(file: Path) -> str:
    """A test file's name as the summary prints it: relative to the checkout when inside it."""
    return str(file.relative_to(ROOT)) if file.is_relative_to(ROOT) else str(file)


def record_crash(name: str, status: int) -> None:
    """Name the test a crashed run died in, in the matrix's log (SMARTCITY_MATRIX_TEST_LOG).

    A crash in a teardown comes after the test's call was logged as passed: without this
    line the matrix's results would count the file's tests as passed.
    """
    log = os.environ.get(MATRIX_LOG)
    if not log:
        return
    from matrix_pytest import crashed_test, read_events, write_crash

    write_crash(Path(log), crashed_test(read_events(Path(log))) or f"{name}::(outside any test)", status)


def main(argv: Sequence[str]) -> int:
    # Test folders or files (what exists) are ours; everything else goes to pytest as it is.
    paths = [ROOT / arg for arg in argv if not arg.startswith("-") and (ROOT / arg).exists()]
    options = [arg for arg in argv if arg.startswith("-") or not (ROOT / arg).exists()]
    totals: Dict[str, int] = {}
    failed_runs = []
    started = time.monotonic()
    for files in runs(paths or [ROOT / "tests"]):
        name = shown(files[0]) if len(files) == 1 else f"{len(files)} files without QGIS windows"
        status, found, output = run(files, options)
        for word, number in found.items():
            totals[word] = totals.get(word, 0) + number
        broken = status not in (0, NO_TESTS_COLLECTED) or found.get("failed") or found.get("errors")
        if broken and not (found.get("failed") or found.get("errors")):
            totals["failed"] = totals.get("failed", 0) + 1  # a crash or a hang ended the file: one failure
            record_crash(name, status)
        summary = ", ".join(f"{number} {word}" for word, number in sorted(found.items())) or f"exit {status}"
        print(f"{'FAIL' if broken else 'ok  '} {name}: {summary}", flush=True)
        if broken:
            failed_runs.append(name)
            print(output[-20000:], flush=True)
    minutes = (time.monotonic() - started) / 60
    if failed_runs:
        print("failed in: " + ", ".join(failed_runs))
    print(f"({minutes:.1f} min)")
    print(f"tests: {totals.get('passed', 0)} passed, {totals.get('failed', 0) + totals.get('errors', 0)} failed, "
          f"{totals.get('skipped', 0)} skipped")
    return 1 if failed_runs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
