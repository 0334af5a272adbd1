"""Keep the team registry's database objects out of its users' reach, and upgrade registries that are not.

Every registry schema (``smartcity`` and the ``smartcity_replaced_…`` copies) and all in it
belong to the NOLOGIN role ``smartcity_owner``; its functions fix their search_path to
``pg_catalog, pg_temp``, name every table with its schema, and may not be called by
PUBLIC. Registries published before format 2 lack this: :func:`holes` names what is
missing (any role may ask), :func:`upgrade` fixes it in place, keeping data and audit.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from psycopg2 import Error as DatabaseError
from psycopg2 import sql

from smartcity_plugin.core.schema import PROJECT_STATUSES
from smartcity_plugin.core.schema import REGISTRY_SCHEMA as SCHEMA
from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.registry.connection import database_message
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import resources_path

OWNER_ROLE = "smartcity_owner"
READER_ROLE = "smartcity_reader"
EDITOR_ROLE = "smartcity_editor"
FORMAT_VERSION = "2"
SEARCH_PATH = "search_path=pg_catalog, pg_temp"
BACKUP_PATTERN = f"{SCHEMA}\\_replaced\\_%"  # LIKE pattern of the replaced registries
RECORD_CONFLICT = "record_conflict(text, integer, integer, jsonb)"
FUNCTIONS = ("check_sector_list()", "check_version()", "write_audit()", RECORD_CONFLICT)


@dataclass
class UpgradeResult:
    """What an upgrade found and did."""

    schemas: list[str] = field(default_factory=list)  # registry schemas secured
    fixed: list[str] = field(default_factory=list)  # the holes there were before


def registry_schemas(cursor) -> list[str]:
    """``smartcity`` and every ``smartcity_replaced_…`` schema that holds a registry."""
    cursor.execute("SELECT n.nspname FROM pg_catalog.pg_namespace AS n WHERE (n.nspname = %s OR n.nspname LIKE %s) "
                   "AND EXISTS (SELECT 1 FROM pg_catalog.pg_class AS c WHERE c.relnamespace = n.oid "
                   "AND c.relname = 'audit_log') ORDER BY n.nspname = %s DESC, n.nspname",
                   (SCHEMA, BACKUP_PATTERN, SCHEMA))
    return [row[0] for row in cursor.fetchall()]


def holes(cursor) -> list[str]:
    """What makes the registries in this database unsafe ([] when none); any role may ask."""
    found = []
    schemas = registry_schemas(cursor)
    if not schemas:
        return found  # no registry, nothing to be unsafe
    cursor.execute("SELECT rolsuper, rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = %s", (OWNER_ROLE,))
    owner = cursor.fetchone()
    if owner is None:
        found.append(tr("there is no role {} to own the registry").format(OWNER_ROLE))
    elif owner[0] or owner[1]:
        found.append(tr("the role {} may log in or is a superuser").format(OWNER_ROLE))
    for schema in schemas:
        cursor.execute(
            "SELECT p.proname, pg_catalog.pg_get_userbyid(p.proowner), p.prosecdef, "
            "coalesce(%s = ANY (p.proconfig), false), "
            "p.proacl IS NULL OR EXISTS (SELECT 1 FROM pg_catalog.aclexplode(p.proacl) AS a "
            "                            WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') "
            "FROM pg_catalog.pg_proc AS p WHERE p.pronamespace = %s::regnamespace ORDER BY 1",
            (SEARCH_PATH, sql.Identifier(schema).as_string(cursor)))
        for name, function_owner, definer, fixed_path, public_execute in cursor.fetchall():
            where = f"{schema}.{name}"
            if function_owner != OWNER_ROLE:
                found.append(tr("{} belongs to {}, not to {}").format(where, function_owner, OWNER_ROLE))
            if not fixed_path:
                found.append(tr("{} does not fix its search_path to pg_catalog, pg_temp").format(where))
            if public_execute:
                found.append(tr("{} may be called by every role (PUBLIC)").format(where))
            if definer and function_owner != OWNER_ROLE:
                found.append(tr("{} runs with the rights of {}").format(where, function_owner))
        info = f"{sql.Identifier(schema).as_string(cursor)}.registry_info"
        cursor.execute("SELECT CASE WHEN pg_catalog.has_schema_privilege(%s, 'USAGE') "
                       "THEN coalesce(pg_catalog.has_table_privilege(pg_catalog.to_regclass(%s), 'SELECT'), false) "
                       "ELSE false END", (schema, info))
        if not cursor.fetchone()[0]:
            continue  # a copy this role may not read: its functions were checked above
        cursor.execute(sql.SQL("SELECT value FROM {}.registry_info WHERE key = 'format_version'").format(
            sql.Identifier(schema)))
        version = cursor.fetchone()
        if version is None or not str(version[0]).isdigit() or int(version[0]) < int(FORMAT_VERSION):
            found.append(tr("{} is of format {} (conflicts and fids unchecked); format {} is needed").format(
                schema, version[0] if version else "?", FORMAT_VERSION))
    return found


def ensure_owner(cursor) -> None:
    """Create ``smartcity_owner`` if missing and let the connected role act as it; RegistryError if it may not."""
    cursor.execute("SELECT rolsuper, rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user")
    superuser, may_create = cursor.fetchone()
    cursor.execute("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (OWNER_ROLE,))
    if cursor.fetchone() is None:
        if not may_create:
            raise RegistryError(_owner_missing())
        cursor.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(OWNER_ROLE)))
    if superuser:
        return
    if not _can_become_owner(cursor):
        if may_create:  # a CREATEROLE role may grant it to itself (PostgreSQL 16+: only a role it made)
            cursor.execute("SAVEPOINT owner_grant")
            try:
                cursor.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(OWNER_ROLE)))
                cursor.execute("RELEASE SAVEPOINT owner_grant")
            except DatabaseError:
                cursor.execute("ROLLBACK TO SAVEPOINT owner_grant")
        if not _can_become_owner(cursor):
            raise RegistryError(_owner_missing())


def _can_become_owner(cursor) -> bool:
    cursor.execute("SAVEPOINT owner_check")
    try:
        cursor.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(OWNER_ROLE)))
    except DatabaseError:
        cursor.execute("ROLLBACK TO SAVEPOINT owner_check")
        return False
    cursor.execute("RESET ROLE")
    cursor.execute("RELEASE SAVEPOINT owner_check")
    cursor.execute("SELECT pg_catalog.pg_has_role(current_user, %s, 'USAGE')", (OWNER_ROLE,))
    return bool(cursor.fetchone()[0])


def _owner_missing() -> str:
    return tr("The registry must belong to the role {0}, which your database role cannot create or act as. Ask the "
              "database's administrator to run: CREATE ROLE {0} NOLOGIN; GRANT {0} TO <your role>; then try "
              "again.").format(OWNER_ROLE)


def act_as_owner(cursor) -> None:
    """Do what follows in this transaction as ``smartcity_owner`` (so it owns what is created)."""
    cursor.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(OWNER_ROLE)))


def functions_sql(schema: str, cursor) -> str:
    """registry_functions.sql for ``schema``."""
    text = resources_path("sql", "registry_functions.sql").read_text(encoding="utf-8")
    return (text.replace("@schema_text@", sql.Literal(schema).as_string(cursor))
            .replace("@schema@", sql.Identifier(schema).as_string(cursor)))


def secure_schema(cursor, schema: str, current: bool) -> None:
    """Give ``schema`` and all in it to smartcity_owner, (re)write its functions, set its grants.

    ``current``: the registry planners edit; otherwise a replaced one, which nobody but the
    owner changes. Runs as the connected role (which must own the objects or be a superuser,
    and be able to act as smartcity_owner); leaves the transaction acting as that role.
    """
    owner = sql.Identifier(OWNER_ROLE)
    name = sql.Identifier(schema)
    cursor.execute(sql.SQL("ALTER SCHEMA {} OWNER TO {}").format(name, owner))
    cursor.execute("SELECT c.relname, c.relkind FROM pg_catalog.pg_class AS c WHERE c.relnamespace = %s::regnamespace "
                   "AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relowner <> %s::regrole "
                   "ORDER BY c.relkind = 'S', c.relname", (name.as_string(cursor), OWNER_ROLE))
    for relation, kind in cursor.fetchall():
        # Tables first: their serial sequences follow them; sequences left over after.
        cursor.execute("SELECT c.relowner = %s::regrole FROM pg_catalog.pg_class AS c "
                       "WHERE c.relnamespace = %s::regnamespace AND c.relname = %s",
                       (OWNER_ROLE, name.as_string(cursor), relation))
        if cursor.fetchone()[0]:
            continue
        keyword = "SEQUENCE" if kind == "S" else "TABLE"
        cursor.execute(sql.SQL("ALTER {} {}.{} OWNER TO {}").format(sql.SQL(keyword), name, sql.Identifier(relation),
                                                                    owner))
    cursor.execute("SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc AS p "
                   "WHERE p.pronamespace = %s::regnamespace AND p.proowner <> %s::regrole",
                   (name.as_string(cursor), OWNER_ROLE))
    for (function,) in cursor.fetchall():  # text of regprocedure: schema-qualified and quoted
        cursor.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(sql.SQL(function), owner))
    act_as_owner(cursor)
    cursor.execute(functions_sql(schema, cursor))
    if current:
        _update_status_rule(cursor, name)
    cursor.execute(sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {} FROM PUBLIC").format(name))
    for role in (READER_ROLE, EDITOR_ROLE):
        cursor.execute("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (role,))
        if cursor.fetchone() is not None:
            cursor.execute(sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {} FROM {}").format(
                name, sql.Identifier(role)))
            if not current:  # a replaced registry is a record now, not a place to edit
                cursor.execute(sql.SQL("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {} "
                                       "FROM {}").format(name, sql.Identifier(role)))
    cursor.execute("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (EDITOR_ROLE,))
    if current and cursor.fetchone() is not None:
        cursor.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {}.{} TO {}").format(
            name, sql.SQL(RECORD_CONFLICT), sql.Identifier(EDITOR_ROLE)))
    cursor.execute(sql.SQL("INSERT INTO {}.registry_info (key, value) VALUES ('format_version', %s) "
                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value").format(name), (FORMAT_VERSION,))
    cursor.execute("RESET ROLE")


def _update_status_rule(cursor, schema: sql.Identifier) -> None:
    """The projects' status rule lists today's statuses (format 1 registries lack 'suspended')."""
    statuses = sql.SQL(", ").join(sql.Literal(status) for status in PROJECT_STATUSES)
    cursor.execute(sql.SQL("ALTER TABLE {0}.projects DROP CONSTRAINT IF EXISTS projects_status_known, "
                           "ADD CONSTRAINT projects_status_known CHECK (status IN ({1}))").format(schema, statuses))


def secure_all(cursor) -> list[str]:
    """:func:`secure_schema` for every registry schema of the database; their names."""
    schemas = registry_schemas(cursor)
    for schema in schemas:
        secure_schema(cursor, schema, current=schema == SCHEMA)
    return schemas


def _note_upgrade(cursor) -> None:
    """registry_info says who upgraded the registry, when."""
    act_as_owner(cursor)
    cursor.execute(sql.SQL("INSERT INTO {}.registry_info (key, value) VALUES "
                           "('upgraded_at', to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                           "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')), ('upgraded_by', session_user) "
                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value").format(sql.Identifier(SCHEMA)))
    cursor.execute("RESET ROLE")


def upgrade(connection, target: str) -> UpgradeResult:
    """Close the holes of every registry in ``connection``'s database in place, in one transaction.

    Data, versions and audit stay as they are; running it again changes nothing. Run by the
    registry's owner: the role that published it (or a superuser). RegistryError naming
    ``target`` when there is no registry or the role may not.
    """
    connection.autocommit = False
    result = UpgradeResult()
    try:
        with connection.cursor() as cursor:
            result.fixed = holes(cursor)
            if not registry_schemas(cursor):
                raise RegistryError(tr("{} holds no team registry to upgrade.").format(target))
            try:
                ensure_owner(cursor)
            except RegistryError as error:
                raise RegistryError(tr("Upgrading the team registry in {} failed; nothing was changed. {} (Run the "
                                       "upgrade as the role that published the registry, or as a superuser.)").format(
                    target, error)) from error
            result.schemas = secure_all(cursor)
            if result.fixed and SCHEMA in result.schemas:
                _note_upgrade(cursor)
        connection.commit()
    except DatabaseError as error:
        with suppress(DatabaseError):
            connection.rollback()
        raise RegistryError(tr("Upgrading the team registry in {} failed; nothing was changed. {} (Run the upgrade "
                               "as the role that published the registry, or as a superuser.)").format(
            target, database_message(error))) from error
    except BaseException:
        with suppress(DatabaseError):
            connection.rollback()
        raise
    return result
