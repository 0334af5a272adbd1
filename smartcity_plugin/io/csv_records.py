"""Rows of a CSV table → project records: one per project id, its rows' locations together.

A table without ids (a 3W table) gets stable ones from the row's organisation, activity,
sector, country and start date, so re-importing the same rows updates them. Several rows
with one id are one project at several places (3W and AidData tables list one row per
location); they are flagged only when they disagree about the title.
"""

from __future__ import annotations

import hashlib
from typing import Iterator, Optional

from smartcity_plugin.core.schema import CONFIDENCE_LEVELS
from smartcity_plugin.io import csv_values
from smartcity_plugin.io.countries import CountryIndex
from smartcity_plugin.io.csv_source import CsvTable
from smartcity_plugin.io.iati_activity import SourceInfo
from smartcity_plugin.io.organisations import country_of_ref, organisation_table
from smartcity_plugin.io.records import FIELD_KINDS, ProjectRecord, join_list, shorten, year_of
from smartcity_plugin.io.sector_mapping import SectorMapper
from smartcity_plugin.io.value_rules import date_problem
from smartcity_plugin.toolbelt.i18n import tr

ID_PARTS = ("donor_name", "agency", "partners", "title", "sectors", "recipient_country", "start_year")
LIST_FIELDS = ("recipient_country", "sectors", "partners", "dac_codes", "city_ids", "location_note")


class CsvRecordBuilder:
    """Collects a table's rows into records (memory grows with the number of projects, not rows)."""

    def __init__(self, table: CsvTable, sectors: SectorMapper, countries: CountryIndex, source: SourceInfo,
                 locations_only: bool = False) -> None:
        self.table = table
        self.sectors = sectors
        self.countries = countries
        self.source = source
        self.locations_only = locations_only
        self.records: dict[str, ProjectRecord] = {}
        self.titles: dict[str, str] = {}
        # Per project, what its rows added so far, as sets: merging a row costs the same however many came before.
        self.points_seen: dict[str, set] = {}
        self.list_items: dict[str, dict[str, dict[str, None]]] = {}

    def add_row(self, line: int, cells: list[str]) -> None:
        """Read one data row."""
        raw = {name: (cells[index].strip() if index < len(cells) else "") for name, index in self.table.columns.items()}
        record = ProjectRecord()
        record.set("project_id", raw.get("project_id") or self._derived_id(raw))
        where = tr("line {}").format(line)
        if not self.locations_only:
            self._attributes(record, raw, where)
        elif raw.get("location_note"):
            record.set("location_note", raw["location_note"])
        self._location(record, raw, where)
        self._merge(record, raw)

    def results(self) -> Iterator[ProjectRecord]:
        """The records, in the order their ids first appeared."""
        for project_id, record in self.records.items():
            for name, items in self.list_items.pop(project_id, {}).items():
                record.set(name, join_list(items))
            if self.locations_only and record.project_id:  # the note says where the new locations come from
                record.set("location_note", shorten(tr("Locations from the table {}: {}.").format(
                    self.source.path.name, ", ".join((record.get("location_note") or "").split(";"))), 1000))
            yield record

    def _derived_id(self, raw: dict[str, str]) -> Optional[str]:
        key = "|".join(raw.get(name, "").lower() for name in ID_PARTS)
        if not key.strip("|"):
            return None
        return "csv-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]

    def _attributes(self, record: ProjectRecord, raw: dict[str, str], where: str) -> None:
        for name in ("title", "donor_name", "agency", "amount_note", "city_id", "city_ids", "source_title",
                     "source_url", "as_of", "conflicting_claims", "notes", "location_note"):
            if name in raw:
                record.set(name, raw[name])
        if "partners" in raw:  # names hold commas: only ; separates them, and the text stays as written
            record.set("partners", raw["partners"])
        self._donor(record, raw, where)
        if "recipient_country" in raw:
            codes = []
            for text in self._country_cells(raw["recipient_country"]):
                code = self.countries.code_for(text)
                if code is None:
                    record.problem("invalid_value", tr("{}: recipient country '{}' is not a country code or name.")
                                   .format(where, text))
                codes.append(code)
            record.set("recipient_country", join_list(codes))
        self._sectors(record, raw)
        if "status" in raw:
            value, known = csv_values.status(raw.get("status", ""))
            record.set("status", value)
            if not known:
                record.add_note(tr("Status in the source: {}.").format(raw["status"]))
        if "confidence" in raw:  # high, medium or low (the plugin's own exports); anything else is kept as a note
            level = raw["confidence"].strip().lower()
            record.set("confidence", level if level in CONFIDENCE_LEVELS else None)
            if raw["confidence"] and level not in CONFIDENCE_LEVELS:
                record.add_note(tr("Confidence in the source: {}.").format(raw["confidence"]))
        if "finance_type" in raw:
            kind = csv_values.finance(raw["finance_type"])
            record.set("finance_type", kind or "unknown")
            if kind is None and raw["finance_type"]:
                record.add_note(tr("Finance type in the source: {}.").format(raw["finance_type"]))
        for name in ("start_year", "end_year"):
            if name in raw:
                record.set(name, year_of(raw[name]))
                if raw[name] and record.get(name) is None:
                    record.problem("invalid_value", tr("{}: '{}' has no year.").format(where, raw[name]))
                elif date_problem(raw[name]):
                    record.problem("invalid_value", f"{where}: {date_problem(raw[name])}")
        if "amount_usd" in raw:
            try:
                amount = csv_values.number(raw["amount_usd"])
            except ValueError:
                amount = None
                record.problem("invalid_value", tr("{}: amount '{}' is not a number.").format(where, raw["amount_usd"]))
            record.set("amount_usd", amount)
        record.set("source_title", record.get("source_title") or tr("CSV file {}").format(self.source.path.name))
        record.set("source_url", record.get("source_url") or self.source.url())
        record.set("as_of", record.get("as_of") or self.source.import_date)

    def _country_cells(self, text: str) -> list[str]:
        """Countries of a cell: the whole cell when it is one name ('Tanzania, United Republic of'), else its parts."""
        if not text.strip():
            return []
        if self.countries.code_for(text) is not None:
            return [text.strip()]
        parts = csv_values.split_cell(text)
        if len(parts) == 1 and "," in parts[0]:
            return [part.strip() for part in parts[0].split(",") if part.strip()]
        return parts

    def _donor(self, record: ProjectRecord, raw: dict[str, str], where: str) -> None:
        """Donor country from the code column, else from the donors' names through the organisation table."""
        if "donor_country" not in raw and "donor_name" not in raw:
            return
        texts = csv_values.split_cell(raw.get("donor_country", ""))
        found = [self.countries.code_for(t) or country_of_ref(t, self.countries.codes) for t in texts]
        table = organisation_table()
        if not any(found) and ("donor_country" not in raw or raw["donor_country"].strip()):
            found = [table.country("", name, self.countries.codes) or self.countries.code_for(name)
                     for name in csv_values.split_cell(raw.get("donor_name", ""))]
        code = next((c for c in found if c), None)
        record.set("donor_country", code)
        if code is None and (raw.get("donor_country") or raw.get("donor_name")):
            record.problem("unknown_donor", tr("{}: the donor country is unknown ('{}'): no country code, and the "
                                               "plugin's organisation table does not know the donor.").format(
                where, raw.get("donor_country") or raw.get("donor_name")))
        if len([c for c in found if c]) > 1:
            record.add_note(tr("Donors in the source: {} ({}).").format(
                raw.get("donor_name", ""), raw.get("donor_country", "")))

    def _sectors(self, record: ProjectRecord, raw: dict[str, str]) -> None:
        tokens = csv_values.split_cell(raw.get("sectors", "")) + csv_values.split_cell(raw.get("dac_codes", ""))
        if not tokens and "sector_primary" not in raw:
            return
        tally = self.sectors.tally([(token, 1.0) for token in tokens])
        primary = self.sectors.for_text(raw.get("sector_primary", ""))
        record.set("sector_primary", primary[0] if primary else tally.primary())
        given = csv_values.split_cell(raw.get("sectors", ""))
        record.set("dac_codes", join_list(tally.dac_codes))
        if given and all(token in self.sectors.catalogue for token in given):
            record.set("sectors", ";".join(given))  # already the plugin's codes (its own exports): kept as they are
            return
        record.set("sectors", join_list(([record.get("sector_primary")] if primary else []) + tally.codes()))
        unmatched = [token for token in tally.unmatched if token in given]
        if unmatched:
            record.add_note(tr("Sectors without a category in the plugin's crosswalk: {}.").format(
                ", ".join(unmatched)))

    def _location(self, record: ProjectRecord, raw: dict[str, str], where: str) -> None:
        try:
            latitude = csv_values.coordinate(raw.get("latitude", ""))
            longitude = csv_values.coordinate(raw.get("longitude", ""))
        except ValueError:
            record.problem("invalid_value", tr("{}: coordinates '{}', '{}' are not numbers.").format(
                where, raw.get("latitude", ""), raw.get("longitude", "")))
            latitude = longitude = None
        if (latitude is None) != (longitude is None):
            record.problem("invalid_value", tr("{}: a latitude without a longitude or the reverse.").format(where))
        elif latitude is not None:
            record.points.append((longitude, latitude))
        every = csv_values.wkt_points(raw.get("wkt", ""))
        if every:  # all the locations (our own exports): latitude/longitude repeat the first
            record.points = every
        admin = [raw.get(name, "") for name in ("adm1_name", "adm1_code", "adm2_name", "adm2_code")]
        if any(admin):
            record.set("location_note", join_list([record.get("location_note")] + admin))
        if not record.points and raw.get("adm1_name"):
            codes = (record.get("recipient_country") or "").split(";")
            point = self.countries.admin1_point(codes[0], raw["adm1_name"]) if codes[0] else None
            if point is not None:
                record.points.append(point)
                record.set("location_precision", 4)
                record.add_note(tr("Placed inside the admin-1 unit {} (Natural Earth).").format(raw["adm1_name"]))
        if "location_precision" in raw:
            self._precision(record, raw["location_precision"], where)
        elif record.points and record.get("location_precision") is None:
            record.set("location_precision", None)

    def _precision(self, record: ProjectRecord, text: str, where: str) -> None:
        if not text:
            record.set("location_precision", None)
            record.deliberately_unlocated = not record.points and "location_note" in record.values
            return
        if text.isdigit() and 1 <= int(text) <= 8:
            record.set("location_precision", int(text))
        else:
            record.set("location_precision", None)
            record.problem("invalid_value", tr("{}: precision '{}' is not an AidData code 1-8.").format(where, text))

    def _merge(self, record: ProjectRecord, raw: dict[str, str]) -> None:
        project_id = record.project_id
        if not project_id:
            record.problem("no_id", tr("a row with neither an id nor a title; it was not imported."))
            self.records[f"\x00{len(self.records)}"] = record
            return
        existing = self.records.get(project_id)
        if existing is None:
            self.records[project_id] = record
            self.titles[project_id] = raw.get("title", "")
            return
        if " ".join(raw.get("title", "").split()).casefold() != " ".join(self.titles[project_id].split()).casefold():
            existing.problem("duplicate_id", tr("rows with the id {} have different titles ('{}', '{}').").format(
                project_id, self.titles[project_id][:60], raw.get("title", "")[:60]))
        seen = self.points_seen.get(project_id)
        if seen is None:
            seen = self.points_seen[project_id] = set(existing.points)
        for point in record.points:
            if point not in seen:
                seen.add(point)
                existing.points.append(point)
        lists = self.list_items.setdefault(project_id, {})
        for name in LIST_FIELDS:
            if record.get(name):
                items = lists.get(name)
                if items is None:
                    items = lists[name] = dict.fromkeys(
                        part.strip() for part in (existing.get(name) or "").split(";") if part.strip())
                for part in record.get(name).split(";"):
                    if part.strip():
                        items.setdefault(part.strip(), None)
        precisions = [p for p in (existing.get("location_precision"), record.get("location_precision")) if p]
        if precisions:
            existing.set("location_precision", max(precisions))
        existing.problems += record.problems
        for name in FIELD_KINDS:
            if existing.get(name) is None and record.get(name) is not None:
                existing.set(name, record.get(name))
