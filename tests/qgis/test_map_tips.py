"""Map tips a planner can read: a readable width, the source as a link near the top, words not codes.

QGIS shows a map tip at most half the canvas high (taller ones are cut) and, on builds
without QtWebKit (Debian's 3.40 and 3.44, QGIS 4), in a text browser: the tips are laid
out here in Qt's text document, as that browser does, for every feature of the bundled data.
"""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject
from qgis.PyQt.QtGui import QTextDocument

from smartcity_plugin.layers.group import add_cooperation_layers
from smartcity_plugin.layers.presentation import tip_width_px

CANVAS = (1280, 800)  # QGIS's map canvas on a full-HD screen; a tip may use half of each side
# Fields holding codes; what the tip shows of them must be words.
CODE_FIELDS = {
    "projects": ("donor_country", "sectors", "recipient_country", "status", "finance_type", "confidence"),
    "cities": ("ascn_status", "status_confidence", "focus_areas", "country_iso2"),
    "flood": ("system_type", "geometry_basis", "funder_country", "country_iso2", "confidence"),
}


@pytest.fixture(scope="module")
def layers(qgis_app):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QFont

    saved = QgsApplication.font()
    QgsApplication.setFont(QFont("Noto Sans", 9))  # QGIS's interface font on a Debian desktop (tips follow it)
    project = QgsProject()
    yield add_cooperation_layers(project).layers
    project.clear()
    QgsApplication.setFont(saved)


def tips(layer) -> list[str]:
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    out = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        out.append(QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context))
    return [tip for tip in out if tip.strip()]


def laid_out(html: str) -> tuple[float, float]:
    """(width, height) in pixels of the tip in Qt's text document, as the text browser shows it."""
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(CANVAS[0] / 2)  # the most QGIS gives a tip; the tip's own table is narrower
    return document.idealWidth(), document.size().height()


@pytest.mark.parametrize("role", ["projects", "cities", "flood"])
def test_tips_fit_half_the_canvas_at_a_readable_width(layers, role):
    width = tip_width_px()
    assert 240 <= width <= CANVAS[0] / 2 - 32  # half the canvas less the cursor: QGIS cuts what is wider
    heights = []
    for tip in tips(layers[role]):
        tip_width, tip_height = laid_out(tip)
        assert width <= tip_width <= width + 12, tip[:120]  # no thin column, no runaway line
        heights.append(tip_height)
    assert heights and max(heights) <= CANVAS[1] / 2, max(heights)


@pytest.mark.parametrize("role", ["projects", "cities", "flood"])
def test_source_link_near_the_top_and_words_not_codes(layers, role):
    layer = layers[role]
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    checked = 0
    for feature in layer.getFeatures():
        context.setFeature(feature)
        tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
        link = re.search(r'<a href="(https://[^"]+)">', tip)
        assert link, tip[:200]
        assert tip.index(link.group(0)) < len(tip) / 2  # before the details, never cut off
        words = set(re.findall(r"[\w.-]+", re.sub(r"<[^>]+>", " ", tip).replace(link.group(1), "")))
        for field in CODE_FIELDS[role]:
            for code in str(feature[field] or "").split(";"):
                if "_" in code:  # codes that are not words themselves (pilot_2018, national_network)
                    assert code not in words, (field, code, tip[:160])
                    checked += 1
    assert checked > len(CODE_FIELDS[role])
