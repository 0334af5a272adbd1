"""What the planner looks at: their own filter and, on top of it, at most one lens.

One value, handed to whoever shows or exports the data (dock, layers, export dialog,
Processing dialogs): nobody reads it back from the layers' subset strings or the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Optional

from smartcity_plugin.core.filter_model import ProjectFilter

LENSES = ("us_korea", "gaps", "flood", "mekong")  # the dock's lenses, as the project stores them


def _ids(values: Any) -> Optional[tuple[str, ...]]:
    """City ids as a lens keeps them: a tuple of texts, or None (a hand-edited value of another type)."""
    if not isinstance(values, (list, tuple)):
        return None
    return tuple(str(value) for value in values if isinstance(value, str))


@dataclass(frozen=True)
class Selection:
    """The planner's filter, and the lens that may narrow what is shown.

    ``lens_filter`` is the filter the lens applies (None: the planner's own) and ``city_ids``
    the ASCN cities the lens shows (None: the cities the filter names, else all).
    """

    planner_filter: ProjectFilter = field(default_factory=ProjectFilter)
    lens: str = ""
    lens_filter: Optional[ProjectFilter] = None
    city_ids: Optional[tuple[str, ...]] = None

    @property
    def project_filter(self) -> ProjectFilter:
        """The filter the projects are shown and exported with."""
        return self.lens_filter if self.lens and self.lens_filter is not None else self.planner_filter

    def with_lens(self, lens: str, lens_filter: Optional[ProjectFilter],
                  city_ids: Optional[tuple[str, ...]]) -> Selection:
        """This selection seen through ``lens``: its filter and cities (a lens never starts from another)."""
        return replace(self, lens=lens, lens_filter=lens_filter,
                       city_ids=None if city_ids is None else tuple(city_ids))

    def without_lens(self) -> Selection:
        """The planner's own filter, no lens."""
        return Selection(self.planner_filter)

    def to_dict(self) -> dict[str, Any]:
        """Plain values, for the project file."""
        return {
            "filter": self.planner_filter.to_dict(),
            "lens": self.lens,
            "lens_filter": None if self.lens_filter is None else self.lens_filter.to_dict(),
            "city_ids": None if self.city_ids is None else list(self.city_ids),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Selection:
        """Rebuild from :meth:`to_dict` output; a lens the plugin does not know, or ill-typed values, are dropped."""
        if not isinstance(data, dict):
            return cls()
        planner = ProjectFilter.from_dict(data.get("filter"))
        lens = data.get("lens")
        if not isinstance(lens, str) or lens not in LENSES:
            return cls(planner)
        lens_filter = data.get("lens_filter")
        return cls(planner, lens, ProjectFilter.from_dict(lens_filter) if isinstance(lens_filter, dict) else None,
                   _ids(data.get("city_ids")))
