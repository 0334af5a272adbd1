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
          "future_date", "invalid_value", "no_id", "unknown_donor", "negative_commitment")
LAND_TOLERANCE = 0.01  # degrees (about 1 km): generalised land borders put border towns in the neighbour
ISLAND_MARGIN = 0.5  # degrees around a small island state's extent: atolls the coarse coastline leaves out
SMALL_COUNTRY = 5.0  # square degrees: below this a country counts as a small island state for ISLAND_MARGIN
GROUPED_SHOWN = 5  # messages of one kind quoted in one record's problem
COUNTRY_LEVEL = (5, 6)  # precision codes of points that stand for a country or an estimate, not a place


MEMO_LIMIT = 10_000  # answers remembered (recipient lists, dates): memory stays flat
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
        "unknown_donor": tr("Donor unknown"),
        "negative_commitment": tr("Negative net commitment"),
        "registry_rule": tr("Refused by the team registry's rules"),
        "too_large": tr("Too large: cut"),
    }


def grouped(problems: list[Problem]) -> list[Problem]:
    """One problem per check and record, counted once; its message keeps every distinct message of its kind."""
    messages: dict[tuple[str, str], list[str]] = {}
    first: dict[tuple[str, str], Problem] = {}
    for problem in problems:
        key = (problem.project_id, problem.check)
        first.setdefault(key, problem)
        said = messages.setdefault(key, [])
        if problem.message not in said:
            said.append(problem.message)
    result = []
    for key, problem in first.items():
        said = messages[key]
        if len(said) > 1:
            shown = "; ".join(message.rstrip(".") for message in said[:GROUPED_SHOWN])
            more = len(said) - GROUPED_SHOWN
            text = tr("{} (and {} more of this kind)").format(shown, more) if more > 0 else shown + "."
            problem = Problem(problem.project_id, problem.check, text, problem.point)
        result.append(problem)
    return result


def _split(value: Any) -> list[str]:
    return [part.strip().upper() for part in str(value or "").split(";") if part.strip()]


class ProjectChecker:
    """Runs every check; remembers the ids seen, so duplicates within one run are found."""

    def __init__(self, countries: CountryIndex, today: Optional[datetime.date] = None) -> None:
        self.countries = countries
        self.today = today or datetime.date.today()
        self.seen: set[str] = set()
        self.reported: set[str] = set()  # ids already reported as duplicates: once per id
        self._recipients: dict[Optional[str], list[str]] = {}  # recipient_country → the codes with a geometry
        self._today = self.today.isoformat()
        self._dated: dict[tuple, tuple[str, ...]] = {}  # see _dates()

    def check(self, project_id: str, values: dict[str, Any], points: Iterable[Point]) -> list[Problem]:
        """Problems of one project (``values`` has the projects layer's fields)."""
        problems: list[Problem] = []
        points = list(points)
        first = points[0] if points else None
        if project_id in self.seen and project_id not in self.reported:
            self.reported.add(project_id)
            problems.append(Problem(project_id, "duplicate_id", tr("the id {} appears more than once.").format(
                project_id), first))
        self.seen.add(project_id)
        get = values.get
        if not (get("source_title") or get("source_url")):
            problems.append(Problem(project_id, "missing_source", tr("no source title or URL."), first))
        problems += self._dates(project_id, values, first)
        if not points:
            return problems
        recipients = self._recipients.get(get("recipient_country")) if isinstance(
            get("recipient_country"), (str, type(None))) else None
        if recipients is None:
            recipients = [c for c in _split(get("recipient_country")) if c in self.countries.geometries]
            if isinstance(get("recipient_country"), (str, type(None))):
                if len(self._recipients) > MEMO_LIMIT:
                    self._recipients.clear()
                self._recipients[get("recipient_country")] = recipients
        country_level = get("location_precision") in COUNTRY_LEVEL
        contains = self.countries.contains
        for point in points:
            lon, lat = point
            if -90 <= lat <= 90 and -180 <= lon <= 180 and any(contains(code, point) for code in recipients):
                continue  # where it should be: the usual answer, without the rest of locate()
            problem = self.locate(project_id, point, recipients, country_level)
            if problem is not None:
                problems.append(problem)
        return problems

    def locate(self, project_id: str, point: Point, recipients: list[str],
               country_level: bool = False) -> Optional[Problem]:
        """Is ``point`` (lon, lat) where its recipient countries are? None when it is.

        Generalised borders and coastlines are forgiven: a point within ``LAND_TOLERANCE`` of a
        recipient country, within ``COASTAL_TOLERANCE`` of it and in no other country, or near a
        small island state's extent passes. A country-level point (precision 5 or 6) is never at sea.
        """
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
        distances = {code: self.countries.distance(code, point) for code in recipients}
        if any(distance <= LAND_TOLERANCE for distance in distances.values()):
            return None  # on a generalised land border
        if found is None and any(distance <= COASTAL_TOLERANCE for distance in distances.values()):
            return None  # on a generalised coastline: within tolerance and inside no other country
        if found is None and any(self._near_island(code, point) for code in recipients):
            return None  # an atoll or islet the coarse coastline leaves out
        if found is None and country_level:
            return None  # a point standing for a whole country or an estimate: no claim about the shore
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

    def _near_island(self, code: str, point: Point) -> bool:
        geometry = self.countries.geometries.get(code)
        if geometry is None or geometry.area() > SMALL_COUNTRY:
            return False
        box = geometry.boundingBox()
        box.grow(ISLAND_MARGIN)
        return box.xMinimum() <= point[0] <= box.xMaximum() and box.yMinimum() <= point[1] <= box.yMaximum()

    def _dates(self, project_id: str, values: dict[str, Any], point: Optional[Point]) -> list[Problem]:
        start, end, status = values.get("start_year"), values.get("end_year"), values.get("status")
        as_of = str(values.get("as_of") or "")
        try:  # the types too: 2030.0 == 2030, but only an int is a year here
            key = (start.__class__, start, end.__class__, end, status, as_of)
            found = self._dated.get(key)
        except TypeError:  # a value no dictionary takes
            key, found = None, None
        if found is None:
            found = self._date_problems(start, end, status, as_of)
            if key is not None:
                if len(self._dated) > MEMO_LIMIT:
                    self._dated.clear()
                self._dated[key] = found
        return [Problem(project_id, "future_date", message, point) for message in found]

    def _date_problems(self, start: Any, end: Any, status: Any, as_of: str) -> tuple[str, ...]:
        """What is wrong with a project's years, given its status and source date."""
        year = self.today.year
        found = []
        if as_of and as_of > self._today[: len(as_of)]:
            found.append(tr("the source date {} is in the future.").format(as_of))
        if isinstance(start, int) and start > year and status in ("ongoing", "completed"):
            found.append(tr("the project is {} but starts in {}.").format(tr(status), start))
        elif isinstance(start, int) and start > year + FAR_AHEAD:
            found.append(tr("the start year {} is implausibly far ahead.").format(start))
        if isinstance(end, int) and end > year and status == "completed":
            found.append(tr("the project is completed but ends in {}.").format(end))
        elif isinstance(end, int) and end > year + FAR_AHEAD:
            found.append(tr("the end year {} is implausibly far ahead.").format(end))
        return tuple(found)
