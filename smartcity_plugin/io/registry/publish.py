"""Publish a GeoPackage of the plugin's data as the team registry: schema ``smartcity`` in PostGIS.

One transaction does it all: a failure or a cancel anywhere leaves the database exactly as
it was. An existing registry is never dropped: with ``replace`` it is renamed to
``smartcity_replaced_<time>`` (edits and audit included) in the same transaction.
"""

from __future__ import annotations

import io
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from psycopg2 import Error as DatabaseError
from psycopg2 import sql
from psycopg2.extras import execute_values  # registry_info only

from smartcity_plugin.__about__ import __version__
from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.registry.connection import database_message
from smartcity_plugin.io.registry.secure import (
    EDITOR_ROLE,
    FORMAT_VERSION,
    OWNER_ROLE,
    READER_ROLE,
    act_as_owner,
    ensure_owner,
    functions_sql,
    secure_all,
)
from smartcity_plugin.io.registry.tables import TableSpec, read_specs, rows
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import resources_path

SCHEMA = "smartcity"
BATCH = 10_000  # rows per COPY: progress and cancel are checked between batches


class PublishCancelledError(RegistryError):
    """The planner cancelled; the database is as it was."""


@dataclass
class PublishResult:
    """What a publish wrote."""

    rows: dict[str, int] = field(default_factory=dict)
    backup_schema: Optional[str] = None
    missing_roles: list[str] = field(default_factory=list)
    published_at: str = ""


def publish(
    connection,
    path: Path,
    target: str,
    replace: bool = False,
    progress: Callable[[float], None] = lambda _percent: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> PublishResult:
    """Copy every table of ``path`` into schema ``smartcity`` of ``connection`` (a psycopg2 connection).

    ``target`` names the database in messages. Raises RegistryError (nothing changed) when
    the registry exists and ``replace`` is False, when the database refuses, or on cancel.
    """
    specs = read_specs(path)
    total = sum(spec.rows for spec in specs) or 1
    result = PublishResult()
    connection.autocommit = False
    try:
        with connection.cursor() as cursor:
            _require_postgis(cursor, target)
            result.missing_roles = _ensure_roles(cursor)
            ensure_owner(cursor)
            result.backup_schema = _clear_the_way(cursor, target, replace)
            # Everything belongs to smartcity_owner (NOLOGIN), never to the publisher's login or superuser.
            cursor.execute(sql.SQL("CREATE SCHEMA {} AUTHORIZATION {}").format(
                sql.Identifier(SCHEMA), sql.Identifier(OWNER_ROLE)))
            act_as_owner(cursor)
            for spec in specs:
                _create_table(cursor, spec)
            cursor.execute(resources_path("sql", "registry_rules.sql").read_text(encoding="utf-8"))
            cursor.execute(functions_sql(SCHEMA, cursor))
            done = 0
            for spec in specs:
                done = _copy(cursor, path, spec, done, total, progress, cancelled)
                result.rows[spec.name] = spec.rows
                _index(cursor, spec)
            _check_sector_lists(cursor)
            result.published_at = _write_info(cursor, path)
            cursor.execute(resources_path("sql", "registry_versions.sql").read_text(encoding="utf-8"))
            cursor.execute(sql.SQL("ANALYZE {}.{}").format(sql.Identifier(SCHEMA), sql.Identifier("projects")))
            cursor.execute("RESET ROLE")
            secure_all(cursor)  # this registry, the one renamed out of the way, and older ones
        connection.commit()
    except DatabaseError as error:
        _roll_back(connection)
        raise RegistryError(tr("Publishing to {} failed; the database was left as it was. {}").format(
            target, database_message(error))) from error
    except BaseException:
        _roll_back(connection)
        raise
    progress(100.0)
    return result


def _roll_back(connection) -> None:
    """Undo the transaction; a connection that died has had it undone by the server already."""
    with suppress(DatabaseError):
        connection.rollback()


def _require_postgis(cursor, target: str) -> None:
    cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
    if cursor.fetchone() is None:
        raise RegistryError(tr("{} has no PostGIS: ask its administrator to run CREATE EXTENSION postgis; "
                               "then publish again.").format(target))


def _clear_the_way(cursor, target: str, replace: bool) -> Optional[str]:
    """Rename an existing registry out of the way (``replace``) or refuse; the backup's name."""
    cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (SCHEMA,))
    if cursor.fetchone() is None:
        return None
    if not replace:
        raise RegistryError(tr("{} already holds a team registry (schema {}). Publish with \"Replace the "
                               "registry\": the current one is kept as a schema smartcity_replaced_… "
                               "with its edits and audit log.").format(target, SCHEMA))
    cursor.execute("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYYMMDD_HH24MISS')")
    stamp = f"{SCHEMA}_replaced_{cursor.fetchone()[0]}"
    backup, number = stamp, 2
    while True:  # two replacements within one second must not collide
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (backup,))
        if cursor.fetchone() is None:
            break
        backup, number = f"{stamp}_{number}", number + 1
    # The old registry is a record now, not a place to edit: secure_all takes the editors' rights
    # and rewrites its functions to name their new schema.
    cursor.execute(sql.SQL("ALTER SCHEMA {} RENAME TO {}").format(sql.Identifier(SCHEMA), sql.Identifier(backup)))
    return backup


def _ensure_roles(cursor) -> list[str]:
    """Create the reader and editor roles where allowed; the ones still missing."""
    cursor.execute("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    may_create = bool(cursor.fetchone()[0])
    missing = []
    for role in (READER_ROLE, EDITOR_ROLE):
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        if cursor.fetchone() is not None:
            continue
        if may_create:
            cursor.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        else:
            missing.append(role)
    return missing


def _table(spec: TableSpec) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(spec.name))


def _create_table(cursor, spec: TableSpec) -> None:
    # integer, not bigint: QGIS then uses the key itself as feature id (for bigint it numbers
    # features per layer), so every session and the audit log name a record alike.
    columns = [sql.SQL("fid serial PRIMARY KEY")]
    for column in spec.columns:
        not_null = sql.SQL(" NOT NULL") if (column.name,) in spec.unique else sql.SQL("")
        columns.append(sql.SQL("{} {}{}").format(sql.Identifier(column.name), sql.SQL(column.sql_type), not_null))
    if spec.geometry_type:
        columns.append(sql.SQL("geom geometry({}, {})").format(sql.SQL(spec.geometry_type), sql.Literal(spec.srid)))
    for unique in spec.unique:
        columns.append(sql.SQL("UNIQUE ({})").format(sql.SQL(", ").join(map(sql.Identifier, unique))))
    cursor.execute(sql.SQL("CREATE TABLE {} ({})").format(_table(spec), sql.SQL(", ").join(columns)))


def _copy(cursor, path: Path, spec: TableSpec, done: int, total: int, progress, cancelled) -> int:
    """COPY the table's rows in batches (the fastest way in; the rules still check every row)."""
    names = ["fid", *spec.column_names, *(["geom"] if spec.geometry_type else [])]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        _table(spec), sql.SQL(", ").join(map(sql.Identifier, names))).as_string(cursor)
    geometry_prefix = f"SRID={spec.srid};"
    lines: list[str] = []
    for row in rows(path, spec):
        values = [_copy_text(value) for value in (row[:-1] if spec.geometry_type else row)]
        if spec.geometry_type:
            values.append("\\N" if row[-1] is None else geometry_prefix + row[-1].hex())
        lines.append("\t".join(values))
        if len(lines) == BATCH:
            done = _flush(cursor, statement, lines, done, total, progress, cancelled)
    done = _flush(cursor, statement, lines, done, total, progress, cancelled)
    # New records continue after the published ids.
    cursor.execute(sql.SQL("SELECT setval(pg_get_serial_sequence({}, 'fid'), coalesce(max(fid), 0) + 1, false) "
                           "FROM {}").format(sql.Literal(_table(spec).as_string(cursor)), _table(spec)))
    return done


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(value) -> str:
    """One value in COPY's text format (NULL is \\N; backslash, tab and line ends escaped)."""
    if value is None:
        return "\\N"
    if isinstance(value, bytes):
        return "\\\\x" + value.hex()
    if isinstance(value, float):
        return repr(value)
    return str(value).translate(_COPY_ESCAPES)


def _flush(cursor, statement: str, lines: list, done: int, total: int, progress, cancelled) -> int:
    if cancelled():
        raise PublishCancelledError(tr("Publishing was cancelled; the database was left as it was."))
    if lines:
        cursor.copy_expert(statement, io.StringIO("\n".join(lines) + "\n"))
        done += len(lines)
        lines.clear()
        progress(min(99.0, 100.0 * done / total))
    return done


def _check_sector_lists(cursor) -> None:
    """Every code in the projects' sector lists is in ``sectors`` (one query for all published rows)."""
    cursor.execute(sql.SQL(
        "SELECT p.project_id, string_agg(listed.item, ', ') FROM {schema}.projects AS p, "
        "unnest(string_to_array(coalesce(p.sectors, ''), ';')) AS listed (item) "
        "WHERE listed.item <> '' AND NOT EXISTS (SELECT 1 FROM {schema}.sectors AS s WHERE s.code = listed.item) "
        "GROUP BY p.project_id ORDER BY p.project_id LIMIT 5").format(schema=sql.Identifier(SCHEMA)))
    unknown = cursor.fetchall()
    if unknown:
        raise RegistryError(tr("Projects name sector codes the sectors table does not have: {}. Nothing was "
                               "published.").format("; ".join(f"{project}: {codes}" for project, codes in unknown)))


def _index(cursor, spec: TableSpec) -> None:
    for columns in spec.indexes:
        cursor.execute(sql.SQL("CREATE INDEX {} ON {} ({})").format(
            sql.Identifier(f"{spec.name}_{'_'.join(columns)}_idx"), _table(spec),
            sql.SQL(", ").join(map(sql.Identifier, columns))))
    if spec.geometry_type:
        cursor.execute(sql.SQL("CREATE INDEX {} ON {} USING gist (geom)").format(
            sql.Identifier(f"{spec.name}_geom_idx"), _table(spec)))


def _write_info(cursor, path: Path) -> str:
    """Who published what, when: the table ``registry_info``; the publishing time."""
    info = sql.SQL("{}.registry_info").format(sql.Identifier(SCHEMA))
    cursor.execute(sql.SQL("CREATE TABLE {} (key text PRIMARY KEY, value text)").format(info))
    cursor.execute(sql.SQL("SELECT value FROM {}.dataset_info WHERE key = 'as_of'").format(sql.Identifier(SCHEMA)))
    as_of = cursor.fetchone()
    cursor.execute("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                   "session_user")
    published_at, published_by = cursor.fetchone()
    entries = [
        ("published_at", published_at), ("published_by", published_by), ("source_file", Path(path).name),
        ("source_as_of", as_of[0] if as_of else None), ("plugin_version", __version__),
        ("format_version", FORMAT_VERSION),
    ]
    execute_values(cursor, sql.SQL("INSERT INTO {} (key, value) VALUES %s").format(info).as_string(cursor), entries)
    return published_at
