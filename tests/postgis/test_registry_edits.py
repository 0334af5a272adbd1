"""Planners edit the registry from QGIS: no save overwrites another unseen, and the audit keeps every version."""

from __future__ import annotations

import psycopg2
import pytest
from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from smartcity_plugin.layers.edit_guard import EditGuard, guard, unguard
from smartcity_plugin.layers.registry_layers import open_registry_layer

PROJECT = "kr_koica_tam_ky_smart_city"
ORIGINAL_TITLE = "Tam Ky smart city project (Quang Nam)"


class Planner:
    """One planner's QGIS: a projects layer through their own connection, guarded, with their messages."""

    def __init__(self, registry, name: str) -> None:
        self.name = name
        self.messages: list[tuple[str, Qgis.MessageLevel]] = []
        self.layer = open_registry_layer(registry.connections[name], "projects", f"projects ({name})")
        self.guard = guard(self.layer, lambda text, level: self.messages.append((text, level)))

    def fid(self, project_id: str = PROJECT) -> int:
        request = f"\"project_id\" = '{project_id}'"
        return next(feature.id() for feature in self.layer.getFeatures(request))

    def set(self, field: str, value, project_id: str = PROJECT) -> None:
        assert self.layer.changeAttributeValue(self.fid(project_id), self.layer.fields().indexOf(field), value)

    def value(self, field: str, project_id: str = PROJECT):
        return self.layer.getFeature(self.fid(project_id))[field]


def audit(registry, action: str):
    return registry.sql("SELECT changed_by, row_version, old_row, new_row, note FROM smartcity.audit_log "
                        "WHERE action = %s ORDER BY audit_id", (action,))


def test_second_save_on_an_older_version_is_refused_and_both_versions_are_kept(registry):
    alice, bob = Planner(registry, "alice"), Planner(registry, "bob")
    assert isinstance(alice.guard, EditGuard) and alice.fid() == bob.fid()  # one record, one id everywhere
    assert alice.layer.startEditing() and bob.layer.startEditing()
    alice.set("title", "Alice's title")
    bob.set("title", "Bob's title")
    assert alice.layer.commitChanges(), alice.layer.commitErrors()

    assert not bob.layer.commitChanges()
    errors = " ".join(bob.layer.commitErrors())
    assert f"projects {PROJECT} was changed by alice" in errors and "your change was not saved" in errors
    (message, level), = bob.messages
    assert level == Qgis.MessageLevel.Critical
    assert message.startswith(f"Not saved: {PROJECT} was changed by alice at ") and "(version 2)" in message
    assert "audit log (entry" in message
    assert bob.layer.isEditable() and bob.value("title") == "Bob's title"  # nothing lost in his session
    assert registry.sql("SELECT title, row_version, updated_by FROM smartcity.projects WHERE project_id = %s",
                        (PROJECT,)) == [("Alice's title", 2, "alice")]

    (by, version, old_row, new_row, _note), = audit(registry, "update")
    assert (by, version, old_row["title"], new_row["title"]) == ("alice", 2, ORIGINAL_TITLE, "Alice's title")
    (by, version, old_row, new_row, note), = audit(registry, "conflict")
    assert (by, version, old_row["title"], new_row["title"]) == ("bob", 1, "Alice's title", "Bob's title")
    assert new_row["geom"]["type"] == "MultiPoint" and "version 2" in note

    # Bob starts again from Alice's version: his save goes through.
    assert bob.layer.rollBack() and bob.layer.startEditing()
    assert bob.value("title") == "Alice's title"
    bob.set("title", "Bob's title, on Alice's")
    assert bob.layer.commitChanges(), bob.layer.commitErrors()
    assert registry.sql("SELECT title, row_version, updated_by FROM smartcity.projects WHERE project_id = %s",
                        (PROJECT,)) == [("Bob's title, on Alice's", 3, "bob")]


def test_saving_twice_in_one_session_and_moving_a_point(registry):
    alice = Planner(registry, "alice")
    assert alice.layer.startEditing()
    alice.set("amount_usd", 1234.5)
    assert alice.layer.commitChanges(False)  # go on editing
    alice.set("amount_usd", 2345.5)
    moved = QgsGeometry.fromMultiPointXY([QgsPointXY(108.5, 15.6)])
    assert alice.layer.changeGeometry(alice.fid(), moved)
    assert alice.layer.commitChanges(), alice.layer.commitErrors()
    assert registry.sql("SELECT amount_usd, row_version, ST_AsText(geom) FROM smartcity.projects "
                        "WHERE project_id = %s", (PROJECT,)) == [(2345.5, 3, "MULTIPOINT((108.5 15.6))")]
    updates = audit(registry, "update")
    assert [row[1] for row in updates] == [2, 3]
    assert updates[-1][3]["geom"]["coordinates"] == [[108.5, 15.6]]
    assert alice.messages == []


def test_new_and_deleted_projects_are_audited_whole(registry):
    alice = Planner(registry, "alice")
    layer = alice.layer
    assert layer.startEditing()
    feature = QgsFeature(layer.fields())
    for name, value in {"project_id": "kr_test_new", "title": "A new project", "donor_country": "KR",
                        "sector_primary": "water", "sectors": "water", "status": "planned",
                        "finance_type": "grant", "start_year": 2027}.items():
        feature[name] = value
    feature.setGeometry(QgsGeometry.fromMultiPointXY([QgsPointXY(105.85, 21.03)]))
    assert layer.addFeature(feature)
    assert layer.deleteFeature(alice.fid("kr_koica_hue_smart_tourism"))
    assert layer.commitChanges(), layer.commitErrors()
    (by, version, old_row, new_row, _note), = audit(registry, "insert")
    assert (by, version, old_row, new_row["project_id"], new_row["updated_by"]) == (
        "alice", 1, None, "kr_test_new", "alice")
    (by, _version, old_row, new_row, _note), = audit(registry, "delete")
    assert (by, old_row["project_id"], new_row) == ("alice", "kr_koica_hue_smart_tourism", None)
    assert old_row["title"] and old_row["geom"]["type"] == "MultiPoint"  # enough to put it back


def test_deleting_what_another_changed_is_warned(registry):
    alice, bob = Planner(registry, "alice"), Planner(registry, "bob")
    assert alice.layer.startEditing() and bob.layer.startEditing()
    alice.set("title", "Alice's title")
    assert alice.layer.commitChanges()
    assert bob.layer.deleteFeature(bob.fid())
    assert bob.layer.commitChanges(), bob.layer.commitErrors()
    (message, level), = bob.messages
    assert level == Qgis.MessageLevel.Warning and "which alice changed at" in message
    (_by, _version, old_row, _new, _note), = audit(registry, "delete")
    assert old_row["title"] == "Alice's title"


def test_a_change_that_does_not_name_its_version_is_refused(registry):
    """Other programs (psql, a QGIS without the plugin) cannot overwrite unseen either."""
    with registry.database.connect(user="alice", password=registry.planners["alice"]) as connection:
        with connection.cursor() as cursor:
            with pytest.raises(psycopg2.errors.CheckViolation, match="does not say which version"):
                cursor.execute("UPDATE smartcity.projects SET title = 'x' WHERE project_id = %s", (PROJECT,))
            connection.rollback()
            cursor.execute("UPDATE smartcity.projects SET title = 'y', base_version = row_version "
                           "WHERE project_id = %s RETURNING row_version, base_version, updated_by", (PROJECT,))
            assert cursor.fetchone() == (2, None, "alice")
            with pytest.raises(psycopg2.errors.SerializationFailure, match="was changed by alice"):
                cursor.execute("UPDATE smartcity.projects SET title = 'z', base_version = 1 "
                               "WHERE project_id = %s", (PROJECT,))
    connection.close()


def test_a_plain_qgis_layer_cannot_overwrite_unseen(registry):
    """A layer without the plugin's guard: QGIS shows the registry's refusal."""
    layer = open_registry_layer(registry.connections["bob"], "projects", "plain")
    assert layer.startEditing()
    fid = next(layer.getFeatures(f"\"project_id\" = '{PROJECT}'")).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf("title"), "unguarded")
    assert not layer.commitChanges()
    assert "does not say which version" in " ".join(layer.commitErrors())
    assert layer.rollBack()


def test_unguard_leaves_the_layer_as_it_was(registry):
    """After the plugin unloads, its guard no longer stamps saves (the registry then refuses them)."""
    layer: QgsVectorLayer = open_registry_layer(registry.connections["alice"], "projects", "p")
    messages = []
    first = guard(layer, lambda *args: messages.append(args))
    assert guard(layer, lambda *args: None) is first  # once per layer
    assert layer.startEditing() and layer.rollBack()  # a session noted and forgotten
    unguard(layer)
    assert layer.startEditing()
    fid = next(layer.getFeatures(f"\"project_id\" = '{PROJECT}'")).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf("title"), "unguarded")
    assert not layer.commitChanges()
    assert "does not say which version" in " ".join(layer.commitErrors())
    assert layer.rollBack() and messages == []
    assert guard(open_registry_layer(registry.connections["alice"], "sectors", "s"), print) is None


def test_changing_what_another_deleted_is_said_and_kept(registry):
    alice, bob = Planner(registry, "alice"), Planner(registry, "bob")
    assert alice.layer.startEditing() and bob.layer.startEditing()
    bob.set("title", "Bob's title")
    assert alice.layer.deleteFeature(alice.fid())
    assert alice.layer.commitChanges(), alice.layer.commitErrors()
    bob.layer.commitChanges()  # QGIS finds no row to update and calls that a success
    (message, level), = bob.messages
    assert level == Qgis.MessageLevel.Critical and message.startswith(f"Not saved: {PROJECT} was deleted")
    (by, _version, old_row, new_row, _note), = audit(registry, "conflict")
    # His version, recoverable, next to the record as it was deleted.
    assert (by, old_row["title"], new_row["title"]) == ("bob", ORIGINAL_TITLE, "Bob's title")
    (_by, _version, old_row, _new, _note), = audit(registry, "delete")
    assert old_row["title"] == ORIGINAL_TITLE
