"""Agencies as a planner names them: one entry per agency, whatever the way a record spells it.

A record's ``agency`` may name several agencies ("KOICA; K-water") and spell one agency
several ways ("Government of Japan (grant aid)", "Korea Water Resources Corporation
(K-water)" and "K-water"). A group gathers the spellings of one agency: a qualifier in
brackets is dropped, an acronym in brackets joins the full name to its short form. A record
belongs to the group of every agency it names, so "KOICA; K-water" counts under both.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

_BRACKETED = re.compile(r"^(?P<base>.*?)\s*\((?P<inner>[^()]*)\)\s*$")
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2}|.*-)[A-Z][A-Za-z0-9&.\-]*$")  # KOICA, K-water, MOLIT, JICA; no spaces
PART_SEPARATOR = ";"


def agency_parts(value: Optional[str]) -> list[str]:
    """The agencies a record's ``agency`` names, in its order."""
    return [part.strip() for part in (value or "").split(PART_SEPARATOR) if part.strip()]


def _name_and_acronym(part: str) -> tuple[str, str]:
    """("Korea Water Resources Corporation", "K-water") for "Korea Water Resources Corporation (K-water)"."""
    match = _BRACKETED.match(part)
    base, inner = (match.group("base").strip(), match.group("inner").strip()) if match else (part, "")
    acronym = inner if _ACRONYM.match(inner) else ""
    if _ACRONYM.match(base) and not acronym:  # "JICA (grant aid)", "KOICA"
        return "", base
    return base, acronym


class AgencyGroups:
    """The agencies of a set of records, each spelling mapped to one group label."""

    def __init__(self, values: Iterable[Optional[str]]) -> None:
        self._values = sorted({value for value in values if value}, key=str.casefold)
        named = [_name_and_acronym(part) for value in self._values for part in agency_parts(value)]
        self._name_of_acronym = {acronym.casefold(): name for name, acronym in named if name and acronym}
        acronyms: dict[str, set[str]] = {}
        for name, acronym in named:
            name = name or self._name_of_acronym.get(acronym.casefold(), "")
            if name and acronym:
                acronyms.setdefault(name, set()).add(acronym)
        self._labels = {name: f"{name} ({next(iter(found))})" if len(found) == 1 else name
                        for name, found in acronyms.items()}
        self._members: dict[str, set[str]] = {}
        for value in self._values:
            for label in self.labels_of(value):
                self._members.setdefault(label, set()).add(value)

    def label_of_part(self, part: str) -> str:
        """The group label of one agency as a record spells it."""
        name, acronym = _name_and_acronym(part.strip())
        name = name or self._name_of_acronym.get(acronym.casefold(), "")
        if not name:
            return acronym
        return self._labels.get(name, name)

    def labels_of(self, value: Optional[str]) -> list[str]:
        """The groups of a record's ``agency`` value (each once, in its order)."""
        return list(dict.fromkeys(self.label_of_part(part) for part in agency_parts(value)))

    def labels(self, values: Optional[Iterable[str]] = None) -> list[str]:
        """Group labels of ``values`` (default: every value given), sorted for people."""
        chosen = self._values if values is None else values
        return sorted({label for value in chosen for label in self.labels_of(value)}, key=str.casefold)

    def members(self, labels: Iterable[str]) -> tuple[str, ...]:
        """Every ``agency`` value that names one of the groups ``labels`` (what the filter matches)."""
        found = {value for label in labels for value in self._members.get(label, ())}
        return tuple(sorted(found, key=str.casefold))

    def labels_for_members(self, values: Iterable[str]) -> tuple[str, ...]:
        """The fewest groups that stand for ``values`` (a saved filter shown again), sorted.

        A group counts when all its values are given; one whose values the larger groups
        already cover adds nothing (KOICA's joint projects do not tick their partners).
        """
        given = set(values)
        whole = [label for label in self.labels() if self._members.get(label) and self._members[label] <= given]
        kept, covered = [], set()
        for label in sorted(whole, key=lambda name: (-len(self._members[name]), name.casefold())):
            if not self._members[label] <= covered:
                kept.append(label)
                covered |= self._members[label]
        return tuple(sorted(kept, key=str.casefold))
