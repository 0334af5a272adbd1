"""Another planner's QGIS, in a process of its own: edits the team registry through the plugin and saves.

Run by test_registry_sessions.py: ``python second_session.py <profile dir> <json of what to do>``, with
the planner's password in SMARTCITY_TEST_PASSWORD (never on the command line). Prints a JSON report.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(profile: str, task: dict) -> dict:
    from qgis.core import QgsApplication, QgsSettings

    app = QgsApplication([], False, profile)
    app.initQgis()
    try:
        from smartcity_plugin.layers.edit_guard import guard
        from smartcity_plugin.layers.sources import REGISTRY_KEY, open_data_layer
        from tests.postgis.registry import add_auth_config, save_connection

        authcfg = add_auth_config("second session", task["user"], os.environ["SMARTCITY_TEST_PASSWORD"])
        save_connection("team registry", f"dbname='{task['database']}' host={task['host']} port={task['port']} "
                                         f"sslmode=disable authcfg={authcfg}")
        QgsSettings().setValue(REGISTRY_KEY, "team registry")
        layer = open_data_layer("projects")
        messages = []
        guard(layer, lambda text, level: messages.append(text))
        layer.startEditing()
        for project_id, changes in task["changes"].items():
            fid = next(layer.getFeatures(f"\"project_id\" = '{project_id}'")).id()
            for name, value in changes.items():
                layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
        saved = layer.commitChanges()
        return {"saved": saved, "errors": layer.commitErrors(), "messages": messages}
    finally:
        app.exitQgis()


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], json.loads(sys.argv[2]))))
