"""Recipient countries and regions of an activity, or of its transactions when the activity names none.

IATI 2.0x lets a publisher give ``recipient-country``/``recipient-region`` per transaction
instead (USAID does). Then, as IATI's guidance says, each country's share is the share of
the transaction values that name it. Codes that are regions, not countries ("998", "298",
"XX"), written in ``recipient-country`` are kept out of the countries and said in the notes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from smartcity_plugin.io.iati_money import transaction_value
from smartcity_plugin.io.xml_stream import Element
from smartcity_plugin.toolbelt.i18n import tr

_ALPHA2 = re.compile(r"^[A-Z]{2}$")


@dataclass
class Recipients:
    """Countries (code → percentage or None), regions, and where they come from."""

    countries: dict[str, Optional[float]] = field(default_factory=dict)
    regions: list[str] = field(default_factory=list)  # "code percentage%" as written
    elements: list[Element] = field(default_factory=list)  # activity-level elements, for the percentage check
    from_transactions: bool = False

    def note(self) -> str:
        """The recipients as the file gives them."""
        parts = [f"{code} {share:g}%" if share is not None else code for code, share in self.countries.items()]
        text = tr("IATI recipients: {}.").format(", ".join(parts + self.regions))
        if self.from_transactions:
            text += " " + tr("Given per transaction; shares from the transaction values.")
        return text


def is_country(code: str, countries: Iterable[str]) -> bool:
    """An ISO alpha-2 country code (not XX, not the X- codes of regions and multilaterals other than known ones)."""
    code = code.upper()
    if not _ALPHA2.match(code) or code == "XM":
        return False
    known = countries if isinstance(countries, (set, frozenset)) else set(countries)
    return not code.startswith("X") or code in known


def _percent(element: Element) -> Optional[float]:
    try:
        share = float(element.get("percentage", "").strip())
    except ValueError:
        return None
    return share if math.isfinite(share) else None


def _label(element: Element, share: Optional[float]) -> str:
    code = element.get("code", "").strip()
    return f"{code} {share:g}%" if share is not None else code


def read_recipients(activity: Element, countries: Iterable[str]) -> Recipients:
    """The activity's recipient countries and regions (its transactions' when it names none)."""
    return recipients_of(activity.findall("recipient-country"), activity.findall("recipient-region"),
                         activity.findall("transaction"), countries)


def recipients_of(country_elements: list[Element], region_elements: list[Element], transactions: list[Element],
                  countries: Iterable[str]) -> Recipients:
    """Recipients from an activity's ``recipient-country``, ``recipient-region`` and ``transaction`` children."""
    countries = countries if isinstance(countries, frozenset) else frozenset(countries)
    found = Recipients()
    elements = country_elements + region_elements
    if elements:
        found.elements = elements
        for element in country_elements:
            code, share = element.get("code", "").strip().upper(), _percent(element)
            if is_country(code, countries):
                found.countries[code] = share
            else:
                found.regions.append(tr("{} (a region code, not a country)").format(_label(element, share)))
        found.regions += [tr("region {}").format(_label(e, _percent(e))) for e in region_elements]
        return found
    per_code: dict[str, float] = {}
    regions: dict[str, float] = {}
    for transaction in transactions:
        value = abs(transaction_value(transaction))
        for element in transaction.findall("recipient-country"):
            code = element.get("code", "").strip().upper()
            target = per_code if is_country(code, countries) else regions
            target[code] = target.get(code, 0.0) + value
        for element in transaction.findall("recipient-region"):
            code = element.get("code", "").strip()
            regions[code] = regions.get(code, 0.0) + value
    total = sum(per_code.values()) + sum(regions.values())
    if not total and not per_code and not regions:
        return found
    found.from_transactions = True
    for code, value in per_code.items():
        found.countries[code] = round(100.0 * value / total, 2) if total else None
    for code, value in regions.items():
        share = round(100.0 * value / total, 2) if total else None
        found.regions.append(tr("region {}").format(f"{code} {share:g}%" if share is not None else code))
    return found
