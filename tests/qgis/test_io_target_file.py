"""Issue 16 items 5 and 6: importing into the planner's own GeoPackage, the way planners do it.

QGIS keeps the GeoPackage open while the planner re-imports (the docs invite editing
city_id by hand and importing again); the file may be private (0600) or a link into a
shared folder.
"""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.csv_source import parse_mapping
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.importer import ImportOptions
from tests.fixtures.io_support import digest, fixture, read_projects

PLAIN = parse_mapping("project_id=Code; title=Name of the project; latitude=Lat; longitude=Lon; "
                      "recipient_country=Nation; amount_usd=Money; finance_type=Kind")


def _integrity(path) -> str:
    with sqlite3.connect(str(path)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture()
def planner_file(tmp_path):
    """The planner's GeoPackage, made by a first import (as the plugin makes it)."""
    target = tmp_path / "mine.gpkg"
    import_csv(fixture("csv", "3w-hxl.csv"), target, options=ImportOptions(import_date="2026-01-01"))
    return target


def test_import_into_a_geopackage_qgis_has_open_then_edit(qgis_app, planner_file):
    layer = QgsVectorLayer(f"{planner_file}|layername=projects", "projects", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        before = layer.featureCount()
        # The planner edits a record by hand in QGIS (the provider now holds the file, in WAL mode) …
        assert layer.startEditing()
        first = next(layer.getFeatures())
        layer.changeAttributeValue(first.id(), layer.fields().indexOf("title"), "Edited by hand")
        assert layer.commitChanges(), layer.commitErrors()
        # … imports another file into it, and edits again in the same QGIS session.
        report = import_csv(fixture("csv", "plain.csv"), planner_file,
                            PLAIN,
                            ImportOptions(import_date="2026-02-01"))
        assert report.added > 0
        layer.reload()
        assert layer.featureCount() == before + report.added
        assert layer.startEditing()
        second = [f for f in layer.getFeatures() if f["title"] != "Edited by hand"][0]
        layer.changeAttributeValue(second.id(), layer.fields().indexOf("title"), "Edited after the import")
        assert layer.commitChanges(), layer.commitErrors()
        titles = {f["title"] for f in layer.getFeatures()}
        assert {"Edited by hand", "Edited after the import"} <= titles
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert _integrity(planner_file) == "ok"
    stored = {fields["title"] for fields, _ in read_projects(planner_file).values()}
    assert {"Edited by hand", "Edited after the import"} <= stored


def test_import_while_an_sqlite_client_keeps_the_file_open_in_wal_mode(qgis_app, planner_file):
    """As QGIS desktop holds a GeoPackage: a connection in WAL mode that writes again after the import."""
    other = sqlite3.connect(str(planner_file))
    try:
        assert other.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        other.execute("INSERT INTO dataset_info(key, value) VALUES ('before', 'x')")
        other.commit()
        report = import_csv(fixture("csv", "plain.csv"), planner_file, PLAIN, ImportOptions(import_date="2026-02-01"))
        assert report.added > 0
        for number in range(300):  # the other program goes on writing (enough to checkpoint its log)
            other.execute("INSERT INTO dataset_info(key, value) VALUES (?, ?)", (f"after {number}", "x" * 5000))
            other.commit()
        assert other.execute("SELECT count(*) FROM projects").fetchone()[0] == len(read_projects(planner_file))
    finally:
        other.close()
    assert _integrity(planner_file) == "ok"
    with sqlite3.connect(str(planner_file)) as check:
        assert check.execute("SELECT count(*) FROM dataset_info WHERE key LIKE 'after %'").fetchone()[0] == 300
        assert check.execute("SELECT count(*) FROM projects WHERE project_id LIKE '%P-1'").fetchone()[0] == 1


def test_refused_import_while_another_program_writes_names_the_layers(qgis_app, planner_file):
    layer = QgsVectorLayer(f"{planner_file}|layername=projects", "My projects", "ogr")
    QgsProject.instance().addMapLayer(layer)
    holder = sqlite3.connect(str(planner_file), timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program is in the middle of writing
        holder.execute("UPDATE dataset_info SET value = value")
        before = digest(planner_file)
        with pytest.raises(DataExchangeError) as error:
            import_csv(fixture("csv", "3w-hxl.csv"), planner_file, options=ImportOptions(import_date="2026-03-01"))
        message = str(error.value)
        assert planner_file.name in message and "My projects" in message
        assert "not a GeoPackage" not in message
        assert digest(planner_file) == before
    finally:
        holder.rollback()
        holder.close()
        QgsProject.instance().removeMapLayer(layer.id())
    assert _integrity(planner_file) == "ok"


def test_import_keeps_a_private_file_private(qgis_app, planner_file):
    os.chmod(planner_file, 0o600)
    inode = planner_file.stat().st_ino
    import_csv(fixture("csv", "3w-hxl.csv"), planner_file, options=ImportOptions(import_date="2026-03-01"))
    assert stat.S_IMODE(planner_file.stat().st_mode) == 0o600
    assert planner_file.stat().st_ino == inode  # the same file, written in place: owner kept too


def test_import_writes_where_a_link_points(qgis_app, planner_file, tmp_path):
    link = tmp_path / "shortcut.gpkg"
    link.symlink_to(planner_file)
    report = import_csv(fixture("csv", "plain.csv"), link,
                        PLAIN,
                        ImportOptions(import_date="2026-02-01"))
    assert report.added > 0
    assert link.is_symlink()
    assert len(read_projects(planner_file)) == len(read_projects(link))
    assert {p for p in tmp_path.iterdir() if p.name.startswith(".")} == set()


def test_cancelled_import_leaves_the_file_as_it_was(qgis_app, planner_file):
    from qgis.core import QgsFeedback

    from smartcity_plugin.io.errors import ImportCancelledError

    before = digest(planner_file)
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(ImportCancelledError):
        import_csv(fixture("csv", "3w-hxl.csv"), planner_file, feedback=feedback)
    assert digest(planner_file) == before


def test_cancel_midway_into_an_existing_file_leaves_its_bytes(qgis_app, planner_file, tmp_path):
    from qgis.core import QgsFeedback

    from smartcity_plugin.io.errors import ImportCancelledError

    source = tmp_path / "many.csv"
    with source.open("w", encoding="utf-8") as handle:
        handle.write("project_id,title,latitude,longitude,recipient_country\n")
        for number in range(3000):
            handle.write(f"M-{number},Lamp posts {number},10.78,106.70,VN\n")
    before = digest(planner_file)
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda progress: progress > 30 and feedback.cancel())
    with pytest.raises(ImportCancelledError):
        import_csv(source, planner_file, feedback=feedback)
    assert digest(planner_file) == before
    assert sorted(p.name for p in planner_file.parent.iterdir()) == sorted(["mine.gpkg", "many.csv"])
