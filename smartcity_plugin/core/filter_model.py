"""The project filter: one model for the dock, the Processing algorithms and the exports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Iterable, Optional

from smartcity_plugin.core.schema import PROJECT_STATUSES

LIST_CRITERIA = ("sectors", "donors", "agencies", "countries", "cities", "statuses")


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
        object.__setattr__(self, "text", (self.text or "").strip())

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
    def from_dict(cls, data: dict[str, Any]) -> ProjectFilter:
        """Rebuild a filter from :meth:`to_dict` output; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        kwargs = {key: value for key, value in data.items() if key in names}
        for name in LIST_CRITERIA:
            if name in kwargs:
                kwargs[name] = tuple(kwargs[name] or ())
        return cls(**kwargs)
