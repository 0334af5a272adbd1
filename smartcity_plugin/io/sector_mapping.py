"""Sectors of imported data in the plugin's terms, through the catalogue's DAC crosswalk.

Projects are tagged with the presentation's categories. A DAC purpose code maps to the
categories (and solutions) whose crosswalk lists it; a solution counts for its category.
Every other current CRS code maps through the bundled DAC crosswalk (``dac_codes``) to a
category or to "outside the smart-city categories". A 3-digit DAC group (IATI vocabulary 2)
maps to every category of the 5-digit codes in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from smartcity_plugin.core.sectors import TAGGING_TAXONOMY, SectorCatalogue
from smartcity_plugin.io.dac_codes import DacCodes, dac_codes

_DAC5 = re.compile(r"^\d{5}$")
_DAC3 = re.compile(r"^\d{3}$")
_DIGITS = re.compile(r"^\d+$")


@dataclass
class SectorTally:
    """Categories weighted by the share of the activity they carry, plus what matched nothing."""

    weights: dict[str, float] = field(default_factory=dict)
    dac_codes: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    solutions: list[str] = field(default_factory=list)  # solution codes the source named itself

    def add(self, categories: list[str], weight: float) -> None:
        """Share ``weight`` between ``categories``."""
        for category in categories:
            self.weights[category] = self.weights.get(category, 0.0) + weight / len(categories)

    def primary(self) -> Optional[str]:
        """The category with the largest share (the first one given on a tie)."""
        if not self.weights:
            return None
        return max(self.weights, key=lambda code: self.weights[code])

    def codes(self) -> list[str]:
        """Every category, the largest share first, then the solutions named."""
        return sorted(self.weights, key=lambda code: -self.weights[code]) + self.solutions


class SectorMapper:
    """DAC codes, catalogue codes and sector names → the presentation's categories."""

    def __init__(self, catalogue: SectorCatalogue, codes: Optional[DacCodes] = None) -> None:
        self.catalogue = catalogue
        self.codes = codes or dac_codes()
        # DAC code → categories and solutions listing it (a solution's codes count for its category)
        self._listed: dict[str, list[str]] = {}
        self._on_categories: dict[str, list[str]] = {}  # listed on a category itself, not only on a solution
        for sector in catalogue.in_taxonomy(TAGGING_TAXONOMY) + catalogue.in_taxonomy(TAGGING_TAXONOMY + "_solution"):
            for dac in sector.dac_codes:
                self._listed.setdefault(dac, []).append(sector.code)
                if sector.taxonomy == TAGGING_TAXONOMY:
                    self._on_categories.setdefault(dac, []).append(sector.code)
        self._names = {catalogue.name(code).strip().lower(): code for code in catalogue.codes()}

    def category(self, code: str) -> Optional[str]:
        """The presentation category a code stands for (a solution → its category)."""
        sector = self.catalogue.get(code)
        if sector is None or not sector.taxonomy.startswith(TAGGING_TAXONOMY):  # categories and their solutions
            return None
        return sector.parent_code or sector.code

    def for_dac(self, code: str, solutions: bool = True) -> list[str]:
        """Categories of a 5-digit DAC purpose code or a 3-digit DAC group ([] when outside them).

        A group takes its members' categories through the crosswalk and the categories' own codes,
        not through a solution's: one solution's code (11110 for a maths platform) does not make
        a whole group (111, education) E-Government.
        """
        if _DAC3.match(code):
            categories: dict[str, None] = {}
            for member in self.codes.members(code):
                for category in self.for_dac(member, solutions=False):
                    categories.setdefault(category, None)
            return list(categories)
        if not _DAC5.match(code):
            return []
        found: dict[str, None] = {}
        for sector in (self._listed if solutions else self._on_categories).get(code, []):
            category = self.category(sector)
            if category:
                found.setdefault(category, None)
        if not found:
            category = self.codes.category(code)
            if category and category in self.catalogue:
                found[category] = None
        return list(found)

    def for_text(self, text: str) -> list[str]:
        """Categories for a code or name as a CSV gives it ('water', 'Water', '14030', 'kearney.smart_energy')."""
        token = text.strip()
        if not token:
            return []
        if _DAC5.match(token) or _DAC3.match(token):
            return self.for_dac(token)
        code = token if token in self.catalogue else self._names.get(token.lower())
        if code is None:
            return []
        sector = self.catalogue.get(code)
        if sector is not None and not sector.taxonomy.startswith(TAGGING_TAXONOMY):
            return [c for c in (self.category(e) for e in sector.equivalents) if c]
        category = self.category(code)
        return [category] if category else []

    def tally(self, tokens: list[tuple[str, float]]) -> SectorTally:
        """Weigh (code or name, share) pairs into categories; DAC codes are kept as given, whatever their length."""
        tally = SectorTally()
        for token, weight in tokens:
            token = token.strip()
            if _DIGITS.match(token) and token not in tally.dac_codes:
                tally.dac_codes.append(token)
            categories = self.for_text(token)
            if categories and self.category(token) not in (None, token) and token not in tally.solutions:
                tally.solutions.append(token)
            if categories:
                tally.add(categories, weight)
            elif token and token not in tally.unmatched:
                tally.unmatched.append(token)
        return tally
