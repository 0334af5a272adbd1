"""Run the test suite like `make test` does, and go on after a test that crashes QGIS.

    python scripts/matrix_pytest.py --log build/matrix/tests.jsonl -- --qgis_disable_gui tests

pytest runs in a child process with ``matrix_pytest_plugin`` writing every outcome to the
log as it happens. When the child dies of a crash (a signal, not pytest's own exit codes),
the test that started and never finished is recorded as crashed and pytest runs again
without the tests that already have an outcome. Exits 0 only when every test passed or
was skipped; the log then holds one outcome per test for ``matrix_support.py record``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence

HERE = Path(__file__).resolve().parent
PYTEST_EXIT_CODES = {0, 1, 2, 3, 4, 5}  # ok, failures, interrupted, internal, usage, none collected
MAX_CRASHES = 25


def read_events(log: Path) -> List[dict]:
    """The log's events; a line cut short by a crash is ignored."""
    events = []
    if log.is_file():
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return events


def settled(events: Sequence[dict]) -> List[str]:
    """Tests that have an outcome: torn down, or recorded as crashed (in the order they ran)."""
    done: Dict[str, None] = {}
    for event in events:
        if event.get("event") in ("teardown", "crash"):
            done[event["nodeid"]] = None
    return list(done)


def crashed_test(events: Sequence[dict]) -> Optional[str]:
    """The last test that started and has no teardown: the one running when the process died."""
    open_tests: Dict[str, None] = {}
    for event in events:
        if event.get("event") == "start":
            open_tests[event["nodeid"]] = None
        elif event.get("event") in ("teardown", "crash"):
            open_tests.pop(event["nodeid"], None)
    return list(open_tests)[-1] if open_tests else None


class Outcome(NamedTuple):
    """What became of one test: passed, failed, error (setup/teardown), skipped or crashed."""

    nodeid: str
    outcome: str
    message: str = ""


def outcomes(events: Sequence[dict]) -> List[Outcome]:
    """One outcome per test, in the order they ran (a test that ran twice keeps its last run)."""
    phases: Dict[str, Dict[str, dict]] = {}
    for event in events:
        if event.get("event") == "start":
            phases[event["nodeid"]] = {}
        elif event.get("event") in ("setup", "call", "teardown", "crash"):
            phases.setdefault(event["nodeid"], {})[event["event"]] = event
    result = []
    for nodeid, seen in phases.items():
        if "crash" in seen:
            result.append(Outcome(nodeid, "crashed", seen["crash"].get("message", "")))
            continue
        failed = [when for when in ("setup", "call", "teardown") if seen.get(when, {}).get("outcome") == "failed"]
        if failed:
            kind = "failed" if failed[0] == "call" else "error"
            result.append(Outcome(nodeid, kind, seen[failed[0]].get("message", "")))
        elif any(seen.get(when, {}).get("outcome") == "skipped" for when in ("setup", "call")):
            skip = next(seen[when] for when in ("setup", "call") if seen.get(when, {}).get("outcome") == "skipped")
            result.append(Outcome(nodeid, "skipped", skip.get("message", "")))
        elif seen.get("call", {}).get("outcome") == "passed":
            result.append(Outcome(nodeid, "passed"))
        # started, never finished, not recorded as crashed: the run was cut off; no outcome
    return result


def exit_description(returncode: int) -> str:
    if returncode < 0:
        return f"killed by signal {-returncode}"
    return f"exit status {returncode}"


def write_crash(log: Path, nodeid: str, returncode: int) -> None:
    """Record in ``log`` that ``nodeid`` crashed the test process (its outcome, whatever was logged before)."""
    with log.open("a", encoding="utf-8") as file:
        file.write(json.dumps({"nodeid": nodeid, "event": "crash",
                               "message": f"crashed the test process ({exit_description(returncode)})"}) + "\n")


def run(log: Path, pytest_arguments: Sequence[str]) -> int:
    """pytest until it ends by itself; a crashed test is written to the log and skipped over."""
    environment = dict(os.environ)
    environment["SMARTCITY_MATRIX_TEST_LOG"] = str(log)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), environment.get("PYTHONPATH")]))
    for _attempt in range(MAX_CRASHES + 1):
        deselect = [f"--deselect={nodeid}" for nodeid in settled(read_events(log))]
        command = [sys.executable, "-m", "pytest", "-p", "matrix_pytest_plugin", *pytest_arguments, *deselect]
        returncode = subprocess.run(command, env=environment, check=False).returncode  # noqa: S603
        if returncode in PYTEST_EXIT_CODES:
            return returncode
        crashed = crashed_test(read_events(log))
        if crashed is None:  # died outside any test (collection, session teardown): nothing to skip
            print(f"matrix: pytest died outside a test ({exit_description(returncode)})", file=sys.stderr)
            return 1
        print(f"matrix: {crashed} crashed pytest ({exit_description(returncode)}); running the rest",
              file=sys.stderr)
        write_crash(log, crashed, returncode)
    print(f"matrix: more than {MAX_CRASHES} crashes; stopping", file=sys.stderr)
    return 1


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("pytest_arguments", nargs=argparse.REMAINDER)
    arguments = parser.parse_args(argv)
    pytest_arguments = arguments.pytest_arguments
    if pytest_arguments[:1] == ["--"]:
        pytest_arguments = pytest_arguments[1:]
    arguments.log.parent.mkdir(parents=True, exist_ok=True)
    arguments.log.unlink(missing_ok=True)
    returncode = run(arguments.log, pytest_arguments)
    bad = [outcome for outcome in outcomes(read_events(arguments.log))
           if outcome.outcome in ("failed", "error", "crashed")]
    return 0 if returncode in (0, 5) and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
