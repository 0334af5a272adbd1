"""Import a CSV table (HXL-tagged, AidData locations, or plain with a column mapping)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.countries import country_index
from smartcity_plugin.io.csv_records import CsvRecordBuilder
from smartcity_plugin.io.csv_source import CsvTable, read_layout
from smartcity_plugin.io.errors import DataExchangeError, ImportCancelledError
from smartcity_plugin.io.iati_activity import SourceInfo
from smartcity_plugin.io.importer import ImportOptions, ImportReport, import_records
from smartcity_plugin.io.records import Problem
from smartcity_plugin.io.sector_mapping import SectorMapper
from smartcity_plugin.io.target_sectors import target_catalogue
from smartcity_plugin.toolbelt.i18n import tr

LOCATION_COLUMNS = {"project_id", "latitude", "longitude", "wkt", "location_precision", "location_note",
                    "adm1_code", "adm1_name", "adm2_code", "adm2_name"}
IDENTIFYING = ("project_id", "title", "donor_name", "agency", "partners")


def is_location_table(table: CsvTable) -> bool:
    """An AidData-style locations table: project ids with coordinates and precision codes, nothing else."""
    columns = set(table.columns)
    return {"project_id", "latitude", "longitude", "location_precision"} <= columns <= LOCATION_COLUMNS


def check_layout(table: CsvTable) -> None:
    """Refuse a table the importer could not place or name, saying how to map it."""
    columns = set(table.columns)
    if not columns & {"latitude", "longitude", "wkt", "recipient_country", "adm1_name"}:
        raise DataExchangeError(table.path, tr(
            "no coordinate columns (latitude and longitude, or #geo+lat and #geo+lon) and no country column: the "
            "projects could not be placed. Name the columns in a mapping, e.g. latitude=Lat;longitude=Lon."))
    if ("latitude" in columns) != ("longitude" in columns):
        raise DataExchangeError(table.path, tr("a latitude column without a longitude column, or the reverse."))
    if not columns & set(IDENTIFYING):
        raise DataExchangeError(table.path, tr(
            "no id, title or organisation column: nothing tells the projects apart. Map one, e.g. project_id=ID."))


def import_csv(
    path: Path, target, mapping: Optional[dict[str, str]] = None, options: Optional[ImportOptions] = None,
    feedback=None, on_problem: Optional[Callable[[Problem], None]] = None, encoding: str = "utf-8-sig",
    sectors: Optional[SectorCatalogue] = None,
) -> ImportReport:
    """Read ``path`` and upsert its projects (or, for a locations table, their locations) into ``target``.

    Sectors map to ``sectors``, by default the catalogue of ``target`` itself.
    """
    options = options or ImportOptions()
    table = read_layout(Path(path), mapping, encoding)
    check_layout(table)
    options.locations_only = is_location_table(table)
    builder = CsvRecordBuilder(table, SectorMapper(sectors or target_catalogue(target)), country_index(),
                               SourceInfo(Path(path), options.import_date), options.locations_only)
    rows = 0
    for line, cells in table.rows():
        if feedback is not None and rows % 500 == 0 and feedback.isCanceled():
            raise ImportCancelledError(path, tr("cancelled; nothing was written."))
        builder.add_row(line, cells)
        rows += 1
    if rows == 0:
        raise DataExchangeError(path, tr("the table has headers but no data rows."))
    records = list(builder.results())
    done = {"count": 0}

    def counted():
        for record in records:
            done["count"] += 1
            yield record

    unused = table.unused()
    report = import_records(counted(), Path(path), target, options, feedback, on_problem,
                            progress=lambda: done["count"] / max(len(records), 1), unused_columns=unused)
    for column in table.ignored:
        report.examples.append(tr("column {} ignored: another column feeds the same field.").format(column))
    return report
