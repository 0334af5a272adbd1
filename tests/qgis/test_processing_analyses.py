"""smartcity:cooperationmatrix, smartcity:floodcoverage and the shipped model, via processing.run.

Every number is checked against an independent computation on the GeoPackage: sqlite3
for counts and money, shapely for point-in-polygon, pyproj.Geod for geodesic distances.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

import numpy as np
import pytest
from pyproj import Geod
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsVectorLayer,
)
from shapely import wkb

import smartcity_plugin
from smartcity_plugin.toolbelt.paths import bundled_data_path, resources_path

GEOD = Geod(ellps="WGS84")
CATEGORIES = ["security", "health", "mobility", "energy", "water", "waste", "egov", "participation"]
MODEL = resources_path("models", "filtered_cooperation_matrix.model3")


def run(algorithm: str, **parameters):
    import processing

    return processing.run(f"smartcity:{algorithm}", parameters)


# Independent readings of the GeoPackage --------------------------------------------

def query(sql: str, *args) -> list:
    with sqlite3.connect(f"file:{bundled_data_path()}?mode=ro", uri=True) as connection:
        return connection.execute(sql, args).fetchall()


def gpkg_geometry(blob: bytes):
    """shapely geometry of a GeoPackage geometry blob (header, then standard WKB)."""
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 0b111]
    return wkb.loads(bytes(blob[8 + envelope:]))


def city_points() -> dict:
    return {city: gpkg_geometry(geom) for city, geom in query("SELECT city_id, geom FROM ascn_cities")}


def coverage_areas() -> dict:
    return {sid: (funder, gpkg_geometry(geom))
            for sid, funder, geom in query("SELECT system_id, funder_country, geom FROM flood_coverage")}


def boundary_points(polygon, step_degrees: float = 0.002) -> np.ndarray:
    """Points every ``step_degrees`` along the polygon's rings (straight edges in lon/lat)."""
    parts = []
    polygons = getattr(polygon, "geoms", [polygon])
    for poly in polygons:
        for ring in [poly.exterior, *poly.interiors]:
            xy = np.asarray(ring.coords)
            for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:]):
                n = max(int(np.hypot(x1 - x0, y1 - y0) / step_degrees), 1)
                t = np.arange(n) / n
                parts.append(np.column_stack([x0 + t * (x1 - x0), y0 + t * (y1 - y0)]))
    return np.vstack(parts)


def geodesic_km(point, polygon) -> float:
    """Geodesic distance (WGS 84) from a point to the nearest sampled boundary point, or 0 inside."""
    if polygon.intersects(point):
        return 0.0
    xy = boundary_points(polygon)
    lon = np.full(len(xy), point.x)
    lat = np.full(len(xy), point.y)
    _, _, metres = GEOD.inv(lon, lat, xy[:, 0], xy[:, 1])
    return float(metres.min()) / 1000.0


def project_rows() -> list[dict]:
    names = ("project_id", "donor_country", "sector_primary", "sectors", "city_ids", "amount_usd", "finance_type",
             "geom")
    return [dict(zip(names, row)) for row in query(f"SELECT {', '.join(names)} FROM projects")]


def categories_of(row: dict, sectors: dict) -> set:
    """Presentation categories of a project: a category itself, a solution its parent."""
    found = set()
    for tag in [row["sector_primary"], *(row["sectors"] or "").split(";")]:
        taxonomy, parent = sectors.get(tag, (None, None))
        if taxonomy == "presentation":
            found.add(tag)
        elif taxonomy == "presentation_solution" and sectors.get(parent, (None,))[0] == "presentation":
            found.add(parent)
    return found


def expected_matrix(rows: list[dict]) -> dict:
    """city → {"donors"/"finance": {code: [projects, usd, unknown]}, "sectors": {category: {donor: n}}, ...}."""
    sectors = {code: (taxonomy, parent) for code, taxonomy, parent in
               query("SELECT code, taxonomy, parent_code FROM sectors")}
    cities = {c: {"donors": defaultdict(lambda: [0, 0.0, 0]), "finance": defaultdict(lambda: [0, 0.0, 0]),
                  "sectors": defaultdict(lambda: defaultdict(int)), "sector_usd": defaultdict(float), "multi": 0}
              for (c,) in query("SELECT city_id FROM ascn_cities")}
    for row in rows:
        named = [c for c in (row["city_ids"] or "").split(";") if c]
        for city in named:
            if city not in cities:
                continue
            for entry in (cities[city]["donors"][row["donor_country"]],
                          cities[city]["finance"][row["finance_type"] or "unknown"]):
                entry[0] += 1
                if row["amount_usd"] is None:
                    entry[2] += 1
                else:
                    entry[1] += row["amount_usd"]
            for category in categories_of(row, sectors):
                cities[city]["sectors"][category][row["donor_country"]] += 1
                cities[city]["sector_usd"][(category, row["donor_country"])] += row["amount_usd"] or 0.0
            cities[city]["multi"] += len(named) > 1
    return cities


def expected_money(entry) -> object:
    """Dollars of a [projects, usd, unknown] entry: NULL when none of its projects publishes one."""
    return NULL if entry[0] and entry[0] == entry[2] else pytest.approx(entry[1])


def expected_score(city: dict) -> float:
    us = {c for c, donors in city["sectors"].items() if "US" in donors}
    kr = {c for c, donors in city["sectors"].items() if "KR" in donors}
    gaps = len([c for c in CATEGORIES if c not in city["sectors"]])
    foothold = "US" in city["donors"] or "KR" in city["donors"]
    return 2 * len(us & kr) + len(us ^ kr) + 0.5 * gaps * foothold


def features(layer) -> dict:
    return {f["city_id"]: f for f in layer.getFeatures()}


# Cooperation matrix ------------------------------------------------------------------

def test_matrix_per_city_matches_sqlite(provider, tmp_path):
    target = tmp_path / "matrix.gpkg"
    result = run("cooperationmatrix", OUTPUT=str(target), MATRIX=str(tmp_path / "table.gpkg"))
    expected = expected_matrix(project_rows())
    layer = QgsVectorLayer(str(target), "cities", "ogr")
    cities = features(layer)
    assert set(cities) == set(expected) and len(cities) == 31
    for city_id, want in expected.items():
        got = cities[city_id]
        donors = want["donors"]
        assert got["projects"] == sum(d[0] for d in donors.values()), city_id
        assert got["without_amount"] == sum(d[2] for d in donors.values()), city_id
        for donor in ("US", "KR", "CN"):
            assert got[f"{donor.lower()}_projects"] == donors.get(donor, [0])[0], (city_id, donor)
            assert got[f"{donor.lower()}_usd"] == expected_money(donors.get(donor, [0, 0.0, 0])), (city_id, donor)
        for kind in ("grant", "loan", "commercial", "in_kind", "unknown"):
            want_money = expected_money(want["finance"].get(kind, [0, 0.0, 0]))
            assert got[f"finance_{kind}_usd"] == want_money, (city_id, kind)
        assert "amount_usd" not in layer.fields().names()  # no grand total mixing aid and investment
        assert bool(got["us_korea"]) == ("US" in donors and "KR" in donors), city_id
        covered = [c for c in CATEGORIES if c in want["sectors"]]
        assert got["sectors_covered"] == ";".join(covered), city_id
        assert got["sectors_missing"] == ";".join(c for c in CATEGORIES if c not in want["sectors"]), city_id
        assert got["covered_count"] == len(covered)
        assert got["multi_city_projects"] == want["multi"], city_id
        assert got["opening_score"] == pytest.approx(expected_score(want)), city_id
    assert result["US_KOREA_CITIES"] == sum(1 for w in expected.values() if {"US", "KR"} <= set(w["donors"]))


def test_matrix_table_rows_match_sqlite(provider):
    result = run("cooperationmatrix", OUTPUT="memory:", MATRIX="memory:")
    expected = expected_matrix(project_rows())
    rows = {(f["city_id"], f["sector"]): f for f in result["MATRIX"].getFeatures()}
    assert len(rows) == 31 * 8
    for city_id, want in expected.items():
        for category in CATEGORIES:
            row = rows[(city_id, category)]
            donors = want["sectors"].get(category, {})
            assert row["projects"] == sum(donors.values()), (city_id, category)
            assert bool(row["covered"]) == bool(donors)
            assert row["us_projects"] == donors.get("US", 0) and row["kr_projects"] == donors.get("KR", 0)
            for donor in ("US", "KR", "CN"):
                usd = row[f"{donor.lower()}_usd"]
                assert (usd if usd != NULL else 0.0) == pytest.approx(want["sector_usd"][(category, donor)])
            assert bool(row["us_korea"]) == ("US" in donors and "KR" in donors)
            status = {(True, True): "both", (True, False): "us_only", (False, True): "kr_only"}
            assert row["us_korea_status"] == status.get(("US" in donors, "KR" in donors), "neither")
    assert rows[("ascn_id_jakarta", "water")]["us_korea_status"] == "kr_only"
    assert rows[("ascn_id_jakarta", "mobility")]["us_korea_status"] == "us_only"


def test_filter_parameters_apply(provider):
    result = run("cooperationmatrix", DONORS="KR", SECTORS="security", CITIES="ascn_id_jakarta,ascn_la_vientiane",
                 OUTPUT="memory:", MATRIX="memory:")
    cities = features(result["OUTPUT"])
    assert set(cities) == {"ascn_id_jakarta", "ascn_la_vientiane"}
    for city_id, feature in cities.items():
        (count,) = query(
            "SELECT count(*) FROM projects WHERE donor_country = 'KR' AND instr(';' || city_ids || ';', ?) > 0 "
            "AND (sector_primary = 'security' OR instr(';' || sectors || ';', ';security;') > 0 "
            "OR instr(';' || sectors, ';security.') > 0)", f";{city_id};")[0]
        assert feature["kr_projects"] == count > 0
        assert feature["us_projects"] == 0 and feature["sectors_covered"].startswith("security")
    assert result["MATRIX"].featureCount() == 2 * 8


def test_matrix_output_field_types(provider, tmp_path):
    target = tmp_path / "types.gpkg"
    run("cooperationmatrix", OUTPUT=str(target), MATRIX=str(tmp_path / "table.gpkg"))
    with sqlite3.connect(target) as connection:
        (table,) = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()
        types = {row[1]: row[2] for row in connection.execute(f'PRAGMA table_info("{table}")')}
    integer = ("INTEGER", "MEDIUMINT")  # OGR writes 32-bit integers as MEDIUMINT
    assert {types["projects"], types["kr_projects"], types["without_amount"]} <= set(integer)
    assert types["finance_grant_usd"] == types["us_usd"] == types["opening_score"] == "REAL"
    assert types["us_korea"] == "BOOLEAN"
    assert types["year_joined"] in integer  # the cities' years stay integers
    assert types["sectors_missing"] == "TEXT"


def test_matrix_bad_parameters(provider, projects_layer):
    with pytest.raises(QgsProcessingException, match="Unknown sector: flood"):
        run("cooperationmatrix", SECTORS="water,flood", OUTPUT="memory:", MATRIX="memory:")
    with pytest.raises(QgsProcessingException, match="start year 2024 is after the end year 2020"):
        run("cooperationmatrix", YEAR_FROM=2024, YEAR_TO=2020, OUTPUT="memory:", MATRIX="memory:")
    with pytest.raises(QgsProcessingException, match="Unknown city id: ascn_xx_atlantis"):
        run("cooperationmatrix", CITIES="ascn_xx_atlantis", OUTPUT="memory:", MATRIX="memory:")
    nameless = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "towns", "memory")
    with pytest.raises(QgsProcessingException, match="towns lacks the fields the analysis needs: city_id"):
        run("cooperationmatrix", CITIES_LAYER=nameless, OUTPUT="memory:", MATRIX="memory:")
    bare = QgsVectorLayer("Point?crs=EPSG:4326&field=project_id:string", "bare", "memory")
    with pytest.raises(QgsProcessingException, match="bare lacks the fields the analysis needs: title"):
        run("cooperationmatrix", INPUT=bare, OUTPUT="memory:", MATRIX="memory:")


def test_matrix_on_a_layer_of_ones_own(provider, projects_layer):
    cities = QgsVectorLayer("Point?crs=EPSG:4326&field=city_id:string&field=name:string", "mine", "memory")
    feature = QgsFeature(cities.fields())
    feature.setAttributes(["c_tamky", "Tam Ky"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(108.47, 15.57)))
    cities.dataProvider().addFeatures([feature])
    result = run("cooperationmatrix", INPUT=projects_layer, CITIES_LAYER=cities, OUTPUT="memory:", MATRIX="memory:")
    (tam_ky,) = result["OUTPUT"].getFeatures()
    assert (tam_ky["projects"], tam_ky["kr_projects"], tam_ky["kr_usd"]) == (1, 1, 10_000_000.0)
    assert tam_ky["sectors_covered"] == "water;egov"  # catalogue order
    assert tam_ky["opening_score"] == 2 + 0.5 * 6


# Flood coverage ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def flood_result(qgis_processing, tmp_path_factory):
    plugin = smartcity_plugin.classFactory(None)
    plugin.initProcessing()
    folder = tmp_path_factory.mktemp("flood")
    result = run("floodcoverage", CITIES_OUTPUT=str(folder / "cities.gpkg"),
                 PROJECTS_OUTPUT=str(folder / "projects.gpkg"))
    plugin.unload()
    cities = QgsVectorLayer(str(folder / "cities.gpkg"), "cities", "ogr")
    projects = QgsVectorLayer(str(folder / "projects.gpkg"), "projects", "ogr")
    return result, {f["city_id"]: f for f in cities.getFeatures()}, {f["project_id"]: f for f in projects.getFeatures()}


def test_inside_and_funders_match_shapely(flood_result):
    result, cities, _ = flood_result
    areas = coverage_areas()
    for city_id, point in city_points().items():
        inside = sorted(sid for sid, (_, polygon) in areas.items() if polygon.intersects(point))
        got = cities[city_id]
        assert got["inside_systems"] == ";".join(inside), city_id
        assert got["inside_count"] == len(inside)
        assert bool(got["covered"]) == bool(inside)
        assert got["funders"] == ";".join(sorted({areas[s][0] for s in inside}))
        if inside:
            assert got["distance_km"] == 0.0 and got["nearest_system"] in inside
    outside = sum(1 for f in cities.values() if not f["covered"])
    assert result["CITIES_OUTSIDE"] == outside
    assert {"ascn_ph_manila", "ascn_vn_da_nang", "ascn_la_vientiane"} <= {c for c, f in cities.items() if f["covered"]}


@pytest.mark.parametrize("city_id", ["ascn_id_jakarta", "ascn_vn_hanoi", "ascn_ph_cebu_city", "ascn_ph_davao_city"])
def test_distance_checked_by_hand_with_pyproj_geod(flood_result, city_id):
    _, cities, _ = flood_result
    point = city_points()[city_id]
    distances = {sid: geodesic_km(point, polygon) for sid, (_, polygon) in coverage_areas().items()}
    nearest = min(distances, key=lambda s: (distances[s], s))
    got = cities[city_id]
    assert distances[nearest] > 10  # outside: a real distance, not a zero
    assert got["distance_km"] == pytest.approx(distances[nearest], abs=0.001)  # within 1 m
    assert got["nearest_system"] == nearest
    # the nearest vertex is never nearer than the nearest edge point
    funder, polygon = coverage_areas()[nearest]
    vertices = np.vstack([np.asarray(p.exterior.coords) for p in getattr(polygon, "geoms", [polygon])])
    _, _, metres = GEOD.inv(np.full(len(vertices), point.x), np.full(len(vertices), point.y),
                            vertices[:, 0], vertices[:, 1])
    assert got["distance_km"] <= metres.min() / 1000 + 1e-6
    assert got[f"km_to_{funder.lower()}"] == pytest.approx(got["distance_km"])


def test_distances_by_funder_and_for_multi_location_projects(flood_result):
    _, cities, projects = flood_result
    areas = coverage_areas()
    point = city_points()["ascn_ph_cebu_city"]
    for funder in ("KR", "JP"):
        want = min(geodesic_km(point, polygon) for f, polygon in areas.values() if f == funder)
        assert cities["ascn_ph_cebu_city"][f"km_to_{funder.lower()}"] == pytest.approx(want, abs=0.001)
    (geom,) = query("SELECT geom FROM projects WHERE project_id = 'us_dot_smart_mobility_pairs'")[0]
    parts = list(gpkg_geometry(geom).geoms)
    assert len(parts) == 3
    want = min(geodesic_km(part, polygon) for part in parts for _, polygon in areas.values())
    assert projects["us_dot_smart_mobility_pairs"]["distance_km"] == pytest.approx(want, abs=0.001)
    unplaced = projects["us_commerce_expert_advisors"]  # an ASEAN-wide programme without geometry
    assert unplaced["distance_km"] == NULL and unplaced["covered"] == NULL


def test_flood_output_field_types(flood_result):
    _, cities, _ = flood_result
    fields = next(iter(cities.values())).fields()
    kinds = {fields.at(i).name(): fields.at(i).typeName().lower() for i in range(fields.count())}
    assert kinds["inside_count"] in ("integer", "int4", "int") and kinds["distance_km"] in ("real", "double")
    assert kinds["covered"] in ("boolean", "bool")
    assert kinds["year_joined"] in ("integer", "mediumint", "int4", "int")


def test_flood_on_layers_of_ones_own_in_another_crs(provider):
    coverage = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=system_id:string&field=funder_country:string", "square", "memory")
    square = QgsFeature(coverage.fields())
    square.setAttributes(["sq", "KR"])
    square.setGeometry(QgsGeometry.fromWkt("POLYGON((100 10, 101 10, 101 11, 100 11, 100 10))"))
    coverage.dataProvider().addFeatures([square])
    towns = QgsVectorLayer("Point?crs=EPSG:3857&field=city_id:string", "towns", "memory")
    rows = []
    for city_id, lon, lat in (("north", 100.5, 12.0), ("inside", 100.5, 10.5)):
        feature = QgsFeature(towns.fields())
        feature.setAttributes([city_id])
        x, y = lon * 20037508.342789244 / 180, np.log(np.tan((90 + lat) * np.pi / 360)) * 6378137.0
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        rows.append(feature)
    towns.dataProvider().addFeatures(rows)
    result = run("floodcoverage", TARGETS=0, CITIES_LAYER=towns, COVERAGE_LAYER=coverage, CITIES_OUTPUT="memory:")
    assert "PROJECTS_OUTPUT" not in result
    got = {f["city_id"]: f for f in result["CITIES_OUTPUT"].getFeatures()}
    _, _, metres = GEOD.inv(100.5, 12.0, 100.5, 11.0)  # nearest point of the square: due south
    assert got["north"]["distance_km"] == pytest.approx(metres / 1000, abs=0.001)
    assert got["inside"]["distance_km"] == 0.0 and got["inside"]["inside_systems"] == "sq"
    assert result["CITIES_OUTPUT"].crs().authid() == "EPSG:3857"


def test_flood_bad_layers(provider, projects_layer):
    plain = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "zones", "memory")
    with pytest.raises(QgsProcessingException, match="coverage layer lacks the fields the analysis needs: system_id"):
        run("floodcoverage", COVERAGE_LAYER=plain, CITIES_OUTPUT="memory:", PROJECTS_OUTPUT="memory:")
    nameless = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "towns", "memory")
    with pytest.raises(QgsProcessingException, match="towns lacks the id field city_id"):
        run("floodcoverage", TARGETS=0, CITIES_LAYER=nameless, CITIES_OUTPUT="memory:")


def test_flood_exposure_api_for_the_dock(qgis_app):
    from smartcity_plugin.analysis.flood import flood_exposure
    from smartcity_plugin.layers.sources import open_data_layer

    feedback = QgsProcessingFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    result = flood_exposure(open_data_layer("ascn_cities"), "city_id", open_data_layer("flood_coverage"), feedback)
    assert len(result) == 31 and seen[-1] == 100
    manila = result["ascn_ph_manila"]
    assert manila.distance_km == 0.0 and manila.funders == ["KR"] and "kr_koica_pagasa_ews3_pmt" in manila.inside
    assert result["ascn_vn_hanoi"].inside == [] and result["ascn_vn_hanoi"].nearest_system == "kr_ndmi_vawr_north_vn"
    empty = QgsVectorLayer("Polygon?crs=EPSG:4326&field=system_id:string&field=funder_country:string", "e", "memory")
    nothing = flood_exposure(open_data_layer("ascn_cities"), "city_id", empty)
    assert nothing["ascn_vn_hanoi"].distance_km is None and nothing["ascn_vn_hanoi"].nearest_system is None


# Cancel, help, model -----------------------------------------------------------------

class CancelAfterFirstProgress(QgsProcessingFeedback):
    """Cancels as soon as the algorithm reports progress for the first time."""

    def __init__(self) -> None:
        super().__init__()
        self.reports: list[float] = []
        self.progressChanged.connect(self._cancel)

    def _cancel(self, progress: float) -> None:
        self.reports.append(progress)
        self.cancel()


@pytest.mark.parametrize("algorithm, outputs", [
    ("cooperationmatrix", {"OUTPUT": "memory:", "MATRIX": "memory:"}),
    ("floodcoverage", {"CITIES_OUTPUT": "memory:", "PROJECTS_OUTPUT": "memory:"}),
])
def test_cancel_stops_after_the_first_progress_report(provider, algorithm, outputs):
    import processing

    feedback = CancelAfterFirstProgress()
    result = processing.run(f"smartcity:{algorithm}", outputs, feedback=feedback)
    assert len(feedback.reports) == 1 and feedback.reports[0] < 100
    assert not set(outputs) & set(result)  # nothing half-written is handed back


def test_flood_exposure_stops_when_canceled(qgis_app):
    from smartcity_plugin.analysis.flood import flood_exposure
    from smartcity_plugin.layers.sources import open_data_layer

    feedback = CancelAfterFirstProgress()
    result = flood_exposure(open_data_layer("ascn_cities"), "city_id", open_data_layer("flood_coverage"), feedback)
    assert len(result) == 1


def test_every_algorithm_has_help_and_the_score_formula_is_in_it(provider):
    for algorithm in provider.algorithms():
        assert len(algorithm.shortHelpString()) > 200, algorithm.id()
    matrix_help = provider.algorithm("cooperationmatrix").shortHelpString()
    assert "Opening score</b> = 2.0 × S + 1.0 × O + 0.5 × G × F" in matrix_help
    assert "geodesic" in provider.algorithm("floodcoverage").shortHelpString()


def test_shipped_model_chains_filter_matrix_and_map(provider, tmp_path):
    import subprocess

    import processing

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    assert model.validate()[0]
    assert [model.childAlgorithm(c).algorithmId() for c in sorted(model.childAlgorithms())] == [
        "smartcity:cooperationmatrix", "smartcity:exportmap", "smartcity:filterprojects",
    ]
    result = processing.run(model, {
        "DONORS": "KR", "SECTORS": "security",
        "cooperationmatrix:City cooperation": "memory:", "cooperationmatrix:City x sector matrix": "memory:",
        "exportmap:Map": str(tmp_path / "map.pdf"),
    })
    text = subprocess.run(["pdftotext", result["exportmap:Map"], "-"], capture_output=True, text=True, check=True).stdout
    assert "Security projects funded by Korea" in " ".join(text.split())
    got = {f["city_id"]: f["kr_projects"] for f in result["cooperationmatrix:City cooperation"].getFeatures()}
    expected = defaultdict(int)
    for (city_ids,) in query(
        "SELECT city_ids FROM projects WHERE donor_country = 'KR' AND (sector_primary = 'security' "
        "OR instr(';' || sectors || ';', ';security;') > 0 OR instr(';' || sectors, ';security.') > 0)"
    ):
        for city in filter(None, (city_ids or "").split(";")):
            expected[city] += 1
    assert {c: n for c, n in got.items() if n} == dict(expected)
    assert sum(1 for f in result["cooperationmatrix:City cooperation"].getFeatures() if f["us_projects"]) == 0
