"""Upgrading a registry published by the previous version (issue 16): in place, data and audit kept, idempotent.

The plugin refuses to open a registry that still has the holes, and says how to upgrade.
"""

from __future__ import annotations

import html

import pytest
from qgis.core import Qgis, QgsProcessingException

from smartcity_plugin.gui.registry_source import use_registry
from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.registry.store import RegistryTarget
from smartcity_plugin.layers.sources import active_source, open_data_layer
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import fixture
from tests.postgis import attacks
from tests.postgis.registry import Registry
from tests.postgis.test_registry_attacks import (
    ALL_ROUTES,
    PUBLIC_SCHEMA,
    prepare_public,
    publish_legacy,
    registry_holes,
)

HANDMADE = fixture("iati", "handmade-2.03.xml")


def snapshot(registry: Registry) -> dict:
    """Every row of every table of every registry schema (registry_info apart), as JSON text."""
    tables = registry.sql("SELECT schemaname, tablename FROM pg_tables WHERE schemaname LIKE 'smartcity%' "
                          "AND tablename <> 'registry_info' ORDER BY 1, 2")
    return {f"{schema}.{table}": registry.sql(f'SELECT to_jsonb(t)::text FROM "{schema}"."{table}" AS t ORDER BY 1')
            for schema, table in tables}


def team_works_on(registry: Registry) -> None:
    """A week of the old registry: edits, a new record, a deletion, a conflict filed by the old plugin."""
    connection = attacks.session(registry, "alice")
    try:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE smartcity.projects SET title = 'Alice''s title', base_version = row_version "
                           "WHERE fid = 1")
            cursor.execute("INSERT INTO smartcity.projects (project_id, title) VALUES ('new_in_old', 'New')")
            cursor.execute("DELETE FROM smartcity.flood_coverage WHERE fid = 2")
            cursor.execute("SELECT smartcity.record_conflict('projects', 1, 1, '{\"title\": \"Bob''s\"}'::jsonb)")
    finally:
        connection.close()


@pytest.fixture(params=PUBLIC_SCHEMA)
def old_registry(request, pg_database, planners, qgis_app):
    registry = Registry(pg_database, planners)
    prepare_public(registry, request.param)
    publish_legacy(registry)
    team_works_on(registry)
    publish_legacy(registry, replace=True)  # and an old replaced copy with its history
    team_works_on(registry)
    yield registry
    registry.close()


def test_upgrade_twice_keeps_everything_and_closes_every_route(old_registry, provider):
    """The administrator upgrades (Processing, twice): data and audit equal, no hole left, every attack refused."""
    import processing

    before = snapshot(old_registry)
    assert sum(len(rows) for name, rows in before.items() if name.endswith("audit_log")) == 8
    assert registry_holes(old_registry)
    first = processing.run("smartcity:upgraderegistry", {"CONNECTION": old_registry.connections["admin"]})
    assert first["FIXED"] > 0
    again = processing.run("smartcity:upgraderegistry", {"CONNECTION": old_registry.connections["admin"]})
    assert again["FIXED"] == 0
    assert snapshot(old_registry) == before
    assert registry_holes(old_registry) == []
    info = dict(old_registry.sql("SELECT key, value FROM smartcity.registry_info"))
    assert info["format_version"] == "2" and info["upgraded_by"] == old_registry.cluster.superuser
    assert info["published_by"] == old_registry.cluster.superuser  # what was published is still said
    for route, attack in ALL_ROUTES.items():
        assert attack(old_registry) is not True, route
    assert attacks.forged(old_registry) == []
    # And the team goes on editing: versions and audit continue where they were.
    connection = attacks.session(old_registry, "bob")
    try:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE smartcity.projects SET title = 'Bob after the upgrade', base_version = row_version "
                           "WHERE project_id = 'new_in_old' RETURNING row_version")
            assert cursor.fetchone() == (2,)
            # A status the previous version did not know (the bundled data has it now).
            cursor.execute("UPDATE smartcity.projects SET status = 'suspended', base_version = row_version "
                           "WHERE project_id = 'new_in_old' RETURNING status")
            assert cursor.fetchone() == ("suspended",)
    finally:
        connection.close()
    assert old_registry.sql("SELECT changed_by, row_version FROM smartcity.audit_log ORDER BY audit_id DESC "
                            "LIMIT 1") == [("bob", 3)]


def test_only_the_owner_may_upgrade(old_registry, provider):
    """An editor running the upgrade changes nothing and is told whom to ask."""
    import processing

    before = snapshot(old_registry)
    with pytest.raises(QgsProcessingException, match="nothing was changed.*published the registry"):
        processing.run("smartcity:upgraderegistry", {"CONNECTION": old_registry.connections["alice"]})
    assert snapshot(old_registry) == before
    assert registry_holes(old_registry)


def test_the_plugin_refuses_an_old_registry_and_says_how_to_upgrade(old_registry, desktop_iface, clean_project):
    """A planner choosing the old registry is told it is unsafe, with the connection and the upgrade step."""
    name = old_registry.connections["carol"]
    assert not use_registry(desktop_iface, name)
    errors = [html.unescape(message) for message in desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)]
    told = [message for message in errors if "not safe to use" in message]
    assert told and f'"{name}"' in told[0] and "Upgrade the team registry" in told[0]
    assert "smartcity:upgraderegistry" in told[0]
    assert active_source().kind != "registry"
    old_registry.use_as("carol")  # chosen before the plugin was updated: its layers do not open either
    with pytest.raises(RegistryError, match="not safe to use"):
        open_data_layer("projects")


def test_an_import_into_an_old_registry_is_refused(old_registry):
    """Importing writes to the registry: not before it is upgraded (its functions would run a colleague's code)."""
    before = snapshot(old_registry)
    with pytest.raises(RegistryError, match="not safe to use.*Upgrade the team registry"):
        import_iati(HANDMADE, RegistryTarget(old_registry.connections["alice"]))
    assert snapshot(old_registry) == before


def test_after_the_upgrade_the_plugin_opens_it(old_registry, desktop_iface, clean_project):
    connection = old_registry.connections["admin"]
    from smartcity_plugin.io.registry.connection import open_saved
    from smartcity_plugin.io.registry.secure import upgrade

    database = open_saved(connection, "tests")
    try:
        upgrade(database, "the test database")
    finally:
        database.close()
    assert use_registry(desktop_iface, old_registry.connections["carol"])
    published = old_registry.sql("SELECT count(*) FROM smartcity.projects")[0][0]
    assert published == bundled_rows("projects") + 1  # the bundled data and the one added before the upgrade
    assert open_data_layer("projects").featureCount() == published



def test_an_upgrade_without_a_registry_is_refused(pg_database, planners, qgis_app):
    registry = Registry(pg_database, planners)
    try:
        from smartcity_plugin.io.registry.connection import open_saved
        from smartcity_plugin.io.registry.secure import upgrade

        database = open_saved(registry.connections["admin"], "tests")
        try:
            with pytest.raises(RegistryError, match="holds no team registry to upgrade"):
                upgrade(database, "the empty database")
        finally:
            database.close()
    finally:
        registry.close()



def test_a_copy_the_planner_may_not_read_does_not_hide_the_check(old_registry):
    """An administrator closed an old copy to readers: the check still finds its functions' holes, and no error."""
    (backup,) = [row[0] for row in old_registry.sql(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'smartcity\\_replaced\\_%'")]
    old_registry.sql(f"REVOKE USAGE ON SCHEMA {backup} FROM smartcity_reader, smartcity_editor")
    found = registry_holes(old_registry)
    assert f"{backup}.write_audit may be called by every role (PUBLIC)" in found
    upgrade_connection = old_registry.connections["admin"]
    from smartcity_plugin.io.registry.connection import open_saved
    from smartcity_plugin.io.registry.secure import upgrade

    database = open_saved(upgrade_connection, "tests")
    try:
        upgrade(database, "the test database")
    finally:
        database.close()
    assert registry_holes(old_registry) == []
