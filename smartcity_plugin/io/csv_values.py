"""Cell text → field values: numbers, years, statuses, finance types, countries. No QGIS needed."""

from __future__ import annotations

import re
from typing import Optional

from smartcity_plugin.io.iati_codes import STATUS, finance_type
from smartcity_plugin.io.value_rules import strict_float

STATUS_WORDS = {
    "planned": "planned", "pipeline": "planned", "pending": "planned", "proposed": "planned",
    "identification": "planned", "approved": "planned",
    "ongoing": "ongoing", "on-going": "ongoing", "on going": "ongoing", "active": "ongoing",
    "implementation": "ongoing", "in progress": "ongoing", "current": "ongoing",
    "completed": "completed", "complete": "completed", "closed": "completed", "finished": "completed",
    "finalisation": "completed", "finalization": "completed", "post-completion": "completed",
    "suspended": "suspended", "on hold": "suspended", "halted": "suspended",
    "unknown": "unknown", "": "unknown",
}
FINANCE_WORDS = {"grant": "grant", "loan": "loan", "commercial": "commercial", "investment": "commercial",
                 "in_kind": "in_kind", "in kind": "in_kind", "in-kind": "in_kind", "unknown": "unknown"}
_NUMBER_JUNK = re.compile(r"[\s$€£¥₩,]|USD|US\$", re.IGNORECASE)
_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9}
_SCALED = re.compile(r"^([-+]?\d+(?:\.\d+)?)\s*(k|m|mn|million|bn|b|billion)$", re.IGNORECASE)
_WKT_PAIR = re.compile(r"(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s+(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)")


def number(text: str) -> Optional[float]:
    """'1,250,000', 'USD 3.5 million', '$2bn' → a float; None when blank; ValueError when not a number."""
    value = (text or "").strip()
    if not value:
        return None
    scaled = _SCALED.match(_NUMBER_JUNK.sub("", value.replace(" million", "million")))
    if scaled:
        result = strict_float(scaled.group(1)) * _SCALE[scaled.group(2).lower()]
    else:
        result = strict_float(_NUMBER_JUNK.sub("", value))
    if result != result or result in (float("inf"), float("-inf")):
        raise ValueError(value)
    return result


def coordinate(text: str) -> Optional[float]:
    """A decimal degree ('15.57', '15,57'); None when blank; ValueError when not a number."""
    value = (text or "").strip()
    if not value:
        return None
    if value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")
    result = strict_float(value)
    if result != result or abs(result) == float("inf"):
        raise ValueError(value)
    return result


def status(text: str) -> tuple[str, bool]:
    """(our status, recognised?) for a status word or an IATI status code."""
    value = (text or "").strip().lower()
    if value in STATUS:
        return STATUS[value], True
    if value in ("5", "cancelled", "canceled"):
        return "unknown", True
    if value in STATUS_WORDS:
        return STATUS_WORDS[value], True
    return "unknown", False


def finance(text: str) -> Optional[str]:
    """Our finance type for a word or an IATI finance-type code (None: not recognised)."""
    value = (text or "").strip().lower()
    return FINANCE_WORDS.get(value) or finance_type(value)


def wkt_points(text: str) -> list[tuple[float, float]]:
    """(x, y) pairs of a WKT POINT or MULTIPOINT ('MULTIPOINT ((108.47 15.57), (106.7 10.78))')."""
    return [(float(x), float(y)) for x, y in _WKT_PAIR.findall(text or "")]


def split_cell(text: str) -> list[str]:
    """Values of a list cell ('VN; LA', 'a|b'; commas only when there is no ; or |: 'water, energy').

    AidData separates with |, and its names hold commas ('Government and civil society, general').
    """
    text = text or ""
    separator = r"[;|]" if re.search(r"[;|]", text) else ","
    return [part.strip() for part in re.split(separator, text) if part.strip()]
