"""Two planners edit the registry: the second save on an older version is refused, nothing is lost."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from smartcity_plugin.layers.edit_guard import guard
from smartcity_plugin.layers.registry_layers import open_registry_layer

PROJECT = "kr_koica_tam_ky_smart_city"


def _layer(registry, planner, messages):
    layer = open_registry_layer(registry.connections[planner], "projects", f"projects ({planner})")
    guard(layer, lambda text, level: messages.append((planner, text, level)))
    return layer


def _fid(layer: QgsVectorLayer, project_id: str) -> int:
    return next(f.id() for f in layer.getFeatures(f"\"project_id\" = '{project_id}'"))


def test_second_save_on_older_version_is_refused(registry):
    messages = []
    alice, bob = _layer(registry, "alice", messages), _layer(registry, "bob", messages)
    fid = _fid(alice, PROJECT)
    title = alice.fields().indexOf("title")
    assert alice.startEditing() and bob.startEditing()
    alice.changeAttributeValue(fid, title, "Alice's title")
    bob.changeAttributeValue(fid, title, "Bob's title")
    assert alice.commitChanges(), alice.commitErrors()
    assert _fid(bob, PROJECT) == fid
    ok = bob.commitChanges()
    print("BOB", ok, bob.commitErrors())
    print(messages)
    print(registry.sql("select audit_id, action, changed_by, row_version, new_row->>'title', old_row->>'title' from smartcity.audit_log"))
    print("TITLE", bob.getFeature(fid)["title"], bob.isEditable(), bob.isModified(), bob.editBuffer().changedAttributeValues())
    assert 0
