"""Import an IATI activity file (2.01-2.03, and 1.0x) into the planner's GeoPackage."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, Optional

from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.countries import country_index
from smartcity_plugin.io.iati_activity import ActivityMapper, SourceInfo
from smartcity_plugin.io.importer import ImportOptions, ImportReport, import_records
from smartcity_plugin.io.records import Problem, ProjectRecord
from smartcity_plugin.io.sector_mapping import SectorMapper
from smartcity_plugin.io.target_sectors import bundled_catalogue, target_catalogue
from smartcity_plugin.io.xml_stream import XmlRecords

ROOT, RECORD = "iati-activities", "iati-activity"


def iati_records(
    path: Path, import_date: str, cancelled: Callable[[], bool] = lambda: False,
    stream: Optional[XmlRecords] = None, sectors: Optional[SectorCatalogue] = None,
) -> Iterator[ProjectRecord]:
    """The projects of an IATI activity file, one at a time, tagged with ``sectors`` (else the bundled ones)."""
    countries = country_index()
    mapper = ActivityMapper(SectorMapper(sectors or bundled_catalogue()), countries.codes,
                            SourceInfo(Path(path), import_date), countries.code_for)
    for activity in stream or XmlRecords(Path(path), ROOT, RECORD, cancelled):
        yield mapper.record(activity)  # with what the reader cut and the dates' problems


def import_iati(
    path: Path, target, options: Optional[ImportOptions] = None, feedback=None,
    on_problem: Optional[Callable[[Problem], None]] = None, sectors: Optional[SectorCatalogue] = None,
) -> ImportReport:
    """Read ``path`` and upsert its activities into ``target``; the report says what happened.

    Sectors map to ``sectors``, by default the catalogue of ``target`` itself.
    """
    options = options or ImportOptions()
    cancelled = feedback.isCanceled if feedback is not None else (lambda: False)
    stream = XmlRecords(Path(path), ROOT, RECORD, cancelled)
    records = iati_records(path, options.import_date, cancelled, stream, sectors or target_catalogue(target))
    return import_records(records, Path(path), target, options, feedback, on_problem,
                          progress=lambda: stream.fraction)
