"""Data checks on projects: where they are, where their facts come from, their ids and dates.

The same checks run on every imported record and, on demand, on any projects layer
(``smartcity:checkprojects``). Each problem names the project, the check and what is wrong.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterable, Optional

from smartcity_plugin.io.countries import COASTAL_TOLERANCE, CountryIndex
from smartcity_plugin.io.records import Point, Problem
from smartcity_plugin.toolbelt.i18n import tr

CHECKS = ("swapped_lat_lon", "outside_country", "at_sea", "percentages", "missing_source", "duplicate_id",
          "future_date", "invalid_value", "no_id")


FAR_AHEAD = 50  # years: later than this is a typing mistake, whatever the status


def check_names() -> dict[str, str]:
    """Each check in words."""
    return {
        "swapped_lat_lon": tr("Latitude and longitude swapped"),
        "outside_country": tr("Point outside its recipient country"),
        "at_sea": tr("Point at sea"),
        "percentages": tr("Percentages do not add up to 100"),
        "missing_source": tr("No source"),
        "duplicate_id": tr("Duplicate id"),
        "future_date": tr("Date in the future"),
        "invalid_value": tr("Unreadable value"),
        "no_id": tr("No id"),
        "registry_rule": tr("Refused by the team registry's rules"),
        "too_large": tr("Too large: cut"),
    }


def _split(value: Any) -> list[str]:
    return [part.strip().upper() for part in str(value or "").split(";") if part.strip()]


class ProjectChecker:
    """Runs every check; remembers the ids seen, so duplicates within one run are found."""

    def __init__(self, countries: CountryIndex, today: Optional[datetime.date] = None) -> None:
        self.countries = countries
        self.today = today or datetime.date.today()
        self.seen: set[str] = set()

    def check(self, project_id: str, values: dict[str, Any], points: Iterable[Point]) -> list[Problem]:
        """Problems of one project (``values`` has the projects layer's fields)."""
        problems: list[Problem] = []
        points = list(points)
        first = points[0] if points else None
        if project_id in self.seen:
            problems.append(Problem(project_id, "duplicate_id", tr("the id {} appears more than once.").format(
                project_id), first))
        self.seen.add(project_id)
        if not (values.get("source_title") or values.get("source_url")):
            problems.append(Problem(project_id, "missing_source", tr("no source title or URL."), first))
        problems += self._dates(project_id, values, first)
        recipients = [c for c in _split(values.get("recipient_country")) if c in self.countries.geometries]
        for point in points:
            problem = self.locate(project_id, point, recipients)
            if problem is not None:
                problems.append(problem)
        return problems

    def locate(self, project_id: str, point: Point, recipients: list[str]) -> Optional[Problem]:
        """Is ``point`` (lon, lat) where its recipient countries are? None when it is."""
        lon, lat = point
        swapped = (lat, lon)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            if -90 <= lon <= 90 and -180 <= lat <= 180:
                return Problem(project_id, "swapped_lat_lon", tr(
                    "latitude {:g} is impossible: latitude and longitude are swapped; the problem is shown where the "
                    "point would be (latitude {:g}, longitude {:g}).").format(lat, lon, lat), swapped)
            return Problem(project_id, "invalid_value", tr("coordinates {:g}, {:g} are out of range.").format(
                lat, lon), None)
        if any(self.countries.contains(code, point) for code in recipients):
            return None
        if recipients and any(self.countries.contains(code, swapped) for code in recipients):
            return Problem(project_id, "swapped_lat_lon", tr(
                "the point (latitude {:g}, longitude {:g}) lies outside {}; swapped, it lies inside: latitude and "
                "longitude are probably swapped.").format(lat, lon, ", ".join(recipients)), swapped)
        found = self.countries.country_at(point)
        near = [code for code in recipients if self.countries.distance(code, point) <= COASTAL_TOLERANCE]
        if near and found is None:
            return None  # on a generalised coastline: within tolerance and inside no other country
        if found is None and not self.countries.near_any(point):
            return Problem(project_id, "at_sea", tr(
                "the point (latitude {:g}, longitude {:g}) is at sea, more than {:g}° from any coast.").format(
                lat, lon, COASTAL_TOLERANCE), point)
        if recipients:
            where = found or tr("no country")
            return Problem(project_id, "outside_country", tr(
                "the point (latitude {:g}, longitude {:g}) lies in {}, not in its recipient country {}.").format(
                lat, lon, where, ", ".join(recipients)), point)
        return None

    def _dates(self, project_id: str, values: dict[str, Any], point: Optional[Point]) -> list[Problem]:
        year = self.today.year
        found = []
        start, end, status = values.get("start_year"), values.get("end_year"), values.get("status")
        as_of = str(values.get("as_of") or "")
        if as_of and as_of > self.today.isoformat()[: len(as_of)]:
            found.append(tr("the source date {} is in the future.").format(as_of))
        if isinstance(start, int) and start > year and status in ("ongoing", "completed"):
            found.append(tr("the project is {} but starts in {}.").format(tr(status), start))
        elif isinstance(start, int) and start > year + FAR_AHEAD:
            found.append(tr("the start year {} is implausibly far ahead.").format(start))
        if isinstance(end, int) and end > year and status == "completed":
            found.append(tr("the project is completed but ends in {}.").format(end))
        elif isinstance(end, int) and end > year + FAR_AHEAD:
            found.append(tr("the end year {} is implausibly far ahead.").format(end))
        return [Problem(project_id, "future_date", message, point) for message in found]
