"""Each lens of the dock against an independent computation on the GeoPackage."""

from __future__ import annotations

import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsProject
from shapely import wkt
from shapely.ops import unary_union

from smartcity_plugin.gui.dock import CooperationDock
from smartcity_plugin.layers.group import find_group, layers_by_role
from smartcity_plugin.toolbelt.paths import bundled_data_path

CATEGORIES = ("security", "health", "mobility", "energy", "water", "waste", "egov", "participation")


@pytest.fixture()
def dock(desktop_iface, qgis_new_project):
    QgsProject.instance().clear()
    widget = CooperationDock(desktop_iface)
    yield widget
    widget.disconnect_project()
    widget.deleteLater()


def projects_by_city() -> dict[str, list[tuple[str, set[str]]]]:
    """city id → [(donor, categories of the project)], read with sqlite3."""
    with sqlite3.connect(bundled_data_path()) as connection:
        rows = connection.execute("SELECT donor_country, sector_primary, sectors, city_ids FROM projects").fetchall()
    found: dict[str, list] = {}
    for donor, primary, sectors, city_ids in rows:
        tags = {t for t in (sectors or "").split(";") if t} | ({primary} if primary else set())
        categories = {t.split(".")[0] for t in tags if t.split(".")[0] in CATEGORIES}
        for city in filter(None, (city_ids or "").split(";")):
            found.setdefault(city, []).append((donor, categories))
    return found


def shown_cities() -> set[str]:
    cities = layers_by_role(find_group(QgsProject.instance()))["cities"]
    return {f["city_id"] for f in cities.getFeatures()}


def test_us_korea_lens(dock):
    both = {city for city, items in projects_by_city().items()
            if {"US", "KR"} <= {donor for donor, _ in items}}
    dock.lens_buttons["us_korea"].click()
    assert set(dock.form.cities.codes()) == both
    assert set(dock.form.donors.codes()) == {"US", "KR"}
    assert shown_cities() == both
    assert f"{len(both)} cities where both work" in dock.summary.toPlainText()


def test_sector_gaps_lens(dock):
    by_city = projects_by_city()
    city = max(by_city, key=lambda c: len(by_city[c]))  # the busiest city
    covered = set().union(*(cats for _, cats in by_city[city]))
    missing = [c for c in CATEGORIES if c not in covered]
    dock.form.cities.set_codes([city])
    dock.lens_buttons["gaps"].click()
    text = dock.summary.toPlainText()
    name = dict(dock.form.options.cities)[city]
    line = next(line for line in text.splitlines() if line.startswith(name))
    names = {s.code: s.name for s in dock.catalogue.in_taxonomy("presentation")}
    assert [n.strip() for n in line.split(":", 1)[1].split(",")] == [names[c] for c in missing]


def test_outside_flood_warning_lens(dock):
    coverage = ogr.Open(str(bundled_data_path()))
    polygons = unary_union([wkt.loads(f.GetGeometryRef().ExportToWkt()) for f in coverage.GetLayerByName("flood_coverage")])
    outside = {f.GetField("city_id") for f in coverage.GetLayerByName("ascn_cities")
               if not polygons.contains(wkt.loads(f.GetGeometryRef().ExportToWkt()))}
    dock.lens_buttons["flood"].click()
    assert shown_cities() == outside
    assert f"{len(outside)} of 31 ASCN cities lie outside" in dock.summary.toPlainText()
