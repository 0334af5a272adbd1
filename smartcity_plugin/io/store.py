"""The planner's own GeoPackage: a copy of the bundled data that imports update.

Every write goes to a temporary copy beside the target, which replaces the target in one
rename only when the whole import succeeded: the planner's file is never half-written and
the bundled file is only ever read.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from osgeo import gdal, ogr

from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.records import FIELD_KINDS, FIELD_NAMES, Point, ProjectRecord
from smartcity_plugin.toolbelt.i18n import tr

REQUIRED_LAYERS = ("projects", "ascn_cities", "flood_coverage", "sectors")
KEEP = object()  # "leave the stored geometry as it is"
INSERT_DEFAULTS = {"status": "unknown", "finance_type": "unknown"}  # what a new project says when the source is silent


@contextmanager
def gdal_errors(path: Path, what: str) -> Iterator[None]:
    """GDAL raises RuntimeError once anything in the process called UseExceptions(): name the file instead."""
    try:
        yield
    except RuntimeError as error:
        raise DataExchangeError(path, tr("{} failed: {}").format(what, str(error).strip())) from error


def _sqlite_uri(path: Path, flags: str) -> str:
    return f"{path.resolve().as_uri()}?{flags}"


def check_geopackage(path: Path) -> None:
    """Raise DataExchangeError unless ``path`` is a GeoPackage with the plugin's layers and fields."""
    path = Path(path)
    if not path.is_file():
        raise DataExchangeError(path, tr("the file does not exist."))
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise DataExchangeError(path, tr("this is not a GeoPackage."))
    missing = [name for name in REQUIRED_LAYERS if dataset.GetLayerByName(name) is None]
    if missing:
        raise DataExchangeError(path, tr("this GeoPackage is not the plugin's data: it has no layer {}.").format(
            ", ".join(missing)))
    definition = dataset.GetLayerByName("projects").GetLayerDefn()
    names = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    lacking = [name for name in FIELD_NAMES if name not in names]
    if lacking:
        raise DataExchangeError(path, tr("its projects layer lacks the fields {}.").format(", ".join(lacking)))


def copy_geopackage(source: Path, target: Path) -> None:
    """Copy a GeoPackage page by page through SQLite (consistent even while QGIS reads it)."""
    try:
        reader = sqlite3.connect(_sqlite_uri(source, "mode=ro"), uri=True)
    except sqlite3.Error as error:
        raise DataExchangeError(source, tr("cannot be read ({}).").format(error)) from error
    writer = sqlite3.connect(str(target))
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    except sqlite3.Error as error:
        raise DataExchangeError(target, tr("the copy of {} failed ({}).").format(source.name, error)) from error
    finally:
        writer.close()
        reader.close()


def settle(path: Path) -> None:
    """Fold a write-ahead log back into ``path``; refuse when another program still writes to it.

    A ``-wal`` file left beside a replaced GeoPackage would be read as part of the new one.
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    try:
        with sqlite3.connect(str(path)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as error:
        raise DataExchangeError(path, tr("the GeoPackage is being written by another program ({}); close its "
                                         "layers and try again.").format(error)) from error
    if wal.exists() and wal.stat().st_size:
        raise DataExchangeError(path, tr("the GeoPackage is being written by another program; close its layers "
                                         "and try again."))


class ProjectStore:
    """Upserts projects by ``project_id`` into a temporary copy of ``target``; commit() swaps it in."""

    def __init__(self, target: Path, template: Path) -> None:
        self.target = Path(target)
        self.template = Path(template)
        self.temp = self.target.with_name(f".{self.target.stem}.importing-{os.getpid()}.gpkg")
        self.dataset = None
        self.layer = None
        self.ids: dict[str, int] = {}

    def __enter__(self) -> ProjectStore:
        if self.target.resolve() == self.template.resolve():
            raise DataExchangeError(self.target, tr("this is the plugin's bundled data, which is never changed; "
                                                    "choose a GeoPackage of your own."))
        if self.target.suffix.lower() != ".gpkg":
            raise DataExchangeError(self.target, tr("the planner's data must be a .gpkg file."))
        source = self.target if self.target.exists() else self.template
        check_geopackage(source)
        if self.target.exists():
            settle(self.target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        copy_geopackage(source, self.temp)
        try:
            with gdal_errors(self.target, tr("opening the copy")):
                self.dataset = ogr.Open(str(self.temp), update=1)
                if self.dataset is None:
                    raise RuntimeError(gdal.GetLastErrorMsg())
                self.layer = self.dataset.GetLayerByName("projects")
                self.layer.SetIgnoredFields([n for n in FIELD_NAMES if n != "project_id"] + ["OGR_GEOMETRY"])
                self.ids = {feature.GetField("project_id"): feature.GetFID() for feature in self.layer}
                self.layer.SetIgnoredFields([])
                self.layer.ResetReading()
                self.dataset.StartTransaction()
        except DataExchangeError:
            self.abort()
            raise
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self.abort()  # after commit() there is nothing left to remove

    def has(self, project_id: str) -> bool:
        """True when the store holds ``project_id``."""
        return project_id in self.ids

    def points(self, project_id: str) -> list[Point]:
        """The stored locations of a project."""
        feature = self.layer.GetFeature(self.ids[project_id])
        geometry = feature.GetGeometryRef() if feature is not None else None
        if geometry is None:
            return []
        return [(geometry.GetGeometryRef(i).GetX(), geometry.GetGeometryRef(i).GetY())
                for i in range(geometry.GetGeometryCount())]

    def values(self, project_id: str) -> dict[str, Any]:
        """The stored fields of a project ({} when it is not stored)."""
        fid = self.ids.get(project_id)
        feature = self.layer.GetFeature(fid) if fid is not None else None
        return {} if feature is None else {name: feature.GetField(name) for name in FIELD_NAMES}

    def upsert(self, record: ProjectRecord, points: Any = KEEP) -> str:
        """Add or update one project; 'added' or 'updated'. ``points``: a list, or KEEP."""
        fid = self.ids.get(record.project_id)
        feature = self.layer.GetFeature(fid) if fid is not None else ogr.Feature(self.layer.GetLayerDefn())
        names = FIELD_NAMES if fid is None else sorted(record.fields_set | {"project_id"})
        for name in names:
            _set(feature, name, field_value(record, name, new=fid is None))
        if points is not KEEP:
            feature.SetGeometry(multipoint(points))
        with gdal_errors(self.target, tr("writing {}").format(record.project_id)):
            result = self.layer.SetFeature(feature) if fid is not None else self.layer.CreateFeature(feature)
        if result != ogr.OGRERR_NONE:
            raise DataExchangeError(self.target, tr("writing {} failed: {}").format(
                record.project_id, gdal.GetLastErrorMsg() or result))
        if fid is None:
            self.ids[record.project_id] = feature.GetFID()
            return "added"
        return "updated"

    def set_info(self, key: str, value: str) -> None:
        """Write one ``dataset_info`` row (the import log lives there)."""
        table = self.dataset.GetLayerByName("dataset_info")
        if table is None:
            return
        with gdal_errors(self.target, tr("writing the import log")):
            table.SetAttributeFilter("key = '{}'".format(key.replace("'", "''")))
            feature = table.GetNextFeature() or ogr.Feature(table.GetLayerDefn())
            table.SetAttributeFilter(None)
            feature.SetField("key", key)
            feature.SetField("value", value)
            (table.SetFeature if feature.GetFID() >= 0 else table.CreateFeature)(feature)

    def commit(self) -> None:
        """Write everything and put the new file in place of the target, in one rename."""
        with gdal_errors(self.target, tr("saving")):
            if self.dataset.CommitTransaction() != ogr.OGRERR_NONE:
                raise RuntimeError(gdal.GetLastErrorMsg())
        self.dataset = self.layer = None  # closes the file
        with sqlite3.connect(str(self.temp)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")
        if self.target.exists():
            settle(self.target)
        try:
            os.replace(self.temp, self.target)
        except OSError as error:
            raise DataExchangeError(self.target, tr("cannot be replaced ({}); close the programs that hold it "
                                                    "open and try again. It is unchanged.").format(error)) from error

    def abort(self) -> None:
        """Drop the temporary copy; the target stays as it was."""
        self.dataset = self.layer = None
        for path in (self.temp, self.temp.with_name(self.temp.name + "-journal"),
                     self.temp.with_name(self.temp.name + "-wal"), self.temp.with_name(self.temp.name + "-shm")):
            if path.exists():
                path.unlink()


def field_value(record: ProjectRecord, name: str, new: bool) -> Any:
    """What a store writes for ``name``: the record's value as the field holds it (a new project's defaults)."""
    value = record.values.get(name)
    if value is None and new:
        value = INSERT_DEFAULTS.get(name)
    if value is None:
        return None
    kind = FIELD_KINDS[name]
    return int(value) if kind == "int" else float(value) if kind == "real" else str(value)


def _set(feature: Any, name: str, value: Any) -> None:
    if value is None:
        feature.SetFieldNull(name)
    else:
        feature.SetField(name, value)


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
