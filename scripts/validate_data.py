#!/usr/bin/env python3
"""Check the bundled cooperation GeoPackage for data-quality problems.

Usage: /usr/bin/python3 scripts/validate_data.py [GPKG] [--world-map PATH]

Prints one line per failed check, naming the record, and exits 1 if anything failed;
otherwise prints a short summary and exits 0. Countries come from the Natural Earth
world_map.gpkg shipped with QGIS. A point counts as inside its recipient country when
it lies in the country polygon, or within COAST_TOLERANCE_DEG of it and inside no other
country (generalised coastlines cut off coastal cities and reclaimed land).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sqlite3
import sys
from pathlib import Path
from urllib.parse import urlparse

from build_data import DEFAULT_OUT, ID_FIELD, INDEXES, SCHEMAS, find_world_map, split
from osgeo import ogr, osr

COAST_TOLERANCE_DEG = 0.2
# A flood polygon may exceed the area its sources state by this factor at most: hand-drawn outlines
# are accurate to 10-20 km and admin-1 units overshoot basins, but a province for a basin (West Java,
# about 3.3 x the Citarum basin) must fail. See docs/data.md.
FLOOD_AREA_FACTOR = 1.5
EQUAL_AREA_EPSG = 6933  # WGS 84 / NSIDC EASE-Grid 2.0 Global (equal-area), for polygon areas in km2
DONORS = {"US", "KR", "CN", "JP", "AU", "SG", "XM"}
CONFIDENCE = {"high", "medium", "low"}
URL_STATUSES = {"verified", "from_reference", "reconstructed", "not_found"}
# How a project is financed; money totals are kept per type and `commercial` is never added to aid.
FINANCE_TYPES = {"grant", "loan", "commercial", "in_kind", "unknown"}
ENUMS: dict[str, dict[str, set[str]]] = {
    "ascn_cities": {
        "ascn_status": {"pilot_2018", "member_2023", "member_2024_reported", "candidate"},
        "status_confidence": CONFIDENCE,
    },
    "projects": {
        "status": {"planned", "ongoing", "completed", "suspended", "unknown"},
        "donor_country": DONORS,
        "finance_type": FINANCE_TYPES,
        "confidence": CONFIDENCE,
    },
    "flood_coverage": {
        "geometry_basis": {"admin1_union", "basin_approx", "buffer", "country"},
        "system_type": {"ffws", "ews", "flash_flood", "national_network", "dam_safety", "research"},
        "funder_country": DONORS,
        "confidence": CONFIDENCE,
    },
    "claims": {"confidence": CONFIDENCE},
    "sources": {"url_status": URL_STATUSES},
    "sectors": {"taxonomy": {"presentation", "presentation_solution", "kearney", "ascn", "dac"}},
}
REQUIRED = {
    "ascn_cities": [
        "name",
        "country_iso2",
        "ascn_status",
        "year_joined",
        "status_confidence",
        "location_precision",
    ],
    "projects": [
        "title",
        "donor_country",
        "donor_name",
        "agency",
        "recipient_country",
        "sector_primary",
        "status",
        "finance_type",
        "confidence",
    ],
    "flood_coverage": [
        "name",
        "country_iso2",
        "system_type",
        "funder_country",
        "geometry_basis",
        "geometry_note",
        "confidence",
    ],
    "sectors": ["name", "taxonomy"],
    "claims": ["record_id", "field", "value", "preferred", "confidence"],
}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CITY_ID = re.compile(r"^ascn_([a-z]{2})_[a-z0-9_]+$")

Row = dict[str, object]


def read(path: Path) -> dict[str, list[Row]]:
    """Every layer as a list of attribute dicts; the geometry is under '_geom'."""
    ds = ogr.Open(str(path))
    if ds is None:
        raise FileNotFoundError(path)
    data: dict[str, list[Row]] = {}
    for name in SCHEMAS:
        lyr = ds.GetLayerByName(name)
        rows: list[Row] = []
        for feat in lyr or []:
            row: Row = {k: feat.GetField(k) for k in feat.keys()}
            geom = feat.GetGeometryRef()
            row["_geom"] = geom.Clone() if geom is not None else None
            rows.append(row)
        data[name] = rows
    return data


def rid(layer: str, row: Row) -> str:
    """Human-readable record id for messages."""
    return f"{layer} {row.get(ID_FIELD[layer])}"


def check_schema(path: Path) -> list[str]:
    """Layers, fields and field types match the fixed schema."""
    ds = ogr.Open(str(path))
    out = []
    for name, (_gtype, fields) in SCHEMAS.items():
        lyr = ds.GetLayerByName(name)
        if lyr is None:
            out.append(f"[schema] missing layer {name}")
            continue
        defn = lyr.GetLayerDefn()
        have = {
            defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetType()
            for i in range(defn.GetFieldCount())
        }
        out += [f"[schema] {name}.{f}: missing or wrong type" for f, t in fields if have.get(f) != t]
    return out


def check_unique_ids(data: dict[str, list[Row]]) -> list[str]:
    """Ids are present and unique in every layer."""
    out = []
    for layer, key in ID_FIELD.items():
        seen: set[object] = set()
        for row in data[layer]:
            value = row.get(key)
            if not value:
                out.append(f"[unique_ids] {layer}: record without {key}")
            elif value in seen:
                out.append(f"[unique_ids] {rid(layer, row)}: duplicate {key}")
            seen.add(value)
    return out


def valid_date(text: str) -> bool:
    """ISO 8601 calendar date at year, month or day precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if not ISO_DATE.match(text):
        return False
    try:
        dt.datetime.strptime(text, {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}[len(text)])
    except ValueError:
        return False
    return True


def check_provenance(data: dict[str, list[Row]]) -> list[str]:
    """Every record names a source title, an https URL and an ISO as-of date; required fields are filled."""
    out = []
    for layer in ("ascn_cities", "projects", "flood_coverage", "claims"):
        for row in data[layer]:
            if not row.get("source_title"):
                out.append(f"[provenance] {rid(layer, row)}: missing source_title")
            url = urlparse(str(row.get("source_url") or ""))
            if url.scheme != "https" or not url.netloc:
                out.append(f"[provenance] {rid(layer, row)}: source_url not https: {row.get('source_url')!r}")
            if not valid_date(str(row.get("as_of") or "")):
                out.append(f"[provenance] {rid(layer, row)}: as_of is not an ISO date: {row.get('as_of')!r}")
    for layer, fields in REQUIRED.items():
        for row in data[layer]:
            out += [f"[required] {rid(layer, row)}: {f} is empty" for f in fields if row.get(f) in (None, "")]
    return out


def check_enums(data: dict[str, list[Row]], isos: set[str]) -> list[str]:
    """Coded fields use known values; ISO codes exist; precision codes are 1-8."""
    out = []
    for layer, fields in ENUMS.items():
        for row in data[layer]:
            out += [
                f"[enum] {rid(layer, row)}: {f}={row.get(f)!r} not in {sorted(allowed)}"
                for f, allowed in fields.items()
                if row.get(f) not in allowed
            ]
    for layer, field in (
        ("ascn_cities", "country_iso2"),
        ("projects", "recipient_country"),
        ("flood_coverage", "country_iso2"),
    ):
        for row in data[layer]:
            codes = split(str(row.get(field) or ""))
            if not codes or any(c not in isos for c in codes):
                out.append(f"[enum] {rid(layer, row)}: {field}={row.get(field)!r} has an unknown ISO code")
    for layer in ("ascn_cities", "projects"):
        for row in data[layer]:
            p = row.get("location_precision")
            if p is not None and not 1 <= int(p) <= 8:
                out.append(f"[enum] {rid(layer, row)}: location_precision {p} not an AidData code 1-8")
    for row in data["claims"]:
        if row.get("preferred") not in (0, 1):
            out.append(f"[enum] {rid('claims', row)}: preferred must be 0 or 1")
    return out


def check_sectors(data: dict[str, list[Row]]) -> list[str]:
    """Every sector, focus-area, equivalence and DAC code exists in sectors; the crosswalk is complete."""
    tax = {str(r["code"]): str(r["taxonomy"]) for r in data["sectors"]}
    out = []

    def need(where: str, code: str, taxonomies: set[str]) -> None:
        if tax.get(code) not in taxonomies:
            out.append(f"[sector_codes] {where}: unknown {'/'.join(sorted(taxonomies))} code {code!r}")

    non_dac = {"presentation", "presentation_solution", "kearney", "ascn"}
    for row in data["projects"]:
        where = rid("projects", row)
        need(where, str(row.get("sector_primary") or ""), {"presentation"})
        codes = split(str(row.get("sectors") or ""))
        for code in codes:
            need(where, code, non_dac)
        if row.get("sector_primary") not in codes:
            out.append(f"[sector_codes] {where}: sector_primary missing from sectors")
        for d in split(str(row.get("dac_codes") or "")):
            need(where, f"dac.{d}", {"dac"})
    for row in data["ascn_cities"]:
        for code in split(str(row.get("focus_areas") or "")):
            need(rid("ascn_cities", row), code, {"ascn"})
    for row in data["sectors"]:
        where = rid("sectors", row)
        if row.get("parent_code"):
            need(where, str(row["parent_code"]), {"presentation"})
        for code in split(str(row.get("equivalents") or "")):
            need(where, code, non_dac)
        for d in split(str(row.get("dac_codes") or "")):
            if not re.fullmatch(r"\d{5}", d):
                out.append(f"[sector_codes] {where}: DAC code {d!r} is not five digits")
            need(where, f"dac.{d}", {"dac"})
    cats = [r for r in data["sectors"] if r["taxonomy"] == "presentation"]
    if len(cats) != 8:
        out.append(f"[crosswalk] sectors: expected 8 presentation categories, found {len(cats)}")
    for row in cats:
        eq = split(str(row.get("equivalents") or ""))
        for prefix in ("kearney.", "ascn."):
            if not any(e.startswith(prefix) for e in eq):
                out.append(f"[crosswalk] {rid('sectors', row)}: no {prefix[:-1]} equivalent")
    return out


def check_numbers(data: dict[str, list[Row]]) -> list[str]:
    """Amounts and station counts are not negative; years are plausible and start <= end."""
    out = []
    for layer in ("projects", "flood_coverage"):
        for row in data[layer]:
            for f in ("amount_usd", "stations"):
                if row.get(f) is not None and float(row[f]) < 0:
                    out.append(f"[amounts] {rid(layer, row)}: {f} is negative ({row[f]})")
            for f in ("start_year", "end_year"):
                if row.get(f) is not None and not 1900 <= int(row[f]) <= 2100:
                    out.append(f"[years] {rid(layer, row)}: {f}={row[f]} out of range")
            if (
                row.get("start_year") is not None
                and row.get("end_year") is not None
                and row["start_year"] > row["end_year"]
            ):
                out.append(
                    f"[years] {rid(layer, row)}: start_year {row['start_year']} after end_year "
                    f"{row['end_year']}"
                )
    for row in data["ascn_cities"]:
        if row.get("year_joined") is not None and not 2018 <= int(row["year_joined"]) <= 2100:
            out.append(f"[years] {rid('ascn_cities', row)}: year_joined={row['year_joined']} out of range")
    return out


def check_city_ids(data: dict[str, list[Row]]) -> list[str]:
    """City ids follow ascn_<iso2>_<slug> and every referenced city id exists."""
    out = []
    cities = {str(r["city_id"]) for r in data["ascn_cities"]}
    for row in data["ascn_cities"]:
        m = CITY_ID.match(str(row["city_id"]))
        if not m or m.group(1).upper() != row.get("country_iso2"):
            out.append(f"[city_ids] {rid('ascn_cities', row)}: id must be ascn_<iso2 of country_iso2>_<slug>")
    for row in data["projects"]:
        ids = split(str(row.get("city_ids") or ""))
        out += [f"[city_ids] {rid('projects', row)}: unknown city id {c!r}" for c in ids if c not in cities]
        primary = str(row.get("city_id") or "")
        if primary and primary not in cities:
            out.append(f"[city_ids] {rid('projects', row)}: unknown city_id {primary!r}")
        if primary and primary not in ids:
            out.append(f"[city_ids] {rid('projects', row)}: city_id not listed in city_ids")
    return out


class Countries:
    """Natural Earth country polygons keyed by ISO alpha-2."""

    def __init__(self, world_map: Path) -> None:
        ds = ogr.Open(str(world_map))
        self.geoms: dict[str, ogr.Geometry] = {}
        for f in ds.GetLayerByName("countries"):
            iso, geom = f.GetField("iso_a2"), f.GetGeometryRef()
            if iso and iso != "-99" and geom is not None:
                self.geoms[iso] = geom.Clone() if iso not in self.geoms else self.geoms[iso].Union(geom)

    def place(self, pt: ogr.Geometry, isos: list[str]) -> str | None:
        """None if the point lies in (or, on a coast, near) one of ``isos``; else the problem."""
        x, y = pt.GetX(), pt.GetY()
        mine = [self.geoms[i] for i in isos if i in self.geoms]
        if any(g.Contains(pt) for g in mine):
            return None
        swapped = ogr.CreateGeometryFromWkt(f"POINT ({y} {x})")
        if -90 <= x <= 90 and any(g.Contains(swapped) for g in mine):
            return f"lat/lon swapped (lon {x}, lat {y}; swapped, the point falls in {'/'.join(isos)})"
        if not (-180 <= x <= 180 and -90 <= y <= 90):
            return f"coordinates out of range (lon {x}, lat {y})"
        other = next((i for i, g in self.geoms.items() if i not in isos and g.Contains(pt)), None)
        if other is None and mine and min(g.Distance(pt) for g in mine) <= COAST_TOLERANCE_DEG:
            return None
        return f"point (lon {x}, lat {y}) outside {'/'.join(isos)}" + (f", inside {other}" if other else "")


def check_geometries(data: dict[str, list[Row]], countries: Countries) -> list[str]:
    """Geometries exist, are valid and of the right type, and lie in their countries."""
    out = []
    kinds = {
        "ascn_cities": ogr.wkbPoint,
        "projects": ogr.wkbMultiPoint,
        "flood_coverage": ogr.wkbMultiPolygon,
    }
    for layer, kind in kinds.items():
        iso_field = "recipient_country" if layer == "projects" else "country_iso2"
        for row in data[layer]:
            geom, where = row["_geom"], rid(layer, row)
            if geom is None or geom.IsEmpty():
                if layer == "projects" and row.get("location_precision") is None and row.get("location_note"):
                    continue  # unmappable programme: documented in location_note
                out.append(f"[geometry] {where}: missing geometry")
                continue
            if ogr.GT_Flatten(geom.GetGeometryType()) != kind:
                out.append(
                    f"[geometry] {where}: geometry type {geom.GetGeometryName()} "
                    f"is not {ogr.GeometryTypeToName(kind)}"
                )
            if not geom.IsValid():
                out.append(f"[geometry] {where}: invalid geometry")
                continue
            isos = split(str(row.get(iso_field) or ""))
            if layer == "flood_coverage":
                inside = geom.Intersection(countries_union(countries, isos))
                if geom.GetArea() <= 0 or inside.GetArea() < 0.98 * geom.GetArea():
                    out.append(f"[country] {where}: polygon not within {'/'.join(isos)}")
                continue
            points = (
                [geom]
                if kind == ogr.wkbPoint
                else [geom.GetGeometryRef(i) for i in range(geom.GetGeometryCount())]
            )
            for pt in points:
                problem = countries.place(pt, isos)
                if problem:
                    out.append(f"[country] {where}: {problem}")
            if layer == "projects" and row.get("location_precision") is None:
                out.append(f"[geometry] {where}: located project without location_precision")
    return out


def countries_union(countries: Countries, isos: list[str]) -> ogr.Geometry:
    """Union of the given countries (empty collection if none known)."""
    geom = ogr.Geometry(ogr.wkbGeometryCollection)
    for iso in isos:
        if iso in countries.geoms:
            geom = geom.Union(countries.geoms[iso])
    return geom


def check_claims(data: dict[str, list[Row]]) -> list[str]:
    """Claims point at real records, one preferred value per field, which the record itself carries."""
    out = []
    records = {
        str(r[ID_FIELD[layer]]): (layer, r)
        for layer in ("projects", "flood_coverage", "ascn_cities")
        for r in data[layer]
    }
    preferred: dict[tuple[str, str], int] = {}
    non_preferred: set[str] = set()
    for c in data["claims"]:
        where, key = rid("claims", c), str(c.get("record_id"))
        if key not in records:
            out.append(f"[claims] {where}: record_id {key!r} not found")
            continue
        if c.get("preferred") == 1:
            preferred[(key, str(c["field"]))] = preferred.get((key, str(c["field"])), 0) + 1
            layer, rec = records[key]
            if c["field"] in rec and not same(rec[str(c["field"])], str(c["value"])):
                out.append(
                    f"[claims] {where}: {layer} {key}.{c['field']}={rec[str(c['field'])]!r} "
                    f"differs from preferred claim {c['value']!r}"
                )
        else:
            non_preferred.add(key)
    out += [f"[claims] {k[0]}: {n} preferred claims for {k[1]}" for k, n in preferred.items() if n > 1]
    for key in sorted(non_preferred):
        layer, rec = records[key]
        if layer == "projects" and not rec.get("conflicting_claims"):
            out.append(f"[claims] {layer} {key}: has a non-preferred claim but empty conflicting_claims")
    return out


def same(value: object, text: str) -> bool:
    """Compare a stored field value with a claim's text value."""
    if value is None:
        return text == ""
    if isinstance(value, (int, float)):
        return abs(float(value) - float(text)) < 1e-6
    return str(value) == text


def check_verified(data: dict[str, list[Row]]) -> list[str]:
    """Every record's source URL was checked (a ``verified`` date in ``sources``); only a URL seen in a
    stored copy (url_status ``verified``) may back a record or claim of ``high`` confidence."""
    out = []
    by_url: dict[str, Row] = {}
    for src in data["sources"]:
        by_url.setdefault(str(src.get("url") or ""), src)
        checked = str(src.get("verified") or "")
        if checked and not valid_date(checked):
            out.append(f"[verified] {rid('sources', src)}: verified is not an ISO date: {checked!r}")
    for layer in ("ascn_cities", "projects", "flood_coverage", "claims"):
        for row in data[layer]:
            src = by_url.get(str(row.get("source_url") or ""))
            if src is None:
                out.append(f"[verified] {rid(layer, row)}: source_url is not in the sources table")
                continue
            if not valid_date(str(src.get("verified") or "")):
                out.append(
                    f"[verified] {rid(layer, row)}: source {src['source_id']} has no verified date (URL never checked)"
                )
            level = row.get("status_confidence" if layer == "ascn_cities" else "confidence")
            if level == "high" and src.get("url_status") != "verified":
                out.append(
                    f"[verified] {rid(layer, row)}: confidence high, but source {src['source_id']} is "
                    f"{src.get('url_status')!r} (not seen in a stored copy)"
                )
    return out


def area_km2(geom: ogr.Geometry) -> float:
    """Area of a lon/lat polygon in square kilometres (equal-area projection)."""
    wgs84, equal_area = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    equal_area.ImportFromEPSG(EQUAL_AREA_EPSG)
    for srs in (wgs84, equal_area):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    projected = geom.Clone()
    projected.Transform(osr.CoordinateTransformation(wgs84, equal_area))
    return projected.GetArea() / 1e6


def check_flood_area(data: dict[str, list[Row]]) -> list[str]:
    """No flood polygon exceeds its system's stated area by more than FLOOD_AREA_FACTOR; a system
    without a stated area says why in ``area_note``."""
    out = []
    for row in data["flood_coverage"]:
        stated, geom = row.get("stated_area_km2"), row["_geom"]
        if stated is None:
            if not row.get("area_note"):
                out.append(f"[flood_area] {rid('flood_coverage', row)}: no stated_area_km2 and no area_note saying why")
            continue
        if float(stated) <= 0:
            out.append(f"[flood_area] {rid('flood_coverage', row)}: stated_area_km2 must be positive ({stated})")
            continue
        if geom is None or geom.IsEmpty():
            continue  # reported by check_geometries
        drawn = area_km2(geom)
        if drawn > FLOOD_AREA_FACTOR * float(stated):
            out.append(
                f"[flood_area] {rid('flood_coverage', row)}: polygon is {drawn:,.0f} km2, more than "
                f"{FLOOD_AREA_FACTOR} x the stated {float(stated):,.0f} km2"
            )
    return out


def check_indexes(path: Path) -> list[str]:
    """Spatial (R-tree) indexes on every geometry layer and attribute indexes on filter columns."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        indexed = {
            (r[0], r[1])
            for r in con.execute(
                "SELECT m.tbl_name, i.name FROM sqlite_master m, pragma_index_info(m.name) i "
                "WHERE m.type = 'index'"
            )
        }
    out = [
        f"[indexes] {layer}: no spatial index"
        for layer, (g, _f) in SCHEMAS.items()
        if g != ogr.wkbNone and f"rtree_{layer}_geom" not in names
    ]
    out += [
        f"[indexes] {layer}.{col}: no attribute index"
        for layer, cols in INDEXES.items()
        for col in cols
        if (layer, col) not in indexed
    ]
    return out


def validate(gpkg: Path, world_map: Path) -> list[str]:
    """Run every check; return the failure messages (empty when the data is clean)."""
    schema = check_schema(gpkg)
    if schema:
        return schema
    data = read(gpkg)
    countries = Countries(world_map)
    return (
        check_unique_ids(data)
        + check_provenance(data)
        + check_enums(data, set(countries.geoms))
        + check_sectors(data)
        + check_numbers(data)
        + check_city_ids(data)
        + check_geometries(data, countries)
        + check_claims(data)
        + check_verified(data)
        + check_flood_area(data)
        + check_indexes(gpkg)
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gpkg", nargs="?", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--world-map", help="Natural Earth world_map.gpkg (default: the one shipped with QGIS)")
    args = ap.parse_args(argv)
    if not args.gpkg.is_file():
        print(f"no such file: {args.gpkg} (run scripts/build_data.py first)")
        return 1
    failures = validate(args.gpkg, find_world_map(args.world_map))
    for line in failures:
        print(line)
    if failures:
        print(f"FAILED: {len(failures)} problem(s) in {args.gpkg}")
        return 1
    data = read(args.gpkg)
    print(f"OK {args.gpkg}: " + ", ".join(f"{k}={len(v)}" for k, v in data.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
