"""Two QGIS sessions share one registry: one planner's save shows in the other's dock; a clash is caught."""

from __future__ import annotations

import json
import os
import subprocess  # nosec B404 - runs this repository's own script
import sys
import tempfile
from pathlib import Path

from qgis.core import QgsProject

from smartcity_plugin.gui.dock import CooperationDock
from smartcity_plugin.gui.summary_view import money
from smartcity_plugin.layers.edit_guard import guard
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.layers.reading import summarize_layer

SCRIPT = Path(__file__).with_name("second_session.py")
AMOUNT_EDITED = "kr_koica_hue_smart_tourism"  # alice changes its amount: bob's totals must follow
BOTH_EDIT = "kr_koica_tam_ky_smart_city"  # both change its title: the later save must be refused


def second_session(registry, user: str, changes: dict) -> dict:
    """Run ``changes`` as ``user`` in a QGIS of its own (own profile, own authentication database)."""
    task = {"user": user, "database": registry.database.name, "host": registry.cluster.host,
            "port": registry.cluster.port, "changes": changes}
    with tempfile.TemporaryDirectory(prefix="smartcity-session-") as profile:
        # QGIS_CUSTOM_CONFIG_PATH (set for this test run) would win over the profile folder on
        # QGIS 3.40: the other session would then write its settings into this one's.
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=profile,
                           SMARTCITY_TEST_PASSWORD=registry.planners[user])
        done = subprocess.run([sys.executable, str(SCRIPT), profile, json.dumps(task)],  # nosec B603
                              capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_sessions_share_the_registry(registry, desktop_iface, clean_project):
    registry.use_as("bob")
    dock = CooperationDock(desktop_iface)
    try:
        grants = dock.summary.toPlainText()
        projects = layers_by_role(find_group(QgsProject.instance()))["projects"]
        bob_messages = []
        guard(projects, lambda text, level: bob_messages.append(text))  # as the plugin's watch does
        assert projects.startEditing()
        fid = next(projects.getFeatures(f"\"project_id\" = '{BOTH_EDIT}'")).id()
        projects.changeAttributeValue(fid, projects.fields().indexOf("title"), "Bob's title")

        report = second_session(registry, "alice", {AMOUNT_EDITED: {"amount_usd": 9_000_000.0},
                                                    BOTH_EDIT: {"title": "Alice's title"}})
        assert report == {"saved": True, "errors": ["SUCCESS: 2 attribute value(s) changed."], "messages": []}

        assert dock.summary.toPlainText() == grants  # nothing seen before a reload
        dock.reload_data()
        total = registry.sql("SELECT sum(amount_usd) FROM smartcity.projects WHERE finance_type = 'grant'")[0][0]
        assert summarize_layer(projects).by_finance["grant"].amount_usd == total
        assert money(total) in dock.summary.toPlainText() and money(total) not in grants
        listed = dock.results.model()
        titles = [listed.index(row, 0).data() for row in range(listed.rowCount())]
        assert "Bob's title" in titles  # his unsaved edit is still his

        assert not projects.commitChanges()
        assert any(f"{BOTH_EDIT} was changed by alice" in message for message in bob_messages)
        assert registry.sql("SELECT title, updated_by FROM smartcity.projects WHERE project_id = %s",
                            (BOTH_EDIT,)) == [("Alice's title", "alice")]
        conflict = registry.sql("SELECT changed_by, new_row ->> 'title' FROM smartcity.audit_log "
                                "WHERE action = 'conflict'")
        assert conflict == [("bob", "Bob's title")], bob_messages
        projects.rollBack()
    finally:
        dock.disconnect_project()
        dock.deleteLater()
