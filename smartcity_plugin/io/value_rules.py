"""Which values an import accepts, and what an export may write: odd values are problems, never silent.

Python's ``float()`` reads ``1_5`` as 15 and ``1e999`` as infinity; a negative or
astronomically large amount is no project's size; ``2021-02-30`` is no date; control
characters make the IATI XML export invalid; ±inf and NaN have no JSON spelling. Each
rule here turns such a value into a reported problem at import, and the exports write
what a later step can read, whatever a layer holds.
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import replace
from typing import Any, Optional

from smartcity_plugin.toolbelt.i18n import tr

MAX_AMOUNT_USD = 1e12  # a trillion dollars: far above any project; larger is a typing or unit error
YEARS = (1800, 2199)
# C0 controls but tab, line feed and carriage return; DEL and C1 controls; the non-characters XML forbids.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


def strict_float(text: Any) -> float:
    """A finite number written plainly; ValueError for ``1_5``, ``inf``, ``nan`` and anything else."""
    value = str(text).strip()
    if "_" in value:
        raise ValueError(value)
    result = float(value)
    if not math.isfinite(result):
        raise ValueError(value)
    return result


def strict_int(text: Any) -> int:
    """An integer written plainly; ValueError for ``1_5`` and anything else."""
    value = str(text).strip()
    if "_" in value:
        raise ValueError(value)
    return int(value)


def impossible_date(text: Any) -> bool:
    """True for a date that names a day no calendar has (2021-02-30, 2021-13-45, 31/02/2021)."""
    value = str(text or "")
    iso = _ISO_DATE.match(value)
    day_first = _DAY_FIRST.match(value) if iso is None else None
    if iso is None and day_first is None:
        return False
    year, month, day = (iso.group(1), iso.group(2), iso.group(3)) if iso else (
        day_first.group(3), day_first.group(2), day_first.group(1))
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return True
    return False


def without_controls(text: str) -> str:
    """``text`` without control characters (tab and line breaks stay)."""
    return _CONTROL.sub("", text)


def check_values(record) -> None:
    """Make a record's values ones every later step can use; each change is a reported problem."""
    amount = record.values.get("amount_usd")
    if isinstance(amount, (int, float)) and not isinstance(amount, bool):
        if not math.isfinite(amount) or amount < 0 or amount > MAX_AMOUNT_USD:
            record.values["amount_usd"] = None
            record.problem("invalid_value", tr("amount '{}' is not a project's size (negative, or more than US$ 1 "
                                               "trillion); it was left empty.").format(f"{amount:g}"))
    for name in ("start_year", "end_year"):
        year = record.values.get(name)
        if isinstance(year, int) and not YEARS[0] <= year <= YEARS[1]:
            record.values[name] = None
            record.problem("invalid_value", tr("{} {} is not a plausible year; it was left empty.").format(name, year))
    cleaned = []
    texts = "".join([value for value in record.values.values() if isinstance(value, str)])
    # One look at the whole record, most of which has no control character: every character _CONTROL finds is
    # one isprintable() refuses, and isprintable() is the quicker of the two.
    if not texts.isprintable() and _CONTROL.search(texts):
        for name, value in record.values.items():
            if isinstance(value, str) and _CONTROL.search(value):
                record.values[name] = without_controls(value)
                cleaned.append(name)
    if cleaned:
        record.problem("invalid_value", tr("control characters removed from {}.").format(", ".join(cleaned)))
    finite = [(x, y) for x, y in record.points if math.isfinite(x) and math.isfinite(y)]
    if len(finite) != len(record.points):
        record.problem("invalid_value", tr("{} locations with impossible coordinates were left out.").format(
            len(record.points) - len(finite)))
        record.points[:] = finite


def export_value(value: Any) -> Any:
    """What an export writes for a field value: no NaN or infinity, no control characters."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return without_controls(value)
    return value


def export_row(row):
    """An :class:`~smartcity_plugin.io.exports.ExportRow` every export format can write."""
    values = {name: export_value(value) for name, value in row.values.items()}
    points = [(x, y) for x, y in row.points if isinstance(x, (int, float)) and isinstance(y, (int, float))
              and math.isfinite(x) and math.isfinite(y)]
    return replace(row, values=values, points=points)


def date_problem(text: Any) -> Optional[str]:
    """A problem message for an impossible date, else None."""
    if impossible_date(text):
        return tr("the date '{}' is not a real date; only its year is used.").format(str(text).strip()[:30])
    return None
