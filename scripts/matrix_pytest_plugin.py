"""pytest plugin of the QGIS version matrix: every test's outcome, written the moment it is known.

A test that crashes QGIS (``Fatal Python error: Aborted``) ends the whole pytest process and
with it any report written at the end. This one writes a JSON line when a test starts and one
per phase (setup, call, teardown), flushed to disk, into the file named by
``SMARTCITY_MATRIX_TEST_LOG``: after a crash the test that started and never finished is the
one that crashed, and ``scripts/matrix_pytest.py`` runs the rest.
"""

from __future__ import annotations

import json
import os
from typing import Any, Optional

LOG_VARIABLE = "SMARTCITY_MATRIX_TEST_LOG"
MESSAGE_LIMIT = 600


def failure_message(report: Any) -> str:
    """``path:line: Error: what`` of a failure: where it was raised and pytest's one-line reason."""
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None:
        first_line = (crash.message or "").strip().splitlines()[:1]
        path = str(crash.path)
        if path.startswith(os.getcwd() + os.sep):
            path = os.path.relpath(path)
        return f"{path}:{crash.lineno}: {first_line[0] if first_line else ''}"
    lines = (getattr(report, "longreprtext", "") or "").strip().splitlines()
    return lines[-1] if lines else ""


class Recorder:
    """Appends one JSON object per event to ``path``, flushed and synced each time."""

    def __init__(self, path: str) -> None:
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (open for the whole session)

    def write(self, event: dict) -> None:
        self._file.write(json.dumps(event, ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def pytest_runtest_logstart(self, nodeid: str, location: Any) -> None:  # noqa: D102
        self.write({"nodeid": nodeid, "event": "start"})

    def pytest_runtest_logreport(self, report: Any) -> None:  # noqa: D102
        event = {"nodeid": report.nodeid, "event": report.when, "outcome": report.outcome}
        if report.outcome == "skipped" and isinstance(report.longrepr, tuple):
            event["message"] = str(report.longrepr[2])[:MESSAGE_LIMIT]
        elif report.outcome == "failed":
            event["message"] = failure_message(report)[:MESSAGE_LIMIT]
        self.write(event)

    def pytest_unconfigure(self) -> None:  # noqa: D102
        self._file.close()


def pytest_configure(config: Any) -> None:
    """Register the recorder when the matrix asked for a log."""
    path: Optional[str] = os.environ.get(LOG_VARIABLE)
    if path:
        config.pluginmanager.register(Recorder(path), "smartcity_matrix_recorder")
