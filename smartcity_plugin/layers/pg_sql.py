"""Read what a team-registry layer shows with SQL in PostgreSQL, not feature by feature.

The same idea as :mod:`smartcity_plugin.layers.gpkg_sql` for the registry: the layer's
subset string (PostgreSQL SQL the provider runs too) becomes the WHERE clause of one
grouped query, sent through QGIS's own connection for the layer's source (its
authentication configuration, its pooled connection). Anything this cannot answer
exactly (unsaved edits, a failing query) gives None, and the caller reads the features.
"""

from __future__ import annotations

from typing import Optional, Sequence

from qgis.core import (
    QgsDataSourceUri,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsSqliteUtils,
    QgsVectorLayer,
)

from smartcity_plugin.layers.gpkg_sql import AREA_PROGRAMME, area_programme, largest_by
from smartcity_plugin.layers.gpkg_sql import quoted_column as quoted_field  # standard SQL quoting: PostgreSQL's too
from smartcity_plugin.toolbelt.values import plain_value

POSTGRES = "postgres"


def _select(layer: QgsVectorLayer, columns: Sequence[str], tail: str = "", whole: bool = False,
            distinct: bool = False) -> Optional[list[tuple]]:
    """Rows of ``columns`` over the features ``layer`` shows (``whole``: all of them), then ``tail``."""
    if layer.providerType() != POSTGRES or layer.dataProvider() is None or layer.isModified():
        return None
    uri = QgsDataSourceUri(layer.source())
    if not uri.table() or uri.sql().lstrip()[:6].lower() == "select":
        return None
    metadata = QgsProviderRegistry.instance().providerMetadata(POSTGRES)
    schema = QgsSqliteUtils.quotedIdentifier(uri.schema() or "public")
    table = f"{schema}.{QgsSqliteUtils.quotedIdentifier(uri.table())}"
    subset = "" if whole else layer.subsetString().strip()
    where = f" WHERE ({subset})" if subset else ""
    # The WHERE clause is the layer's own filter, which its provider runs too.
    select = "SELECT DISTINCT" if distinct else "SELECT"
    sql = f"{select} {', '.join(columns)} FROM {table}{where}{tail}"  # nosec B608
    bare = QgsDataSourceUri(uri.connectionInfo(False))  # the database, without the table
    try:
        rows = metadata.createConnection(bare.uri(False), {}).executeSql(sql)
    except QgsProviderConnectionException:
        return None
    return [tuple(plain_value(value) for value in row) for row in rows]


def quoted_column(layer: QgsVectorLayer, name: str) -> str:
    """``name`` quoted (NULL when the layer lacks it); :data:`AREA_PROGRAMME` as 1 or 0."""
    if name == AREA_PROGRAMME:
        geometry = QgsDataSourceUri(layer.source()).geometryColumn()
        column = QgsSqliteUtils.quotedIdentifier(geometry)
        unlocated = f"({column} IS NULL OR ST_IsEmpty({column}))" if geometry else "true"
        return area_programme(layer, unlocated, "btrim({}, E'; \\t\\n\\r')")
    return quoted_field(layer, name)


def grouped_totals(layer: QgsVectorLayer, keys: Sequence[str], amount: str) -> Optional[list[tuple]]:
    """(``keys`` …, projects, published ``amount`` total, projects with an amount) per group of ``keys``."""
    columns = [quoted_column(layer, key) for key in keys]
    value = quoted_column(layer, amount)
    groups = ", ".join(str(position + 1) for position in range(len(keys)))
    rows = _select(layer, [*columns, "count(*)", f"coalesce(sum({value}), 0)::float8", f"count({value})"],
                   f" GROUP BY {groups}")
    return None if rows is None else [(*row[:-3], int(row[-3]), float(row[-2]), int(row[-1])) for row in rows]


def first_rows(layer: QgsVectorLayer, fields: Sequence[str], limit: int) -> Optional[list[tuple]]:
    """(feature id, ``fields`` …) of the first ``limit`` features; the registry's key is the feature id."""
    key = QgsDataSourceUri(layer.source()).keyColumn()
    if not key or layer.fields().indexOf(key) < 0:
        return None
    rows = _select(layer, [QgsSqliteUtils.quotedIdentifier(key), *(quoted_column(layer, name) for name in fields)],
                   f" ORDER BY 1 LIMIT {int(limit)}")
    return None if rows is None else [(int(row[0]), *row[1:]) for row in rows]


def largest_rows(layer: QgsVectorLayer, fields: Sequence[str], by: str, limit: int) -> Optional[list[tuple]]:
    """``fields`` of the ``limit`` features with the largest ``by`` (those without one left out)."""
    return largest_by(_select, quoted_column, layer, fields, by, limit)


def distinct_rows(layer: QgsVectorLayer, fields: Sequence[str]) -> Optional[list[tuple]]:
    """The distinct combinations of ``fields`` in the whole table, whatever the layer's filter shows."""
    return _select(layer, [quoted_column(layer, name) for name in fields], whole=True, distinct=True)
