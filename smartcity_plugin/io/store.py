"""The planner's own GeoPackage: a copy of the bundled data that imports update.

An existing GeoPackage is written in place, inside one SQLite transaction: QGIS (or any
SQLite client) may hold it open, with its write-ahead log beside it, and SQLite's own
locking keeps every reader consistent; a file renamed over it instead would be corrupted
by the next write of a program that still had the old one open. Nothing is committed
unless the whole import succeeded, so the planner's file is never half-written; its
permissions, owner and links stay as they are. A new GeoPackage is built beside its
target from the bundled data and appears in one rename. The bundled file is only read.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from osgeo import gdal, ogr

from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.gpkg_sql import DeferredUpkeep, Extent, add_spatial_functions, blob_points, multipoint_blob_box
from smartcity_plugin.io.records import FIELD_KINDS, FIELD_NAMES, LATER_FIELDS, Point, ProjectRecord
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.read_only import sqlite_uri

TEMP_MARK = ".importing-"  # in the names of the temporary files a new GeoPackage is built in
LOCK_WAIT_S = 5.0  # how long an import waits for another program to finish writing the file
REQUIRED_LAYERS = ("projects", "ascn_cities", "flood_coverage", "sectors")
KEEP = object()  # "leave the stored geometry as it is"
INSERT_DEFAULTS = {"status": "unknown", "finance_type": "unknown"}  # what a new project says when the source is silent
GEOMETRY_COLUMN = "geom"  # as scripts/build_data.py writes the projects layer
BATCH_ROWS = 1_000  # new rows handed to SQLite at once
BULK_ROWS = 1_000  # from this many new rows, more than were stored, indexes are rebuilt once at the end
CONVERT = {"int": int, "real": float, "str": str}  # a field's kind → what its values are written as


@contextmanager
def sqlite_errors(path: Path, what: str) -> Iterator[None]:
    """SQLite's errors as DataExchangeError naming the file and what was being done."""
    try:
        yield
    except sqlite3.Error as error:
        raise DataExchangeError(path, tr("{} failed: {}").format(what, str(error).strip())) from error


def _sqlite_uri(path: Path, flags: str) -> str:
    return f"{path.resolve().as_uri()}?{flags}"


def check_geopackage(path: Path) -> None:
    """Raise DataExchangeError unless ``path`` is a GeoPackage with the plugin's layers and fields."""
    path = Path(path)
    if not path.is_file():
        raise DataExchangeError(path, tr("the file does not exist."))
    if not os.access(path, os.R_OK):
        raise DataExchangeError(path, tr("the file cannot be read (no permission)."))
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    except RuntimeError:
        dataset = None
    if dataset is None:
        if is_locked(path):
            raise DataExchangeError(path, locked_message(path))
        raise DataExchangeError(path, tr("this is not a GeoPackage."))
    missing = [name for name in REQUIRED_LAYERS if dataset.GetLayerByName(name) is None]
    if missing:
        raise DataExchangeError(path, tr("this GeoPackage is not the plugin's data: it has no layer {}.").format(
            ", ".join(missing)))
    definition = dataset.GetLayerByName("projects").GetLayerDefn()
    names = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    lacking = [name for name in FIELD_NAMES if name not in names and name not in LATER_FIELDS]
    if lacking:
        raise DataExchangeError(path, tr("its projects layer lacks the fields {}.").format(", ".join(lacking)))


def copy_geopackage(source: Path, target: Path) -> None:
    """Copy a GeoPackage page by page through SQLite (consistent even while QGIS reads it)."""
    try:
        reader = sqlite3.connect(sqlite_uri(source), uri=True)  # the bundled template: immutable
    except sqlite3.Error as error:
        raise DataExchangeError(source, tr("cannot be read ({}).").format(error)) from error
    try:
        writer = sqlite3.connect(str(target))
    except sqlite3.Error as error:
        reader.close()
        raise DataExchangeError(target, tr("cannot be written ({}).").format(error)) from error
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    except sqlite3.Error as error:
        raise DataExchangeError(target, tr("the copy of {} failed ({}).").format(source.name, error)) from error
    finally:
        writer.close()
        reader.close()


def is_locked(path: Path) -> bool:
    """True when another program holds ``path`` locked (an SQLite database in the middle of a write)."""
    try:
        with sqlite3.connect(_sqlite_uri(path, "mode=ro"), uri=True, timeout=0.2) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        return "locked" in str(error) or "busy" in str(error)
    except sqlite3.DatabaseError:
        return False
    return False


def open_layers(path: Path) -> list[Any]:
    """The layers of the current QGIS project that read ``path`` (none outside QGIS)."""
    try:
        from qgis.core import QgsProject
    except ImportError:
        return []
    real = os.path.realpath(path)
    found = []
    for layer in QgsProject.instance().mapLayers().values():
        source = layer.source().split("|")[0]
        if source and os.path.realpath(source) == real:
            found.append(layer)
    return found


def locked_message(path: Path) -> str:
    """Why an import cannot write ``path`` now, naming the layers of the project that have it open."""
    names = sorted(layer.name() for layer in open_layers(path))
    if names:
        return tr("another program is writing to this GeoPackage (open here as the layers {}); save or close "
                  "their edits and try again. The file is unchanged.").format(", ".join(names))
    return tr("another program is writing to this GeoPackage; let it finish or close it, and try again. The "
              "file is unchanged.")


def wait_for_write_access(path: Path) -> None:
    """Take and release SQLite's write lock; refuse, naming the open layers, when another writer keeps it.

    Changes nothing in the file (no checkpoint, no journal-mode switch).
    """
    try:
        connection = sqlite3.connect(str(path), timeout=LOCK_WAIT_S, isolation_level=None)
    except sqlite3.Error as error:
        raise DataExchangeError(path, tr("cannot be opened for writing ({}).").format(error)) from error
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DataExchangeError(path, locked_message(path)) from error
        raise DataExchangeError(path, tr("cannot be written ({}).").format(error)) from error
    finally:
        connection.close()


def refuse_unsaved_edits(path: Path) -> None:
    """An import must not race the planner's own unsaved edits of the same file."""
    editing = sorted(layer.name() for layer in open_layers(path)
                     if hasattr(layer, "isModified") and layer.isModified())
    if editing:
        raise DataExchangeError(path, tr("the layers {} have unsaved edits in this GeoPackage; save or discard them "
                                         "and import again. The file is unchanged.").format(", ".join(editing)))


class ProjectStore:
    """Upserts projects by ``project_id`` into ``target`` in one transaction; commit() makes them visible.

    Rows are written with SQLite itself, new ones in batches (:mod:`~smartcity_plugin.io.gpkg_sql`
    does for it what GDAL would: geometry blobs, the spatial index's functions, the extent).
    """

    def __init__(self, target: Path, template: Path) -> None:
        self.target = Path(target)
        self.template = Path(template)
        # Write where a link points: the file the planner (and QGIS) opened, with its journal beside it.
        self.real = Path(os.path.realpath(self.target))
        self.temp = self.real.with_name(f".{self.real.stem}{TEMP_MARK}{os.getpid()}.gpkg")
        self.creating = not self.real.exists()
        self.connection: Optional[sqlite3.Connection] = None
        self.ids: dict[str, int] = {}
        self.fields: tuple[str, ...] = FIELD_NAMES  # the ones the target's projects layer has
        self.srs_id = 4326
        self.geometry_column = GEOMETRY_COLUMN
        self.extent = Extent()
        self._pending: list[tuple] = []  # new rows not yet handed to SQLite
        self._next_fid = 1
        self._insert = ""
        self._kinds: list[type] = []  # per field: the type its values are written as (and the conversion to it)
        self._fixes: dict[tuple[type, ...], list] = {}  # the types of a row's values → what to fix in it
        self._defaults: list[Any] = []  # per field: what a new project says when the source is silent
        self._boxes: list[tuple] = []  # (fid, min x, max x, min y, max y) of the waiting rows that have points
        self._stored = 0  # rows when the import began
        self._added = 0
        self._deferred: Optional[DeferredUpkeep] = None

    def __enter__(self) -> ProjectStore:
        if self.real.exists() and self.real.resolve() == self.template.resolve():
            raise DataExchangeError(self.target, tr("this is the plugin's bundled data, which is never changed; "
                                                    "choose a GeoPackage of your own."))
        if self.target.suffix.lower() != ".gpkg":
            raise DataExchangeError(self.target, tr("the planner's data must be a .gpkg file."))
        if self.creating:
            check_geopackage(self.template)
            self._create_from_template()
            path = self.temp
        else:
            check_geopackage(self.real)
            refuse_unsaved_edits(self.real)
            if not os.access(self.real, os.W_OK):
                raise DataExchangeError(self.target, tr("the file is read-only; nothing was written."))
            wait_for_write_access(self.real)
            path = self.real
        try:
            with sqlite_errors(self.target, tr("opening")):
                self.connection = sqlite3.connect(str(path), timeout=LOCK_WAIT_S, isolation_level=None)
                add_spatial_functions(self.connection)
                self.connection.execute("BEGIN IMMEDIATE")
                self._read_layer()
        except DataExchangeError as error:
            self.abort()
            if not self.creating and is_locked(self.real):
                raise DataExchangeError(self.target, locked_message(self.real)) from error
            raise
        return self

    def _read_layer(self) -> None:
        """The projects layer's fields, geometry column, ids and next fid."""
        sql = self.connection.execute
        columns = {row[1] for row in sql('PRAGMA table_info("projects")')}
        self.fields = tuple(name for name in FIELD_NAMES if name in columns)
        geometry = sql("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = 'projects'"
                       ).fetchone()
        if geometry is not None:
            self.geometry_column, self.srs_id = str(geometry[0]).replace('"', ""), int(geometry[1])
        self.ids = {project_id: fid for project_id, fid in sql("SELECT project_id, fid FROM projects")}
        self._stored = sql("SELECT count(*) FROM projects").fetchone()[0]
        highest = [sql("SELECT max(fid) FROM projects").fetchone()[0]]
        if sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            highest.append(sql("SELECT seq FROM sqlite_sequence WHERE name = 'projects'").fetchone())
            highest[-1] = highest[-1][0] if highest[-1] else None
        self._next_fid = max([value for value in highest if value is not None] + [0]) + 1
        self._kinds = [CONVERT[FIELD_KINDS[name]] for name in self.fields]  # int, float, str: also the conversion
        self._defaults = [INSERT_DEFAULTS.get(name) for name in self.fields]
        self._fixes = {}
        names = ", ".join(f'"{name}"' for name in ("fid", *self.fields, self.geometry_column))
        self._insert = f"INSERT INTO projects ({names}) VALUES ({', '.join('?' * (len(self.fields) + 2))})"  # nosec B608

    def _create_from_template(self) -> None:
        try:
            self.real.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DataExchangeError(self.target, tr("the folder {} cannot be created ({}).").format(
                self.real.parent, error.strerror or error)) from error
        if not os.access(self.real.parent, os.W_OK):
            raise DataExchangeError(self.target, tr("the folder {} is read-only; choose another place.").format(
                self.real.parent))
        copy_geopackage(self.template, self.temp)

    def __exit__(self, kind, error, traceback) -> None:
        self.abort()  # after commit() there is nothing left to undo

    def has(self, project_id: str) -> bool:
        """True when the store holds ``project_id``."""
        return project_id in self.ids

    def points(self, project_id: str) -> list[Point]:
        """The stored locations of a project."""
        self._flush()
        row = self.connection.execute(f'SELECT "{self.geometry_column}" FROM projects WHERE fid = ?',  # nosec B608
                                      (self.ids[project_id],)).fetchone()
        return blob_points(row[0]) if row else []

    def values(self, project_id: str) -> dict[str, Any]:
        """The stored fields of a project ({} when it is not stored)."""
        fid = self.ids.get(project_id)
        if fid is None:
            return {}
        self._flush()
        names = ", ".join(f'"{name}"' for name in self.fields)
        row = self.connection.execute(f"SELECT {names} FROM projects WHERE fid = ?", (fid,)).fetchone()  # nosec B608
        if row is None:
            return {}
        stored = dict(zip(self.fields, row))
        return {name: stored.get(name) for name in FIELD_NAMES}

    def upsert(self, record: ProjectRecord, points: Any = KEEP) -> str:
        """Add or update one project; 'added' or 'updated'. ``points``: a list, or KEEP."""
        project_id = record.project_id
        fid = self.ids.get(project_id)
        blob = box = None
        if points is not KEEP:
            blob, box = multipoint_blob_box(points or (), self.srs_id)
            if box is not None:
                self.extent.add_box(box)
        if fid is None:
            fid, self._next_fid = self._next_fid, self._next_fid + 1
            # field_value(record, name, new=True) of every field: the values, then what their types ask for
            row = [fid, *map(record.values.get, self.fields), blob]
            kinds = tuple(map(type, row))
            fixes = self._fixes.get(kinds)
            if fixes is None:
                fixes = self._fixes[kinds] = self._fixes_for(kinds)
            for index, fix in fixes:
                row[index] = fix(row[index])
            self._pending.append(row)
            if box is not None:
                self._boxes.append((fid, *box))
            self.ids[project_id] = fid
            if len(self._pending) >= BATCH_ROWS:
                self._flush()
            return "added"
        self._flush()  # the row updated may be one still waiting in the batch
        names = [n for n in sorted(record.fields_set | {"project_id"}) if n in self.fields]
        values = [field_value(record, name, new=False) for name in names]
        if points is not KEEP:
            names.append(self.geometry_column)
            values.append(blob)
        assignments = ", ".join(f'"{name}" = ?' for name in names)  # names from FIELD_NAMES, never from the file
        with sqlite_errors(self.target, tr("writing {}").format(record.project_id)):
            self.connection.execute(f"UPDATE projects SET {assignments} WHERE fid = ?", (*values, fid))  # nosec B608
        return "updated"

    def _fixes_for(self, kinds: tuple[type, ...]) -> list[tuple[int, Callable[[Any], Any]]]:
        """For a new row whose values have the types ``kinds``: (index, fix) of each value a field cannot take
        as it is (a default for a NULL, a conversion to the field's kind)."""
        fixes = []
        for index, (kind, field_kind, default) in enumerate(zip(kinds[1:-1], self._kinds, self._defaults), start=1):
            if kind is type(None) and default is not None:
                fixes.append((index, _constant(field_kind(default))))
            elif kind is not type(None) and kind is not field_kind:
                fixes.append((index, field_kind))
        if len(self._fixes) > 1_000:  # a handful of patterns in real files: stay small whatever comes
            self._fixes.clear()
        return fixes

    def _flush(self) -> None:
        """Hand the waiting new rows to SQLite, in one statement."""
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        boxes, self._boxes = self._boxes, []
        self._added += len(rows)
        with sqlite_errors(self.target, tr("writing {}").format(rows[0][1 + self.fields.index("project_id")])):
            if self._deferred is None and self._added >= BULK_ROWS and self._added > self._stored:
                self._deferred = DeferredUpkeep(self.connection, "projects", self.geometry_column)
            self.connection.executemany(self._insert, rows)
            if self._deferred is not None:
                self._deferred.insert_boxes(boxes, len(rows))

    def set_info(self, key: str, value: str) -> None:
        """Write one ``dataset_info`` row (the import log lives there)."""
        sql = self.connection.execute
        if not sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dataset_info'").fetchone():
            return
        with sqlite_errors(self.target, tr("writing the import log")):
            found = sql("SELECT fid FROM dataset_info WHERE key = ?", (key,)).fetchone()
            if found:
                sql("UPDATE dataset_info SET value = ? WHERE fid = ?", (value, found[0]))
            else:
                sql("INSERT INTO dataset_info (key, value) VALUES (?, ?)", (key, value))
            Extent().write(self.connection, "dataset_info")

    def commit(self) -> None:
        """Commit the transaction (a new GeoPackage then appears at the target in one rename)."""
        try:
            with sqlite_errors(self.target, tr("saving")):
                self._flush()
                if self._deferred is not None:
                    self._deferred.restore()
                    self._deferred = None
                self.extent.write(self.connection, "projects")
                self.connection.execute("COMMIT")
        except DataExchangeError as error:
            self.abort()
            if not self.creating and is_locked(self.real):
                raise DataExchangeError(self.target, locked_message(self.real)) from error
            raise
        self.connection.close()
        self.connection = None
        if not self.creating:
            return
        with sqlite3.connect(str(self.temp)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")
        try:
            os.replace(self.temp, self.real)
        except OSError as error:
            raise DataExchangeError(self.target, tr("cannot be written ({}).").format(
                error.strerror or error)) from error

    def abort(self) -> None:
        """Roll back; a GeoPackage being created is removed. The target stays as it was."""
        if self.connection is not None:
            try:
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the connection is gone; SQLite rolls back when it closes
            self.connection.close()
        self.connection = None
        self._pending = []
        self._boxes = []
        self._deferred = None  # the rollback brought the indexes back
        if self.creating:
            for path in (self.temp, self.temp.with_name(self.temp.name + "-journal"),
                         self.temp.with_name(self.temp.name + "-wal"), self.temp.with_name(self.temp.name + "-shm")):
                if path.exists():
                    path.unlink()


def _constant(value: Any) -> Callable[[Any], Any]:
    """A fix that puts ``value`` in place of whatever is there."""
    return lambda _: value


def field_value(record: ProjectRecord, name: str, new: bool) -> Any:
    """What a store writes for ``name``: the record's value as the field holds it (a new project's defaults)."""
    value = record.values.get(name)
    if value is None and new:
        value = INSERT_DEFAULTS.get(name)
    if value is None:
        return None
    return CONVERT[FIELD_KINDS[name]](value)


def _set(feature: Any, index: int, value: Any) -> None:
    if value is None:
        feature.SetFieldNull(index)
    else:
        feature.SetField(index, value)


def multipoint(points: Optional[Iterable[Point]]):
    points = list(points or [])
    if not points:
        return None
    geometry = ogr.Geometry(ogr.wkbMultiPoint)
    for x, y in points:
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        geometry.AddGeometry(point)
    return geometry
