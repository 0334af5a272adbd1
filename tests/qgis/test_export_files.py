"""Issue 16 items 7 and 8: exports write exactly the chosen file, completely, or say why not.

A full disk is real here: a 2 MB tmpfs mounted for the test (root only; skipped otherwise).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProject

import smartcity_plugin
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.export.names import ExportError
from smartcity_plugin.gui.export_dialog import ExportDialog


@pytest.fixture()
def dialog(desktop_iface, qgis_new_project, qgis_processing):
    QgsProject.instance().clear()
    plugin = smartcity_plugin.classFactory(None)
    plugin.initProcessing()
    widget = ExportDialog(desktop_iface)
    widget.dpi.setValue(72)
    yield widget
    widget.deleteLater()
    plugin.unload()
    QgsProject.instance().clear()


@pytest.fixture()
def overview():
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout

    project = QgsProject.instance()
    project.clear()
    layout = build_map_layout(project, MapRequest(ProjectFilter(), title="Full disk"))
    yield layout
    project.clear()


@pytest.fixture()
def tiny_disk(tmp_path):
    """A real, small file system (tmpfs); the test fills it."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until ``leave`` bytes remain free."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(folder / "filler", "wb") as handle:
        handle.write(b"\0" * max(free - leave, 0))


def _export(dialog, path: Path, formats=("pdf",)):
    for fmt, box in dialog.formats.items():
        box.setChecked(fmt in formats)
    dialog.output.setFilePath(str(path))
    return dialog.export()


# Item 7 ------------------------------------------------------------------------------------------

def test_a_dot_in_the_name_is_not_an_extension(dialog, tmp_path):
    older = tmp_path / "Mekong report v1.pdf"
    older.write_bytes(b"%PDF-1.4 the planner's earlier report\n%%EOF\n")
    written = _export(dialog, tmp_path / "Mekong report v1.2.pdf", ("pdf", "png"))
    assert [p.name for p in written] == ["Mekong report v1.2.pdf", "Mekong report v1.2.png"]
    assert older.read_bytes() == b"%PDF-1.4 the planner's earlier report\n%%EOF\n"
    # Typed without an extension: the format's extension is added, the name kept whole.
    written = _export(dialog, tmp_path / "Mekong report v1.3", ("png",))
    assert [p.name for p in written] == ["Mekong report v1.3.png"]


def test_replacing_a_file_is_asked_first(dialog, tmp_path, desktop_iface):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 keep me\n%%EOF\n")
    asked = []
    dialog.confirm_replace = lambda paths: asked.append([p.name for p in paths]) or False
    assert _export(dialog, target, ("pdf", "png")) == []
    assert asked == [["report.pdf"]]
    assert target.read_bytes() == b"%PDF-1.4 keep me\n%%EOF\n" and not (tmp_path / "report.png").exists()
    dialog.confirm_replace = lambda paths: asked.append([p.name for p in paths]) or True
    assert [p.name for p in _export(dialog, target)] == ["report.pdf"]
    assert target.read_bytes().startswith(b"%PDF") and b"keep me" not in target.read_bytes()
    # The file widget does not ask a second time (the dialog asks once, also for typed names).
    assert not dialog.output.confirmOverwrite()


def test_exportprojects_refuses_a_target_of_another_kind(qgis_processing, provider, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingException

    document = tmp_path / "important.docx"
    document.write_bytes(b"PK\x03\x04 a ministry's report")
    with pytest.raises(QgsProcessingException, match="important.docx"):
        processing.run("smartcity:exportprojects", {"FORMAT": 0, "OUTPUT": str(document)})
    assert document.read_bytes() == b"PK\x03\x04 a ministry's report"
    with pytest.raises(QgsProcessingException, match="GeoJSON"):
        processing.run("smartcity:exportprojects", {"FORMAT": 1, "OUTPUT": str(tmp_path / "x.csv")})
    # A dot in the name is not an extension; a temporary output gets the format's extension.
    result = processing.run("smartcity:exportprojects", {"FORMAT": 0, "OUTPUT": str(tmp_path / "projects v1.2")})
    assert Path(result["OUTPUT"]).name == "projects v1.2.csv"
    result = processing.run("smartcity:exportprojects", {"FORMAT": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert Path(result["OUTPUT"]).suffix == ".geojson" and Path(result["OUTPUT"]).stat().st_size > 1000


def test_cancelled_project_export_keeps_the_earlier_file(qgis_processing, provider, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    target = tmp_path / "projects.csv"
    processing.run("smartcity:exportprojects", {"FORMAT": 0, "OUTPUT": str(target)})
    before = target.read_bytes()
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    processing.run("smartcity:exportprojects", {"FORMAT": 0, "OUTPUT": str(target)}, feedback=feedback)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["projects.csv"]


# Item 8 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg"])
def test_full_disk_never_reports_success_nor_replaces_the_good_file(overview, tiny_disk, suffix):
    from smartcity_plugin.export.exporter import export_layout

    target = tiny_disk / f"map{suffix}"
    good = b"the planner's earlier, good map"
    target.write_bytes(good)
    _fill(tiny_disk, 8 * 1024)
    with pytest.raises(ExportError) as error:
        export_layout(overview, target, dpi=72)
    assert "map" + suffix in str(error.value)
    assert target.read_bytes() == good
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", f"map{suffix}"]


def test_export_with_room_checks_and_writes(overview, tmp_path):
    from smartcity_plugin.export.exporter import export_layout

    pdf = export_layout(overview, tmp_path / "map.pdf", dpi=72)
    assert pdf.read_bytes().startswith(b"%PDF-") and b"%%EOF" in pdf.read_bytes()[-1024:]


@pytest.mark.parametrize("place", ["folder", "read_only", "missing_parent_read_only", "parent_is_a_file"])
def test_impossible_targets_give_a_clear_message(overview, tmp_path, place):
    from smartcity_plugin.export.exporter import export_layout

    if place == "folder":
        target = tmp_path / "map.pdf"
        target.mkdir()
    elif place == "read_only":
        locked = tmp_path / "locked"
        locked.mkdir()
        target = locked / "map.png"
    elif place == "missing_parent_read_only":
        locked = tmp_path / "locked"
        locked.mkdir()
        target = locked / "new folder" / "map.pdf"
    else:
        (tmp_path / "notes.txt").write_text("x")
        target = tmp_path / "notes.txt" / "map.pdf"
    if place.startswith(("read_only", "missing")):
        locked.chmod(0o555)
        if os.access(locked, os.W_OK) and os.geteuid() == 0:
            # root writes anywhere: a read-only place is a read-only file system
            subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(locked)], check=True)
    try:
        with pytest.raises(ExportError) as error:
            export_layout(overview, target, dpi=72)
        message = str(error.value)
        assert target.name in message and "Traceback" not in message
    finally:
        if place.startswith(("read_only", "missing")):
            subprocess.run(["umount", str(locked)], capture_output=True)
            locked.chmod(0o755)


def test_dialog_reports_an_impossible_target_in_the_message_bar(dialog, tmp_path, desktop_iface):
    from qgis.core import Qgis

    (tmp_path / "notes.txt").write_text("x")
    assert _export(dialog, tmp_path / "notes.txt" / "map.pdf") == []
    messages = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("map.pdf" in message for message in messages)
