#!/usr/bin/env python3
"""Build resources/data/cooperation.gpkg from the human-readable sources.

Usage: /usr/bin/python3 scripts/build_data.py [--out PATH] [--world-map PATH]

Reads resources/data/sources/*.csv and basins_approx.geojson, derives flood-coverage
polygons from the Natural Earth world_map.gpkg that ships with QGIS, and writes a
GeoPackage (EPSG:4326) with typed fields, spatial indexes and attribute indexes.
The output is byte-for-byte reproducible and written atomically (temp file + rename).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from osgeo import gdal, ogr, osr

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "resources" / "data" / "sources"
DEFAULT_OUT = ROOT / "resources" / "data" / "cooperation.gpkg"
WORLD_MAP_CANDIDATES = (
    Path("/usr/share/qgis/resources/data/world_map.gpkg"),
    Path("/usr/local/share/qgis/resources/data/world_map.gpkg"),
    Path("/Applications/QGIS.app/Contents/Resources/resources/data/world_map.gpkg"),
)
FIXED_DATE = "2026-11-24T00:00:00Z"

STR, INT, REAL = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
PROVENANCE = [("source_title", STR), ("source_url", STR), ("as_of", STR)]

# Layer name -> (geometry type, ordered fields). The plugin relies on these names.
SCHEMAS: dict[str, tuple[int, list[tuple[str, int]]]] = {
    "ascn_cities": (
        ogr.wkbPoint,
        [
            ("city_id", STR),
            ("name", STR),
            ("name_local", STR),
            ("country_iso2", STR),
            ("country_name", STR),
            ("ascn_status", STR),
            ("year_joined", INT),
            ("status_confidence", STR),
            ("focus_areas", STR),
            ("notes", STR),
            ("location_precision", INT),
            *PROVENANCE,
        ],
    ),
    "projects": (
        ogr.wkbMultiPoint,
        [
            ("project_id", STR),
            ("title", STR),
            ("donor_country", STR),
            ("donor_name", STR),
            ("agency", STR),
            ("partners", STR),
            ("recipient_country", STR),
            ("city_id", STR),
            ("city_ids", STR),
            ("sector_primary", STR),
            ("sectors", STR),
            ("dac_codes", STR),
            ("status", STR),
            ("start_year", INT),
            ("end_year", INT),
            ("amount_usd", REAL),
            ("amount_note", STR),
            ("finance_type", STR),
            ("location_precision", INT),
            ("location_note", STR),
            *PROVENANCE,
            ("confidence", STR),
            ("conflicting_claims", STR),
            ("notes", STR),
        ],
    ),
    "flood_coverage": (
        ogr.wkbMultiPolygon,
        [
            ("system_id", STR),
            ("name", STR),
            ("country_iso2", STR),
            ("basin", STR),
            ("system_type", STR),
            ("funder_country", STR),
            ("agency", STR),
            ("implementer", STR),
            ("start_year", INT),
            ("end_year", INT),
            ("stations", INT),
            ("stated_area_km2", REAL),
            ("area_note", STR),
            ("amount_usd", REAL),
            ("amount_note", STR),
            ("geometry_basis", STR),
            ("geometry_note", STR),
            *PROVENANCE,
            ("confidence", STR),
            ("notes", STR),
        ],
    ),
    "sectors": (
        ogr.wkbNone,
        [
            ("code", STR),
            ("name", STR),
            ("taxonomy", STR),
            ("parent_code", STR),
            ("dac_codes", STR),
            ("equivalents", STR),
            ("description", STR),
        ],
    ),
    "claims": (
        ogr.wkbNone,
        [
            ("claim_id", STR),
            ("record_id", STR),
            ("field", STR),
            ("value", STR),
            ("preferred", INT),
            *PROVENANCE,
            ("confidence", STR),
            ("note", STR),
        ],
    ),
    "sources": (
        ogr.wkbNone,
        [
            ("source_id", STR),
            ("title", STR),
            ("publisher", STR),
            ("url", STR),
            ("published", STR),
            ("url_status", STR),
            ("verified", STR),
            ("note", STR),
        ],
    ),
    "dataset_info": (ogr.wkbNone, [("key", STR), ("value", STR)]),
}
ID_FIELD = {
    "ascn_cities": "city_id",
    "projects": "project_id",
    "flood_coverage": "system_id",
    "sectors": "code",
    "claims": "claim_id",
    "sources": "source_id",
    "dataset_info": "key",
}
INDEXES: dict[str, list[str]] = {
    "ascn_cities": ["country_iso2", "ascn_status", "year_joined"],
    "projects": [
        "donor_country",
        "recipient_country",
        "sector_primary",
        "status",
        "start_year",
        "end_year",
        "city_id",
        "finance_type",
    ],
    "flood_coverage": ["country_iso2", "funder_country", "system_type", "start_year", "end_year"],
    "sectors": ["taxonomy", "parent_code"],
    "claims": ["record_id"],
}


def find_world_map(explicit: str | None = None) -> Path:
    """Return the Natural Earth world_map.gpkg shipped with QGIS (or the given/env path)."""
    for cand in (explicit, os.environ.get("SMARTCITY_WORLD_MAP"), *WORLD_MAP_CANDIDATES):
        if cand and Path(cand).is_file():
            return Path(cand)
    raise FileNotFoundError(
        "world_map.gpkg not found: install QGIS or pass --world-map / set SMARTCITY_WORLD_MAP"
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read a UTF-8 CSV file into a list of row dicts (values stripped)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def wgs84() -> osr.SpatialReference:
    """EPSG:4326 with longitude/latitude (GIS) axis order."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def polygons(geom: ogr.Geometry) -> list[ogr.Geometry]:
    """Every polygon part of a (multi)polygon or geometry collection."""
    flat = ogr.GT_Flatten(geom.GetGeometryType())
    if flat == ogr.wkbPolygon:
        return [geom.Clone()]
    if flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        return [p for i in range(geom.GetGeometryCount()) for p in polygons(geom.GetGeometryRef(i))]
    return []


def as_multipolygon(geom: ogr.Geometry) -> ogr.Geometry:
    """Return a valid MultiPolygon holding every polygon part of ``geom``."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for poly in polygons(geom if geom.IsValid() else geom.MakeValid()):
        out.AddGeometry(poly)
    return out


def union(geoms: Iterable[ogr.Geometry]) -> ogr.Geometry:
    """Dissolve polygons into one valid MultiPolygon."""
    coll = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for poly in as_multipolygon(g):
            coll.AddGeometry(poly)
    return as_multipolygon(coll.UnionCascaded())


class Boundaries:
    """Natural Earth admin-0 and admin-1 polygons from world_map.gpkg."""

    def __init__(self, path: Path) -> None:
        self.ds = ogr.Open(str(path))
        if self.ds is None:
            raise FileNotFoundError(path)

    def _select(self, layer: str, where: str) -> list[ogr.Geometry]:
        lyr = self.ds.GetLayerByName(layer)
        lyr.SetAttributeFilter(where)
        geoms = [f.GetGeometryRef().Clone() for f in lyr]
        lyr.SetAttributeFilter(None)
        return geoms

    def countries(self, isos: list[str]) -> ogr.Geometry:
        """Union of the countries with these ISO 3166 alpha-2 codes."""
        geoms = []
        for iso in isos:
            found = self._select("countries", f"iso_a2 = '{iso}'")
            if not found:
                raise ValueError(f"country {iso!r} not in world_map.gpkg")
            geoms += found
        return union(geoms)

    def admin1(self, selectors: list[str]) -> ogr.Geometry:
        """Union of admin-1 units given as 'ISO2:name' or 'ISO2:fips=CODE'."""
        geoms = []
        for sel in selectors:
            iso, _, key = sel.partition(":")
            where = (
                f"iso_a2 = '{iso}' AND fips = '{key[5:]}'"
                if key.startswith("fips=")
                else f"iso_a2 = '{iso}' AND name = '{key.replace(chr(39), chr(39) * 2)}'"
            )
            found = self._select("states_provinces", where)
            if not found:
                raise ValueError(f"admin-1 selector {sel!r} matches nothing in world_map.gpkg")
            geoms += found
        return union(geoms)


def split(value: str) -> list[str]:
    """Split a semicolon list, dropping blanks."""
    return [v.strip() for v in value.split(";") if v.strip()]


def typed(value: str, ftype: int) -> int | float | str | None:
    """Convert CSV text to the field's type; empty text is NULL."""
    if value == "":
        return None
    if ftype == INT:
        return int(value)
    if ftype == REAL:
        return float(value)
    return value


def provenance(row: dict[str, str], sources: dict[str, dict[str, str]]) -> dict[str, str]:
    """Resolve a row's source id into source_title, source_url and as_of."""
    src = sources.get(row["source"])
    if src is None:
        raise ValueError(f"unknown source id {row['source']!r}")
    return {
        "source_title": f"{src['title']} ({src['publisher']})" if src["publisher"] else src["title"],
        "source_url": src["url"],
        "as_of": row.get("as_of") or src["published"],
    }


def point_geom(lat: str, lon: str) -> ogr.Geometry:
    """A lon/lat point."""
    g = ogr.Geometry(ogr.wkbPoint)
    g.AddPoint_2D(float(lon), float(lat))
    return g


def build_records(src: Path, world: Boundaries) -> dict[str, list[tuple[dict, ogr.Geometry | None]]]:
    """Assemble every layer's (attributes, geometry) records from the source files."""
    sources = {r["source_id"]: r for r in read_csv(src / "sources.csv")}
    out: dict[str, list[tuple[dict, ogr.Geometry | None]]] = {}
    out["ascn_cities"] = [
        ({**r, **provenance(r, sources)}, point_geom(r["lat"], r["lon"]))
        for r in read_csv(src / "ascn_cities.csv")
    ]
    locs: dict[str, list[dict[str, str]]] = {}
    for loc in read_csv(src / "project_locations.csv"):
        locs.setdefault(loc["project_id"], []).append(loc)
    projects = read_csv(src / "projects.csv")
    unknown = set(locs) - {p["project_id"] for p in projects}
    if unknown:
        raise ValueError(f"project_locations.csv names unknown projects: {sorted(unknown)}")
    out["projects"] = []
    for p in projects:
        geom = None
        if p["project_id"] in locs:
            geom = ogr.Geometry(ogr.wkbMultiPoint)
            for loc in sorted(locs[p["project_id"]], key=lambda x: int(x["seq"])):
                geom.AddGeometry(point_geom(loc["lat"], loc["lon"]))
        out["projects"].append(({**p, **provenance(p, sources)}, geom))
    basins = json.loads((src / "basins_approx.geojson").read_text(encoding="utf-8"))
    outlines = {
        f["properties"]["system_id"]: ogr.CreateGeometryFromJson(json.dumps(f["geometry"]))
        for f in basins["features"]
    }
    out["flood_coverage"] = []
    for f in read_csv(src / "flood_coverage.csv"):
        basis, isos = f["geometry_basis"], split(f["country_iso2"])
        if basis == "admin1_union":
            geom = world.admin1(split(f["admin1_units"]))
        elif basis == "country":
            geom = world.countries(isos)
        elif basis == "basin_approx":
            geom = as_multipolygon(outlines[f["system_id"]].Intersection(world.countries(isos)))
        else:
            raise ValueError(f"{f['system_id']}: unsupported geometry_basis {basis!r}")
        out["flood_coverage"].append(({**f, **provenance(f, sources)}, geom))
    out["claims"] = [({**c, **provenance(c, sources)}, None) for c in read_csv(src / "claims.csv")]
    out["sectors"] = [(r, None) for r in read_csv(src / "sectors.csv")]
    out["sources"] = [(r, None) for r in sources.values()]
    info = read_csv(src / "dataset_info.csv")
    info.append({"key": "sources_sha256", "value": digest(sorted(p for p in src.iterdir() if p.is_file()))})
    info.append(
        {
            "key": "boundaries",
            "value": "Natural Earth 1:10m v4.1.0 via QGIS world_map.gpkg, sha256 "
            + digest([world_path(world)]),
        }
    )
    out["dataset_info"] = [(r, None) for r in info]
    return out


def world_path(world: Boundaries) -> Path:
    """Path of the boundary GeoPackage in use."""
    return Path(world.ds.GetDescription())


def digest(paths: list[Path]) -> str:
    """SHA-256 over file names and contents (stable order)."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def write_gpkg(path: Path, records: dict[str, list[tuple[dict, ogr.Geometry | None]]]) -> None:
    """Write all layers, then unique and attribute indexes, to a new GeoPackage."""
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_DATE)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = wgs84()
    for name, (gtype, fields) in SCHEMAS.items():
        opts = ["FID=fid"] + (["GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"] if gtype != ogr.wkbNone else [])
        lyr = ds.CreateLayer(name, srs if gtype != ogr.wkbNone else None, gtype, options=opts)
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        lyr.StartTransaction()
        for attrs, geom in records[name]:
            feat = ogr.Feature(lyr.GetLayerDefn())
            for fname, ftype in fields:
                value = typed(str(attrs.get(fname, "")), ftype)
                if value is None:
                    feat.SetFieldNull(fname)
                else:
                    feat.SetField(fname, value)
            if geom is not None:
                feat.SetGeometry(geom)
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()
    for name, key in ID_FIELD.items():
        ds.ExecuteSQL(f'CREATE UNIQUE INDEX "uq_{name}_{key}" ON "{name}" ("{key}")')
    for name, cols in INDEXES.items():
        for col in cols:
            ds.ExecuteSQL(f'CREATE INDEX "idx_{name}_{col}" ON "{name}" ("{col}")')
    ds.FlushCache()
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)


def build(out: Path = DEFAULT_OUT, sources: Path = SOURCES_DIR, world_map: Path | None = None) -> Path:
    """Build the GeoPackage at ``out`` atomically and return its path."""
    gdal.UseExceptions()
    ogr.UseExceptions()
    world = Boundaries(world_map or find_world_map())
    records = build_records(sources, world)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    try:
        write_gpkg(tmp, records)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output GeoPackage")
    ap.add_argument(
        "--sources", type=Path, default=SOURCES_DIR, help="directory with the source CSV/GeoJSON files"
    )
    ap.add_argument("--world-map", help="Natural Earth world_map.gpkg (default: the one shipped with QGIS)")
    args = ap.parse_args(argv)
    path = build(args.out, args.sources, find_world_map(args.world_map))
    ds = ogr.Open(str(path))
    counts = ", ".join(f"{name}={ds.GetLayerByName(name).GetFeatureCount()}" for name in SCHEMAS)
    print(f"wrote {path}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
