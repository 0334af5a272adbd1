"""Import straight into the team registry: the importer's store, on PostGIS instead of a GeoPackage.

One transaction for the whole import: a cancel or a failure leaves the registry as it was.
Every change goes through the registry's own rules, versions and audit log, in the name of
the planner's database role; a record the rules refuse is skipped and reported, the rest
goes in. An update names the version it replaces (base_version = row_version): the import
is a deliberate new statement of what the source says, not an edit made on an old view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from psycopg2 import Error as DatabaseError
from psycopg2 import sql

from smartcity_plugin.core.schema import REGISTRY_SCHEMA
from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.records import FIELD_NAMES, LATER_FIELDS, Point, ProjectRecord
from smartcity_plugin.io.registry.connection import database_message, open_saved
from smartcity_plugin.io.registry.status import require_safe
from smartcity_plugin.io.store import KEEP, field_value, multipoint
from smartcity_plugin.toolbelt.i18n import tr

PROJECTS = sql.SQL("{}.projects").format(sql.Identifier(REGISTRY_SCHEMA))
REFUSED = "refused"


@dataclass(frozen=True)
class RegistryTarget:
    """Where an import goes when it goes to the team registry: a saved PostgreSQL connection."""

    connection: str

    @property
    def name(self) -> str:
        """How reports name it."""
        return tr("the team registry ({})").format(self.connection)


class RegistryStore:
    """Upserts projects by ``project_id`` into ``smartcity.projects``; commit() makes it all visible at once."""

    def __init__(self, target: RegistryTarget) -> None:
        self.target = target
        self.connection = None
        self.cursor = None
        self.ids: dict[str, int] = {}
        self.refusal = ""  # why the last upsert was refused
        self.fields: tuple[str, ...] = FIELD_NAMES  # the ones the registry's projects table has

    def __enter__(self) -> RegistryStore:
        self.connection = open_saved(self.target.connection, "import")
        self.connection.autocommit = False
        self.cursor = self.connection.cursor()
        try:
            self.cursor.execute(sql.SQL("SELECT project_id, fid FROM {}").format(PROJECTS))
            self.ids = dict(self.cursor.fetchall())
            self.cursor.execute(sql.SQL("SELECT * FROM {} LIMIT 0").format(PROJECTS))
            columns = {column.name for column in self.cursor.description}
            self.fields = tuple(n for n in FIELD_NAMES if n in columns or n not in LATER_FIELDS)
            require_safe(self.cursor, self.target.name)  # a registry with an old version's holes: not written to
        except DatabaseError as error:
            self.abort()
            raise RegistryError(tr("{}: the projects could not be read ({}).").format(
                self.target.name, str(error).strip())) from error
        except RegistryError:
            self.abort()
            raise
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.abort()  # after commit() there is nothing left to undo

    def has(self, project_id: str) -> bool:
        """True when the registry holds ``project_id``."""
        return project_id in self.ids

    def points(self, project_id: str) -> list[Point]:
        """The stored locations of a project."""
        try:
            self.cursor.execute(sql.SQL("SELECT ST_X(part.geom), ST_Y(part.geom) FROM {}, ST_Dump(geom) AS part "
                                        "WHERE project_id = %s ORDER BY part.path").format(PROJECTS), (project_id,))
            return [(x, y) for x, y in self.cursor.fetchall()]
        except DatabaseError as error:
            raise self._failure(error) from error

    def upsert(self, record: ProjectRecord, points: Any = KEEP) -> str:
        """Add or update one project: 'added', 'updated', or 'refused' (``refusal`` says why)."""
        exists = record.project_id in self.ids
        names = [n for n in (sorted(record.fields_set | {"project_id"}) if exists else FIELD_NAMES) if n in self.fields]
        values = [field_value(record, name, new=not exists) for name in names]
        columns = [sql.Identifier(name) for name in names]
        placeholders = [sql.Placeholder()] * len(names)
        if points is not KEEP:
            columns.append(sql.Identifier("geom"))
            placeholders.append(sql.SQL("ST_GeomFromText(%s, 4326)"))
            geometry = multipoint(points)
            values.append(geometry.ExportToIsoWkt() if geometry is not None else None)
        if exists:
            statement = sql.SQL("UPDATE {} SET ({}, base_version) = ({}, row_version) WHERE project_id = %s "
                                "RETURNING fid").format(PROJECTS, sql.SQL(", ").join(columns),
                                                        sql.SQL(", ").join(placeholders))
            values.append(record.project_id)
        else:
            statement = sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING fid").format(
                PROJECTS, sql.SQL(", ").join(columns), sql.SQL(", ").join(placeholders))
        try:
            self.cursor.execute("SAVEPOINT record")
            try:
                self.cursor.execute(statement, values)
            except DatabaseError as error:
                if self._lost():
                    raise
                self.cursor.execute("ROLLBACK TO SAVEPOINT record")
                self.refusal = database_message(error, detail=False)
                if getattr(error, "pgcode", "") == "42501":  # insufficient_privilege: no record will go in
                    raise RegistryError(tr("{}: your database role may not change the projects ({}). Ask the "
                                           "registry's administrator for the role smartcity_editor.").format(
                        self.target.name, self.refusal)) from error
                return REFUSED
            self.ids[record.project_id] = self.cursor.fetchone()[0]
            self.cursor.execute("RELEASE SAVEPOINT record")
        except DatabaseError as error:
            raise self._failure(error) from error
        return "updated" if exists else "added"

    def _lost(self) -> bool:
        """True when the server or the network dropped the connection."""
        return self.connection is None or bool(self.connection.closed)

    def _failure(self, error: DatabaseError) -> RegistryError:
        """The error to show: a lost connection says so; nothing was saved either way."""
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        if self._lost():
            return RegistryError(tr("{}: the connection to the database was lost during the import ({}); nothing "
                                    "was saved. Check the network and the server, then import again.").format(
                self.target.name, reason))
        return RegistryError(tr("{}: the import failed ({}); nothing was saved.").format(self.target.name, reason))

    def set_info(self, key: str, value: str) -> None:
        """The import log: the registry's audit log records every change in the planner's name already."""

    def commit(self) -> None:
        """Make the whole import visible to the team at once."""
        try:
            self.connection.commit()
        except DatabaseError as error:
            if self._lost():
                raise self._failure(error) from error
            raise RegistryError(tr("{}: the import could not be saved ({}); the registry is unchanged.").format(
                self.target.name, str(error).strip())) from error
        self.abort()

    def abort(self) -> None:
        """Undo what was not committed and close the connection."""
        if self.connection is not None:
            if not self.connection.closed:
                try:
                    self.connection.rollback()
                    self.connection.close()
                except DatabaseError:
                    pass  # the connection went while closing: the server rolls back what was not committed
            self.connection = self.cursor = None
