"""Write a GeoPackage's features with SQLite itself: geometry blobs and the functions its triggers call.

GDAL's Python bindings cost one call per field, per feature; SQLite takes a whole batch of
rows in one ``executemany``. What GDAL would otherwise do for the writer is done here: the
GeoPackage geometry blob (header with envelope, then WKB, as GDAL writes it), the
``ST_IsEmpty``/``ST_MinX`` … functions the spatial index's triggers call, and the layer's
extent and last change in ``gpkg_contents``.
"""

from __future__ import annotations

import sqlite3
import struct
from typing import Iterable, Optional

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # min x, max x, min y, max y (the order of the blob's envelope)
_HEADER = struct.Struct("<2sBBi4d")  # magic, version, flags, srs_id, min x, max x, min y, max y
_POINT = struct.Struct("<BIdd")  # little-endian WKB point
_FLAGS = 0b0000_0011  # little endian, envelope [min x, max x, min y, max y]
_EMPTY = 0b0001_0000
_MULTIPOINT = 4


_ONE_POINT = struct.Struct("<2sBBi4dBIIBIdd")  # header, multipoint of one point: a project's usual geometry


def multipoint_blob(points: Iterable[Point], srs_id: int) -> Optional[bytes]:
    """The GeoPackage blob of a multipoint (None for no points)."""
    return multipoint_blob_box(points, srs_id)[0]


def multipoint_blob_box(points: Iterable[Point], srs_id: int) -> tuple[Optional[bytes], Optional[Box]]:
    """The GeoPackage blob of a multipoint and its envelope (min x, max x, min y, max y); (None, None) for no points."""
    points = [(float(x), float(y)) for x, y in points]
    if len(points) == 1:
        x, y = points[0]
        return _ONE_POINT.pack(b"GP", 0, _FLAGS, srs_id, x, x, y, y, 1, _MULTIPOINT, 1, 1, 1, x, y), (x, x, y, y)
    if not points:
        return None, None
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    box = (min(xs), max(xs), min(ys), max(ys))
    header = _HEADER.pack(b"GP", 0, _FLAGS, srs_id, *box)
    return b"".join([header, struct.pack("<BII", 1, _MULTIPOINT, len(points)),
                     *(_POINT.pack(1, 1, x, y) for x, y in points)]), box


def blob_points(blob: Optional[bytes]) -> list[Point]:
    """The points of a point or multipoint blob (GDAL's or ours); [] for none or another type."""
    if not blob or blob[:2] != b"GP" or blob[3] & _EMPTY:
        return []
    from osgeo import ogr  # any writer's blob: let GDAL read the WKB

    geometry = ogr.CreateGeometryFromWkb(bytes(blob[8 + _envelope_size(blob[3]):]))
    if geometry is None:
        return []
    if geometry.GetGeometryCount() == 0:
        return [(geometry.GetX(), geometry.GetY())] if not geometry.IsEmpty() else []
    return [(geometry.GetGeometryRef(i).GetX(), geometry.GetGeometryRef(i).GetY())
            for i in range(geometry.GetGeometryCount())]


_ENVELOPE_SIZES = (0, 32, 48, 48, 64, 0, 0, 0)  # by the envelope code in a blob's flags


def _envelope_size(flags: int) -> int:
    return _ENVELOPE_SIZES[(flags >> 1) & 7]


def _envelope(blob: Optional[bytes]) -> Optional[tuple[float, float, float, float]]:
    """(min x, max x, min y, max y) of a blob, from its header or its points."""
    if blob is None or blob[:2] != b"GP" or blob[3] & _EMPTY:
        return None
    flags = blob[3]
    if _envelope_size(flags):
        return struct.unpack_from("<4d" if flags & 1 else ">4d", blob, 8)
    points = blob_points(blob)
    if not points:
        return None
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), max(xs), min(ys), max(ys)


def _is_empty(blob: Optional[bytes]) -> Optional[int]:
    if blob is None:
        return None
    return 1 if _envelope(blob) is None else 0


def _part(index: int):
    def value(blob: Optional[bytes]) -> Optional[float]:
        envelope = _envelope(blob)
        return None if envelope is None else envelope[index]
    return value


def add_spatial_functions(connection: sqlite3.Connection) -> None:
    """The functions a GeoPackage's R-tree triggers call, which GDAL (not SQLite) provides."""
    connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, _part(index), deterministic=True)


class Extent:
    """The extent of the points written, to widen the layer's extent in ``gpkg_contents``."""

    def __init__(self) -> None:
        self.box: Optional[list[float]] = None  # min x, min y, max x, max y

    def add_box(self, box: Box) -> None:
        """Widen by an envelope (min x, max x, min y, max y)."""
        min_x, max_x, min_y, max_y = box
        if self.box is None:
            self.box = [min_x, min_y, max_x, max_y]
            return
        current = self.box
        if min_x < current[0]:
            current[0] = min_x
        if min_y < current[1]:
            current[1] = min_y
        if max_x > current[2]:
            current[2] = max_x
        if max_y > current[3]:
            current[3] = max_y

    def add(self, points: Iterable[Point]) -> None:
        """Widen by ``points``."""
        for x, y in points:
            self.add_box((x, x, y, y))

    def write(self, connection: sqlite3.Connection, table: str) -> None:
        """Widen ``table``'s extent in gpkg_contents and set its last change to now (as GDAL does)."""
        connection.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                           "WHERE lower(table_name) = lower(?)", (table,))
        if self.box is None:
            return
        min_x, min_y, max_x, max_y = self.box
        connection.execute(
            "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, :min_x), :min_x), "
            "min_y = min(coalesce(min_y, :min_y), :min_y), max_x = max(coalesce(max_x, :max_x), :max_x), "
            "max_y = max(coalesce(max_y, :max_y), :max_y) WHERE lower(table_name) = lower(:table)",
            {"min_x": min_x, "min_y": min_y, "max_x": max_x, "max_y": max_y, "table": table})


class DeferredUpkeep:
    """A table's plain indexes, its R-tree insert trigger and its feature-count insert trigger, set aside for a
    bulk insert and brought back before commit.

    Inside the writer's transaction: a rollback brings them back as they were. While set aside,
    :meth:`insert` puts the new rows' boxes into the R-tree itself (what the trigger did, without
    calling back into Python for each coordinate) and counts them, and :meth:`restore` adds the
    count to ``gpkg_ogr_contents`` once (what the count trigger did row by row). GDAL sets the
    same upkeep aside for its own bulk loads. Unique indexes stay: they guard the data.
    """

    def __init__(self, connection: sqlite3.Connection, table: str, geometry_column: str) -> None:
        self.connection = connection
        self.table = table
        self.rtree = f"rtree_{table}_{geometry_column}"
        triggers = (f"{self.rtree}_insert", f"trigger_insert_feature_count_{table}")
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND "
            "((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name IN (?, ?)))",
            (table, *triggers)).fetchall()
        self.statements = [sql for _, _, sql in rows]  # indexes first would not matter: each stands alone
        self.has_rtree = any(kind == "trigger" and name == triggers[0] for kind, name, _ in rows)
        self.counts = any(kind == "trigger" and name == triggers[1] for kind, name, _ in rows)
        self.inserted = 0
        for kind, name, _ in rows:
            quoted = name.replace('"', '""')
            connection.execute(f'DROP {"INDEX" if kind == "index" else "TRIGGER"} "{quoted}"')

    def insert_boxes(self, entries: list[tuple[int, float, float, float, float]], rows: int) -> None:
        """Put (fid, min x, max x, min y, max y) into the R-tree (the located ones of ``rows`` new rows)."""
        self.inserted += rows
        if self.has_rtree and entries:
            self.connection.executemany(f'INSERT OR REPLACE INTO "{self.rtree}" VALUES (?, ?, ?, ?, ?)',  # nosec B608
                                        entries)

    def restore(self) -> None:
        """Build the indexes and bring the triggers back, as they were; count the rows inserted meanwhile."""
        for statement in self.statements:
            self.connection.execute(statement)
        if self.counts and self.inserted:
            self.connection.execute("UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? "
                                    "WHERE lower(table_name) = lower(?)", (self.inserted, self.table))
