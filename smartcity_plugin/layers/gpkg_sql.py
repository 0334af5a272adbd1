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
from typing import Optional, Sequence

from qgis.core import QgsProviderRegistry, QgsSqliteUtils, QgsVectorLayer

from smartcity_plugin.toolbelt.read_only import sqlite_uri


def _table(layer: QgsVectorLayer) -> Optional[tuple[Path, str]]:
    """(file, table) when ``layer`` reads a GeoPackage table through OGR with nothing SQL cannot see."""
    if layer.providerType() != "ogr" or layer.dataProvider() is None:
        return None
    if layer.dataProvider().storageType() != "GPKG" or layer.isModified():
        return None
    if layer.subsetString().lstrip()[:6].lower() == "select":  # a whole SQL query, not a filter
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = parts.get("path"), parts.get("layerName")
    if not path or not table or not Path(path).is_file():
        return None
    return Path(path), table


def _select(layer: QgsVectorLayer, columns: Sequence[str], tail: str = "", whole: bool = False,
            distinct: bool = False) -> Optional[list[tuple]]:
    """Rows of ``columns`` (SQL) over the features ``layer`` shows (``whole``: all of them), then ``tail``."""
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
    if subset:
        return _run(path, sql)
    # The whole table (the dock's start and every reset, whole-catalogue maps): its totals
    # change only when the file does. A copy: callers may sort what they get.
    rows = _whole_table(str(path), _signature(path), sql)
    return None if rows is None else list(rows)


def _signature(path: Path) -> tuple:
    """What changes when the file's data do: its own and its write-ahead log's identity, size and time."""
    stamps = []
    for part in (path, Path(f"{path}-wal")):
        try:
            stat = part.stat()
            stamps.append((stat.st_ino, stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append(None)
    return tuple(stamps)


@lru_cache(maxsize=16)
def _whole_table(path: str, signature: tuple, sql: str) -> Optional[tuple]:
    rows = _run(Path(path), sql)
    return None if rows is None else tuple(rows)


def _run(path: Path, sql: str) -> Optional[list[tuple]]:
    import sqlite3  # here, not at plugin start: only totals and tables need it

    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.Error:  # e.g. a subset string with GDAL's own SQL functions
        return None
    finally:
        connection.close()


def quoted_column(layer: QgsVectorLayer, name: str) -> str:
    """``name`` quoted, or NULL when the layer lacks the field (as reading the features would give it)."""
    return QgsSqliteUtils.quotedIdentifier(name) if layer.fields().indexOf(name) >= 0 else "NULL"


def grouped_totals(layer: QgsVectorLayer, keys: Sequence[str], amount: str) -> Optional[list[tuple]]:
    """(``keys`` …, projects, published ``amount`` total, projects with an amount) per group of ``keys``."""
    columns = [quoted_column(layer, key) for key in keys]
    value = quoted_column(layer, amount)
    groups = ", ".join(str(position + 1) for position in range(len(keys)))
    return _select(layer, [*columns, "count(*)", f"total({value})", f"count({value})"], f" GROUP BY {groups}")


def first_rows(layer: QgsVectorLayer, fields: Sequence[str], limit: int) -> Optional[list[tuple]]:
    """(feature id, ``fields`` …) of the first ``limit`` features, in the order QGIS reads them."""
    # A GeoPackage's feature id is its INTEGER PRIMARY KEY, which SQLite also calls rowid.
    return _select(layer, ["rowid", *(quoted_column(layer, name) for name in fields)], f" LIMIT {int(limit)}")


def distinct_rows(layer: QgsVectorLayer, fields: Sequence[str]) -> Optional[list[tuple]]:
    """The distinct combinations of ``fields`` in the whole table, whatever the layer's filter shows."""
    return _select(layer, [quoted_column(layer, name) for name in fields], whole=True, distinct=True)
