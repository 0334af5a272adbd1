"""The projects' filtered fields in memory, so a filter on them need not walk the file.

A filter the kept groups cannot answer (a sector, the years, a title) is a condition on
every row. Asked of the GeoPackage, SQLite reads each row's record from the file, whole
(geometry, sources, notes); asked of a copy of the few fields a planner filters on, it
walks a quarter of the bytes: a dock's click on a sector takes some 30 % less.

The copy has the file's row ids and column affinities (so ``"start_year" >= '2019'``
compares as in the file), no index (so the rows come in row id order), and every column
of the file's table, so a name means the same (SQLite reads an unknown "name" as a
string). An authorizer lets a filter read only the copied columns: a filter on anything
else (the geometry, another table, a column not copied) is refused here and asked of the
file. Up to :data:`COPY_LIMIT` rows; a larger catalogue is always asked of the file.

The copy is made by SQLite alone, in one statement from the file attached read-only (and
detached before any filter runs): 0.09 s at 100,000 projects, where handing each row through
Python took 0.44 s.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Optional, Sequence

from smartcity_plugin.core import schema

# The fields the dock's filters, lenses and Processing's selections test (core.filter_clauses), and
# the kind of finance; anything else is read from the file.
COPIED_FIELDS = (schema.F_DONOR, schema.F_AGENCY, schema.F_RECIPIENT, schema.F_CITY_ID, schema.F_CITY_IDS,
                 schema.F_SECTOR_PRIMARY, schema.F_SECTORS, schema.F_STATUS, schema.F_START_YEAR, schema.F_END_YEAR,
                 schema.F_AMOUNT, schema.F_TITLE, schema.F_FINANCE)
COPY_LIMIT = 200_000  # 27 MB at 100,000 projects; a larger catalogue is asked of the file


def quoted(name: str) -> str:
    """An SQLite identifier."""
    return '"' + name.replace('"', '""') + '"'


def affinity(declared: Optional[str]) -> str:
    """The SQLite column affinity of a declared type, as one of SQLite's own words (never the file's text)."""
    kind = (declared or "").upper()
    if "INT" in kind:
        return "INTEGER"
    if any(word in kind for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not kind or "BLOB" in kind:
        return "BLOB"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


@dataclass(frozen=True)
class FileTable:
    """A table of an SQLite file, to be copied by SQLite itself.

    ``uri``: the file as a read-only SQLite URI (``toolbelt.read_only.sqlite_uri``).
    """

    uri: str
    table: str


class RowCopy:
    """One file version's filtered fields, in memory, by row id."""

    def __init__(self, table: str, row_id: str, columns: Sequence[tuple[str, Optional[str]]],
                 source: FileTable, others: Sequence[str] = ()) -> None:
        """``columns``: (name, declared type) of the copied fields, with the same names in ``source``;
        ``others``: the table's other columns (present, empty, never readable).

        ValueError when the table has more than :data:`COPY_LIMIT` rows; sqlite3.Error when the file
        cannot be read.
        """
        self.table, self.row_id = table, row_id
        self.names = [name for name, _ in columns]
        definitions = [f"{quoted(row_id)} INTEGER PRIMARY KEY",
                       *(f"{quoted(name)} {affinity(declared)}" for name, declared in columns),
                       *(quoted(name) for name in dict.fromkeys(others) if name and name not in (row_id, *self.names))]
        # uri=True: ATTACH then reads a URI (the file read-only); the copy itself is in memory.
        self._connection = sqlite3.connect(":memory:", uri=True, check_same_thread=False)
        try:
            self._connection.execute(f"CREATE TABLE {quoted(table)} ({', '.join(definitions)})")  # nosec B608
            if self._copy_file(source) > COPY_LIMIT:
                raise ValueError(f"more than {COPY_LIMIT} rows")
        except (sqlite3.Error, ValueError):
            self._connection.close()
            raise
        self._connection.set_authorizer(self._allow)
        self._using = threading.Lock()

    def _copy_file(self, source: FileTable) -> int:
        """Copy the rows of ``source`` (at most one more than COPY_LIMIT) in one statement, the file attached
        only meanwhile; how many."""
        filled = ", ".join(quoted(name) for name in (self.row_id, *self.names))
        connection = self._connection
        connection.isolation_level = None  # each statement its own transaction: DETACH needs none open
        connection.execute("ATTACH DATABASE ? AS source", (source.uri,))
        try:
            read = f"SELECT {filled} FROM source.{quoted(source.table)} NOT INDEXED"  # nosec B608: names quoted
            insert = f"INSERT INTO main.{quoted(self.table)} ({filled}) {read} LIMIT {COPY_LIMIT + 1}"  # nosec B608
            return connection.execute(insert).rowcount
        finally:
            connection.execute("DETACH DATABASE source")

    def _allow(self, action: int, first: Optional[str], second: Optional[str], *_: object) -> int:
        if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION):
            return sqlite3.SQLITE_OK
        # SQLite also asks to "read" no column ("") of a table a statement names.
        readable = second in self.names or second in (self.row_id, "")
        if action == sqlite3.SQLITE_READ and first == self.table and readable:
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY

    def passing(self, subset: str) -> Optional[list[int]]:
        """Row ids of the rows that pass ``subset``, in row id order; None when it tests what is not copied."""
        with self._using:  # the dock and a Processing algorithm's thread may ask at once
            if self._connection is None:
                return None
            try:
                rows = self._connection.execute(
                    f"SELECT {quoted(self.row_id)} FROM {quoted(self.table)} WHERE ({subset})").fetchall()  # nosec
            except sqlite3.Error:  # a column not copied, the geometry, GDAL's own functions
                return None
        return [row_id for (row_id,) in rows]

    def close(self) -> None:
        """Release the copy."""
        with self._using:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
