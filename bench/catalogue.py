"""Generated project catalogues of any size, with the real schema and indexes.

A catalogue is the bundled GeoPackage with its ``projects`` table replaced by ``n``
generated projects: same fields (from ``scripts/build_data.py``), same unique and
attribute indexes, a spatial index, real ASCN cities and sector codes. Rows come from
a seeded generator, so a catalogue is the same on every machine and the 1k catalogue is
the first thousand rows of the 10k one. Built files are cached under ``build/bench/``,
named by a hash of this generator and of the bundled cities and sectors; a change to
either builds anew.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from bench.paths import BUNDLED, CACHE

SEED = 20261124
DONORS = {  # code: (weight, agencies)
    "KR": (35, ("KOICA", "MOLIT", "Korea Land and Housing Corporation (LH)", "K-water", "KMA", "NDMI")),
    "US": (25, ("USAID", "U.S. Department of State", "U.S. Department of Commerce", "USTDA")),
    "JP": (15, ("JICA", "Government of Japan", "JOIN")),
    "CN": (8, ("China Development Bank", "CCCC", "Country Garden Group")),
    "XM": (17, ("ADB", "World Bank", "WMO", "UN-Habitat")),
}
FINANCE = (("grant", 70), ("loan", 10), ("commercial", 5), ("in_kind", 8), ("unknown", 7))
STATUSES = (("ongoing", 30), ("completed", 35), ("planned", 10), ("unknown", 25))
KINDS = ("pilot", "feasibility study", "capacity building", "platform", "master plan", "system")


@dataclass(frozen=True)
class City:
    """An ASCN city of the bundled data, where generated projects are placed."""

    city_id: str
    name: str
    country: str
    x: float
    y: float


@dataclass(frozen=True)
class Vocabulary:
    """What generated rows pick from: the bundled cities and presentation sectors."""

    cities: tuple[City, ...]
    sectors: dict[str, tuple[str, tuple[str, ...], str]]  # code: (name, solution codes, dac codes)

    def digest(self) -> str:
        """Stable hash of the vocabulary, part of the cache key."""
        return hashlib.sha256(repr((self.cities, sorted(self.sectors.items()))).encode()).hexdigest()


def read_vocabulary(bundled: Path = BUNDLED) -> Vocabulary:
    """Cities and presentation sectors of the bundled GeoPackage."""
    with sqlite3.connect(f"file:{bundled}?mode=ro", uri=True) as db:
        cities = tuple(
            City(city_id, name, country, *_point(blob))
            for city_id, name, country, blob in db.execute(
                "SELECT city_id, name, country_iso2, geom FROM ascn_cities ORDER BY city_id")
        )
        rows = db.execute("SELECT code, name, parent_code, dac_codes FROM sectors WHERE taxonomy IN "
                          "('presentation', 'presentation_solution') ORDER BY fid").fetchall()
    sectors = {
        code: (name, tuple(c for c, _, parent, _ in rows if parent == code), dac or "")
        for code, name, parent, dac in rows if not parent
    }
    return Vocabulary(cities, sectors)


def _point(blob: bytes) -> tuple[float, float]:
    """x, y of a GeoPackage point blob (header, optional envelope, little- or big-endian WKB)."""
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    wkb = blob[8 + envelope:]
    order = "<" if wkb[0] == 1 else ">"
    return struct.unpack(order + "dd", wkb[5:21])


def multipoint_blob(points: list[tuple[float, float]]) -> bytes:
    """A GeoPackage MultiPoint blob, EPSG:4326, little-endian, with its xy envelope."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    header = b"GP\x00\x03" + struct.pack("<i4d", 4326, min(xs), max(xs), min(ys), max(ys))
    body = struct.pack("<BII", 1, 4, len(points)) + b"".join(struct.pack("<BIdd", 1, 1, x, y) for x, y in points)
    return header + body


def _weighted(rng: random.Random, pairs) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def project_rows(n: int, vocabulary: Vocabulary) -> Iterator[dict]:
    """``n`` projects as dicts of the projects schema's fields plus ``geom``; the same every time."""
    rng = random.Random(SEED)
    donors = [(code, weight) for code, (weight, _) in DONORS.items()]
    by_country: dict[str, list[City]] = {}
    for city in vocabulary.cities:
        by_country.setdefault(city.country, []).append(city)
    countries = sorted(by_country)
    sector_codes = sorted(vocabulary.sectors)
    for index in range(n):
        donor = _weighted(rng, donors)
        roll = rng.random()
        if roll < 0.05:  # a regional programme: several countries, no city, no point
            places: list[City] = []
            recipients = sorted(rng.sample(countries, rng.randint(3, len(countries))))
        else:
            first = rng.choice(vocabulary.cities)
            places = [first]
            if roll > 0.93:
                places.append(rng.choice(by_country[first.country]))
            recipients = [first.country]
            if roll > 0.97:
                recipients.append(rng.choice(countries))
            if roll < 0.15:  # a national project: the country, no city
                places = []
        city_ids = list(dict.fromkeys(c.city_id for c in places))
        primary = rng.choice(sector_codes)
        name, solutions, dac = vocabulary.sectors[primary]
        tags = [primary] + rng.sample(solutions, min(len(solutions), rng.randint(0, 2)))
        if rng.random() < 0.2:
            tags.append(rng.choice(sector_codes))
        start = None if rng.random() < 0.05 else rng.randint(2010, 2026)
        end = None if start is None or rng.random() < 0.2 else start + rng.randint(0, 6)
        amount = None if rng.random() < 0.4 else round(10 ** rng.uniform(4.5, 8.5), -3)
        title = f"{name} {rng.choice(KINDS)} in {places[0].name if places else recipients[0]} #{index + 1}"
        points = [(c.x + rng.uniform(-0.2, 0.2), c.y + rng.uniform(-0.2, 0.2)) for c in places]
        yield {
            "project_id": f"bench_{index + 1:07d}", "title": title, "donor_country": donor,
            "donor_name": donor, "agency": rng.choice(DONORS[donor][1]), "partners": None,
            "recipient_country": ";".join(recipients), "city_id": city_ids[0] if city_ids else None,
            "city_ids": ";".join(city_ids) or None, "sector_primary": primary,
            "sectors": ";".join(dict.fromkeys(tags)), "dac_codes": dac or None,
            "status": _weighted(rng, STATUSES), "start_year": start, "end_year": end,
            "amount_usd": amount, "amount_note": None if amount else "not published",
            "finance_type": _weighted(rng, FINANCE), "location_precision": 2 if places else 9,
            "location_note": None, "source_title": "Generated for benchmarks",
            "source_url": "https://example.org/bench", "as_of": "2026-11", "confidence": "low",
            "conflicting_claims": None,
            "notes": None, "geom": multipoint_blob(points) if points else None,
        }


def cache_key(n: int, vocabulary: Vocabulary) -> str:
    """Hash of the generator's source, the vocabulary and ``n``: a new one builds a new file."""
    source = Path(__file__).read_bytes()
    return hashlib.sha256(source + vocabulary.digest().encode() + str(n).encode()).hexdigest()[:12]


def catalogue(n: int, cache: Path = CACHE) -> Path:
    """The catalogue of ``n`` projects, built once and then reused."""
    vocabulary = read_vocabulary()
    path = cache / f"projects_{n}_{cache_key(n, vocabulary)}.gpkg"
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob(f"projects_{n}_*.gpkg"):  # an older generator's file
            old.unlink()
        partial = path.with_name(f".{path.stem}.{os.getpid()}.partial.gpkg")
        try:
            build(partial, n, vocabulary)
            os.replace(partial, path)
        finally:
            for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
                leftover.unlink(missing_ok=True)
    return path


def build(path: Path, n: int, vocabulary: Vocabulary) -> None:
    """Write the bundled GeoPackage with ``n`` generated projects to ``path``."""
    import build_data  # scripts/: the real schema and index lists
    from osgeo import ogr

    with sqlite3.connect(f"file:{BUNDLED}?mode=ro", uri=True) as source, sqlite3.connect(path) as target:
        source.backup(target)  # every other table as shipped, with its indexes
        # QGIS leaves the bundled file in WAL mode; a single file is what can be renamed into place.
        target.execute("PRAGMA journal_mode=DELETE")
    ogr.UseExceptions()
    geometry, fields = build_data.SCHEMAS["projects"]
    ds = ogr.Open(str(path), 1)
    ds.DeleteLayer("projects")
    # No spatial index yet: its triggers call GDAL's SQL functions, which sqlite3 lacks.
    layer = ds.CreateLayer("projects", build_data.wgs84(), geometry,
                           options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"])
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    ds = layer = None
    names = [name for name, _ in fields] + ["geom"]
    insert = f"INSERT INTO projects ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"  # nosec B608
    xs, ys = [c.x for c in vocabulary.cities], [c.y for c in vocabulary.cities]
    with sqlite3.connect(path) as db:
        db.executemany(insert, ([row[name] for name in names] for row in project_rows(n, vocabulary)))
        db.execute("UPDATE gpkg_contents SET min_x = ?, max_x = ?, min_y = ?, max_y = ? WHERE table_name = 'projects'",
                   (min(xs) - 0.2, max(xs) + 0.2, min(ys) - 0.2, max(ys) + 0.2))
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = 'projects'", (n,))
        key = build_data.ID_FIELD["projects"]
        db.execute(f'CREATE UNIQUE INDEX "uq_projects_{key}" ON projects ("{key}")')
        for column in build_data.INDEXES["projects"]:
            db.execute(f'CREATE INDEX "idx_projects_{column}" ON projects ("{column}")')
    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL("SELECT CreateSpatialIndex('projects', 'geom')")
    ds = None
