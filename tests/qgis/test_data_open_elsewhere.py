"""The plugin reads its GeoPackage while QGIS has it open for editing in another layer.

QGIS 3.40 opens a GeoPackage for update in WAL mode; a read-only connection then could not
read a table's schema ("unable to open database file"), and the sector catalogue came back
empty. The planner's own GeoPackage is often in their project as an ordinary layer.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from qgis.core import QgsVectorLayer

from smartcity_plugin.layers.sources import forget_cached_tables, open_data_layer, sector_catalogue
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.fixtures.io_support import data_source_setting  # noqa: F401 (fixture)


@pytest.fixture()
def planners_geopackage(tmp_path, data_source_setting):  # noqa: F811
    path = tmp_path / "planner.gpkg"
    shutil.copyfile(bundled_data_path(), path)
    data_source_setting(path)
    forget_cached_tables()
    yield path
    forget_cached_tables()


def count(path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - our names


def test_tables_read_while_another_layer_has_the_file_for_update(planners_geopackage):
    projects, sectors_in_file = count(planners_geopackage, "projects"), count(planners_geopackage, "sectors")
    shown = open_data_layer("projects")  # the plugin's layers are on the map first
    assert shown.featureCount() == projects
    # Then the planner adds the same GeoPackage as an ordinary (editable) layer and filters it.
    other = QgsVectorLayer(f"{planners_geopackage}|layername=projects", "projects", "ogr")
    assert other.isValid() and len(list(other.getFeatures())) == projects
    assert other.setSubsetString("\"donor_country\" = 'KR'")
    assert 0 < len(list(other.getFeatures())) < projects

    sectors = open_data_layer("sectors")
    assert {"code", "taxonomy"} <= set(sectors.fields().names())
    assert len(list(sectors.getFeatures())) == sectors_in_file
    assert "water" in sector_catalogue().codes()
    assert not sectors.startEditing()  # still the plugin's read-only view of the data
