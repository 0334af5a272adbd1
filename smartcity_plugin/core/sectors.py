"""The sector vocabularies and their crosswalk, so a filter can speak any of them.

Projects are tagged with the presentation's eight categories (and their solutions, and
ASCN focus areas where no category fits). A planner may choose sectors in any taxonomy:
a Kearney dimension or an ASCN focus area stands for the presentation categories its
``equivalents`` name; a category stands for itself and its solutions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Optional

from smartcity_plugin.core.summary import split_list

TAXONOMIES = ("presentation", "kearney", "ascn")
TAGGING_TAXONOMY = "presentation"


@dataclass(frozen=True)
class Sector:
    """One entry of the ``sectors`` table."""

    code: str
    name: str
    taxonomy: str
    parent_code: Optional[str] = None
    equivalents: tuple[str, ...] = ()
    dac_codes: tuple[str, ...] = ()


class SectorCatalogue:
    """Every sector code the plugin knows, with the crosswalk between taxonomies."""

    def __init__(self, sectors: Iterable[Sector], translate: Optional[Callable[[str], str]] = None) -> None:
        self._by_code = {sector.code: sector for sector in sectors}
        self._translate = translate or (lambda text: text)
        self._children: dict[str, list[str]] = {}
        for sector in self._by_code.values():
            if sector.parent_code:
                self._children.setdefault(sector.parent_code, []).append(sector.code)

    @classmethod
    def from_rows(
        cls, rows: Iterable[Mapping[str, Any]], translate: Optional[Callable[[str], str]] = None
    ) -> SectorCatalogue:
        """Build from rows with the ``sectors`` table's fields; ``translate`` serves :meth:`label`."""
        return cls((
            Sector(
                code=row["code"],
                name=row.get("name") or row["code"],
                taxonomy=row.get("taxonomy") or "",
                parent_code=row.get("parent_code") or None,
                equivalents=tuple(split_list(row.get("equivalents"))),
                dac_codes=tuple(split_list(row.get("dac_codes"))),
            )
            for row in rows
        ), translate)

    def __contains__(self, code: str) -> bool:
        return code in self._by_code

    def codes(self) -> list[str]:
        """Every known code, in table order."""
        return list(self._by_code)

    def get(self, code: str) -> Optional[Sector]:
        """The sector with ``code``, or None."""
        return self._by_code.get(code)

    def name(self, code: str) -> str:
        """Readable name of ``code`` (the code itself when unknown)."""
        sector = self._by_code.get(code)
        return sector.name if sector else code

    def label(self, code: str) -> str:
        """The name to show people, in their language (``name`` stays the data's own)."""
        return self._translate(self.name(code))

    def in_taxonomy(self, taxonomy: str) -> list[Sector]:
        """The sectors of one taxonomy, in table order."""
        return [s for s in self._by_code.values() if s.taxonomy == taxonomy]

    def unknown(self, codes: Iterable[str]) -> list[str]:
        """The codes of ``codes`` the catalogue does not know."""
        return [code for code in codes if code not in self._by_code]

    def expand(self, codes: Iterable[str]) -> tuple[str, ...]:
        """Every tag that counts as one of ``codes`` on a project.

        A code always counts as itself; a category also as its solutions; a code of
        another taxonomy also as the presentation categories it is equivalent to.
        """
        found: dict[str, None] = {}
        for code in codes:
            found.setdefault(code, None)
            sector = self._by_code.get(code)
            targets = [code]
            if sector is not None and sector.taxonomy != TAGGING_TAXONOMY:
                targets += [
                    e for e in sector.equivalents
                    if self._by_code.get(e) and self._by_code[e].taxonomy == TAGGING_TAXONOMY
                ]
            for target in targets:
                found.setdefault(target, None)
                for child in self._children.get(target, []):
                    found.setdefault(child, None)
        return tuple(found)

    def categories(self, codes: Iterable[str]) -> set[str]:
        """The presentation categories ``codes`` stand for."""
        return {code for code in self.expand(codes)
                if code in self._by_code and self._by_code[code].taxonomy == TAGGING_TAXONOMY}

    def translate_choice(self, codes: Iterable[str], taxonomy: str) -> tuple[tuple[str, ...], bool]:
        """``codes`` said in ``taxonomy``: its sectors that stand only for categories the codes stand for.

        Returns (codes, exact): ``exact`` is False when the new codes cover fewer categories
        (the choice narrows, it never widens).
        """
        wanted = self.categories(codes)
        chosen = tuple(s.code for s in self.in_taxonomy(taxonomy)
                       if self.categories([s.code]) and self.categories([s.code]) <= wanted)
        return chosen, self.categories(chosen) == wanted

    def for_dac(self, dac_code: str) -> list[str]:
        """Presentation categories whose crosswalk lists the OECD DAC purpose code."""
        return [
            s.code for s in self._by_code.values()
            if s.taxonomy == TAGGING_TAXONOMY and dac_code in s.dac_codes
        ]
