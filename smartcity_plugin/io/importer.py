"""Import projects from any reader into the planner's GeoPackage: place, check, upsert, report."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from smartcity_plugin.io.checks import ProjectChecker, check_names, grouped
from smartcity_plugin.io.countries import CountryIndex, country_index
from smartcity_plugin.io.errors import ImportCancelledError
from smartcity_plugin.io.records import Problem, ProjectRecord
from smartcity_plugin.io.store import ProjectStore
from smartcity_plugin.io.value_rules import check_values
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.paths import bundled_data_path

EXAMPLES = 20  # problems quoted in the report; all of them go to on_problem
MAX_LOCATIONS = 10_000  # one project; more is a broken or hostile file, not a real project
MAX_TEXT_CHARS = {"title": 1_000, "notes": 20_000}  # one field; the others get DEFAULT_TEXT_CHARS
DEFAULT_TEXT_CHARS = 10_000
SHORTEST = min(DEFAULT_TEXT_CHARS, *MAX_TEXT_CHARS.values())  # no text shorter than this is ever cut
PROGRESS_STEP = 0.1  # percent: the smallest change of the progress worth a signal
COUNTERS = {"located": "located", "country": "country_placed", "unlocated": "unlocated"}  # place() → report


@dataclass
class ImportOptions:
    """How to treat what the source leaves open."""

    place_at_country: bool = True  # no coordinates: a point in each recipient country (precision 6), else none
    locations_only: bool = False  # a location table (AidData): only the locations of projects already stored
    import_date: str = field(default_factory=lambda: datetime.date.today().isoformat())


@dataclass
class ImportReport:
    """What an import did, counted."""

    source: Path
    target: Path  # or a RegistryTarget: anything with a .name
    read: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    located: int = 0
    country_placed: int = 0
    unlocated: int = 0
    problems: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)  # CSV columns that fed no field

    def problem_count(self) -> int:
        """Problems found, all checks together."""
        return sum(self.problems.values())

    def summary(self) -> str:
        """The report in one paragraph."""
        text = tr("{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, "
                  "{} placed at their recipient country, {} without location.").format(
            self.source.name, self.read, self.target.name, self.added, self.updated, self.skipped, self.located,
            self.country_placed, self.unlocated)
        if self.problems:
            names = check_names()
            text += " " + tr("{} problems: {}.").format(self.problem_count(), ", ".join(
                f"{names.get(check, check)} {count}" for check, count in self.problems.most_common()))
        else:
            text += " " + tr("No problems found.")
        if self.unused_columns:
            text += " " + tr("Columns not used: {}.").format(", ".join(self.unused_columns))
        return text


def _open_store(target, template: Optional[Path]):
    """The planner's GeoPackage (a path) or the team registry (a RegistryTarget)."""
    if hasattr(target, "connection"):
        from smartcity_plugin.io.registry.store import RegistryStore  # psycopg2: only for the registry

        return RegistryStore(target)
    return ProjectStore(Path(target), template or bundled_data_path())


def bound(record: ProjectRecord) -> None:
    """Cut what one project may hold (locations, text per field) and say so as a problem."""
    if len(record.points) > MAX_LOCATIONS:
        count = len(record.points)
        del record.points[MAX_LOCATIONS:]
        record.problem("too_large", tr("{} locations; the first {} were kept.").format(count, MAX_LOCATIONS))
    long = [(name, value) for name, value in record.values.items() if isinstance(value, str) and len(value) > SHORTEST]
    for name, value in long:  # most records have none: one pass, no lookups
        limit = MAX_TEXT_CHARS.get(name, DEFAULT_TEXT_CHARS)
        if len(value) > limit:
            record.values[name] = value[: limit - 1].rstrip() + "…"
            record.problem("too_large", tr("{} holds {} characters; it was cut to {}.").format(
                name, len(value), limit))


def place(record: ProjectRecord, countries: CountryIndex, at_country: bool) -> str:
    """Give a record without coordinates a point per recipient country, or none; say which it got."""
    if record.points:
        return "located"
    codes = [c.strip() for c in str(record.get("recipient_country") or "").split(";") if c.strip()]
    codes = [c for c in codes if c in countries.geometries]
    previous = record.get("location_note")
    if at_country and codes and not record.deliberately_unlocated:
        record.points = [countries.inside_point(code) for code in codes]
        record.set("location_precision", 6)
        note = tr("No coordinates in the source: placed inside {} at the country's centre (Natural Earth), "
                  "precision 6 (country).").format(", ".join(codes))
        record.set("location_note", f"{note} {previous}" if previous else note)
        return "country"
    if not record.deliberately_unlocated:
        record.set("location_precision", None)
        note = tr("No coordinates in the source; no geometry.")
        record.set("location_note", f"{note} {previous}" if previous else note)
    return "unlocated"


def import_records(
    records: Iterable[ProjectRecord], source: Path, target, options: Optional[ImportOptions] = None,
    feedback=None, on_problem: Optional[Callable[[Problem], None]] = None,
    progress: Callable[[], float] = lambda: 0.0, template: Optional[Path] = None,
    unused_columns: Optional[list[str]] = None,
) -> ImportReport:
    """Write ``records`` into ``target`` and report.

    ``target`` is the planner's GeoPackage (a path; created from the bundled data when new)
    or the team registry (a :class:`~smartcity_plugin.io.registry.store.RegistryTarget`).
    ``feedback`` is a QgsFeedback (cancel, progress). On any error or cancel the target
    stays exactly as it was.
    """
    options = options or ImportOptions()
    countries = country_index()
    checker = ProjectChecker(countries)
    report = ImportReport(Path(source), target if hasattr(target, "connection") else Path(target),
                          unused_columns=list(unused_columns or []))

    def emit(problem: Problem) -> None:
        report.problems[problem.check] += 1
        if len(report.examples) < EXAMPLES:
            report.examples.append(f"{problem.project_id or '?'}: {problem.message}")
        if on_problem is not None:
            on_problem(problem)

    shown = -PROGRESS_STEP  # the progress last shown
    with _open_store(target, template) as store:
        for record in records:
            if feedback is not None:
                if feedback.isCanceled():
                    raise ImportCancelledError(source, tr("cancelled; nothing was written."))
                done = 100.0 * progress()
                if abs(done - shown) >= PROGRESS_STEP:  # a signal per step, not per record: QGIS draws each one
                    feedback.setProgress(done)
                    shown = done
            report.read += 1
            bound(record)
            check_values(record)
            if not record.project_id or (options.locations_only and not store.has(record.project_id)):
                report.skipped += 1
                for problem in record.problems:
                    emit(problem)
                if record.project_id:
                    emit(Problem(record.project_id, "no_id", tr(
                        "locations for {}, which is not among the projects; skipped.").format(record.project_id),
                        record.first_point()))
                continue
            kind = place(record, countries, options.place_at_country and not options.locations_only)
            counter = COUNTERS[kind]
            setattr(report, counter, getattr(report, counter) + 1)
            for problem in record.problems:
                problem.point = problem.point or record.first_point()
            values = record.values
            if options.locations_only and hasattr(store, "values"):  # a location table: the project's own facts
                values = {**store.values(record.project_id), **record.values}
            found = record.problems + checker.check(record.project_id, values, record.points)
            if found:  # most records have none
                for problem in grouped(found):
                    emit(problem)
            outcome = store.upsert(record, record.points)
            report.added += outcome == "added"
            report.updated += outcome == "updated"
            if outcome == "refused":  # the team registry's rules: the record stays out, the rest goes in
                report.skipped += 1
                emit(Problem(record.project_id, "registry_rule", tr("not imported: {}").format(store.refusal),
                             record.first_point()))
        store.set_info(f"import:{Path(source).name}", f"{options.import_date}: {report.summary()}")
        store.commit()
    return report
