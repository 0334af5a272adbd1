"""The OECD-DAC purpose codes (IATI's Sector codelist) and the plugin's crosswalk to its categories.

Every current 5-digit CRS purpose code falls under a rule of
``resources/data/reference/dac_crosswalk.csv`` (the longest matching prefix wins): a
presentation category, or ``-`` for "outside the smart-city categories". A 3-digit DAC group
stands for its 5-digit members. The codelists are IATI's (``Sector.xml``,
``SectorCategory.xml``, CC BY 4.0), bundled unchanged. No QGIS needed.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET  # nosec B405 - bundled IATI codelists, never user data
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from smartcity_plugin.toolbelt.paths import resources_path

OUTSIDE = "-"


@dataclass
class DacCodes:
    """Purpose codes by group, their names, and the crosswalk rules."""

    names: dict[str, str] = field(default_factory=dict)  # 5-digit code → name (current and withdrawn)
    active: set[str] = field(default_factory=set)  # current 5-digit codes
    groups: dict[str, list[str]] = field(default_factory=dict)  # 3-digit group → its 5-digit codes
    group_names: dict[str, str] = field(default_factory=dict)
    rules: dict[str, tuple[str, str]] = field(default_factory=dict)  # prefix → (category or '-', reason)

    def rule(self, code: str) -> Optional[tuple[str, str]]:
        """The crosswalk rule for a code: the longest prefix listed (None: no rule covers it)."""
        for length in range(len(code), 0, -1):
            found = self.rules.get(code[:length])
            if found:
                return found
        return None

    def members(self, group: str) -> list[str]:
        """Current 5-digit codes of a 3-digit code: its DAC group, or for a DAC sector heading
        that is no group (150 Government and civil society, 700 Humanitarian, 230 Energy) every
        code under it (15xxx, 7xxxx, 23xxx)."""
        listed = self.groups.get(group)
        if listed:
            return listed
        prefix = group.rstrip("0") or group
        return sorted(code for code in self.active if code.startswith(prefix))

    def category(self, code: str) -> Optional[str]:
        """The presentation category of a 5-digit code, None when it is outside them or unknown."""
        found = self.rule(code)
        return found[0] if found and found[0] != OUTSIDE else None


def _items(path: Path):
    root = ET.parse(path).getroot()  # nosec B314 - bundled file
    for item in root.iter("codelist-item"):
        name = item.find("name/narrative")
        yield item, item.findtext("code", "").strip(), (name.text or "").strip() if name is not None else ""


def load(folder: Optional[Path] = None) -> DacCodes:
    """Read the bundled codelists and crosswalk."""
    folder = folder or resources_path("data", "reference")
    codes = DacCodes()
    for item, code, name in _items(folder / "Sector.xml"):
        codes.names[code] = name
        if item.get("status") != "withdrawn":
            codes.active.add(code)
            codes.groups.setdefault(item.findtext("category", "").strip(), []).append(code)
    for _item, code, name in _items(folder / "SectorCategory.xml"):
        codes.group_names[code] = name
        codes.groups.setdefault(code, [])
    with open(folder / "dac_crosswalk.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            codes.rules[row["prefix"].strip()] = (row["category"].strip(), row["reason"].strip())
    return codes


@lru_cache(maxsize=1)
def dac_codes() -> DacCodes:
    """The bundled DAC codes and crosswalk, read once."""
    return load()
