"""Maps and atlases for reports: every format opens, texts say the filter, nothing half-written."""

from __future__ import annotations

import sqlite3
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest
from qgis.core import QgsFeedback, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtGui import QImage

from smartcity_plugin.toolbelt.paths import bundled_data_path


def run(algorithm: str, feedback=None, **parameters):
    from qgis import processing

    return processing.run(f"smartcity:{algorithm}", parameters, feedback=feedback)


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_map_in_every_format(provider, tmp_path):
    common = {"SECTORS": "water", "DONORS": "KR,US", "YEAR_FROM": 2018, "YEAR_TO": 2025, "DPI": 100,
              "TITLE": "Water cooperation"}
    pdf = run("exportmap", OUTPUT=str(tmp_path / "map.pdf"), **common)["OUTPUT"]
    assert pdf_pages(pdf) == 1
    text = " ".join(pdf_text(pdf).split())
    assert "Water cooperation" in text
    assert "Water projects funded by Korea and the United States, 2018–2025" in text
    assert "Natural Earth" in text and "as of" in text
    png = run("exportmap", OUTPUT=str(tmp_path / "map.png"), **common)["OUTPUT"]
    image = QImage(png)
    assert (image.width(), image.height()) == (int(297 / 25.4 * 100), int(210 / 25.4 * 100))  # A4 landscape, 100 dpi
    colours = {image.pixel(x, y) for x in range(0, 1169, 7) for y in range(0, 827, 7)}
    assert len(colours) > 100  # a map, not a blank page
    svg = run("exportmap", OUTPUT=str(tmp_path / "map.svg"), TEMPLATE=3, **common)["OUTPUT"]
    assert ElementTree.parse(svg).getroot().tag.endswith("svg")
    assert not list(tmp_path.glob(".*partial*"))


def test_atlas_has_one_page_per_city_in_the_filter(provider, tmp_path):
    with sqlite3.connect(bundled_data_path()) as connection:
        (cities,) = connection.execute(
            "SELECT count(*) FROM ascn_cities WHERE country_iso2 IN ('VN', 'TH')").fetchone()
    result = run("exportatlas", COUNTRIES="VN,TH", DPI=72, OUTPUT=str(tmp_path / "profiles.pdf"))
    assert result["PAGES"] == cities and pdf_pages(result["OUTPUT"]) == cities
    text = pdf_text(result["OUTPUT"])
    assert "Da Nang" in text and "Bangkok" in text and "Kuala Lumpur" not in text
    assert "Flood warning" in text
    assert "ASCN status: Pilot city (2018)" in " ".join(text.split()) and "pilot_2018" not in text
    pages = run("exportatlas", COUNTRIES="VN", DPI=72, SEPARATE=True, OUTPUT=str(tmp_path / "vn.pdf"))
    assert sorted(p.name for p in (tmp_path / "vn").glob("*.pdf")) == [
        "city_profile_ascn_vn_da_nang.pdf", "city_profile_ascn_vn_hanoi.pdf", "city_profile_ascn_vn_ho_chi_minh_city.pdf",
    ]
    assert pages["PAGES"] == 3


def test_cancelled_export_leaves_nothing(provider, tmp_path):
    from qgis.core import QgsProject

    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.exporter import ExportCancelledError, export_layout
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout

    project = QgsProject()
    layout = build_map_layout(project, MapRequest(ProjectFilter()))
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(ExportCancelledError):
        export_layout(layout, tmp_path / "cancelled.pdf", 72, feedback)
    assert list(tmp_path.iterdir()) == []
    del layout
    project.clear()

    class CancelAfterFirstPage(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 0:
                self.cancel()

    with pytest.raises(QgsProcessingException, match="cancelled"):
        run("exportatlas", feedback=CancelAfterFirstPage(), DPI=72, OUTPUT=str(tmp_path / "atlas.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_existing_file_kept_when_export_fails(provider, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the planner's earlier map")
    with pytest.raises(QgsProcessingException, match="start year 2025 is after the end year 2020"):
        run("exportmap", YEAR_FROM=2025, YEAR_TO=2020, OUTPUT=str(target))
    assert target.read_bytes() == b"the planner's earlier map"
    with pytest.raises(QgsProcessingException, match="No ASCN city matches"):
        run("exportatlas", COUNTRIES="XX", OUTPUT=str(tmp_path / "none.pdf"))


def test_atlas_profile_is_plain_text_not_html(provider):
    """QGIS without WebKit (3.40/3.44 on Debian) and QGIS 4 render no HTML: the profile is a text label."""
    from qgis.core import QgsLayoutItemHtml, QgsLayoutItemLabel, QgsProject

    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.atlas import build_city_atlas
    from smartcity_plugin.export.layouts import MapRequest

    project = QgsProject()
    layout = build_city_atlas(project, MapRequest(ProjectFilter(countries=("VN",))))
    profile = layout.itemById("profile")
    assert isinstance(profile, QgsLayoutItemLabel) and profile.mode() == QgsLayoutItemLabel.ModeFont
    assert not [frame for frame in layout.multiFrames() if isinstance(frame, QgsLayoutItemHtml)]
    layout.atlas().beginRender()
    layout.atlas().first()
    shown = profile.currentText()
    assert shown.startswith("ASCN status: ") and "Projects under the filter: " in shown and "<" not in shown
    layout.atlas().endRender()
    del layout
    project.clear()
