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
_HEADER = struct.Struct("<2sBBi4d")  # magic, version, flags, srs_id, min x, max x, min y, max y
_POINT = struct.Struct("<BIdd")  # little-endian WKB point
_FLAGS = 0b0000_0011  # little endian, envelope [min x, max x, min y, max y]
_EMPTY = 0b0001_0000
_MULTIPOINT = 4


def multipoint_blob(points: Iterable[Point], srs_id: int) -> Optional[bytes]:
    """The GeoPackage blob of a multipoint (None for no points)."""
    points = [(float(x), float(y)) for x, y in points]
    if not points:
        return None
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    header = _HEADER.pack(b"GP", 0, _FLAGS, srs_id, min(xs), max(xs), min(ys), max(ys))
    return b"".join([header, struct.pack("<BII", 1, _MULTIPOINT, len(points)),
                     *(_POINT.pack(1, 1, x, y) for x, y in points)])


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


def _envelope_size(flags: int) -> int:
    return {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7, 0)


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

    def add(self, points: Iterable[Point]) -> None:
        """Widen by ``points``."""
        for x, y in points:
            if self.box is None:
                self.box = [x, y, x, y]
            else:
                box = self.box
                if x < box[0]:
                    box[0] = x
                if y < box[1]:
                    box[1] = y
                if x > box[2]:
                    box[2] = x
                if y > box[3]:
                    box[3] = y

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
    """A table's plain indexes and its R-tree insert trigger, set aside for a bulk insert, rebuilt before commit.

    Inside the writer's transaction: a rollback brings them back as they were. While set aside,
    :meth:`insert` puts the new rows' boxes into the R-tree itself (what the trigger did, without
    calling back into Python for each coordinate). Unique indexes stay: they guard the data.
    """

    def __init__(self, connection: sqlite3.Connection, table: str, geometry_column: str) -> None:
        self.connection = connection
        self.rtree = f"rtree_{table}_{geometry_column}"
        trigger = f"{self.rtree}_insert"
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND "
            "((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name = ?))",
            (table, trigger)).fetchall()
        self.statements = [sql for _, _, sql in rows]  # indexes first would not matter: each stands alone
        self.has_rtree = any(kind == "trigger" for kind, _, _ in rows)
        for kind, name, _ in rows:
            quoted = name.replace('"', '""')
            connection.execute(f'DROP {"INDEX" if kind == "index" else "TRIGGER"} "{quoted}"')

    def insert(self, boxes: Iterable[tuple[int, Optional[bytes]]]) -> None:
        """Put (fid, blob) rows into the R-tree, as the insert trigger would have."""
        if not self.has_rtree:
            return
        entries = [(fid, *_envelope(blob)) for fid, blob in boxes if blob is not None and _envelope(blob)]
        self.connection.executemany(f'INSERT OR REPLACE INTO "{self.rtree}" VALUES (?, ?, ?, ?, ?)',  # nosec B608
                                    entries)

    def restore(self) -> None:
        """Build the indexes and bring the trigger back, as they were."""
        for statement in self.statements:
            self.connection.execute(statement)
