"""A planner's session never writes to the bundled GeoPackage or beside it.

Issue 17: on QGIS 3.22 the "read-only" bundled data was switched to WAL, with -wal/-shm
files in the plugin folder, and its bytes changed. The plugin here runs from an installed
copy of its folder (the checkout's file stays out of it), then does what a planner does:
adds the cooperation layers, filters in the dock, applies lenses, exports a map and the
projects, runs the analyses that read the bundled data, and unloads. The file's bytes must
be the same afterwards and nothing may appear beside it, also while QGIS has it open, and
also when the plugin folder is read-only (a system-wide install; the tests run as root,
so instead of relying on a refused write they check that nothing was created).
"""

from __future__ import annotations

import gc
import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from qgis.core import QgsProject

from smartcity_plugin.toolbelt import paths
from tests.qgis.conftest import flush_deleted
from tests.qgis.test_dock import tick

SIDECARS = ("-wal", "-shm", "-journal")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(data: Path) -> list[str]:
    """What sits in the data folder besides the GeoPackage and the reference folders."""
    return sorted(entry.name for entry in data.parent.iterdir() if entry.name.startswith(data.name + "-"))


def rows(data: Path, sql: str) -> list:
    # The test's own reading must not write either: read-only and immutable.
    with sqlite3.connect(f"{data.as_uri()}?mode=ro&immutable=1", uri=True) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture(params=["writable", "read-only folder"])
def installed_plugin(request, tmp_path, monkeypatch):
    """The plugin's files as an installation has them, in a folder of their own."""
    root = tmp_path / "smartcity_plugin"
    root.mkdir()
    shutil.copyfile(paths.metadata_path(), root / "metadata.txt")
    shutil.copytree(paths.resources_path(), root / "resources")
    (root / "i18n").symlink_to(paths.i18n_path())
    monkeypatch.setattr(paths, "plugin_root", lambda: root)
    data = paths.bundled_data_path()
    assert data == root / "resources" / "data" / "cooperation.gpkg" and data.is_file()
    assert data.read_bytes()[18:20] == b"\x01\x01", "the bundled file ships in rollback-journal mode"
    folder_mode = data.parent.stat().st_mode
    if request.param == "read-only folder":
        data.chmod(0o444)
        data.parent.chmod(0o555)
    yield data
    data.parent.chmod(stat.S_IMODE(folder_mode))
    data.chmod(0o644)


def run(algorithm: str, **parameters) -> dict:
    from qgis import processing

    return processing.run(f"smartcity:{algorithm}", parameters)


def test_a_planners_session_leaves_the_bundled_file_as_installed(
        installed_plugin, bundled_data, desktop_iface, qgis_new_project, qgis_processing, tmp_path):
    import smartcity_plugin
    from smartcity_plugin.layers.group import find_group, layers_by_role

    data = installed_plugin
    before = digest(data)
    projects_total = rows(data, "SELECT count(*) FROM projects")[0][0]
    korean = {row[0] for row in rows(data, "SELECT project_id FROM projects WHERE donor_country = 'KR'")}
    assert projects_total == 123 and korean

    QgsProject.instance().clear()
    plugin = smartcity_plugin.classFactory(desktop_iface)
    plugin.initGui()
    plugin.add_layers()
    plugin.toggle_dock(True)
    dock = plugin.dock
    assert dock is not None
    layers = layers_by_role(find_group(QgsProject.instance()))
    assert len(list(layers["projects"].getFeatures())) == projects_total

    tick(dock.form.donors, ["KR"])
    assert dock.apply_now()
    assert {f["project_id"] for f in layers["projects"].getFeatures()} == korean
    for lens in ("mekong", "us_korea", "flood", "gaps"):
        dock.lens_buttons[lens].click()
        dock.apply_now()
    assert not layers["projects"].startEditing()  # the bundled data stays uneditable

    pdf = run("exportmap", DONORS="KR", DPI=72, OUTPUT=str(tmp_path / "map.pdf"))["OUTPUT"]
    assert Path(pdf).stat().st_size > 10_000
    exported = run("exportprojects", FORMAT=0, OUTPUT=str(tmp_path / "projects.csv"))
    assert exported["COUNT"] == projects_total and Path(exported["OUTPUT"]).is_file()
    matrix = run("cooperationmatrix", OUTPUT="memory:", MATRIX="memory:")
    assert matrix["OUTPUT"] and matrix["MATRIX"]
    flood = run("floodcoverage", CITIES_OUTPUT=str(tmp_path / "cities.gpkg"),
                PROJECTS_OUTPUT=str(tmp_path / "projects.gpkg"))
    assert Path(flood["CITIES_OUTPUT"].split("|")[0]).is_file()

    # While QGIS still has the data open, nothing is beside it and its bytes are the installed ones.
    assert beside(data) == []
    assert digest(data) == before

    plugin.unload()
    QgsProject.instance().clear()
    flush_deleted()
    gc.collect()
    assert beside(data) == [], "files the session created beside the bundled data"
    assert digest(data) == before, "the bundled GeoPackage's bytes changed"
    assert not [name for name in (data.name + suffix for suffix in SIDECARS) if (data.parent / name).exists()]


@pytest.mark.parametrize("installed_plugin", ["writable"], indirect=True)
def test_an_upgraded_plugin_reads_its_own_data_where_a_saved_project_looks(installed_plugin, tmp_path):
    """QGIS 3.22's copy keeps its name across upgrades (saved projects find it) and takes the new data."""
    from smartcity_plugin.toolbelt.read_only import copies_folder, readable_copy, sqlite_uri

    data = installed_plugin
    first = readable_copy(data)
    assert first.is_relative_to(copies_folder()) and not first.is_relative_to(paths.plugin_root())
    assert rows(first, "SELECT count(*) FROM projects") == rows(data, "SELECT count(*) FROM projects")
    made = first.stat().st_mtime_ns
    assert readable_copy(data) == first and first.stat().st_mtime_ns == made  # made once per version
    assert sqlite_uri(data).endswith("?mode=ro&immutable=1") and "immutable" not in sqlite_uri(first)

    # A layer reads the copy, as a project saved on QGIS 3.22 does; then the plugin is upgraded:
    # a new file with one project fewer is installed in its place.
    from smartcity_plugin.toolbelt.read_only import ogr_layer

    before = rows(data, "SELECT count(*) FROM projects")[0][0]
    saved = ogr_layer(f"{first}|layername=projects", "projects")
    assert len(list(saved.getFeatures())) == before
    upgraded = tmp_path / "upgraded.gpkg"
    shutil.copyfile(data, upgraded)
    with sqlite3.connect(upgraded) as connection:
        connection.execute("DELETE FROM projects WHERE fid = (SELECT max(fid) FROM projects)")
    shutil.copyfile(upgraded, data)
    assert readable_copy(data) == first  # the same name: the saved project's layers still find it
    assert rows(first, "SELECT count(*) FROM projects")[0][0] == before - 1
    reopened = ogr_layer(f"{first}|layername=projects", "projects")
    assert len(list(reopened.getFeatures())) == before - 1
    assert sorted(p.name for p in first.parent.iterdir() if not p.name.startswith(".")) == [first.name]
