"""Issue 16 item 15: every error ends in a clear message naming the file or connection; nothing left behind."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from qgis.core import QgsProject

from smartcity_plugin.__about__ import SETTINGS_PREFIX
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.importer import ImportOptions
from smartcity_plugin.layers.project_state import FILTER_KEY, SELECTION_KEY, read_selection
from tests.fixtures.io_support import data_source_setting, digest, fixture  # noqa: F401 (fixture)

HOSTILE_STATES = [
    '{"sectors": 5}', '{"sectors": [["water"]], "donors": {"KR": 1}}', '{"year_from": "2019 OR 1=1"}',
    '{"year_from": 1e999, "year_to": [2020]}', '{"amount_min": "lots", "amount_max": {"x": 1}}',
    '{"text": 5}', '{"statuses": "ongoing"}', '[1, 2]', '"just text"', '{"cities": [null, 3, "c_hue"]}',
    '{"year_from": true}', "{not json",
]
HOSTILE_SELECTIONS = [  # the selection as the project keeps it since the selection object
    '{"filter": 5, "lens": ["mekong"]}', '{"filter": {"donors": "KR"}, "lens": "flood", "city_ids": {"a": 1}}',
    '{"lens": "mekong", "lens_filter": "x"}', '{"lens": "flood", "city_ids": [1, null, "\\u0000"]}',
]


@pytest.mark.parametrize("key, state", [(FILTER_KEY, state) for state in HOSTILE_STATES]
                         + [(SELECTION_KEY, state) for state in HOSTILE_STATES + HOSTILE_SELECTIONS])
def test_hand_edited_filter_state_never_raises(key, state):
    project = QgsProject.instance()
    project.writeEntry(SETTINGS_PREFIX, key, state)
    try:
        selection = read_selection(project)
    finally:
        project.removeEntry(SETTINGS_PREFIX, key)
    assert selection.city_ids is None or all(isinstance(city, str) for city in selection.city_ids)
    loaded = selection.project_filter
    assert isinstance(loaded, ProjectFilter)
    assert loaded.year_from is None or isinstance(loaded.year_from, int)
    assert all(isinstance(value, str) for value in loaded.sectors + loaded.donors + loaded.cities)
    assert isinstance(loaded.text, str)
    for amount in (loaded.amount_min, loaded.amount_max):
        assert amount is None or isinstance(amount, float)


def test_the_dock_opens_a_project_with_a_hand_edited_filter(desktop_iface, qgis_new_project, tmp_path):
    """The readProject slot never raises: the project opens, the dock shows an empty filter."""
    import smartcity_plugin
    from smartcity_plugin.layers.group import add_cooperation_layers

    plugin = smartcity_plugin.classFactory(desktop_iface)
    plugin.initGui()
    try:
        plugin.show_dock() if hasattr(plugin, "show_dock") else plugin.dock_action.trigger()
        project = QgsProject.instance()
        edited = QgsProject()  # written elsewhere and edited by hand (the dock writes its own selection on save)
        add_cooperation_layers(edited)
        path = tmp_path / "hand-edited.qgs"
        edited.writeEntry(SETTINGS_PREFIX, SELECTION_KEY,
                          '{"filter": {"sectors": 5, "year_from": "x", "donors": [[1]]}, "lens": "flood", '
                          '"city_ids": "x"}')
        assert edited.write(str(path))
        errors = []
        hook = sys.excepthook
        sys.excepthook = lambda *info: errors.append(info)
        try:
            assert project.read(str(path))
        finally:
            sys.excepthook = hook
        assert errors == []
        assert plugin.dock.form.project_filter() == ProjectFilter()
    finally:
        plugin.unload()
        QgsProject.instance().clear()


def test_a_locked_geopackage_is_named_as_locked_not_as_not_a_geopackage(qgis_app, tmp_path):
    target = tmp_path / "mine.gpkg"
    import_csv(fixture("csv", "3w-hxl.csv"), target, options=ImportOptions(import_date="2026-01-01"))
    holder = sqlite3.connect(str(target), timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file locked
    try:
        before = digest(target)
        with pytest.raises(DataExchangeError) as error:
            import_csv(fixture("csv", "3w-hxl.csv"), target)
        assert "not a GeoPackage" not in str(error.value)
        assert "another program" in str(error.value) and target.name in str(error.value)
        assert digest(target) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()


KILLED_IMPORT = """
import os, sys
sys.path.insert(0, {root!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from smartcity_plugin.io import importer
from smartcity_plugin.io.csv_import import import_csv
real = importer.place
def place_then_die(*args, **kwargs):
    print("writing", flush=True)
    os._exit(9)  # killed in the middle of the import
importer.place = place_then_die
import_csv({source!r}, {target!r})
"""


def test_a_killed_import_leaves_nothing_after_the_next_start(qgis_app, tmp_path, data_source_setting):  # noqa: F811
    """The import is killed while it writes a new GeoPackage; the plugin's start removes what it left."""
    from smartcity_plugin.io.stale_files import remove_stale_files

    target = tmp_path / "new.gpkg"
    script = KILLED_IMPORT.format(root=os.getcwd(), source=str(fixture("csv", "3w-hxl.csv")), target=str(target))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "writing" in done.stdout, done.stderr[-2000:]
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert left, "the killed import should have left its temporary copy"
    # Files of a live process (this one) stay; the dead one's go.
    alive = tmp_path / f".other.importing-{os.getpid()}.gpkg"
    alive.write_bytes(b"in use")
    removed = remove_stale_files([tmp_path])
    assert sorted(p.name for p in removed) == sorted(left)
    assert sorted(p.name for p in tmp_path.iterdir()) == [alive.name]
    assert not target.exists()


def test_the_plugin_start_cleans_the_data_and_export_folders(desktop_iface, tmp_path, data_source_setting):  # noqa: F811
    from qgis.core import QgsSettings

    import smartcity_plugin

    planner = tmp_path / "data" / "mine.gpkg"
    planner.parent.mkdir()
    import_csv(fixture("csv", "3w-hxl.csv"), planner, options=ImportOptions(import_date="2026-01-01"))
    data_source_setting(planner)
    exports = tmp_path / "maps"
    exports.mkdir()
    QgsSettings().setValue(f"{SETTINGS_PREFIX}/export_folder", str(exports))
    dead = 2 ** 22 + 12345  # no process has this id
    stale = [planner.parent / f".mine.importing-{dead}.gpkg", planner.parent / f".mine.importing-{dead}.gpkg-journal",
             exports / f".report.partial-{dead}.pdf", exports / f".projects.csv.{dead}.part"]
    for path in stale:
        path.write_bytes(b"left by a killed QGIS")
    old = exports / ".report.partial.pdf"  # an older plugin's name, without a process id: by age
    old.write_bytes(b"x")
    os.utime(old, (time.time() - 3 * 86400, time.time() - 3 * 86400))
    plugin = smartcity_plugin.classFactory(desktop_iface)
    plugin.initGui()
    plugin.unload()
    QgsSettings().remove(f"{SETTINGS_PREFIX}/export_folder")
    assert not any(path.exists() for path in stale + [old])
    assert planner.exists()


@pytest.mark.parametrize("place", ["parent_is_a_file", "read_only_folder"])
def test_impossible_import_targets_give_a_message_naming_the_file(qgis_app, tmp_path, place):
    if place == "parent_is_a_file":
        (tmp_path / "notes.txt").write_text("x")
        target = tmp_path / "notes.txt" / "mine.gpkg"
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        if os.geteuid() == 0:  # root writes anywhere: a read-only place is a read-only file system
            subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], check=True)
        else:
            folder.chmod(0o555)
        target = folder / "mine.gpkg"
    try:
        with pytest.raises(DataExchangeError) as error:
            import_csv(fixture("csv", "3w-hxl.csv"), target)
        assert "mine.gpkg" in str(error.value)
    finally:
        if place == "read_only_folder":
            subprocess.run(["umount", str(folder)], capture_output=True)
            folder.chmod(0o755)
