"""A reader and an editor attack the team registry (issue 16, items 1, 2 and 4).

Every route is tried twice: against a registry published by the previous version (the
frozen copy in tests/postgis/legacy), where it must succeed, which proves the attack is
real; and against a registry published now or upgraded in place, where it must be refused
and leave no trace. Both with PostgreSQL 15's public schema (no CREATE for PUBLIC) and with
the writable public of PostgreSQL 14 and of databases upgraded from it.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from pathlib import Path

import psycopg2
import psycopg2.errors
import pytest
from psycopg2 import sql

from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.registry.connection import open_saved
from smartcity_plugin.io.registry.publish import publish
from smartcity_plugin.io.registry.secure import holes, upgrade
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.postgis import attacks
from tests.postgis.legacy.publish_v1 import publish as publish_v1
from tests.postgis.registry import Registry

PUBLIC_SCHEMA = ["public as in PostgreSQL 15", "public writable as before 15"]
# Routes that need CREATE on schema public (PostgreSQL 14 and older, and databases upgraded from them).
PUBLIC_ROUTES = {"public_overload": attacks.public_overload,
                 "public_overload_runs_as_whoever_edits": attacks.public_overload_runs_as_whoever_edits}


def data_as_the_previous_version_knew_it() -> Path:
    """The bundled GeoPackage with only the statuses format 1 knew ('suspended' came later)."""
    global _LEGACY_DATA
    if _LEGACY_DATA is None:
        folder = Path(tempfile.mkdtemp(prefix="smartcity-legacy-data-"))
        _LEGACY_DATA = folder / "cooperation_v1.gpkg"
        shutil.copyfile(bundled_data_path(), _LEGACY_DATA)
        from osgeo import ogr  # its SQLite has the GeoPackage functions the file's triggers call

        dataset = ogr.Open(str(_LEGACY_DATA), 1)
        dataset.ExecuteSQL("UPDATE projects SET status = 'ongoing' WHERE status = 'suspended'")
        dataset = None
    return _LEGACY_DATA


_LEGACY_DATA = None


def publish_legacy(registry: Registry, replace: bool = False) -> None:
    """Publish with the previous version's code and SQL, as its administrator did."""
    connection = open_saved(registry.connections["admin"], "tests")
    try:
        publish_v1(connection, data_as_the_previous_version_knew_it(), registry.database.name, replace)
    finally:
        connection.close()


def upgrade_as_admin(registry: Registry):
    connection = open_saved(registry.connections["admin"], "tests")
    try:
        return upgrade(connection, registry.database.name)
    finally:
        connection.close()


def registry_holes(registry: Registry, user: str = "carol") -> list[str]:
    """What the plugin finds wrong, asked as ``user`` (a reader by default)."""
    connection = attacks.session(registry, user)
    try:
        with connection.cursor() as cursor:
            return holes(cursor)
    finally:
        connection.close()


def content(registry: Registry) -> dict:
    """Every row of every registry table and the audit log, for comparing before and after."""
    tables = [row[0] for row in registry.sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'smartcity' AND tablename <> 'registry_info' ORDER BY 1")]
    return {table: registry.sql(f"SELECT to_jsonb(t)::text FROM smartcity.{table} AS t ORDER BY 1")
            for table in tables}


def prepare_public(registry: Registry, public: str) -> None:
    if public != PUBLIC_SCHEMA[0]:
        registry.sql("GRANT CREATE ON SCHEMA public TO PUBLIC")


@pytest.fixture(params=PUBLIC_SCHEMA)
def public(request):
    return request.param


@pytest.fixture()
def legacy(pg_database, planners, qgis_app, public):
    """A registry published by the previous version, with its holes."""
    registry = Registry(pg_database, planners)
    prepare_public(registry, public)
    publish_legacy(registry)
    yield registry
    registry.close()


@pytest.fixture(params=["published", "upgraded"])
def secured(request, pg_database, planners, qgis_app, public):
    """A registry published by this version, or one of the previous version upgraded in place."""
    registry = Registry(pg_database, planners)
    prepare_public(registry, public)
    if request.param == "published":
        registry.publish_bundled()
    else:
        publish_legacy(registry)
        upgrade_as_admin(registry)
    yield registry
    registry.close()


def superuser(registry, role: str) -> bool:
    return registry.sql("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (role,))[0][0]


# --- the holes were real ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("route", list(attacks.ROUTES_OPEN_BEFORE))
def test_attacks_succeed_on_a_registry_of_the_previous_version(legacy, route):
    """Before the fix: each of these routes works, so its refusal below means something."""
    assert attacks.ROUTES_OPEN_BEFORE[route](legacy) is True


def test_a_reader_runs_code_as_the_superuser_who_published_before(legacy):
    """Item 1 at its worst: carol (reader) gets her code run as the superuser who published."""
    assert attacks.temp_trigger(legacy, "carol") is True
    (ran_as, claims), = attacks.forged(legacy)
    assert (ran_as, claims) == (legacy.cluster.superuser, "bob") and superuser(legacy, ran_as)


@pytest.mark.parametrize("route", list(PUBLIC_ROUTES))
def test_an_overload_in_a_writable_public_ran_as_owner_before(legacy, public, route):
    """Item 2: with public writable (PostgreSQL 14 and older), alice's format() or to_jsonb() ran inside the
    registry's functions with the owner's rights, or with the rights of whoever edited."""
    outcome = PUBLIC_ROUTES[route](legacy)
    if public == PUBLIC_SCHEMA[0]:
        assert isinstance(outcome, psycopg2.errors.InsufficientPrivilege)  # 15's public: she cannot create it
    else:
        assert outcome is True
        assert {ran_as for ran_as, _claims in attacks.forged(legacy)} == {legacy.cluster.superuser}


def test_the_previous_version_is_found_to_have_holes(legacy):
    """Any planner's connection can see that an old registry is unsafe, and why."""
    found = registry_holes(legacy)
    assert any("write_audit" in hole and "PUBLIC" in hole for hole in found), found
    assert any("search_path" in hole for hole in found), found
    assert f"smartcity.write_audit runs with the rights of {legacy.cluster.superuser}" in found, found


# --- and are closed ----------------------------------------------------------------------------------------------

ALL_ROUTES = {**attacks.ROUTES_OPEN_BEFORE, **PUBLIC_ROUTES}


@pytest.mark.parametrize("route", list(ALL_ROUTES))
def test_every_route_is_refused(secured, route):
    """Published now or upgraded: every route is refused and leaves no forged entry, no moved record."""
    before = content(secured)
    outcome = ALL_ROUTES[route](secured)
    assert outcome is not True, route
    assert attacks.forged(secured) == []
    assert secured.sql("SELECT count(*) FROM smartcity.projects WHERE fid = 9999 OR project_id = 'impostor'") == [
        (0,)]
    assert secured.sql("SELECT count(*) FROM smartcity.audit_log WHERE action = 'conflict'") == [(0,)]
    if route not in ("temp_type_hijacks_a_cast", "reuse_fid", *PUBLIC_ROUTES):  # these make real, audited edits
        assert content(secured) == before
    assert not superuser(secured, "alice") and not superuser(secured, "carol")
    assert registry_holes(secured) == []


def test_the_owner_is_a_role_nobody_logs_in_as(secured):
    """The definer functions run as smartcity_owner: NOLOGIN, not a superuser, a member of nothing."""
    assert secured.sql("SELECT rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles "
                       "WHERE rolname = 'smartcity_owner'") == [(False, False, False, False, False)]
    assert secured.sql("SELECT count(*) FROM pg_auth_members WHERE member = 'smartcity_owner'::regrole") == [(0,)]
    functions = secured.sql(
        "SELECT proname, pg_get_userbyid(proowner), prosecdef, proconfig, "
        "has_function_privilege('public', oid, 'EXECUTE'), has_function_privilege('carol', oid, 'EXECUTE'), "
        "has_function_privilege('alice', oid, 'EXECUTE') FROM pg_proc "
        "WHERE pronamespace = 'smartcity'::regnamespace ORDER BY 1")
    assert functions == [
        ("check_sector_list", "smartcity_owner", False, ["search_path=pg_catalog, pg_temp"], False, False, False),
        ("check_version", "smartcity_owner", False, ["search_path=pg_catalog, pg_temp"], False, False, False),
        ("record_conflict", "smartcity_owner", True, ["search_path=pg_catalog, pg_temp"], False, False, True),
        ("write_audit", "smartcity_owner", True, ["search_path=pg_catalog, pg_temp"], False, False, False),
    ]
    assert secured.sql("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
                       "WHERE relnamespace = 'smartcity'::regnamespace") == [("smartcity_owner",)]
    assert secured.sql("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'smartcity'") == [
        ("smartcity_owner",)]


REFUSED_STATEMENTS = {
    "call_write_audit": "SELECT smartcity.write_audit()",
    "call_check_version": "SELECT smartcity.check_version()",
    "call_check_sector_list": "SELECT smartcity.check_sector_list()",
    "insert_audit": "INSERT INTO smartcity.audit_log (table_name, action, changed_by) VALUES ('projects', 'update', 'bob')",
    "update_audit": "UPDATE smartcity.audit_log SET changed_by = 'bob'",
    "delete_audit": "DELETE FROM smartcity.audit_log",
    "truncate_audit": "TRUNCATE smartcity.audit_log",
    "truncate_records_unaudited": "TRUNCATE smartcity.projects CASCADE",  # row triggers never see a TRUNCATE
    "copy_audit_in": "COPY smartcity.audit_log (table_name, action, changed_by) FROM PROGRAM 'echo x'",
    "update_registry_info": "UPDATE smartcity.registry_info SET value = 'mallory' WHERE key = 'published_by'",
    "write_reference_table": "UPDATE smartcity.sectors SET code = code",
    "create_in_schema": "CREATE TABLE smartcity.mine (x integer)",
    "shadow_function_in_schema": "CREATE FUNCTION smartcity.record_conflict(text, integer, integer, json) "
                                 "RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint'",
    "trigger_on_registry_table": "CREATE TRIGGER mine BEFORE UPDATE ON smartcity.projects FOR EACH ROW "
                                 "EXECUTE FUNCTION smartcity.check_version('project_id')",
    "disable_triggers": "ALTER TABLE smartcity.projects DISABLE TRIGGER ALL",
    "replica_mode_skips_triggers": "SET session_replication_role = replica",
    "become_owner": "SET ROLE smartcity_owner",
    "become_publisher": "SET ROLE smartcity_admin",
    "session_authorization": "SET SESSION AUTHORIZATION smartcity_admin",
    "grant_self_owner": "GRANT smartcity_owner TO CURRENT_USER",
    "grant_self_editor": "GRANT smartcity_editor TO CURRENT_USER",
    "alter_function": "ALTER FUNCTION smartcity.write_audit() SECURITY INVOKER",
    "drop_trigger": "DROP TRIGGER projects_audit ON smartcity.projects",
}


@pytest.mark.parametrize("user", ["alice", "carol"])
def test_direct_routes_are_refused(registry, user):
    """Calling the functions directly, writing the audit, changing the schema, session settings, other roles."""
    before = content(registry)
    let_through = []
    connection = attacks.session(registry, user)
    try:
        for name, statement in REFUSED_STATEMENTS.items():
            with connection.cursor() as cursor:
                try:
                    cursor.execute(statement)
                except psycopg2.Error:
                    continue
                let_through.append(name)
    finally:
        connection.close()
    assert let_through == []
    assert content(registry) == before


def test_version_columns_cannot_be_forged(registry):
    """An editor writing another's name, or a version, into a record: the database writes the truth."""
    connection = attacks.session(registry, "alice")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SET search_path = pg_temp, public")  # session settings change nothing either
            cursor.execute("SET standard_conforming_strings = off")
            cursor.execute("UPDATE smartcity.projects SET title = 'x', updated_by = 'bob', row_version = 77, "
                           "updated_at = '2000-01-01', base_version = row_version WHERE fid = 3")
            cursor.execute("INSERT INTO smartcity.projects (project_id, title, updated_by, row_version) "
                           "VALUES ('new_by_alice', 'New', 'bob', 42)")
    finally:
        connection.close()
    rows = registry.sql("SELECT project_id, updated_by, row_version, updated_at > now() - interval '1 hour' "
                        "FROM smartcity.projects WHERE fid = 3 OR project_id = 'new_by_alice' ORDER BY fid")
    assert [row[1:] for row in rows] == [("alice", 2, True), ("alice", 1, True)]
    assert registry.sql("SELECT DISTINCT changed_by FROM smartcity.audit_log") == [("alice",)]


HOSTILE_CONFLICT_ARGUMENTS = {
    "unknown_table": ("sectors", 1, 1, {}),
    "sql_in_table": ("projects; DELETE FROM smartcity.audit_log", 1, 1, {}),
    "quoted_table": ('projects"', 1, 1, {}),
    "null_table": (None, 1, 1, {}),
    "null_fid": ("projects", None, 1, {}),
    "no_such_fid": ("projects", 2_147_483_647, 1, {}),
    "negative_version": ("projects", 1, -5, {}),
    "current_version": ("projects", 1, 1, {}),
    "future_version": ("projects", 1, 2, {}),
    "null_attempt": ("projects", 1, 0, None),
}


@pytest.mark.parametrize("name", list(HOSTILE_CONFLICT_ARGUMENTS))
def test_record_conflict_refuses_hostile_arguments(registry, name):
    """Nothing an editor passes to record_conflict files an entry when no change of hers was refused."""
    table, fid, version, attempt = HOSTILE_CONFLICT_ARGUMENTS[name]
    connection = attacks.session(registry, "alice")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SET standard_conforming_strings = off")
            with pytest.raises(psycopg2.Error):
                cursor.execute("SELECT smartcity.record_conflict(%s, %s, %s, %s::jsonb)",
                               (table, fid, version, None if attempt is None else json.dumps(attempt)))
    finally:
        connection.close()
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log") == [(0,)]


def refused_change(registry) -> None:
    """bob saves project fid 1 (version 2) after alice loaded version 1."""
    connection = attacks.session(registry, "bob")
    try:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE smartcity.projects SET title = 'Bob', base_version = 1 WHERE fid = 1")
    finally:
        connection.close()


def file_conflict(registry, user: str, version, attempt: dict):
    connection = attacks.session(registry, user)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT smartcity.record_conflict('projects', 1, %s, %s::jsonb)",
                           (version, json.dumps(attempt)))
            return cursor.fetchone()[0]
    finally:
        connection.close()


def test_a_refused_version_is_filed_once_with_the_registrys_names(registry):
    """A real conflict is filed, once per record, version and planner, under the record's own id."""
    project = registry.sql("SELECT project_id FROM smartcity.projects WHERE fid = 1")[0][0]
    refused_change(registry)
    first = file_conflict(registry, "alice", 1, {"project_id": "someone_else", "title": "Alice"})
    assert file_conflict(registry, "alice", 1, {"title": "Alice again"}) == first  # a retry adds nothing
    for _ in range(20):
        file_conflict(registry, "alice", 1, {"title": "flood"})
    assert registry.sql("SELECT record_id, changed_by, row_version, new_row ->> 'title', old_row ->> 'title' "
                        "FROM smartcity.audit_log WHERE action = 'conflict'") == [
        (project, "alice", 1, "Alice", "Bob")]
    with pytest.raises(psycopg2.Error, match="has no column"):  # only the table's columns
        file_conflict(registry, "bob", 1, {"changed_by": "carol", "note": "forged"})
    with pytest.raises(psycopg2.Error, match="may not edit|permission denied"):  # a reader has nothing refused
        file_conflict(registry, "carol", 1, {"title": "Carol"})
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log WHERE action = 'conflict'") == [(1,)]


def test_fid_of_a_record_never_changes(registry):
    """Item 4: a record's fid is its name in the audit log; an UPDATE of it is refused, the message says why."""
    connection = attacks.session(registry, "alice")
    try:
        with connection.cursor() as cursor, pytest.raises(psycopg2.errors.CheckViolation, match="keeps its fid 1"):
            cursor.execute("UPDATE smartcity.projects SET fid = 9999, base_version = row_version WHERE fid = 1")
    finally:
        connection.close()
    assert registry.sql("SELECT count(*) FROM smartcity.projects WHERE fid = 1") == [(1,)]


def test_a_replaced_registry_is_closed_too(pg_database, planners, qgis_app):
    """The smartcity_replaced_* schemas: before, their audit function was anyone's; after publishing anew, nobody's."""
    registry = Registry(pg_database, planners)
    try:
        publish_legacy(registry)
        publish_legacy(registry, replace=True)
        (backup,) = [row[0] for row in registry.sql(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'smartcity\\_replaced\\_%'")]
        assert attacks.temp_trigger(registry, "carol", backup) is True  # the hole, in the old copy
        registry.sql("DELETE FROM smartcity.audit_log")
        registry.sql(f"DELETE FROM {backup}.audit_log")
        registry.publish_bundled(replace=True)  # this version: secures every registry schema there is
        backups = [row[0] for row in registry.sql(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'smartcity\\_replaced\\_%'")]
        assert len(backups) == 2
        for schema in backups:
            assert attacks.temp_trigger(registry, "carol", schema) is not True, schema
            assert registry.sql(f"SELECT count(*) FROM {schema}.audit_log") == [(0,)]
            for right in ("INSERT", "UPDATE", "DELETE"):
                assert registry.sql("SELECT has_table_privilege('alice', %s, %s)", (f"{schema}.projects", right)) == [
                    (False,)]
        assert attacks.forged(registry) == []
        assert registry_holes(registry) == []
        # The administrator may still restore in a copy; its own audit log records it.
        registry.sql(f"UPDATE {backups[0]}.projects SET title = 'restored', base_version = row_version WHERE fid = 1")
        assert registry.sql(f"SELECT action, new_row ->> 'title' FROM {backups[0]}.audit_log") == [
            ("update", "restored")]
    finally:
        registry.close()


# --- who may publish: the owner role, also for a publisher who is no superuser -------------------------------------

def publisher(registry: Registry, *, createrole: bool = False, member: bool = False) -> str:
    """A login role that may create schemas in the test database; its name (password: its name)."""
    name = f"publisher_{uuid.uuid4().hex[:8]}"
    registry.cluster.create_login(name, name, createrole=createrole)
    registry.sql(sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(sql.Identifier(registry.database.name),
                                                                      sql.Identifier(name)))
    if member:
        registry.sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'smartcity_owner') "
                     "THEN CREATE ROLE smartcity_owner NOLOGIN; END IF; END $$")
        registry.sql(sql.SQL("GRANT smartcity_owner TO {}").format(sql.Identifier(name)))
    return name


def publish_as(registry: Registry, name: str):
    connection = registry.database.connect(user=name, password=name)
    try:
        return publish(connection, bundled_data_path(), "the team database")
    finally:
        connection.close()


def test_a_publisher_who_is_no_superuser_publishes_for_smartcity_owner(pg_database, planners, qgis_app):
    """A database administrator without superuser rights, given smartcity_owner, publishes a closed registry."""
    registry = Registry(pg_database, planners)
    try:
        name = publisher(registry, member=True)
        publish_as(registry, name)
        assert not superuser(registry, name)
        assert dict(registry.sql("SELECT key, value FROM smartcity.registry_info"))["published_by"] == name
        assert registry.sql("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
                            "WHERE relnamespace = 'smartcity'::regnamespace") == [("smartcity_owner",)]
        assert registry_holes(registry) == []
        assert attacks.temp_trigger(registry, "carol") is not True
        assert attacks.forged(registry) == []
    finally:
        registry.close()


def test_a_publisher_who_may_not_act_as_the_owner_is_told_what_to_ask(pg_database, planners, qgis_app):
    """Neither superuser, nor member of smartcity_owner, nor allowed to create roles: nothing published, told why."""
    registry = Registry(pg_database, planners)
    try:
        name = publisher(registry)
        with pytest.raises(RegistryError, match="CREATE ROLE smartcity_owner NOLOGIN; GRANT smartcity_owner TO"):
            publish_as(registry, name)
        assert registry.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'smartcity'") == [(0,)]
    finally:
        registry.close()


def test_a_publisher_with_createrole_makes_itself_a_member(pg_database, planners, qgis_app):
    """CREATEROLE: PostgreSQL 15 lets the publisher join smartcity_owner itself; 16 and later only if it made the
    role (else it is told what to ask), since CREATEROLE no longer covers roles made by others."""
    registry = Registry(pg_database, planners)
    try:
        registry.sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'smartcity_owner') "
                     "THEN CREATE ROLE smartcity_owner NOLOGIN; END IF; END $$")
        name = publisher(registry, createrole=True)
        if int(registry.sql("SHOW server_version_num")[0][0]) < 160000:
            publish_as(registry, name)
            assert registry.sql("SELECT pg_has_role(%s, 'smartcity_owner', 'MEMBER')", (name,)) == [(True,)]
            assert registry_holes(registry) == []
        else:
            with pytest.raises(RegistryError, match="GRANT smartcity_owner TO"):
                publish_as(registry, name)
    finally:
        registry.close()
