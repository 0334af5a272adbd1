"""Case folding that SQL and QGIS expressions can both spell: one letter for one letter, whatever the script.

"Title contains" must find the same projects in a GeoPackage, in PostgreSQL and in a QGIS
expression. Their lower() functions disagree beyond ASCII (SQLite folds only A-Z, Qt folds
"İ" into two letters and leaves "µ" apart from "μ"), so no dialect uses lower(): the title's
letters that fold to a letter of the searched text are replaced by it, one replace() each,
and the folded text is searched for. Folding is Unicode's simple case folding (one letter
for one letter: "ς" and "Σ" are "σ", "K" (Kelvin) is "k"); a letter that folds only into
several ("ß", "İ") is kept as it is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

CASED_PLANES_END = 0x1F000  # every letter with a case lies below (Latin … Adlam)


def fold_letter(char: str) -> str:
    """``char`` folded to one letter: its case folding, else its small letter, else itself."""
    for folded in (char.casefold(), char.lower()):
        if len(folded) == 1:
            return folded
    return char


def fold(text: str) -> str:
    """``text`` (NFC) with every letter folded."""
    return "".join(fold_letter(char) for char in unicodedata.normalize("NFC", text))


@lru_cache(maxsize=1)
def _variants() -> dict[str, tuple[str, ...]]:
    """Folded letter → the other letters that fold to it (a pure table of Unicode: the same in every session)."""
    found: dict[str, set[str]] = {}
    for code in range(CASED_PLANES_END):
        char = chr(code)
        folded = fold_letter(char)
        if folded != char:
            found.setdefault(folded, set()).add(char)
    return {folded: tuple(sorted(chars)) for folded, chars in found.items()}


def variants(letter: str) -> tuple[str, ...]:
    """The letters other than ``letter`` that fold to it ("σ": "Σ", "ς"), in code point order."""
    return _variants().get(letter, ())


def replacements(folded_text: str) -> list[tuple[str, str]]:
    """(letter, folded letter) pairs that fold a title as far as searching ``folded_text`` needs."""
    return [(variant, letter) for letter in sorted(set(folded_text)) for variant in variants(letter)]


def folded_value(value: str, folded_text: str, literal: Callable[[str], str]) -> str:
    """SQL or expression ``value`` with the letters of ``folded_text`` folded (nested replace(), alike in both)."""
    for letter, folded in replacements(folded_text):
        value = f"replace({value}, {literal(letter)}, {literal(folded)})"
    return value
