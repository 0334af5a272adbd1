"""Keep spreadsheet formulas out of CSV cells, reversibly.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(…)`` leaks data, ``+cmd|…``
starts programs). The export puts an apostrophe in front of such a cell, which spreadsheets
show as text; the import removes exactly one leading apostrophe from a cell that is
apostrophes followed by such a character, so every value reads back as it was (a value that
itself began with apostrophes gets one more on export and loses it on import). Plain numbers
("-77.5", "+1e3") are left alone: spreadsheets read them as numbers, not formulas.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]", re.DOTALL)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text (a leading apostrophe where it would be a formula)."""
    if _NEEDS_QUOTE.match(cell) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """The value :func:`neutralise` was given (one leading apostrophe removed before a formula character)."""
    if cell.startswith("'") and neutralise(cell[1:]) == cell:
        return cell[1:]
    return cell
