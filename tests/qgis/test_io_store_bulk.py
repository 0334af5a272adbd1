"""A bulk import (more new projects than stored ones) rebuilds the indexes once at the end: the file
QGIS opens afterwards is the same as one written row by row, and a failure leaves it as it was."""

from __future__ import annotations

import random
import sqlite3

import pytest
from osgeo import ogr

from bench.iati import activity_xml
from smartcity_plugin.io import store
from smartcity_plugin.io.errors import ImportCancelledError
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.importer import ImportOptions
from smartcity_plugin.io.store import BULK_ROWS
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import digest, read_projects

ACTIVITIES = BULK_ROWS + 1_500


def _file(path, activities: int, first: int = 1):
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n')
        for index in range(first, first + activities):
            out.write(activity_xml(rng, index))
        out.write("</iati-activities>\n")
    return path


def _schema(path) -> list[tuple]:
    with sqlite3.connect(str(path)) as connection:
        return connection.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'projects' "
                                  "ORDER BY type, name").fetchall()


@pytest.fixture()
def set_aside(monkeypatch) -> list:
    """Each time an import sets the indexes aside (so a test knows the bulk path ran)."""
    seen = []

    class Counted(store.DeferredUpkeep):
        def __init__(self, *args) -> None:
            seen.append(args[1:])
            super().__init__(*args)

    monkeypatch.setattr(store, "DeferredUpkeep", Counted)
    return seen


@pytest.fixture(scope="module")
def bulk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bulk")
    return _file(folder / "bulk.xml", ACTIVITIES)


def test_a_bulk_import_leaves_the_indexes_and_the_spatial_index_as_a_row_by_row_one(qgis_app, tmp_path, bulk,
                                                                                    set_aside):
    target = tmp_path / "planner.gpkg"
    small = import_iati(_file(tmp_path / "one.xml", 1, first=900_000), target, ImportOptions(import_date="2026-12-01"))
    assert small.added == 1 and set_aside == []
    schema = _schema(target)  # written row by row (too few rows to set the indexes aside)
    assert any(kind == "index" for kind, _, _ in schema) and any(kind == "trigger" for kind, _, _ in schema)

    report = import_iati(bulk, target, ImportOptions(import_date="2026-12-01"))
    assert report.added == ACTIVITIES and set_aside == [("projects", "geom")]
    assert _schema(target) == schema  # every index and trigger back, as they were
    with sqlite3.connect(str(target)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        located = connection.execute("SELECT count(*) FROM projects WHERE geom IS NOT NULL").fetchone()[0]
        assert connection.execute("SELECT count(*) FROM rtree_projects_geom").fetchone()[0] == located
        # the donor index answers for the new rows too: as a full scan does
        indexed = connection.execute("SELECT count(*) FROM projects INDEXED BY idx_projects_donor_country "
                                     "WHERE donor_country = 'KR'").fetchone()[0]
        scanned = connection.execute("SELECT count(*) FROM projects NOT INDEXED WHERE donor_country = 'KR'").fetchone()[0]
        assert indexed == scanned > ACTIVITIES // 5

    # QGIS's way in (GDAL): a spatial filter, through the R-tree, finds each project where it is
    projects = read_projects(target)
    assert len(projects) == bundled_rows("projects") + ACTIVITIES + 1
    dataset = ogr.Open(str(target))
    layer = dataset.GetLayerByName("projects")
    for project_id in ("KR-GOV-1-BENCH-0000001", "US-GOV-1-BENCH-0001200", "JP-JICA-BENCH-0002500"):
        matches = [pid for pid in projects if pid.endswith(project_id[-7:]) and "BENCH" in pid]
        assert len(matches) == 1
        x, y = projects[matches[0]][1][0]
        layer.SetSpatialFilterRect(x - 1e-6, y - 1e-6, x + 1e-6, y + 1e-6)
        assert matches[0] in {feature.GetField("project_id") for feature in layer}
    layer.SetSpatialFilter(None)
    extent = layer.GetExtent()
    xs = [x for _, points in projects.values() for x, _ in points]
    # Within a nanodegree: the GDAL of the QGIS 3.44 root answered 125.4552999999999 for a point at 125.4553.
    assert extent[0] <= min(xs) + 1e-9 and extent[1] >= max(xs) - 1e-9


def test_a_bulk_import_cancelled_after_the_indexes_were_set_aside_changes_nothing(qgis_app, tmp_path, bulk,
                                                                                   set_aside):
    target = tmp_path / "planner.gpkg"
    import_iati(_file(tmp_path / "one.xml", 1, first=900_000), target, ImportOptions(import_date="2026-12-01"))
    before, schema = digest(target), _schema(target)

    class LateCancel:
        """Cancels once the bulk is well past BULK_ROWS."""

        def __init__(self) -> None:
            self.asked = 0

        def isCanceled(self) -> bool:  # noqa: N802 (QgsFeedback's name)
            self.asked += 1
            return self.asked > 2 * (BULK_ROWS + 1_000)

        def setProgress(self, value: float) -> None:  # noqa: N802
            pass

    with pytest.raises(ImportCancelledError):
        import_iati(bulk, target, ImportOptions(import_date="2026-12-01"), feedback=LateCancel())
    assert set_aside == [("projects", "geom")]  # cancelled after the indexes were set aside
    assert digest(target) == before and _schema(target) == schema


def test_a_bulk_import_into_a_geopackage_qgis_has_open(qgis_app, tmp_path, bulk, set_aside):
    """The planner's layers stay open during the import; reloaded, they show every project, by index and by place."""
    from qgis.core import QgsFeatureRequest, QgsGeometry, QgsRectangle, QgsVectorLayer

    target = tmp_path / "planner.gpkg"
    import_iati(_file(tmp_path / "one.xml", 1, first=900_000), target, ImportOptions(import_date="2026-12-01"))
    layer = QgsVectorLayer(f"{target}|layername=projects", "projects", "ogr")
    korean = QgsVectorLayer(f"{target}|layername=projects", "Korean projects", "ogr")
    assert layer.isValid() and korean.setSubsetString("\"donor_country\" = 'KR'")
    before, korean_before = layer.featureCount(), len(list(korean.getFeatures()))

    import_iati(bulk, target, ImportOptions(import_date="2026-12-01"))
    assert set_aside == [("projects", "geom")]
    layer.reload()
    korean.reload()
    assert len(list(layer.getFeatures())) == before + ACTIVITIES
    with sqlite3.connect(str(target)) as connection:
        in_file = connection.execute("SELECT count(*) FROM projects WHERE donor_country = 'KR'").fetchone()[0]
    assert len(list(korean.getFeatures())) == in_file > korean_before
    da_nang = QgsRectangle(107.8, 15.7, 108.6, 16.4)  # through the R-tree, as the map canvas asks
    found = {f["project_id"] for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(da_nang))}
    inside = {f["project_id"] for f in layer.getFeatures()
              if f.hasGeometry() and f.geometry().intersects(QgsGeometry.fromRect(da_nang))}
    assert found == inside and any("BENCH" in project_id for project_id in found)
