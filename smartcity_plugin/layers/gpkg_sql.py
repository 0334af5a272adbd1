"""Read what a layer shows straight from its GeoPackage with SQL, not feature by feature.

Reading a large catalogue feature by feature into Python takes seconds; SQLite totals it
in milliseconds. Each query runs on a read-only connection of its own, with the layer's
subset string as its WHERE clause: for a GeoPackage that string is SQLite SQL, which the
OGR provider hands to the same engine. Anything this cannot answer exactly (another
provider or format, unsaved edits, a full SELECT as subset, SQL only GDAL understands)
gives None, and the caller reads the features instead.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Sequence

from qgis.core import QgsProviderRegistry, QgsSqliteUtils, QgsVectorLayer

from smartcity_plugin.core import schema
from smartcity_plugin.core.placement import COUNTRY_PRECISION
from smartcity_plugin.layers import row_groups
from smartcity_plugin.layers.row_copy import COPIED_FIELDS, FileTable, RowCopy
from smartcity_plugin.toolbelt.read_only import sqlite_uri

PRECISION = "location_precision"


def _table(layer: QgsVectorLayer) -> Optional[tuple[Path, str]]:
    """(file, table) when ``layer`` reads a GeoPackage table through OGR with nothing SQL cannot see."""
    if layer.providerType() != "ogr" or layer.dataProvider() is None:
        return None
    if layer.dataProvider().storageType() != "GPKG" or layer.isModified():
        return None
    if layer.subsetString().lstrip()[:6].lower() == "select":  # a whole SQL query, not a filter
        return None
    path, table = _decoded(layer.source())
    if not path or not table or not Path(path).is_file():
        return None
    return Path(path), table


@lru_cache(maxsize=64)
def _decoded(source: str) -> tuple[Optional[str], Optional[str]]:
    """(file, layer name) of an OGR source; a dock's click asks it a dozen times."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", source)
    return parts.get("path"), parts.get("layerName")


def _query(layer: QgsVectorLayer, columns: Sequence[str], tail: str = "", whole: bool = False,
           distinct: bool = False) -> Optional[tuple[Path, str, bool]]:
    """(file, SQL, filtered) reading ``columns`` over the features ``layer`` shows; None: SQL cannot."""
    source = _table(layer)
    if source is None:
        return None
    path, table = source
    subset = "" if whole else layer.subsetString().strip()
    # The WHERE clause is the layer's own filter, which its provider runs too. Without one,
    # NOT INDEXED: SQLite would walk an index to group by its column, fetching row by row.
    where = f" WHERE ({subset})" if subset else " NOT INDEXED"
    select = "SELECT DISTINCT" if distinct else "SELECT"
    sql = f"{select} {', '.join(columns)} FROM {QgsSqliteUtils.quotedIdentifier(table)}{where}{tail}"  # nosec B608
    return path, sql, bool(subset)


def _select(layer: QgsVectorLayer, columns: Sequence[str], tail: str = "", whole: bool = False,
            distinct: bool = False) -> Optional[list[tuple]]:
    """Rows of ``columns`` (SQL) over the features ``layer`` shows (``whole``: all of them), then ``tail``."""
    query = _query(layer, columns, tail, whole, distinct)
    if query is None:
        return None
    path, sql, filtered = query
    if filtered:
        return _run(path, sql)
    # The whole table (the dock's start and every reset, whole-catalogue maps): its totals
    # change only when the file does. A copy: callers may sort what they get.
    rows = _whole_table(str(path), _signature(path), sql)
    return None if rows is None else list(rows)


def _signature(path: Path) -> tuple:
    """What changes when the file's data do: its own and its write-ahead log's identity, size and time.

    An empty log holds no data: every connection that opens the file truncates it again
    (QGIS 3.22's OGR layers keep one open), which changes its time, not the data.
    """
    stamps = []
    for part in (path, Path(f"{path}-wal")):
        try:
            stat = part.stat()
        except OSError:
            stamps.append(None)
            continue
        stamps.append((stat.st_ino, stat.st_mtime_ns, stat.st_size) if stat.st_size or part == path else None)
    return tuple(stamps)


@lru_cache(maxsize=16)
def _whole_table(path: str, signature: tuple, sql: str) -> Optional[tuple]:
    rows = _run(Path(path), sql)
    return None if rows is None else tuple(rows)


def _run(path: Path, sql: str, parameters: tuple = ()) -> Optional[list[tuple]]:
    """The rows of ``sql`` on the file, read-only; None when SQL fails (e.g. GDAL's own functions)."""
    return _stream(path, sql, lambda rows: rows.fetchall(), parameters)


# A grouping key that is no field: 1 for a national or regional programme (drawn as its
# countries), else 0; as core.placement.is_area_programme says it.
AREA_PROGRAMME = "<area programme>"


def area_programme(layer: QgsVectorLayer, unlocated: str, trim: str) -> str:
    """SQL for :data:`AREA_PROGRAMME`: recipients named, and no location or one at country level.

    ``unlocated``: the dialect's test for no geometry or an empty one; ``trim``: its way to
    strip the list's separators and blanks, with {} for the value.
    """
    fields = layer.fields()
    if fields.indexOf(schema.F_RECIPIENT) < 0:
        return "0"
    recipients = trim.format(f"coalesce({QgsSqliteUtils.quotedIdentifier(schema.F_RECIPIENT)}, '')")
    unlocated = [unlocated]
    if fields.indexOf(PRECISION) >= 0:
        unlocated.append(f"coalesce({QgsSqliteUtils.quotedIdentifier(PRECISION)}, 0) >= {COUNTRY_PRECISION}")
    return f"(CASE WHEN {recipients} <> '' AND ({' OR '.join(unlocated)}) THEN 1 ELSE 0 END)"


def _stream(path: Path, sql: str, consume: Callable, parameters: tuple = ()):
    """``consume`` the rows of ``sql`` as SQLite gives them (none held all at once); None when SQL fails."""
    import sqlite3  # here, not at plugin start: only totals and tables need it

    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        return consume(connection.execute(sql, parameters))
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def quoted_column(layer: QgsVectorLayer, name: str) -> str:
    """``name`` quoted, or NULL when the layer lacks the field (as reading the features would give it)."""
    if name == AREA_PROGRAMME:
        geometry = _geometry_column(layer)
        # A GeoPackage geometry is empty when bit 4 of its header's flags byte (the fourth) is set.
        column = QgsSqliteUtils.quotedIdentifier(geometry or "")
        unlocated = (f"({column} IS NULL OR substr(hex(substr({column}, 4, 1)), 1, 1) IN "
                     "('1', '3', '5', '7', '9', 'B', 'D', 'F'))") if geometry else "1 = 1"
        return area_programme(layer, unlocated, "trim({}, '; ' || char(9, 10, 13))")
    return QgsSqliteUtils.quotedIdentifier(name) if layer.fields().indexOf(name) >= 0 else "NULL"


def _geometry_column(layer: QgsVectorLayer) -> Optional[str]:
    """The geometry column of the layer's GeoPackage table (None: a table without geometry)."""
    source = _table(layer)
    if source is None:
        return None
    path, table = source
    rows = _whole_table(str(path), _signature(path),
                        "SELECT table_name, column_name FROM gpkg_geometry_columns")
    return next((column for name, column in rows or () if str(name).lower() == table.lower()), None)


def grouped_totals(layer: QgsVectorLayer, keys: Sequence[str], amount: str, keep: bool = False
                   ) -> Optional[list[tuple]]:
    """(``keys`` …, projects, published ``amount`` total, projects with an amount) per group of ``keys``.

    ``keep``: the whole table's groups and each row's group are read once per version of the
    file (:mod:`row_groups`), and this and later filters are answered from the groups or from
    the rows that pass them (the dock, click after click); otherwise one GROUP BY.
    """
    columns = [quoted_column(layer, key) for key in keys]
    value = quoted_column(layer, amount)
    source = _table(layer) if keep else None
    if source is not None:
        path, table = source
        quoted_table = QgsSqliteUtils.quotedIdentifier(table)
        read = (f"SELECT rowid, {', '.join(columns)}, ({value}) + 0.0 FROM {quoted_table} NOT INDEXED")  # nosec B608
        names = [key if column == QgsSqliteUtils.quotedIdentifier(key) else None for key, column in zip(keys, columns)]
        table_columns = [*layer.fields().names(), _geometry_column(layer) or ""]

        def build() -> Optional[row_groups.RowGroups]:
            declared = {name: kind for name, kind, _ in _table_info(path, table) or ()}
            columns = [*table_columns, *declared]  # also what QGIS does not show: a name must not become a string
            return _stream(path, read, lambda rows: row_groups.RowGroups(columns, names, rows, declared))

        groups = row_groups.kept((str(path), _signature(path), read), build)
        subset = layer.subsetString().strip()
        if groups is not None and not subset:
            return groups.whole()
        if groups is not None:
            rows = _kept_answer(path, table, groups, subset)
            if rows is not None:
                return rows
    groups_sql = ", ".join(str(position + 1) for position in range(len(keys)))
    return _select(layer, [*columns, "count(*)", f"total({value})", f"count({value})"], f" GROUP BY {groups_sql}")


def _kept_answer(path: Path, table: str, groups: row_groups.RowGroups, subset: str) -> Optional[list[tuple]]:
    """The totals of the rows that pass ``subset``, from the kept groups; None: ask SQL to group them.

    The groups answer a filter on what they hold; otherwise the rows' copy in memory or the
    file says which rows pass. Either way the lowest row ids that pass are remembered for the
    dock's table, which lists the first projects by feature id.
    """
    key = (str(path), _signature(path), table, subset)
    numbers = groups.passing(subset)
    if numbers is not None:
        rows = groups.rows_of(numbers)
        _remember_passing(key, groups.first_ids(numbers, PASSING_KEPT), sum(row[-3] for row in rows))
        return rows
    copy = groups.row_copy(lambda: _row_copy(path, table))
    rowids = None if copy is None else copy.passing(subset)
    if rowids is None:
        passing = _run(path, f"SELECT rowid FROM {QgsSqliteUtils.quotedIdentifier(table)} WHERE ({subset})")  # nosec
        rowids = None if passing is None else sorted(rowid for (rowid,) in passing)
    rows = None if rowids is None else groups.of_rows(rowids)
    if rows is not None:
        _remember_passing(key, rowids[:PASSING_KEPT], len(rowids))
    return rows


def _table_info(path: Path, table: str) -> Optional[list[tuple]]:
    """(name, declared type, primary key position) of each column of ``table``, generated ones included."""
    return _run(path, "SELECT name, type, pk FROM pragma_table_xinfo(?)", (table,))


def _row_copy(path: Path, table: str) -> Optional[RowCopy]:
    """The table's filtered fields copied into memory; None when they cannot stand for the file."""
    info = _table_info(path, table)
    definition = _run(path, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    if not info or not definition or "COLLATE" in str(definition[0][0] or "").upper():
        return None  # a collation would compare text differently in the copy
    row_ids = [name for name, kind, key in info if key == 1 and str(kind).upper() == "INTEGER"]
    columns = [(name, kind) for name, kind, _ in info if name in COPIED_FIELDS]
    if len(row_ids) != 1 or not columns:
        return None
    import sqlite3  # here, not at plugin start

    others = [str(name) for name, _, _ in info]
    try:
        return RowCopy(table, row_ids[0], columns, FileTable(sqlite_uri(path), table), others)
    except (ValueError, sqlite3.Error):  # more rows than a copy may hold; the file unreadable now
        return None


# The rows the last filter passed (key: file, version, table, filter): the lowest row ids, and how
# many. The dock's table right after its totals reads them by id.
_passing: dict[tuple, tuple[list[int], int]] = {}
PASSING_KEPT = 5000


def _remember_passing(key: tuple, first: list[int], passing: int) -> None:
    _passing.clear()
    _passing[key] = (first, passing)


def first_rows(layer: QgsVectorLayer, fields: Sequence[str], limit: int) -> Optional[list[tuple]]:
    """(feature id, ``fields`` …) of the ``limit`` features with the lowest feature ids, in that order."""
    # A GeoPackage's feature id is its INTEGER PRIMARY KEY, which SQLite also calls rowid.
    columns = ["rowid", *(quoted_column(layer, name) for name in fields)]
    source = _table(layer)
    known = None if source is None else _passing.get((str(source[0]), _signature(source[0]),
                                                       source[1], layer.subsetString().strip()))
    if known is not None and (len(known[0]) >= limit or known[1] == len(known[0])):
        # The totals have just found which rows pass: fetch the first by their ids instead of testing
        # the filter on the table again.
        first = known[0][:limit]
        ids = ", ".join(str(int(rowid)) for rowid in first) or "NULL"
        table = QgsSqliteUtils.quotedIdentifier(source[1])
        rows = _run(source[0], f"SELECT {', '.join(columns)} FROM {table} WHERE rowid IN ({ids})")  # nosec B608
        if rows is not None:
            by_id = {row[0]: row for row in rows}
            return [by_id[rowid] for rowid in first if rowid in by_id]
    return _select(layer, columns, f" ORDER BY rowid LIMIT {int(limit)}")


def largest_rows(layer: QgsVectorLayer, fields: Sequence[str], by: str, limit: int) -> Optional[list[tuple]]:
    """``fields`` of the ``limit`` features with the largest ``by`` (those without one left out)."""
    return largest_by(_select, quoted_column, layer, fields, by, limit)


def largest_by(select: Callable, quote: Callable, layer: QgsVectorLayer, fields: Sequence[str], by: str,
               limit: int) -> Optional[list[tuple]]:
    """:func:`largest_rows` with a dialect's ``select`` and ``quote`` (this module's or the registry's)."""
    rows = select(layer, [quote(layer, name) for name in fields],
                  f" ORDER BY {quote(layer, by)} DESC NULLS LAST LIMIT {int(limit)}")
    if rows is None:
        return None
    position = list(fields).index(by)
    return [row for row in rows if row[position] is not None]


def distinct_rows(layer: QgsVectorLayer, fields: Sequence[str]) -> Optional[list[tuple]]:
    """The distinct combinations of ``fields`` in the whole table, whatever the layer's filter shows."""
    return _select(layer, [quoted_column(layer, name) for name in fields], whole=True, distinct=True)
