"""Who funds an activity: organisation identifiers and names → donor country and agency. No QGIS needed.

IATI identifiers carry the country in their prefix (``US-GOV-1``, ``KR-…``); the OECD-DAC
form ``XM-DAC-<donor>-<agency>`` carries the DAC donor code (701 Japan, 742 Korea …); a
multilateral's DAC channel code (``41114``, ``XM-DAC-41122``) stands for a multilateral (``XM``).
When a file gives a name and no identifier (AidData's files do), the bundled table
``resources/data/reference/organisations.csv`` (names in English and the donors' own
languages) says whose agency it is. Nothing else is guessed.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from smartcity_plugin.toolbelt.paths import resources_path

TABLE = ("data", "reference", "organisations.csv")
MULTILATERAL = "XM"
# OECD-DAC donor codes of bilateral donors (DAC and CRS code lists), for XM-DAC-<code>-… identifiers.
DAC_DONORS = {
    "1": "AT", "2": "BE", "3": "DK", "4": "FR", "5": "DE", "6": "IT", "7": "NL", "8": "NO", "9": "PT",
    "10": "SE", "11": "CH", "12": "GB", "18": "FI", "20": "IS", "21": "IE", "22": "LU", "40": "GR", "50": "ES",
    "301": "CA", "302": "US", "701": "JP", "742": "KR", "801": "AU", "820": "NZ",
}
_PREFIX = re.compile(r"^([A-Z]{2})-")
_DAC_REF = re.compile(r"^(?:XM-)?DAC-(\d+)(?:-|$)")
_CHANNEL = re.compile(r"^(?:XM-DAC-)?(4\d{4}|9\d\d)$")  # multilateral channel codes (41114 UNDP, 44000 World Bank)


@dataclass(frozen=True)
class Organisation:
    """One row of the organisation table."""

    country: str
    agency: str


def name_key(text: str) -> str:
    """A name compared without case, accents, punctuation or a leading 'the'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\s\-–.,()'’\"]+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


class OrganisationTable:
    """Identifiers and names of the donors and agencies the plugin is about, and the common multilaterals."""

    def __init__(self, path: Optional[Path] = None) -> None:
        self.by_ref: dict[str, Organisation] = {}
        self.by_name: dict[str, Organisation] = {}
        with open(path or resources_path(*TABLE), encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                organisation = Organisation(row["country"], row["agency"])
                for ref in filter(None, (r.strip().upper() for r in row["refs"].split(";"))):
                    self.by_ref[ref] = organisation
                for name in filter(None, (n.strip() for n in row["names"].split(";"))):
                    self.by_name[name_key(name)] = organisation
                self.by_name.setdefault(name_key(row["agency"]), organisation)

    def find(self, ref: str = "", name: str = "") -> Optional[Organisation]:
        """The organisation an identifier or a name stands for, if the table knows it."""
        return self.by_ref.get((ref or "").strip().upper()) or self.by_name.get(name_key(name))

    def country(self, ref: str, name: str, countries: Iterable[str]) -> Optional[str]:
        """Donor country (ISO alpha-2, ``XM`` for multilaterals) of an organisation; None when unknown."""
        by_ref = country_of_ref(ref, countries)
        if by_ref:
            return by_ref
        found = self.find(ref, name)
        return found.country if found else None


def country_of_ref(ref: str, countries: Iterable[str]) -> Optional[str]:
    """Country an organisation identifier names: its ISO prefix, its DAC donor code, or XM for a multilateral."""
    ref = (ref or "").strip().upper()
    if not ref:
        return None
    if _CHANNEL.match(ref) or ref.startswith("XM-OCHA-"):
        return MULTILATERAL
    dac = _DAC_REF.match(ref)
    if dac:
        return DAC_DONORS.get(dac.group(1), MULTILATERAL if ref.startswith("XM-") else None)
    match = _PREFIX.match(ref)
    if match and (match.group(1) in set(countries)) and match.group(1) != "XM":
        return match.group(1)
    return None


@lru_cache(maxsize=1)
def organisation_table() -> OrganisationTable:
    """The bundled organisation table, read once."""
    return OrganisationTable()
