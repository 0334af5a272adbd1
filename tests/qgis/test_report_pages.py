"""Every page a planner prints: words inside the margins, words not codes, legends that tell the truth.

Reads the PDFs as a reader's software does (pdftotext -bbox), for the exports `make demo`
writes and for the atlas in Korean and Thai.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree

import pytest

MM = 72 / 25.4  # PDF points per millimetre
MEKONG = "KH,LA,MM,TH,VN"
ISO_CODES = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "US", "KR", "JP", "CN", "XM", "AU"}
CODE_PATTERNS = (
    re.compile(r"\b[a-z]+_[a-z0-9_]+\b"),  # pilot_2018, ascn_vn_da_nang, outside_country
    re.compile(r"\b[a-z]+;[a-z.;_]+\b"),  # water;security.climate_risk_management
    re.compile(r"\b(egov|in_kind|national_network|flash_flood|basin_approx|admin1_union)\b"),  # codes, not English
)
# (algorithm, file, parameters, page margin in mm): the exports of scripts/demo.py, quicker.
EXPORTS = [
    ("exportmap", "overview.pdf", {"TITLE": "Who cooperates where on smart cities in ASEAN"}, 10),
    ("exportmap", "flood.pdf", {"TITLE": "Flood forecasting and warning coverage", "CONTENTS": 1}, 10),
    ("exportmap", "mekong.pdf", {"TITLE": "US and Korean water cooperation in the Mekong", "TEMPLATE": 1,
                                 "SECTORS": "water", "DONORS": "US,KR", "COUNTRIES": MEKONG, "YEAR_FROM": 2019}, 10),
    ("exportmap", "a3.pdf", {"TITLE": "Smart city cooperation", "TEMPLATE": 2}, 10),
    ("exportatlas", "atlas.pdf", {"TITLE": "Mekong profiles", "COUNTRIES": MEKONG, "ONLY_WITH_PROJECTS": True}, 12),
]


def run(algorithm: str, **parameters):
    from qgis import processing

    return processing.run(f"smartcity:{algorithm}", {"DPI": 72, **parameters})


def pdf_pages(path) -> list[dict]:
    """Per page: its size and its words with their boxes (points, origin top left)."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = []
    for page in root.iter("page"):
        words = [(unicodedata.normalize("NFKC", w.text or ""), *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))) for w in page.iter("word")]
        pages.append({"width": float(page.get("width")), "height": float(page.get("height")), "words": words})
    return pages


def outside_margins(page: dict, margin_mm: float) -> list:
    margin = margin_mm * MM - 1.0  # a point of tolerance for glyph boxes
    return [w for w in page["words"] if w[1] < margin or w[2] < margin
            or w[3] > page["width"] - margin or w[4] > page["height"] - margin]


def codes_in(page: dict, typed: str = "") -> list[str]:
    """Internal codes a reader would see (the planner's own typed title aside)."""
    words = [w[0] for w in page["words"]]
    for word in typed.split():
        if word in words:
            words.remove(word)
    text = " ".join(words)
    found = [m.group(0) for pattern in CODE_PATTERNS for m in pattern.finditer(text)]
    # Country codes standing alone, outside the sources line (whose prose may say "US smart-city").
    footer = page["height"] - 30 * MM
    return found + [w[0] for w in page["words"] if w[0].strip("(),.:;") in ISO_CODES and w[2] < footer
                    and w[0] not in typed.split()]


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory, provider_module):
    folder = tmp_path_factory.mktemp("demo")
    written = []
    for algorithm, name, parameters, margin in EXPORTS:
        run(algorithm, OUTPUT=str(folder / name), **parameters)
        written.append((folder / name, margin, parameters.get("TITLE", "")))
    return written


@pytest.fixture(scope="module")
def provider_module(qgis_processing):
    import smartcity_plugin

    plugin = smartcity_plugin.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


def test_every_word_inside_the_margins_and_no_codes(demo_pdfs):
    for path, margin, title in demo_pdfs:
        for number, page in enumerate(pdf_pages(path), start=1):
            assert page["words"], f"{path.name} page {number} is empty"
            assert outside_margins(page, margin) == [], f"{path.name} page {number}"
            assert codes_in(page, title) == [], f"{path.name} page {number}"


def overlapping_words(page: dict) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap (by more than half a point across, a point up and down).

    A word's box spans its font's whole ascent and descent: a title's box and the subtitle's under
    it touched by 0.6 pt on QGIS 3.40's A3 page with no ink near each other.
    """
    words = page["words"]
    return [(a[0], b[0]) for i, a in enumerate(words) for b in words[i + 1:]
            if min(a[3], b[3]) - max(a[1], b[1]) > 0.5 and min(a[4], b[4]) - max(a[2], b[2]) > 1.0]


def test_crowded_places_keep_their_names(demo_pdfs):
    """Johor Bahru and Singapore (20 km apart) and Manila (a full ring of projects) are all named; nothing collides."""
    for path, _, _ in demo_pdfs:
        if path.name not in ("overview.pdf", "a3.pdf"):
            continue
        page = pdf_pages(path)[0]
        text = " ".join(w[0] for w in page["words"])
        for name in ("Johor Bahru", "Singapore", "Manila", "Jakarta", "Hanoi"):
            assert name in text, (path.name, name)
        assert overlapping_words(page) == [], path.name


def test_flood_map_legend_names_every_funder(demo_pdfs):
    """The flood-coverage map has no totals table: its legend has the whole panel and names every funder."""
    flood = next(path for path, _, _ in demo_pdfs if path.name == "flood.pdf")
    words = {w[0] for w in pdf_pages(flood)[0]["words"]}
    assert {"Korea", "Japan", "Australia", "Multilateral"} <= words


def test_atlas_leaves_out_empty_cities_and_uses_the_title(demo_pdfs):
    atlas = next(path for path, _, _ in demo_pdfs if path.name == "atlas.pdf")
    pages = pdf_pages(atlas)
    texts = [" ".join(w[0] for w in page["words"]) for page in pages]
    first_pages = [text for text in texts if "Mekong profiles · City cooperation profile" in text]
    assert first_pages, texts[0][:300]
    assert all("Projects under the filter: 0" not in text for text in texts)
    assert all("No project in this city matches" not in text for text in texts)


def test_atlas_continuation_page_names_its_city_and_tables_give_confidence(demo_pdfs):
    """A project table that flows onto a second page says whose it is; every profile says how sure its records are."""
    atlas = next(path for path, _, _ in demo_pdfs if path.name == "atlas.pdf")
    texts = [" ".join(w[0] for w in page["words"]) for page in pdf_pages(atlas)]
    continued = [index for index, text in enumerate(texts) if "City cooperation profile" not in text]
    assert continued, "the Mekong atlas has a city (Vientiane) whose table needs a second page"
    for index in continued:
        city = texts[index - 1].split(" — ")[0].split()[0]  # the first word of the city page's title
        assert texts[index].startswith(f"{city}"), texts[index][:80]
        assert "(continued)" in texts[index].split("Project")[0]  # the heading, above the table
        assert "Confidence" in texts[index] and "Donor" in texts[index]
        assert re.search(r"Page \d+ of \d+ \(continued\)", texts[index]), texts[index][-80:]
    for text in (t for i, t in enumerate(texts) if i not in continued):
        assert re.search(r"Confidence of the records: (high|medium|low) \(\d+\)", text), text[:200]
        assert "Confidence" in text.split("Project Donor")[-1]  # the table's column


def test_atlas_legend_lists_only_donors_drawn_on_the_page(provider, tmp_path):
    """Each donor the printed legend names under the projects has a project drawn inside that page's map."""
    from qgis.core import QgsFeatureRequest, QgsLayoutExporter, QgsProject

    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.atlas import AtlasOptions, build_city_atlas
    from smartcity_plugin.export.exporter import _pdf_settings
    from smartcity_plugin.export.layouts import MapRequest
    from smartcity_plugin.layers import palette
    from smartcity_plugin.layers.group import find_group, layers_by_role

    project = QgsProject()
    layout = build_city_atlas(project, MapRequest(ProjectFilter(countries=("VN", "TH", "PH"))),
                              options=AtlasOptions(only_with_projects=True))
    projects = layers_by_role(find_group(project))["projects"]
    legend, main_map = layout.itemById("legend"), layout.itemById("map")
    names = {label: code for code, (label, _) in palette.DONOR_COLOURS.items()}
    box = legend.sceneBoundingRect()
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.count() > 3
    checked = 0
    for index in range(atlas.count()):
        atlas.seekTo(index)
        page_pdf = tmp_path / f"page{index}.pdf"
        assert QgsLayoutExporter(layout).exportToPdf(str(page_pdf), _pdf_settings(72)) == 0
        words = [w for w in pdf_pages(page_pdf)[0]["words"]
                 if box.left() * MM <= w[1] and w[3] <= box.right() * MM and box.top() * MM <= w[2]
                 and w[4] <= box.bottom() * MM]
        # The projects' entries: below "Cooperation projects", above the next heading of that column.
        head = next(w for w in words if w[0] == "Cooperation")
        below = sorted((w for w in words if abs(w[1] - head[1]) < 3 and w[2] > head[4] + 8 and w[0][:1].isupper()
                        and w[0] in ("Main", "ASCN", "National", "Flood-warning")), key=lambda w: w[2])
        bottom = below[0][2] if below else box.bottom() * MM
        projects_part = " ".join(w[0] for w in words if head[1] - 1 <= w[1] < head[1] + 40 and head[4] < w[2] < bottom)
        # A mark lies up to a ring's radius (under 10 mm) from its place: count places that near too.
        ring = main_map.extent().width() / main_map.rect().width() * 10
        request = QgsFeatureRequest().setFilterRect(main_map.extent().buffered(ring))
        drawn = {f["donor_country"] for f in projects.getFeatures(request) if f["marker_offset"]}
        for label, code in names.items():
            if label in projects_part:
                assert code in drawn, (atlas.nameForPage(index), label)
                checked += 1
    atlas.endRender()
    assert checked > 0
    del layout
    project.clear()


def _printed_lines(page: dict) -> list[str]:
    """The page's lines as drawn: words on one baseline, left to right, as _plain text.

    (pdftotext -layout moves stacked Thai marks onto lines of their own; word boxes do not lie.)
    """
    rows: list[list] = []
    for word in (w for w in page["words"] if _plain(w[0])):
        row = next((r for r in rows if _same_line(r[0], word)), None)  # fonts differ: boxes overlap, not align
        if row is None:
            rows.append([word])
        else:
            row.append(word)
    return ["".join(_plain(w[0]) for w in sorted(words, key=lambda w: w[1])) for words in rows]


def _same_line(first: tuple, word: tuple) -> bool:
    overlap = min(first[4], word[4]) - max(first[2], word[2])
    return overlap > 0.6 * min(first[4] - first[2], word[4] - word[2])


def _plain(text: str) -> str:
    """Letters only: pdftotext drops some stacked Thai marks, and colons and digits amid Thai text."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c)[0] == "L")


@pytest.mark.parametrize("language", ["ko", "th"])
def test_korean_and_thai_atlas_money_in_units_and_no_broken_word(provider, tmp_path, language):
    from qgis.core import QgsLayoutExporter, QgsProject, QgsSettings

    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.atlas import AtlasOptions, build_city_atlas
    from smartcity_plugin.export.exporter import _pdf_settings
    from smartcity_plugin.export.layouts import MapRequest
    from smartcity_plugin.toolbelt.i18n import install_translator, remove_translator

    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", language)
    translator = install_translator(language)
    project = QgsProject()
    try:
        overview = run("exportmap", OUTPUT=str(tmp_path / "map.pdf"))
        layout = build_city_atlas(project, MapRequest(ProjectFilter(countries=("VN", "PH"))),
                                  options=AtlasOptions(only_with_projects=True))
        atlas = layout.atlas()
        assert atlas.beginRender() and atlas.count() > 1
        pages = []
        for index in range(atlas.count()):
            atlas.seekTo(index)
            layout.refresh()
            target = tmp_path / f"page{index}.pdf"
            assert QgsLayoutExporter(layout).exportToPdf(str(target), _pdf_settings(72)) == 0
            pages.append((layout.itemById("profile").currentText(), target))
        atlas.endRender()
        del layout
    finally:
        project.clear()
        remove_translator(translator)
        settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
        settings.setValue("locale/userLocale", saved[1] or "")
    text = " ".join(w[0] for path in [overview["OUTPUT"], *(p for _, p in pages)] for page in pdf_pages(path)
                    for w in page["words"])
    if language == "ko":
        assert re.search(r"\d+(\.\d+)?(만|억)", text)  # 100만 달러, 69.8억
        assert "백만" not in text and "십억" not in text and not re.search(r"\d (M|bn|k)\b", text)
        assert "프로필" in text
    else:
        assert "ล้าน" in text and not re.search(r"\d (M|bn|k)\b", text)
    # No word broken in two: each line the plugin wrapped at a word boundary is a whole line on the page
    # (had QGIS broken it again, inside a word, it would be split over two lines of the PDF).
    for profile, path in pages:
        printed = _printed_lines(pdf_pages(path)[0])
        for line in profile.splitlines():
            assert any(_plain(line) in row for row in printed), (path.name, line)


def test_flood_legend_keeps_its_funders_under_their_title(demo_pdfs):
    """The flood map's legend: every funder under "Flood-warning coverage", none alone at the top of a column."""
    flood = next(path for path, _, _ in demo_pdfs if path.name == "flood.pdf")
    words = pdf_pages(flood)[0]["words"]
    title = next(w for w in words if w[0] == "Flood-warning")
    funders = [w for w in words if w[0] in ("Korea", "Japan", "Australia", "Multilateral") and w[1] > title[1] - 40]
    assert len(funders) >= 3, funders  # the bundled data's funders of flood warning
    for word in funders:
        assert word[2] > title[2] and abs(word[1] - title[1]) < 30, (word, title)  # below the title, in its column
