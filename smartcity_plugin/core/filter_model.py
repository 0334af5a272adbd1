"""The project filter: one model for the dock, the Processing algorithms and the exports."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Optional

from smartcity_plugin.core.schema import PROJECT_STATUSES

LIST_CRITERIA = ("sectors", "donors", "agencies", "countries", "cities", "statuses")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _whole(value: Any) -> Optional[int]:
    """A year as the filter holds it: an int, or None for anything else."""
    if _is_number(value) and math.isfinite(value) and float(value).is_integer() and -9999 <= value <= 9999:
        return int(value)
    return None


def _clean(values: Iterable[str]) -> tuple[str, ...]:
    """Strip blanks and duplicates, keep the order the user chose."""
    seen: dict[str, None] = {}
    for value in values:
        text = str(value).strip()
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


@dataclass(frozen=True)
class ProjectFilter:
    """What the planner asked for. Empty criteria match everything.

    A project matches a year range when its span overlaps it; a project with an
    unknown end year is taken as still running.
    """

    sectors: tuple[str, ...] = ()
    donors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    year_from: Optional[int] = None
    year_to: Optional[int] = None
    amount_min: Optional[float] = None
    amount_max: Optional[float] = None
    text: str = ""

    def __post_init__(self) -> None:
        for name in LIST_CRITERIA:
            object.__setattr__(self, name, _clean(getattr(self, name)))
        # NFC: a title typed with combining accents finds the same projects as one typed precomposed.
        object.__setattr__(self, "text", unicodedata.normalize("NFC", (self.text or "").strip()))

    def is_empty(self) -> bool:
        """True when the filter lets every project through."""
        return not any(self.to_dict().values())

    def problems(self) -> list[str]:
        """Reasons the filter cannot be applied, in plain words (empty when fine)."""
        found = []
        if (
            self.year_from is not None
            and self.year_to is not None
            and self.year_from > self.year_to
        ):
            found.append(
                f"The start year {self.year_from} is after the end year {self.year_to}."
            )
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            found.append(
                f"The smallest amount {self.amount_min:,.0f} USD is larger than the "
                f"largest {self.amount_max:,.0f} USD."
            )
        for amount in (self.amount_min, self.amount_max):
            if amount is not None and amount < 0:
                found.append(f"An amount cannot be negative ({amount:,.0f} USD).")
        unknown = [s for s in self.statuses if s not in PROJECT_STATUSES]
        if unknown:
            found.append(
                "Unknown status: "
                + ", ".join(unknown)
                + " (known: "
                + ", ".join(PROJECT_STATUSES)
                + ")."
            )
        return found

    def to_dict(self) -> dict[str, Any]:
        """Plain values, for saving in a QGIS project or passing to Processing."""
        data = asdict(self)
        for name in LIST_CRITERIA:
            data[name] = list(data[name])
        return data

    @classmethod
    def from_dict(cls, data: Any) -> ProjectFilter:
        """Rebuild a filter from :meth:`to_dict` output; unknown keys and ill-typed values are ignored.

        The dict may come from a hand-edited project file: a value of the wrong type is
        dropped (that criterion is then empty), never passed on to SQL or widgets.
        """
        if not isinstance(data, dict):
            return cls()
        kwargs: dict[str, Any] = {}
        for name in LIST_CRITERIA:
            values = data.get(name)
            if isinstance(values, (list, tuple)):
                kwargs[name] = tuple(str(v) for v in values if isinstance(v, str) or _is_number(v))
        for name in ("year_from", "year_to"):
            kwargs[name] = _whole(data.get(name))
        for name in ("amount_min", "amount_max"):
            value = data.get(name)
            kwargs[name] = float(value) if _is_number(value) and math.isfinite(value) else None
        kwargs["text"] = data.get("text") if isinstance(data.get("text"), str) else ""
        return cls(**kwargs)
