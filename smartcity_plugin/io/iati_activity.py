"""One ``iati-activity`` element → a :class:`ProjectRecord` in the projects layer's terms."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Optional

from smartcity_plugin.io import iati_codes
from smartcity_plugin.io.iati_location import read_location
from smartcity_plugin.io.iati_money import read_money, transaction_value
from smartcity_plugin.io.iati_recipients import read_recipients
from smartcity_plugin.io.iati_text import narrative, narrative_of
from smartcity_plugin.io.organisations import organisation_table
from smartcity_plugin.io.records import FIELD_KINDS, ProjectRecord, join_list, shorten, year_of
from smartcity_plugin.io.sector_mapping import SectorMapper
from smartcity_plugin.io.value_rules import date_problem, strict_float, strict_int
from smartcity_plugin.io.xml_stream import XML_LANG, Element, XmlRecord, text_of
from smartcity_plugin.toolbelt.i18n import tr

# Our own extension namespace (IATI allows elements of other namespaces in an activity):
# the exporter writes every field there, so a round trip keeps what IATI has no element for.
EXTENSION_NS = "urn:smartcity-cooperation-map:iati:1"
EXTENSION_FIELD = f"{{{EXTENSION_NS}}}field"
DAC5_VOCABULARIES = ("", "1", "DAC")
DAC3_VOCABULARIES = ("2", "DAC-3")
PERCENT_TOLERANCE = 0.5  # rounding in published files: 33.3 + 33.3 + 33.3 passes
MEMO_LIMIT = 10_000  # answers remembered per import (organisations, sector lists): memory stays flat


@dataclass(frozen=True)
class SourceInfo:
    """The file the activities come from, or the web service and query that answered them."""

    path: Path
    import_date: str  # YYYY-MM-DD
    service: str = ""  # 'd-portal', 'IATI Datastore'; '' for a file
    query_url: str = ""  # the service's query, without paging
    query_words: str = ""  # the query in words
    retrieved: str = ""  # UTC date and time of the retrieval

    @cached_property
    def file_url(self) -> str:
        """file:// URI of the file (resolved once, not per activity)."""
        return self.path.resolve().as_uri()

    def url(self) -> str:
        """file:// URI of the file, or the service's query."""
        return self.query_url if self.service else self.file_url

    def title(self) -> str:
        """How records name their source."""
        if self.service:
            return tr("{} query ({})").format(self.service, self.query_words)
        return tr("IATI activity file {}").format(self.path.name)

    def note(self) -> str:
        """The sentence on provenance every record's notes end with."""
        if self.service:
            return tr("Fetched from {} on {} UTC: {}.").format(self.service, self.retrieved, self.query_words)
        return tr("Imported from the IATI file {} on {}.").format(self.path.name, self.import_date)


def _percent(element: Element) -> Optional[float]:
    try:
        share = float(element.get("percentage", "").strip())
    except ValueError:
        return None
    return share if math.isfinite(share) else None


def _check_shares(record: ProjectRecord, what: str, elements: list[Element]) -> None:
    """Percentages of several countries or sectors must be given and add up to 100."""
    shares = [_percent(e) for e in elements]
    given = [share for share in shares if share is not None]
    complete = bool(given) and abs(sum(given) - 100) <= PERCENT_TOLERANCE
    if len(elements) > 1 and len(given) < len(elements) and not complete:
        record.problem("percentages", tr("{}: {} of {} have no percentage.").format(
            what, len(elements) - len(given), len(elements)))
    elif given and abs(sum(given) - 100) > PERCENT_TOLERANCE:
        record.problem("percentages", tr("{}: the percentages add up to {:g}, not 100.").format(what, sum(given)))


class ActivityMapper:
    """Reads activities of one file, with the plugin's sector crosswalk and country list."""

    def __init__(self, sectors: SectorMapper, countries: frozenset, source: SourceInfo,
                 country_named: Callable[[str], Optional[str]] = lambda name: None) -> None:
        self.sectors = sectors
        self.countries = countries
        self.source = source
        self.country_named = country_named  # a funder called "Italy" is Italy's government
        # Answers that depend only on what they are asked about: a file repeats the same few
        # organisations and sector lists thousands of times.
        self._donors: dict[tuple[str, str], Optional[str]] = {}
        self._tallies: dict[tuple, object] = {}
        self._note = source.note()
        self._title = source.title()
        self._url = source.url()
        self._role_words = {"1": tr("funding"), "2": tr("accountable"), "3": tr("extending"), "4": tr("implementing")}
        self._date_words = {"1": tr("planned start"), "2": tr("actual start"), "3": tr("planned end"),
                            "4": tr("actual end")}

    def _donor(self, ref: str, name: str) -> Optional[str]:
        """Donor country of a funder, by identifier or name (memoised)."""
        key = (ref, name)
        if key not in self._donors:
            if len(self._donors) > MEMO_LIMIT:
                self._donors.clear()
            self._donors[key] = organisation_table().country(ref, name, self.countries) or self.country_named(name)
        return self._donors[key]

    def _tally(self, tokens: list[tuple[str, float]]):
        """The sector tally of (code, share) pairs (memoised; a tally is only read)."""
        key = tuple(tokens)
        tally = self._tallies.get(key)
        if tally is None:
            if len(self._tallies) > MEMO_LIMIT:
                self._tallies.clear()
            tally = self._tallies[key] = self.sectors.tally(tokens)
        return tally

    def record(self, read: XmlRecord) -> ProjectRecord:
        """The project an activity describes (problems included; no id → nothing else read)."""
        activity = read.element
        record = self._mapped(activity, read.line)
        for what in read.cut:  # what the reader left out of an over-large activity
            record.problem("too_large", what)
        for element in activity.findall("activity-date"):
            when = element.get("iso-date", "").strip() or text_of(element).strip()
            problem = date_problem(when) or (tr("the date '{}' has no year; it was not used.").format(when[:30])
                                             if when and year_of(when) is None else None)
            if problem:
                record.problem("invalid_value", problem)
        return record

    def _mapped(self, activity: Element, line: int) -> ProjectRecord:
        lang = activity.get(XML_LANG, "").strip()
        record = ProjectRecord()
        identifier = activity.find("iati-identifier")
        record.set("project_id", " ".join(text_of(identifier).split()) if identifier is not None else None)
        if not record.project_id:
            record.problem("no_id", tr("the activity at line {} has no iati-identifier; it was not imported.").format(
                line or "?"))
            return record
        record.set("title", narrative_of(activity, "title", lang))
        notes: list[str] = []
        description = activity.find("description")
        if description is not None:
            notes.append(shorten(narrative(description, lang), 500) or "")
        self._organisations(activity, record, notes, lang)
        self._status_and_dates(activity, record, notes)
        self._countries(activity, record, notes)
        self._sectors(activity, record, notes)
        self._money(activity, record, notes)
        self._locations(activity, record, lang)
        self._source(activity, record, lang)
        notes.append(self._note)
        record.set("notes", shorten(" ".join(n for n in notes if n), 4000))
        self._extension(activity, record)
        return record

    def _organisations(self, activity: Element, record: ProjectRecord, notes: list[str], lang: str) -> None:
        by_role: dict[str, list[tuple[str, str]]] = {}
        for org in activity.findall("participating-org"):
            name = narrative(org, lang) or org.get("ref", "").strip()
            if name:
                role = iati_codes.role_code(org.get("role", "").strip())
                by_role.setdefault(role, []).append((name, org.get("ref", "").strip()))
        reporting = activity.find("reporting-org")
        reporting_name = narrative(reporting, lang) if reporting is not None else None
        reporting_ref = reporting.get("ref", "").strip() if reporting is not None else ""
        secondary = reporting is not None and reporting.get("secondary-reporter", "").strip().lower() in ("1", "true")
        funders = by_role.get(iati_codes.ROLE_FUNDING, [])
        donor, donor_name = None, funders[0][0] if funders else None
        for name, ref in funders:  # the first funder whose country is known
            donor = self._donor(ref, name)
            if donor:
                donor_name = name
                break
        if not funders and reporting is not None and not secondary:  # a publisher reporting its own funds
            donor = organisation_table().country(reporting_ref, reporting_name or "", self.countries)
            donor_name = reporting_name
        record.set("donor_country", donor)
        record.set("donor_name", donor_name)
        if donor is None:
            if funders:
                said = ", ".join(f"{name} ({ref})" if ref else name for name, ref in funders)
            elif secondary:
                said = tr("no funding organisation, and {} reports for others").format(reporting_name or reporting_ref)
            else:
                said = tr("no funding organisation, and the reporting organisation {} is not known").format(
                    reporting_name or reporting_ref or "?")
            record.problem("unknown_donor", tr("the donor country is unknown: {}. Neither the identifiers nor the "
                                               "plugin's organisation table name a country.").format(said))
        extending = by_role.get(iati_codes.ROLE_EXTENDING, [])
        publisher_funds = not funders or any(ref and ref == reporting_ref for _, ref in funders)
        record.set("agency", extending[0][0] if extending else reporting_name if (
            publisher_funds and reporting_name and not secondary) else donor_name)
        partners = by_role.get(iati_codes.ROLE_IMPLEMENTING, []) + by_role.get(iati_codes.ROLE_ACCOUNTABLE, [])
        record.set("partners", join_list(name for name, _ in partners))
        words = self._role_words
        roles = ["{}: {}".format(words.get(role, role or "?"), ", ".join(name for name, _ in orgs))
                 for role, orgs in sorted(by_role.items())]
        if roles:
            notes.append(tr("IATI participating organisations: {}.").format("; ".join(roles)))
        if reporting_name or reporting_ref:
            notes.append(tr("IATI reporting organisation: {}.").format(
                " ".join(filter(None, (reporting_name, f"({reporting_ref})" if reporting_ref else "")))))

    def _status_and_dates(self, activity: Element, record: ProjectRecord, notes: list[str]) -> None:
        status = activity.find("activity-status")
        code = iati_codes.status_code(status.get("code", "").strip(), text_of(status)) if status is not None else ""
        record.set("status", iati_codes.STATUS.get(code, "unknown"))
        if code in ("5", "6"):
            notes.append(tr("IATI activity status {} ({}).").format(code, iati_codes.STATUS_WORDS[code]))
        dates: dict[str, str] = {}
        for element in activity.findall("activity-date"):
            when = element.get("iso-date", "").strip() or text_of(element).strip()
            dates.setdefault(iati_codes.date_type(element.get("type", "").strip()), when)
        record.set("start_year", year_of(dates.get("2")) or year_of(dates.get("1")))
        record.set("end_year", year_of(dates.get("4")) or year_of(dates.get("3")))
        words = self._date_words
        listed = [f"{words[kind]} {dates[kind]}" for kind in sorted(dates) if kind in words]
        if listed:
            notes.append(tr("IATI dates: {}.").format("; ".join(listed)))
        updated = activity.get("last-updated-datetime", "").strip()
        if updated:
            notes.append(tr("IATI last updated {}.").format(updated[:10]))

    def _countries(self, activity: Element, record: ProjectRecord, notes: list[str]) -> None:
        recipients = read_recipients(activity, self.countries)
        record.set("recipient_country", join_list(recipients.countries))
        record.recipient_percentages = {code: share for code, share in recipients.countries.items() if share}
        if recipients.elements:
            _check_shares(record, tr("recipient countries and regions"), recipients.elements)
        if recipients.regions or len(recipients.countries) > 1 or recipients.from_transactions:
            notes.append(recipients.note())

    def _sectors(self, activity: Element, record: ProjectRecord, notes: list[str]) -> None:
        elements = activity.findall("sector")
        if elements:
            tokens, others = self._sector_tokens(record, elements, check=True)
            weighted = ""
        else:  # IATI allows sectors per transaction instead: each weighs by its transactions' value
            tokens, others = [], []
            per_code: dict[tuple[str, str], float] = {}
            for transaction in activity.findall("transaction"):
                value = abs(transaction_value(transaction))
                for element in transaction.findall("sector"):
                    key = (element.get("vocabulary", "").strip(), element.get("code", "").strip())
                    per_code[key] = per_code.get(key, 0.0) + value
            total = sum(per_code.values())
            for (vocabulary, code), value in per_code.items():
                if vocabulary in DAC5_VOCABULARIES + DAC3_VOCABULARIES:
                    tokens.append((code, 100.0 * value / total if total else 100.0 / len(per_code)))
                else:
                    others.append(f"{code} ({tr('vocabulary')} {vocabulary})")
            weighted = tr("IATI sectors given per transaction, weighted by transaction value.") if per_code else ""
        tally = self._tally(tokens)
        record.set("sector_primary", tally.primary())
        record.set("sectors", join_list(tally.codes()))
        record.set("dac_codes", join_list(tally.dac_codes))
        if weighted:
            notes.append(weighted)
        if tally.unmatched or others:
            notes.append(tr("IATI sectors without a category in the plugin's crosswalk: {}.").format(
                ", ".join(tally.unmatched + others)))

    def _sector_tokens(self, record: ProjectRecord, elements: list[Element], check: bool):
        vocabularies: dict[str, list[Element]] = {}
        for element in elements:
            vocabularies.setdefault(element.get("vocabulary", "").strip(), []).append(element)
        tokens, others = [], []
        for vocabulary, group in vocabularies.items():
            if vocabulary in DAC5_VOCABULARIES + DAC3_VOCABULARIES:
                tokens += [(e.get("code", "").strip(), _percent(e) or 100.0 / len(group)) for e in group]
                if check:  # vocabularies the plugin does not read (World Bank 98 …) are left alone
                    _check_shares(record, tr("sectors of vocabulary {}").format(vocabulary or "1"), group)
            else:
                others += [f"{e.get('code', '').strip()} ({tr('vocabulary')} {vocabulary})" for e in group]
        return tokens, others

    def _money(self, activity: Element, record: ProjectRecord, notes: list[str]) -> None:
        money = read_money(activity, activity.get("default-currency", "").strip())
        amount, _ = money.amount_usd()
        record.set("amount_usd", amount)
        record.set("amount_note", money.note())
        for currency, net in money.negative_commitments().items():
            record.problem("negative_commitment", tr(
                "the net commitment is negative ({} {:,.2f}: de-obligations exceed commitments); it is not used as "
                "the amount.").format(currency, net))
        element = activity.find("default-finance-type")
        if element is None:
            element = next((t.find("finance-type") for t in activity.findall("transaction")
                            if t.find("finance-type") is not None), None)
        code = element.get("code", "").strip() if element is not None else ""
        kind = iati_codes.finance_type(code)
        record.set("finance_type", kind or "unknown")
        if kind is None:
            notes.append(tr("Finance type unknown: IATI finance type {}.").format(code or tr("not given")))

    def _locations(self, activity: Element, record: ProjectRecord, lang: str) -> None:
        locations = [read_location(element, lang) for element in activity.findall("location")]
        record.points = [loc.point for loc in locations if loc.point is not None]
        precisions = [loc.precision for loc in locations if loc.precision is not None]
        record.set("location_precision", max(precisions) if precisions else None)
        record.set("location_note", shorten(" | ".join(loc.note for loc in locations), 1000))
        for location in locations:
            if location.problem:
                record.problem("invalid_value", location.problem)

    def _source(self, activity: Element, record: ProjectRecord, lang: str) -> None:
        reporting = activity.find("reporting-org")
        publisher = narrative(reporting, lang) if reporting is not None else None
        title = self._title
        record.set("source_title", f"{title} ({publisher})" if publisher else title)
        links = [link.get("url", "").strip() for link in activity.findall("document-link")]
        web = [url for url in links if url.startswith(("https://", "http://"))]
        record.set("source_url", self._url if self.source.service or not web else web[0])
        record.set("as_of", self.source.import_date)

    def _extension(self, activity: Element, record: ProjectRecord) -> None:
        """Fields our own exporter wrote: they win over what the IATI elements say."""
        elements = activity.findall(EXTENSION_FIELD)
        record.deliberately_unlocated = bool(elements) and not record.points
        for element in elements:
            name, text = element.get("name", "").strip(), text_of(element).strip()
            kind = FIELD_KINDS.get(name)
            if kind is None or name == "project_id":
                continue
            try:
                number = strict_int if kind == "int" else strict_float if kind == "real" else str
                value = number(text) if text else None
                if isinstance(value, float) and not math.isfinite(value):
                    raise ValueError(text)
                if isinstance(value, int) and not -(2**31) <= value < 2**31:  # the GeoPackage's INTEGER fields
                    raise ValueError(text)
            except ValueError:
                record.problem("invalid_value", tr("extension field {} = '{}' is not a number.").format(
                    name, text[:30]))
                continue
            record.set(name, value)
