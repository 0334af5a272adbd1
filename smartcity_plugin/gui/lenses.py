"""One-click lenses: questions the presentation asks, answered on the current data.

Each lens returns what the dock should show: a new filter (or None to keep the current
one), the ids of the cities to show on the map (or None for the filter's own), and a
short HTML note with the findings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape
from typing import Optional

from qgis.core import QgsVectorLayer

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.names import MEKONG
from smartcity_plugin.core.schema import ANALYSIS_FIELDS
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.layers.reading import project_records, unfiltered
from smartcity_plugin.toolbelt.i18n import tr


@dataclass
class LensResult:
    """What a lens changes in the dock."""

    project_filter: Optional[ProjectFilter]
    city_ids: Optional[list[str]]
    note: str


def _names(cities: QgsVectorLayer) -> dict[str, str]:
    from smartcity_plugin.layers.place_names import city_names_of
    from smartcity_plugin.toolbelt.i18n import user_language

    fields = cities.fields().names()
    return city_names_of((dict(zip(fields, f.attributes())) for f in unfiltered(cities).getFeatures()), user_language())


def _records(projects: QgsVectorLayer, project_filter: ProjectFilter, catalogue: SectorCatalogue) -> list[dict]:
    return list(project_records(unfiltered(projects), project_filter, ANALYSIS_FIELDS, catalogue))


def us_korea(projects, cities, current: ProjectFilter, catalogue: SectorCatalogue) -> LensResult:
    """Cities where both the United States and Korea work, and in which sectors."""
    from smartcity_plugin.core.analysis import cooperation_by_city

    base = replace(current, donors=(), cities=(), agencies=())
    names = _names(cities)
    by_city = cooperation_by_city(_records(projects, base, catalogue), names, catalogue)
    both = [c for c in by_city.values() if c.us_korea]
    lines = [
        f"<li><b>{escape(names.get(c.city_id, c.city_id))}</b>: "
        + (tr("both in {}").format(escape(", ".join(catalogue.label(s) for s in sorted(c.shared_sectors))))
           if c.shared_sectors else tr("in different sectors"))
        + "</li>"
        for c in sorted(both, key=lambda c: names.get(c.city_id, c.city_id))
    ]
    note = tr("<b>US–Korea co-presence</b>: {} cities where both work.").format(len(both))
    if lines:
        note += "<ul>" + "".join(lines) + "</ul>"
    city_ids = [c.city_id for c in both]
    return LensResult(replace(base, donors=("US", "KR"), cities=tuple(city_ids)), city_ids, note)


def sector_gaps(projects, cities, current: ProjectFilter, catalogue: SectorCatalogue) -> LensResult:
    """Sectors with no project in the chosen cities (all ASCN cities when none is chosen)."""
    from smartcity_plugin.core.analysis import cooperation_by_city

    names = _names(cities)
    chosen = list(current.cities) or list(names)
    by_city = cooperation_by_city(_records(projects, replace(current, sectors=()), catalogue), chosen, catalogue)
    lines = [
        f"<li><b>{escape(names.get(c.city_id, c.city_id))}</b>: "
        + (escape(", ".join(catalogue.label(s) for s in c.missing_sectors)) or tr("every sector covered"))
        + "</li>"
        for c in sorted(by_city.values(), key=lambda c: names.get(c.city_id, c.city_id))
    ]
    note = tr("<b>Sector gaps</b>: sectors with no project under the current filter.")
    note += "<ul>" + "".join(lines) + "</ul>"
    return LensResult(None, None, note)


def outside_flood_warning(cities: QgsVectorLayer, flood: QgsVectorLayer) -> LensResult:
    """ASCN cities outside every flood-warning coverage area, nearest first."""
    from smartcity_plugin.analysis.flood import flood_exposure

    names = _names(cities)
    exposure = flood_exposure(unfiltered(cities), "city_id", flood)
    outside = sorted((e for e in exposure.values() if not e.inside),
                     key=lambda e: (e.distance_km is None, e.distance_km or 0))
    lines = [
        f"<li>{escape(names.get(e.feature_id, e.feature_id))}"
        + (tr(" — {:.0f} km to the nearest warned area").format(e.distance_km) if e.distance_km is not None else "")
        + "</li>"
        for e in outside
    ]
    note = tr("<b>Outside flood warning</b>: {} of {} ASCN cities lie outside every coverage area.").format(
        len(outside), len(exposure)
    ) + "<ul>" + "".join(lines) + "</ul>"
    return LensResult(None, [e.feature_id for e in outside], note)


def mekong(current: ProjectFilter) -> LensResult:
    """The presentation's first focal area: Cambodia, Laos, Myanmar, Thailand, Viet Nam."""
    note = tr("<b>Mekong focal area</b>: projects in Cambodia, Laos, Myanmar, Thailand and Viet Nam.")
    return LensResult(replace(current, countries=MEKONG), None, note)
