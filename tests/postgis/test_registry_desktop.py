"""Done when: two QGIS sessions share one registry — the real desktop (Bob) and another QGIS (Alice).

Alice's save appears in Bob's dock after "Reload data"; Bob's later save of the same record,
pressed in QGIS's own toolbar, is refused with Alice's name, and his version stays in his session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess  # nosec B404 - the QGIS desktop, as a user starts it
import time
from pathlib import Path

import pytest

from tests.desktop.test_desktop_smoke import (
    PROFILE,
    SmokePaths,
    assert_screenshot,
    log_text,
    make_profile,
    plugin_problems,
    qgis_environment,
    read_log,
    read_text,
    require_tool,
    stop,
    tail,
)
from tests.postgis.test_registry_sessions import AMOUNT_EDITED, BOTH_EDIT, second_session

SCRIPT = Path(__file__).with_name("desktop_registry.py")
READY_TIMEOUT_S = 120
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "images" / "registry-conflict.png"


@pytest.mark.desktop
def test_real_desktop_and_a_second_session_share_the_registry(registry, built_package, xvfb_display, tmp_path):
    paths = SmokePaths(tmp_path)
    make_profile(built_package, paths.profiles)
    env = qgis_environment(xvfb_display, paths)
    ready, go = tmp_path / "ready", tmp_path / "go"
    env.update(SMARTCITY_REGISTRY_TASK=json.dumps({
        "user": "bob", "database": registry.database.name, "host": registry.cluster.host,
        "port": registry.cluster.port, "both_edit": BOTH_EDIT}),
        SMARTCITY_TEST_PASSWORD=registry.planners["bob"], SMARTCITY_REGISTRY_READY=str(ready),
        SMARTCITY_REGISTRY_GO=str(go))
    command = [require_tool("qgis"), "--profiles-path", str(paths.profiles), "--profile", PROFILE, "--nologo",
               "--noversioncheck", "--nocustomization", "--code", str(SCRIPT)]
    with paths.stdout.open("wb") as output:
        qgis = subprocess.Popen(command, env=env, cwd=paths.root, stdout=output,  # nosec B603
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            deadline = time.monotonic() + READY_TIMEOUT_S
            while not ready.exists() and qgis.poll() is None and time.monotonic() < deadline:
                time.sleep(0.2)
            details = f"--- QGIS output ---\n{tail(read_text(paths.stdout))}\n" \
                      f"--- report ---\n{read_text(paths.report)}\n--- log ---\n{tail(log_text(read_log(paths.log)))}"
            assert ready.exists(), details
            alice = second_session(registry, "alice", {AMOUNT_EDITED: {"amount_usd": 9_000_000.0},
                                                       BOTH_EDIT: {"title": "Alice's title"}})
            assert alice["saved"], alice
            go.write_text("go", encoding="utf-8")
            returncode = qgis.wait(timeout=READY_TIMEOUT_S)
        finally:
            stop(qgis, grace_s=0)
    report = json.loads(paths.report.read_text(encoding="utf-8"))
    log = read_log(paths.log)
    details = f"{json.dumps(report, indent=2)}\n--- log ---\n{tail(log_text(log))}"
    # The plugin's only critical message is the refusal this test provokes.
    assert [entry["message"][:10] for entry in plugin_problems(log)] == ["Not saved:"], details
    assert report["errors"] == [] and returncode == 0, details
    assert report["use_registry"] and report["projects_provider"] == "postgres", details
    assert not report["projects_source_has_password"] and report["editing"], details
    # Alice's money reached Bob's dock once he reloaded.
    assert report["summary_after_reload"] != report["summary_before"], details
    # Bob's save of the record Alice changed was refused, named her, and lost nothing.
    assert report["still_modified"] and report["title_in_session"] == "Bob's title", details
    bar = " ".join(report["message_bar"])
    assert f"{BOTH_EDIT} was changed by alice" in bar, details
    assert registry.sql("SELECT title FROM smartcity.projects WHERE project_id = %s", (BOTH_EDIT,)) == [
        ("Alice's title",)]
    assert registry.sql("SELECT changed_by, new_row ->> 'title' FROM smartcity.audit_log "
                        "WHERE action = 'conflict'") == [("bob", "Bob's title")]
    assert report["screenshot_saved"], details
    assert_screenshot(paths.screenshot)
    if os.environ.get("SMARTCITY_UPDATE_SCREENSHOT"):
        shutil.copyfile(paths.screenshot, DOCS_SCREENSHOT)
