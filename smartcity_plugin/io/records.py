"""One imported project, in the bundled ``projects`` layer's terms, and the problems found in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

# The projects layer's fields, in the GeoPackage's order, with their kind (as scripts/build_data.py writes them).
PROJECT_FIELDS: tuple[tuple[str, str], ...] = (
    ("project_id", "str"), ("title", "str"), ("donor_country", "str"), ("donor_name", "str"),
    ("agency", "str"), ("partners", "str"), ("recipient_country", "str"), ("city_id", "str"),
    ("city_ids", "str"), ("sector_primary", "str"), ("sectors", "str"), ("dac_codes", "str"),
    ("status", "str"), ("start_year", "int"), ("end_year", "int"), ("amount_usd", "real"),
    ("amount_note", "str"), ("finance_type", "str"), ("location_precision", "int"),
    ("location_note", "str"), ("source_title", "str"), ("source_url", "str"), ("as_of", "str"),
    ("confidence", "str"), ("conflicting_claims", "str"), ("notes", "str"),
)
FIELD_NAMES = tuple(name for name, _ in PROJECT_FIELDS)
# Fields added after planners made their own GeoPackages and registries (data 1.1, December 2026): a store
# without them still takes imports, it just does not keep these values.
LATER_FIELDS = frozenset({"confidence"})
FIELD_KINDS = dict(PROJECT_FIELDS)
# Fields the planner curates by hand: an import only changes them when its file sets them.
CURATED_FIELDS = ("city_id", "city_ids", "conflicting_claims")

Point = tuple[float, float]  # (longitude, latitude): x first, as QGIS and GeoJSON hold it


@dataclass
class Problem:
    """Something a check found; ``point`` is where to show it (None: nowhere to put it)."""

    project_id: str
    check: str
    message: str
    point: Optional[Point] = None


@dataclass
class ProjectRecord:
    """Field values (None = NULL), locations, and what the reader already found wrong.

    ``fields_set`` lists the fields the source speaks about: an update writes only those,
    so a re-import never blanks what the planner added by hand.
    """

    values: dict[str, Any] = field(default_factory=dict)
    points: list[Point] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fields_set: set[str] = field(default_factory=set)
    recipient_percentages: dict[str, float] = field(default_factory=dict)
    deliberately_unlocated: bool = False  # the source states "no location" (our own exports do)

    @property
    def project_id(self) -> str:
        """The record's id ('' when the source gave none)."""
        return str(self.values.get("project_id") or "")

    def set(self, name: str, value: Any) -> None:
        """Set a field (blank text becomes NULL) and mark it as given by the source."""
        if name not in FIELD_KINDS:
            raise KeyError(name)
        if isinstance(value, str):
            value = value.strip() or None
        self.values[name] = value
        self.fields_set.add(name)

    def get(self, name: str) -> Any:
        """A field's value, None when unset."""
        return self.values.get(name)

    def problem(self, check: str, message: str, point: Optional[Point] = None) -> None:
        """Note a problem with this record."""
        self.problems.append(Problem(self.project_id, check, message, point or self.first_point()))

    def first_point(self) -> Optional[Point]:
        """Where the record is first located, if anywhere."""
        return self.points[0] if self.points else None

    def add_note(self, text: str) -> None:
        """Append a sentence to ``notes``."""
        text = text.strip()
        if text:
            current = self.values.get("notes")
            self.set("notes", f"{current} {text}" if current else text)


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")


def year_of(text: Any) -> Optional[int]:
    """The year in a date or year text ('2021', '2021-04-15', '15/04/2021'), None when there is none."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text if 1800 <= text <= 2199 else None
    match = _YEAR.search(str(text or ""))
    return int(match.group(1)) if match else None


def join_list(values) -> Optional[str]:
    """``;``-list of the distinct values, in order (None when empty)."""
    seen: dict[str, None] = {}
    for value in values:
        text = str(value or "").strip()
        if text:
            seen.setdefault(text, None)
    return ";".join(seen) or None


def shorten(text: Optional[str], limit: int = 1000) -> Optional[str]:
    """Cut ``text`` to ``limit`` characters with an ellipsis, so one activity cannot bloat the table."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"
