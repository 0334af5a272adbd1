"""Break text into lines at word boundaries before a layout draws it.

Qt breaks Korean between any two syllables (as it does Chinese), cutting words in two;
QGIS labels wrap with Qt. Text is therefore wrapped here, for the label's font and width:
Korean only at spaces, Thai at the word boundaries Qt finds (libthai), other scripts at
Qt's line-break opportunities. Lines that fit are left for QGIS to draw unchanged.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QTextBoundaryFinder
from qgis.PyQt.QtGui import QFont, QFontMetricsF, QImage

MM_PER_POINT = 25.4 / 72


def _hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"


def break_positions(text: str) -> list[int]:
    """Where a line may end: Qt's line-break opportunities, never inside a Korean word."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    positions = []
    position = finder.toNextBoundary()
    while position != -1:
        if position >= len(text) or not (_hangul(text[position - 1]) and _hangul(text[position])):
            positions.append(position)
        position = finder.toNextBoundary()
    return positions


def _metrics(font: QFont) -> QFontMetricsF:
    device = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_metre = round(72 / 0.0254)  # one pixel per point: widths in points
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return QFontMetricsF(font, device)


def text_width_mm(text: str, font: QFont) -> float:
    """Width of ``text`` in ``font`` on the page, in millimetres."""
    return _metrics(font).horizontalAdvance(text) * MM_PER_POINT


def wrap_text(text: str, font: QFont, width_mm: float) -> str:
    """``text`` with line breaks so that every line fits ``width_mm`` (a word longer stays whole)."""
    metrics = _metrics(font)
    limit = width_mm / MM_PER_POINT
    lines = []
    for paragraph in text.split("\n"):
        start, last_fit = 0, None
        for position in break_positions(paragraph):
            candidate = paragraph[start:position].rstrip()
            if metrics.horizontalAdvance(candidate) <= limit or last_fit is None:
                last_fit = position
                if metrics.horizontalAdvance(candidate) > limit:  # one word wider than the line
                    lines.append(candidate)
                    start, last_fit = position, None
                continue
            lines.append(paragraph[start:last_fit].rstrip())
            start = last_fit
            last_fit = position if metrics.horizontalAdvance(paragraph[start:position].rstrip()) <= limit else None
            if last_fit is None:
                lines.append(paragraph[start:position].rstrip())
                start = position
        rest = paragraph[start:].rstrip()
        if rest or not lines:
            lines.append(rest)
    return "\n".join(lines)


def line_height_mm(font: QFont) -> float:
    """Height of one line of ``font`` on the page (ascent, descent and leading), in millimetres."""
    return _metrics(font).lineSpacing() * MM_PER_POINT


def wrap_width(label) -> float:
    """The width to wrap a label's text to: its box less margins and some slack (mm).

    QGIS 3.40 measures text with its own renderer, a little wider than Qt's metrics: a line
    that only just fits here would be broken again there, possibly inside a Thai word.
    """
    return label.rect().width() * 0.92 - 2.0
