"""Tests for the bundled dataset: build, content, determinism and every validator check.

Run: /usr/bin/python3 -m pytest -p no:qgis tests/data   (needs osgeo, not the QGIS bindings)
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ogr = pytest.importorskip("osgeo.ogr")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_data  # noqa: E402
import validate_data  # noqa: E402


@pytest.fixture(scope="session")
def world_map() -> Path:
    """The Natural Earth world_map.gpkg shipped with QGIS."""
    try:
        return build_data.find_world_map()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, world_map: Path) -> Path:
    """One build of the dataset shared by read-only tests."""
    return build_data.build(tmp_path_factory.mktemp("build") / "cooperation.gpkg", world_map=world_map)


@pytest.fixture()
def broken(tmp_path: Path, built: Path) -> Path:
    """A private copy of the built dataset that a test may damage."""
    return Path(shutil.copy(built, tmp_path / "broken.gpkg"))


def rows(path: Path, layer: str) -> list[dict]:
    """All features of a layer as dicts (geometry under '_geom')."""
    return validate_data.read(path)[layer]


def by_id(path: Path, layer: str) -> dict[str, dict]:
    """Features keyed by their id field."""
    key = build_data.ID_FIELD[layer]
    return {r[key]: r for r in rows(path, layer)}


def test_ascn_counts(built: Path) -> None:
    cities = rows(built, "ascn_cities")
    status = [c["ascn_status"] for c in cities]
    assert status.count("pilot_2018") == 26
    assert status.count("member_2023") == 3
    reported = {
        c["name"]: c["status_confidence"] for c in cities if c["ascn_status"] == "member_2024_reported"
    }
    # Indonesia's Ministry of Home Affairs (ASCN Shepherd) named both in June 2024 (Antara).
    assert reported == {"Sumedang": "high", "Sihanoukville": "high"}
    assert len(cities) == 31
    assert {c["name"] for c in cities if c["ascn_status"] == "member_2023"} == {
        "Chiang Mai",
        "Khon Kaen",
        "Rayong",
    }


def test_local_names(built: Path) -> None:
    cities = by_id(built, "ascn_cities")
    assert cities["ascn_vn_da_nang"]["name_local"] == "Đà Nẵng"
    assert cities["ascn_th_bangkok"]["name_local"] == "กรุงเทพมหานคร"
    assert cities["ascn_kh_phnom_penh"]["name_local"] == "ភ្នំពេញ"
    assert cities["ascn_la_luang_prabang"]["name_local"] == "ຫຼວງພະບາງ"
    assert cities["ascn_mm_yangon"]["name_local"] == "ရန်ကုန်"


def test_projects_cover_the_required_strands(built: Path) -> None:
    projects = by_id(built, "projects")
    assert len(projects) >= 40
    wise = [p for p in projects if p.startswith("us_wise_")]
    assert len(wise) == 5 and all(projects[p]["city_id"] for p in wise)
    for pid in (
        "us_scbif",
        "us_dot_smart_mobility_pairs",
        "us_usaid_vleep2",
        "us_usaid_mekong_coastal_habitat",
        "kr_koica_tam_ky_smart_city",
        "kr_koica_hue_smart_tourism",
        "kr_mois_da_nang_ensure",
        "kr_kwater_nasa_satellite_water",
        "kr_kdi_mrc_ksp_2020",
        "cn_forest_city_johor",
        "cn_new_manila_bay_city_of_pearl",
        "cn_eec_thailand",
        "cn_new_yangon_city",
        "jp_join_new_clark_city",
    ):
        assert pid in projects, pid
    assert sum(p.startswith("kr_kcity_") for p in projects) >= 5
    assert sum(p.startswith("kr_lh_") for p in projects) >= 3
    assert {p["donor_country"] for p in projects.values()} >= {"US", "KR", "CN", "JP", "AU", "SG", "XM"}


def test_multi_location_project_is_one_feature(built: Path) -> None:
    dot = by_id(built, "projects")["us_dot_smart_mobility_pairs"]
    assert dot["_geom"].GetGeometryCount() == 3
    assert dot["city_ids"].split(";") == ["ascn_id_jakarta", "ascn_my_johor_bahru", "ascn_th_phuket"]


def test_tam_ky_keeps_both_claims(built: Path) -> None:
    tam_ky = by_id(built, "projects")["kr_koica_tam_ky_smart_city"]
    assert (tam_ky["amount_usd"], tam_ky["start_year"], tam_ky["end_year"]) == (10_000_000, 2021, 2025)
    assert "11" in tam_ky["conflicting_claims"] and "2020" in tam_ky["conflicting_claims"]
    claims = {
        (c["field"], c["value"]): c["preferred"]
        for c in rows(built, "claims")
        if c["record_id"] == tam_ky["project_id"]
    }
    assert claims[("amount_usd", "10000000")] == 1 and claims[("amount_usd", "11000000")] == 0
    assert claims[("start_year", "2021")] == 1 and claims[("start_year", "2020")] == 0


def test_new_clark_city_corrected(built: Path) -> None:
    ncc = by_id(built, "projects")["jp_join_new_clark_city"]
    assert ncc["donor_country"] == "JP" and ncc["recipient_country"] == "PH"
    assert "China Construction" in ncc["conflicting_claims"]


def test_flood_coverage(built: Path) -> None:
    flood = rows(built, "flood_coverage")
    countries = {iso for f in flood for iso in f["country_iso2"].split(";")}
    assert countries >= {"PH", "ID", "VN", "LA"}
    assert {f["geometry_basis"] for f in flood} >= {"admin1_union", "basin_approx", "country"}
    assert {f["funder_country"] for f in flood} >= {"KR", "JP"}
    assert all(f["_geom"].GetGeometryName() == "MULTIPOLYGON" and f["_geom"].IsValid() for f in flood)


FINANCE_TYPES = {
    "grant": 95,
    "loan": 6,
    "commercial": 9,
    "in_kind": 8,
    "unknown": 5,
}


def test_finance_types(built: Path) -> None:
    projects = by_id(built, "projects")
    types = [p["finance_type"] for p in projects.values()]
    assert {t: types.count(t) for t in FINANCE_TYPES} == FINANCE_TYPES
    assert len(types) == sum(FINANCE_TYPES.values()) == 123
    kind = {pid: p["finance_type"] for pid, p in projects.items()}
    assert {pid for pid, t in kind.items() if t == "commercial"} == {
        "cn_forest_city_johor",
        "cn_new_manila_bay_city_of_pearl",
        "cn_eec_thailand",
        "cn_new_yangon_city",
        "kr_lh_hung_yen_clean_industrial_complex",
        "jp_join_new_clark_city",
        "cn_new_clark_city_industrial_park",
        "sg_surbana_jurong_vientiane_smart_city",
        "cn_alibaba_kl_city_brain",
    }
    assert {pid for pid, t in kind.items() if t == "loan"} == {
        "jp_oecf_ph_p18_ffws",
        "cn_safe_philippines",
        "xm_wb_indonesia_nufrep",
        "xm_wb_can_tho_urban_resilience",
        "xm_wb_metro_manila_flood",
        "xm_aiib_metro_manila_flood",
    }
    for pid in ("kr_koica_tam_ky_smart_city", "us_usaid_vleep2", "us_wise_cebu", "kr_kcity_2023_ikn"):
        assert kind[pid] == "grant", pid
    for pid in ("kr_lh_ugpp_mous_vietnam", "kr_koica_kwater_ncicd2_mou", "kr_kwater_nasa_satellite_water"):
        assert kind[pid] == "in_kind", pid
    # Every unknown says why; nothing that a source calls "not aid" is filed as aid.
    for pid, p in projects.items():
        if p["finance_type"] == "unknown":
            assert "Finance type unknown" in p["notes"], pid
        if "not aid" in (p["amount_note"] or ""):
            assert p["finance_type"] == "commercial", pid


def test_money_per_finance_type(built: Path) -> None:
    """Aid and commercial investment are totalled apart: the 'US$ 7 bn' is mostly investment."""
    with sqlite3.connect(built) as con:
        totals = dict(
            con.execute(
                "SELECT finance_type, sum(amount_usd) FROM projects "
                "WHERE amount_usd IS NOT NULL GROUP BY finance_type"
            )
        )
    # grants: 84.4 M before the December 2026 corrections, + ENSURE 11.3 - 7.5, EWS4 12.7, Citarum 5 + 10 = 115.9 M;
    # + the 2026 additions: MRC 1 (KR) + 3.9 (JP) + 0.77357 + 5 (US), IKN centre 22, ADB FCP 1.5, CREWS 5.5 + 7.82
    # commercial: 6.98 bn + Hung Yen 77 M + the JOIN-BCDA joint venture's 2 M (pledges are not amounts)
    # loans: Safe Philippines 257.9 M, NUFReP 400 M, Can Tho 250 M, Metro Manila flood 207.6 M (WB) + 207.6 M (AIIB)
    assert totals == {
        "grant": pytest.approx(163_393_570),
        "commercial": pytest.approx(7_059_000_000),
        "loan": pytest.approx(1_323_100_000),
    }


def test_sector_taxonomies(built: Path) -> None:
    sectors = rows(built, "sectors")
    count = {
        t: sum(s["taxonomy"] == t for s in sectors)
        for t in ("presentation", "presentation_solution", "kearney", "ascn")
    }
    assert count == {"presentation": 8, "presentation_solution": 42, "kearney": 6, "ascn": 6}
    dac = {s["code"] for s in sectors if s["taxonomy"] == "dac"}
    assert {"dac.14030", "dac.41050", "dac.43030", "dac.74020"} <= dac


def test_field_types_and_indexes(built: Path) -> None:
    ds = ogr.Open(str(built))
    defn = ds.GetLayerByName("projects").GetLayerDefn()
    types = {
        defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetType() for i in range(defn.GetFieldCount())
    }
    assert (
        types["start_year"] == ogr.OFTInteger
        and types["amount_usd"] == ogr.OFTReal
        and types["as_of"] == ogr.OFTString
        and types["finance_type"] == ogr.OFTString
    )
    names = list(types)
    assert names[names.index("amount_note") + 1] == "finance_type"
    assert validate_data.check_indexes(built) == []


def test_validator_passes(built: Path, world_map: Path) -> None:
    assert validate_data.validate(built, world_map) == []


def test_validate_cli(built: Path, broken: Path) -> None:
    ok = subprocess.run(
        [sys.executable, str(ROOT / "scripts/validate_data.py"), str(built)], capture_output=True, text=True
    )
    assert ok.returncode == 0 and ok.stdout.startswith("OK"), ok.stdout + ok.stderr
    set_fields(broken, "projects", "us_scbif", amount_usd=-1.0)
    bad = subprocess.run(
        [sys.executable, str(ROOT / "scripts/validate_data.py"), str(broken)], capture_output=True, text=True
    )
    assert bad.returncode == 1 and "us_scbif" in bad.stdout


def test_validate_cli_rejects_bad_finance_type(broken: Path) -> None:
    set_fields(broken, "projects", "cn_forest_city_johor", finance_type="aid")
    bad = subprocess.run(
        [sys.executable, str(ROOT / "scripts/validate_data.py"), str(broken)], capture_output=True, text=True
    )
    assert bad.returncode == 1
    assert "[enum] projects cn_forest_city_johor: finance_type='aid'" in bad.stdout, bad.stdout


def test_build_is_deterministic_and_atomic(tmp_path: Path, world_map: Path) -> None:
    a = build_data.build(tmp_path / "a" / "cooperation.gpkg", world_map=world_map)
    b = build_data.build(tmp_path / "b" / "cooperation.gpkg", world_map=world_map)
    assert a.read_bytes() == b.read_bytes()
    build_data.build(a, world_map=world_map)  # rebuilding over an existing file
    assert a.read_bytes() == b.read_bytes()
    assert sorted(p.name for p in a.parent.iterdir()) == ["cooperation.gpkg"]


def test_build_rejects_unknown_admin1(tmp_path: Path, world_map: Path) -> None:
    src = Path(shutil.copytree(build_data.SOURCES_DIR, tmp_path / "src"))
    csv_path = src / "flood_coverage.csv"
    csv_path.write_text(
        csv_path.read_text(encoding="utf-8").replace("PH:Aurora", "PH:Atlantis"), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="Atlantis"):
        build_data.build(tmp_path / "x.gpkg", sources=src, world_map=world_map)
    assert not (tmp_path / "x.gpkg").exists()


# ---- negative tests: each check must fail on a deliberately broken copy -----------------------


def set_fields(
    path: Path, layer: str, record: str, geom: ogr.Geometry | None = None, **values: object
) -> None:
    """Overwrite fields (and optionally the geometry) of one feature in place."""
    ds = ogr.Open(str(path), update=1)
    lyr = ds.GetLayerByName(layer)
    lyr.SetAttributeFilter(f"{build_data.ID_FIELD[layer]} = '{record}'")
    feat = lyr.GetNextFeature()
    assert feat is not None, record
    for key, value in values.items():
        if value is None:
            feat.SetFieldNull(key)
        else:
            feat.SetField(key, value)
    if geom is not None:
        feat.SetGeometry(geom)
    assert lyr.SetFeature(feat) == 0
    ds = None


def swap_city(path: Path) -> None:
    """Swap lat/lon of the Bangkok point."""
    pt = by_id(path, "ascn_cities")["ascn_th_bangkok"]["_geom"]
    set_fields(
        path, "ascn_cities", "ascn_th_bangkok", ogr.CreateGeometryFromWkt(f"POINT ({pt.GetY()} {pt.GetX()})")
    )


def swap_project_point(path: Path) -> None:
    """Swap lat/lon of one point of a multi-point project."""
    set_fields(
        path,
        "projects",
        "us_dot_smart_mobility_pairs",
        ogr.CreateGeometryFromWkt("MULTIPOINT ((-6.1754 106.8272),(103.7414 1.4927),(98.3923 7.8804))"),
    )


def flood_as_west_java(path: Path) -> None:
    """Draw the Citarum system as the whole province of West Java again (about 3.3 x its basin)."""
    world = build_data.Boundaries(build_data.find_world_map())
    set_fields(path, "flood_coverage", "kr_koica_citarum_ffws", world.admin1(["ID:Jawa Barat"]))


def unverified_source(path: Path, source_id: str = "vnanet_415910") -> None:
    """Forget that a source's URL was ever checked."""
    set_fields(path, "sources", source_id, verified=None)


def duplicate_id(path: Path) -> None:
    """Give two projects the same id (after dropping the unique index that would refuse it)."""
    with sqlite3.connect(path) as con:
        con.execute('DROP INDEX "uq_projects_project_id"')
    set_fields(path, "projects", "us_scbif", project_id="us_wise_cebu")


def drop_index(path: Path, name: str = "idx_projects_donor_country") -> None:
    """Remove one attribute index."""
    with sqlite3.connect(path) as con:
        con.execute(f'DROP INDEX "{name}"')


BOWTIE = "MULTIPOLYGON (((120.9 14.5,121.1 14.7,121.1 14.5,120.9 14.7,120.9 14.5)))"

BREAKAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "swapped_city": (swap_city, "ascn_th_bangkok: lat/lon swapped"),
    "swapped_project_point": (swap_project_point, "us_dot_smart_mobility_pairs: lat/lon swapped"),
    "wrong_country": (
        lambda p: set_fields(
            p, "ascn_cities", "ascn_th_phuket", ogr.CreateGeometryFromWkt("POINT (105.8542 21.0285)")
        ),
        "ascn_th_phuket: point",
    ),
    "missing_url": (
        lambda p: set_fields(p, "projects", "kr_koica_hue_smart_tourism", source_url=""),
        "[provenance] projects kr_koica_hue_smart_tourism",
    ),
    "http_url": (
        lambda p: set_fields(p, "flood_coverage", "jp_agno_ffws", source_url="http://example.org/x"),
        "[provenance] flood_coverage jp_agno_ffws",
    ),
    "missing_title": (
        lambda p: set_fields(p, "ascn_cities", "ascn_sg_singapore", source_title=None),
        "ascn_sg_singapore: missing source_title",
    ),
    "bad_as_of": (lambda p: set_fields(p, "claims", "c001", as_of="29/11/2025"), "claims c001: as_of"),
    "unknown_sector": (
        lambda p: set_fields(p, "projects", "us_scbif", sectors="waste;smart_everything"),
        "unknown",
    ),
    "unknown_primary_sector": (
        lambda p: set_fields(p, "projects", "us_scbif", sector_primary="kearney.smart_it"),
        "[sector_codes] projects us_scbif",
    ),
    "unknown_dac": (lambda p: set_fields(p, "projects", "us_usaid_vleep2", dac_codes="99999"), "dac.99999"),
    "unknown_focus_area": (
        lambda p: set_fields(p, "ascn_cities", "ascn_la_vientiane", focus_areas="ascn.happiness"),
        "ascn.happiness",
    ),
    "negative_amount": (
        lambda p: set_fields(p, "projects", "kr_kma_laos_ews_2024", amount_usd=-4e6),
        "[amounts] projects kr_kma_laos_ews_2024",
    ),
    "negative_stations": (
        lambda p: set_fields(p, "flood_coverage", "kr_koica_citarum_ffws", stations=-85),
        "[amounts] flood_coverage kr_koica_citarum_ffws",
    ),
    "start_after_end": (
        lambda p: set_fields(p, "projects", "kr_kdi_mrc_ksp_2020", start_year=2022),
        "start_year 2022 after end_year 2021",
    ),
    "flood_start_after_end": (
        lambda p: set_fields(p, "flood_coverage", "kr_ndmi_vawr_north_vn", start_year=2019),
        "[years] flood_coverage kr_ndmi_vawr_north_vn",
    ),
    "unknown_city_id": (
        lambda p: set_fields(p, "projects", "us_wise_cebu", city_id="ascn_ph_atlantis"),
        "ascn_ph_atlantis",
    ),
    "unknown_city_ids": (
        lambda p: set_fields(
            p, "projects", "us_dot_smart_mobility_pairs", city_ids="ascn_id_jakarta;ascn_xx_nowhere"
        ),
        "ascn_xx_nowhere",
    ),
    "duplicate_id": (duplicate_id, "duplicate project_id"),
    "invalid_geometry": (
        lambda p: set_fields(
            p, "flood_coverage", "kr_koica_pagasa_ews3_pmt", ogr.CreateGeometryFromWkt(BOWTIE)
        ),
        "invalid geometry",
    ),
    "flood_wrong_country": (
        lambda p: set_fields(p, "flood_coverage", "kr_koica_citarum_ffws", country_iso2="VN"),
        "kr_koica_citarum_ffws: polygon not within VN",
    ),
    "bad_enum": (
        lambda p: set_fields(p, "projects", "cn_new_yangon_city", status="frozen"),
        "status='frozen'",
    ),
    "bad_precision": (
        lambda p: set_fields(p, "ascn_cities", "ascn_vn_hanoi", location_precision=12),
        "location_precision 12",
    ),
    "claim_mismatch": (
        lambda p: set_fields(p, "projects", "kr_koica_tam_ky_smart_city", amount_usd=11e6),
        "differs from preferred claim",
    ),
    "conflict_hidden": (
        lambda p: set_fields(p, "projects", "cn_new_yangon_city", conflicting_claims=None),
        "empty conflicting_claims",
    ),
    "claim_orphan": (lambda p: set_fields(p, "claims", "c008", record_id="kr_nothing"), "kr_nothing"),
    "missing_index": (drop_index, "projects.donor_country: no attribute index"),
    "flood_larger_than_stated": (
        flood_as_west_java,
        "[flood_area] flood_coverage kr_koica_citarum_ffws: polygon is",
    ),
    "flood_area_unexplained": (
        lambda p: set_fields(p, "flood_coverage", "kr_koica_pagasa_ews1_aurora", area_note=None),
        "[flood_area] flood_coverage kr_koica_pagasa_ews1_aurora: no stated_area_km2 and no area_note",
    ),
    "source_never_checked": (
        unverified_source,
        "[verified] projects kr_koica_tam_ky_smart_city: source vnanet_415910 has no verified date",
    ),
    "high_confidence_on_unseen_source": (
        lambda p: set_fields(p, "claims", "c002", confidence="high"),
        "[verified] claims c002: confidence high, but source pres_kim2022 is 'not_found'",
    ),
    "source_url_unknown": (
        lambda p: set_fields(p, "projects", "us_scbif", source_url="https://example.org/not-in-sources"),
        "[verified] projects us_scbif: source_url is not in the sources table",
    ),
    "missing_confidence": (
        lambda p: set_fields(p, "flood_coverage", "jp_agno_ffws", confidence=None),
        "[required] flood_coverage jp_agno_ffws: confidence is empty",
    ),
    "bad_confidence": (
        lambda p: set_fields(p, "projects", "us_scbif", confidence="certain"),
        "[enum] projects us_scbif: confidence='certain'",
    ),
    "bad_finance_type": (
        lambda p: set_fields(p, "projects", "cn_forest_city_johor", finance_type="aid"),
        "[enum] projects cn_forest_city_johor: finance_type='aid'",
    ),
    "missing_finance_type": (
        lambda p: set_fields(p, "projects", "us_scbif", finance_type=None),
        "[required] projects us_scbif: finance_type is empty",
    ),
    "missing_finance_type_index": (
        lambda p: drop_index(p, "idx_projects_finance_type"),
        "projects.finance_type: no attribute index",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_validator_catches(name: str, broken: Path, world_map: Path) -> None:
    damage, expected = BREAKAGES[name]
    damage(broken)
    failures = validate_data.validate(broken, world_map)
    assert any(expected in f for f in failures), failures


# ---- the December 2026 audit: corrections a ministry report relies on -----------------------------


def test_citarum_is_the_basin_not_west_java(built: Path) -> None:
    citarum = by_id(built, "flood_coverage")["kr_koica_citarum_ffws"]
    assert citarum["stated_area_km2"] == 11334 and citarum["geometry_basis"] == "basin_approx"
    assert 0.8 * 11334 < validate_data.area_km2(citarum["_geom"]) < validate_data.FLOOD_AREA_FACTOR * 11334

    def covers(lon: float, lat: float) -> bool:
        return citarum["_geom"].Contains(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))

    assert covers(107.61, -6.91) and covers(107.30, -6.30)  # Bandung, Karawang
    for lon, lat in ((106.806, -6.595), (106.82, -6.40), (108.55, -6.73), (108.22, -7.33)):
        assert not covers(lon, lat)  # Bogor, Depok, Cirebon, Tasikmalaya: not in the basin


def test_audit_corrections(built: Path) -> None:
    projects = by_id(built, "projects")
    ensure = projects["kr_mois_da_nang_ensure"]
    assert (ensure["start_year"], ensure["end_year"], ensure["amount_usd"]) == (2022, 2025, 11_300_000)
    assert "7.5" in ensure["conflicting_claims"]
    assert projects["kr_kwater_nasa_satellite_water"]["start_year"] == 2018
    assert projects["kr_kwater_usace_nasa_mekong_water_data"]["recipient_country"] == "KH;LA;TH;VN"
    assert projects["kr_kwater_usace_nasa_mekong_water_data"]["_geom"].GetGeometryCount() == 4
    assert not {"BN", "MM", "SG"} & set(projects["us_scbif"]["recipient_country"].split(";"))
    assert projects["kr_koica_pagasa_ews4_laguna_lake"]["amount_usd"] == 12_700_000
    assert (projects["kr_koica_citarum_ffws_2"]["start_year"], projects["kr_koica_citarum_ffws_2"]["amount_usd"]) == (
        2020,
        10_000_000,
    )
    assert projects["kr_lh_hung_yen_clean_industrial_complex"]["amount_usd"] == 77_000_000
    assert projects["cn_new_manila_bay_city_of_pearl"]["status"] == "suspended"
    assert projects["us_dot_smart_mobility_pairs"]["end_year"] is None
    assert projects["kr_koica_pagasa_ews3_pmt"]["start_year"] == 2017
    laos_dams = projects["kr_mafra_krc_laos_dam_safety"]["_geom"]
    assert laos_dams.GetGeometryCount() == 2  # Vientiane and the Nam Tien dam in Sainyabuli
    claims = {(c["record_id"], c["field"], c["value"]): c["preferred"] for c in rows(built, "claims")}
    assert claims[("kr_mois_da_nang_ensure", "amount_usd", "7500000")] == 0
    assert claims[("kr_kwater_nasa_satellite_water", "start_year", "2019")] == 0


def test_every_record_has_a_confidence_and_a_checked_source(built: Path) -> None:
    data = validate_data.read(built)
    for layer in ("projects", "flood_coverage", "claims"):
        assert {r["confidence"] for r in data[layer]} <= {"high", "medium", "low"}
        assert all(r["confidence"] for r in data[layer]), layer
    checked = {s["url"] for s in data["sources"] if validate_data.valid_date(s["verified"] or "")}
    for layer in ("ascn_cities", "projects", "flood_coverage", "claims"):
        assert all(r["source_url"] in checked for r in data[layer]), layer
    info = {r["key"]: r["value"] for r in data["dataset_info"]}
    assert info["as_of"] == "2026-12-06"
    assert "not a complete inventory" in info["coverage"]


def test_cooperation_of_2022_to_2026_added_with_sources(built: Path) -> None:
    """Issue 20: at least 40 sourced records active in 2022-2026, from every donor group the audit names."""
    projects = by_id(built, "projects")
    sources = {s["url"]: s for s in rows(built, "sources")}
    original = set((ROOT / "tests/data/projects_before_2026_audit.txt").read_text(encoding="utf-8").split())
    added = {pid: p for pid, p in projects.items() if pid not in original}
    assert len(original) == 68 and len(added) == len(projects) - 68 >= 40

    def active_2022_2026(p: dict) -> bool:
        start, end = p["start_year"], p["end_year"]
        if start is None and end is None:
            return p["status"] == "ongoing"
        return (start or 0) <= 2026 and (end if end is not None else 2026) >= 2022

    recent = {pid for pid, p in added.items() if active_2022_2026(p)}
    assert len(recent) >= 40, sorted(set(added) - recent)
    assert {added[pid]["donor_country"] for pid in recent} >= {"KR", "JP", "AU", "US", "XM", "SG"}
    for pid, p in added.items():
        assert sources[p["source_url"]]["verified"] == "2026-12-06", pid  # checked against a stored copy
        assert p["confidence"] in ("high", "medium"), pid
        if p["amount_usd"] is None:
            assert p["amount_note"], pid  # unknown stays empty, with a note
    assert sum(p.startswith("kr_kcity_202") and p >= "kr_kcity_2022" for p in added) >= 13
    baguio = by_id(built, "flood_coverage")["au_aasctf_baguio_fews"]
    assert baguio["funder_country"] == "AU" and baguio["geometry_basis"] == "basin_approx"
