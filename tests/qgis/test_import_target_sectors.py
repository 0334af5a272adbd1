"""Imports tag sectors with the catalogue of the file they write into, not of the data on screen."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from qgis.core import QgsSettings

from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.importer import ImportOptions
from smartcity_plugin.io.store import copy_geopackage
from smartcity_plugin.io.target_sectors import target_catalogue
from smartcity_plugin.layers.sources import DATA_SOURCE_KEY
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.fixtures.io_support import fixture, read_projects

OPTIONS = ImportOptions(import_date="2026-01-20")


def planner_with_own_water_sector(path):
    """A planner's GeoPackage whose catalogue files DAC 14030 (drinking water) under a sector of its own."""
    copy_geopackage(bundled_data_path(), path)
    with closing(sqlite3.connect(path)) as database, database:
        database.execute("UPDATE sectors SET dac_codes = '14010;14020;14015' WHERE code = 'water'")
        database.execute("INSERT INTO sectors (code, name, taxonomy, dac_codes) "
                         "VALUES ('drinking_water', 'Drinking water', 'presentation', '14030')")
    return path


def test_iati_import_maps_with_the_targets_catalogue_while_the_bundled_data_is_shown(qgis_app, tmp_path):
    QgsSettings().setValue(DATA_SOURCE_KEY, "")  # the plugin shows the bundled data
    target = planner_with_own_water_sector(tmp_path / "planner.gpkg")
    import_iati(fixture("iati", "handmade-2.03.xml"), target, OPTIONS)
    values, _ = read_projects(target)["US-GOV-1-TEST-0002"]
    assert (values["sector_primary"], values["dac_codes"]) == ("drinking_water", "14030")


def test_iati_import_into_the_bundled_copy_keeps_the_bundled_sector(qgis_app, tmp_path):
    target = tmp_path / "other.gpkg"
    QgsSettings().setValue(DATA_SOURCE_KEY, str(planner_with_own_water_sector(tmp_path / "shown.gpkg")))
    try:
        import_iati(fixture("iati", "handmade-2.03.xml"), target, OPTIONS)  # a new file: a copy of the bundled data
    finally:
        QgsSettings().setValue(DATA_SOURCE_KEY, "")
    assert read_projects(target)["US-GOV-1-TEST-0002"][0]["sector_primary"] == "water"


def test_a_catalogue_given_as_argument_wins(qgis_app, tmp_path):
    catalogue = SectorCatalogue.from_rows([
        {"code": "egov", "name": "E-Government", "taxonomy": "presentation", "dac_codes": "43030"},
        {"code": "transport", "name": "Transport", "taxonomy": "presentation", "dac_codes": "21020"},
        {"code": "pipes", "name": "Pipes", "taxonomy": "presentation", "dac_codes": "14030"},
    ])
    target = tmp_path / "planner.gpkg"
    import_iati(fixture("iati", "handmade-2.03.xml"), target, OPTIONS, sectors=catalogue)
    assert read_projects(target)["US-GOV-1-TEST-0002"][0]["sector_primary"] == "pipes"


def test_csv_import_reads_the_targets_catalogue(qgis_app, tmp_path):
    target = planner_with_own_water_sector(tmp_path / "planner.gpkg")
    assert "drinking_water" in target_catalogue(target).codes()
    assert "drinking_water" not in target_catalogue(tmp_path / "not-yet.gpkg").codes()  # new: the bundled copy
    report = import_csv(fixture("csv", "3w-hxl.csv"), target, options=OPTIONS)
    assert report.added > 0
