"""The export dialog exports the selection it is given, exactly as the Processing algorithm does."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtGui import QImage

import smartcity_plugin
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.selection import Selection
from smartcity_plugin.gui.export_dialog import ATLAS, ExportDialog

FILTER = ProjectFilter(sectors=("water",), donors=("KR", "US"), countries=("KH", "LA", "MM", "TH", "VN"), year_from=2019)


@pytest.fixture()
def dialog(desktop_iface, qgis_new_project, qgis_processing):
    QgsProject.instance().clear()
    plugin = smartcity_plugin.classFactory(None)
    plugin.initProcessing()
    widget = ExportDialog(desktop_iface, selection=lambda: Selection(FILTER))  # what the dock shows
    yield widget
    widget.deleteLater()
    plugin.unload()
    QgsProject.instance().clear()


def test_dialog_and_processing_make_the_same_map(dialog, desktop_iface, tmp_path):
    from qgis import processing

    dialog.kind.setCurrentIndex(dialog.kind.findData("overview_a4_portrait"))
    dialog.title.setText("Water in the Mekong")
    for fmt, box in dialog.formats.items():
        box.setChecked(fmt in ("png", "pdf"))
    dialog.dpi.setValue(96)
    dialog.output.setFilePath(str(tmp_path / "dialog" / "mekong.pdf"))
    written = dialog.export()
    assert [p.name for p in written] == ["mekong.pdf", "mekong.png"]
    processing.run("smartcity:exportmap", {
        "SECTORS": "water", "DONORS": "KR,US", "COUNTRIES": "KH,LA,MM,TH,VN", "YEAR_FROM": 2019,
        "TEMPLATE": 1, "TITLE": "Water in the Mekong", "DPI": 96, "OUTPUT": str(tmp_path / "processing.png"),
    })
    assert QImage(str(written[1])) == QImage(str(tmp_path / "processing.png"))
    layouts = [layout.name() for layout in QgsProject.instance().layoutManager().printLayouts()]
    assert layouts == ["Water in the Mekong"]  # kept in the project for fine-tuning
    messages = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("mekong.pdf" in message and "href" in message for message in messages)


def test_dialog_atlas_and_cancel(dialog, tmp_path):
    dialog.kind.setCurrentIndex(dialog.kind.findData(ATLAS))
    assert dialog.chosen_formats() == ["pdf"] and not dialog.formats["png"].isEnabled()
    dialog.dpi.setValue(72)
    dialog.output.setFilePath(str(tmp_path / "profiles.pdf"))
    dialog.feedback = None
    written = dialog.export()
    assert [p.name for p in written] == ["profiles.pdf"]
    # Cancel as soon as the first page is done: nothing half-written, the earlier file kept.
    dialog.output.setFilePath(str(tmp_path / "profiles.pdf"))
    dialog.confirm_replace = lambda paths: True  # the planner agreed to replace it
    before = (tmp_path / "profiles.pdf").read_bytes()
    original = dialog._progress
    dialog._progress = lambda value: (original(value), dialog.cancel() if value > 0 else None)
    assert dialog.export() == []
    assert (tmp_path / "profiles.pdf").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profiles.pdf"]
