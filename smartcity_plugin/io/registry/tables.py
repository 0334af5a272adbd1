"""What a GeoPackage holds, table by table, in the terms PostgreSQL needs to hold the same.

Read with OGR (fields, geometry) and SQLite (indexes), never with QGIS: publishing runs in
a Processing thread and from scripts.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from osgeo import ogr

from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.toolbelt.i18n import tr

# Published first: the rules of the editable tables refer to them (sector codes).
TABLE_ORDER = ("dataset_info", "sources", "sectors", "claims", "ascn_cities", "flood_coverage", "projects")
REQUIRED_TABLES = ("projects", "ascn_cities", "flood_coverage", "sectors", "dataset_info")

_OGR_TYPES = {
    ogr.OFTString: "text",
    ogr.OFTInteger: "integer",
    ogr.OFTInteger64: "bigint",
    ogr.OFTReal: "double precision",
    ogr.OFTDate: "date",
    ogr.OFTDateTime: "timestamptz",
    ogr.OFTTime: "time",
    ogr.OFTBinary: "bytea",
}


@dataclass
class Column:
    """One attribute column."""

    name: str
    sql_type: str


@dataclass
class TableSpec:
    """One GeoPackage table as PostgreSQL will hold it (``fid`` stays the primary key)."""

    name: str
    columns: list[Column] = field(default_factory=list)
    geometry_type: Optional[str] = None  # PostGIS type name (MultiPoint …); None: no geometry
    srid: int = 4326
    unique: list[tuple[str, ...]] = field(default_factory=list)
    indexes: list[tuple[str, ...]] = field(default_factory=list)
    rows: int = 0

    @property
    def column_names(self) -> list[str]:
        """Attribute column names, in the GeoPackage's order."""
        return [column.name for column in self.columns]


def read_specs(path: Path) -> list[TableSpec]:
    """The tables of ``path`` in publishing order; DataExchangeError when it is not the plugin's data."""
    dataset = _open(path)
    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    missing = [name for name in REQUIRED_TABLES if name not in names]
    if missing:
        raise DataExchangeError(path, tr("this GeoPackage is not the plugin's data: it has no layer {}.").format(
            ", ".join(missing)))
    ordered = [name for name in TABLE_ORDER if name in names]
    ordered += sorted(name for name in names if name not in TABLE_ORDER)
    indexes = _indexes(path)
    specs = []
    for name in ordered:
        layer = dataset.GetLayerByName(name)
        spec = TableSpec(name=name, rows=layer.GetFeatureCount())
        definition = layer.GetLayerDefn()
        for i in range(definition.GetFieldCount()):
            field_definition = definition.GetFieldDefn(i)
            spec.columns.append(Column(field_definition.GetName(), _OGR_TYPES.get(field_definition.GetType(), "text")))
        if layer.GetGeomType() != ogr.wkbNone:
            spec.geometry_type = ogr.GeometryTypeToName(ogr.GT_Flatten(layer.GetGeomType())).title().replace(" ", "")
            spec.srid = _srid(layer, path)
        for columns, unique in indexes.get(name, []):
            if all(column in spec.column_names for column in columns):
                (spec.unique if unique else spec.indexes).append(columns)
        specs.append(spec)
    return specs


def rows(path: Path, spec: TableSpec) -> Iterator[list[Any]]:
    """(fid, attribute values …, geometry as ISO WKB or None) of every feature of ``spec``'s table."""
    dataset = _open(path)
    layer = dataset.GetLayerByName(spec.name)
    count = len(spec.columns)
    for feature in layer:
        values: list[Any] = [feature.GetFID()]
        for i in range(count):
            values.append(feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else None)
        if spec.geometry_type is not None:
            geometry = feature.GetGeometryRef()
            values.append(bytes(geometry.ExportToIsoWkb()) if geometry is not None and not geometry.IsEmpty() else None)
        yield values


def _open(path: Path):
    try:
        dataset = ogr.Open(str(path), 0)
    except RuntimeError:  # GDAL raises once anything in the process called UseExceptions()
        dataset = None
    if dataset is None:
        raise DataExchangeError(path, tr("this is not a GeoPackage."))
    return dataset


def _srid(layer, path: Path) -> int:
    reference = layer.GetSpatialRef()
    if reference is None:
        return 4326
    reference.AutoIdentifyEPSG()
    code = reference.GetAuthorityCode(None)
    if not code:
        raise DataExchangeError(path, tr("the layer {} has a coordinate reference system without an EPSG code.")
                                .format(layer.GetName()))
    return int(code)


def _indexes(path: Path) -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    """Table → [(columns, unique)] of the attribute indexes SQLite keeps (not the R-trees)."""
    found: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes')")]
        for table in tables:
            for _seq, index, unique, _origin, *_rest in connection.execute("SELECT * FROM pragma_index_list(?)",
                                                                           (table,)):
                columns = tuple(row[2] for row in connection.execute("SELECT * FROM pragma_index_info(?)", (index,)))
                if columns and all(columns):
                    found.setdefault(table, []).append((columns, bool(unique)))
    except sqlite3.Error as error:
        raise DataExchangeError(path, tr("its indexes could not be read ({}).").format(error)) from error
    finally:
        connection.close()
    return found
