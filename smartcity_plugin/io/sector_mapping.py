"""Sectors of imported data in the plugin's terms, through the catalogue's DAC crosswalk.

Projects are tagged with the presentation's categories. A DAC purpose code maps to the
categories (and solutions) whose crosswalk lists it; a solution counts for its category.
A 3-digit DAC group (IATI vocabulary 2) maps to every category of the 5-digit codes in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from smartcity_plugin.core.sectors import TAGGING_TAXONOMY, SectorCatalogue

_DAC5 = re.compile(r"^\d{5}$")
_DAC3 = re.compile(r"^\d{3}$")


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

    def __init__(self, catalogue: SectorCatalogue) -> None:
        self.catalogue = catalogue
        self._names = {catalogue.name(code).strip().lower(): code for code in catalogue.codes()}

    def category(self, code: str) -> Optional[str]:
        """The presentation category a code stands for (a solution → its category)."""
        sector = self.catalogue.get(code)
        if sector is None or not sector.taxonomy.startswith(TAGGING_TAXONOMY):  # categories and their solutions
            return None
        return sector.parent_code or sector.code

    def for_dac(self, code: str) -> list[str]:
        """Categories of a 5-digit DAC purpose code or a 3-digit DAC group."""
        if _DAC5.match(code):
            found = self.catalogue.for_dac(code)
        elif _DAC3.match(code):
            found = [
                s.code for s in self.catalogue.in_taxonomy(TAGGING_TAXONOMY)
                if any(dac.startswith(code) for dac in s.dac_codes)
            ]
        else:
            found = []
        categories: dict[str, None] = {}
        for sector in found:
            category = self.category(sector)
            if category:
                categories.setdefault(category, None)
        return list(categories)

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
        """Weigh (code or name, share) pairs into categories; 5-digit DAC codes are kept as such."""
        tally = SectorTally()
        for token, weight in tokens:
            token = token.strip()
            if _DAC5.match(token) and token not in tally.dac_codes:
                tally.dac_codes.append(token)
            categories = self.for_text(token)
            if categories and self.category(token) not in (None, token) and token not in tally.solutions:
                tally.solutions.append(token)
            if categories:
                tally.add(categories, weight)
            elif token and token not in tally.unmatched:
                tally.unmatched.append(token)
        return tally
