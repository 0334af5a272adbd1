"""One ``iati-activity`` element → a :class:`ProjectRecord` in the projects layer's terms."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Optional

from smartcity_plugin.io import iati_codes
from smartcity_plugin.io.iati_location import read_location
from smartcity_plugin.io.iati_money import money_of, transaction_value
from smartcity_plugin.io.iati_recipients import recipients_of
from smartcity_plugin.io.iati_text import narrative, narrative_in
from smartcity_plugin.io.organisations import organisation_table
from smartcity_plugin.io.records import FIELD_KINDS, Problem, ProjectRecord, join_list, shorten, year_of
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


def _share_problem(what: str, elements: list[Element]) -> Optional[str]:
    """Percentages of several countries or sectors must be given and add up to 100: what is wrong, if anything."""
    shares = [_percent(e) for e in elements]
    given = [share for share in shares if share is not None]
    complete = bool(given) and abs(sum(given) - 100) <= PERCENT_TOLERANCE
    if len(elements) > 1 and len(given) < len(elements) and not complete:
        return tr("{}: {} of {} have no percentage.").format(what, len(elements) - len(given), len(elements))
    if given and abs(sum(given) - 100) > PERCENT_TOLERANCE:
        return tr("{}: the percentages add up to {:g}, not 100.").format(what, sum(given))
    return None


def _clean(value):
    """A value as ``ProjectRecord.set`` keeps it: text stripped, blank text None."""
    if isinstance(value, str):
        return value.strip() or None
    return value


_NONE: tuple = ()  # no children of a name
# The fields an activity with an id speaks about, in the order the record holds them.
MAPPED_FIELDS = ("project_id", "title", "donor_country", "donor_name", "agency", "partners", "status", "start_year",
                 "end_year", "recipient_country", "sector_primary", "sectors", "dac_codes", "amount_usd",
                 "amount_note", "finance_type", "location_precision", "location_note", "source_title", "source_url",
                 "as_of", "notes")
_MAPPED_SET = frozenset(MAPPED_FIELDS)


def _remembered(memo: dict, key, compute: Callable, *args):
    """``compute(*args)``, once per distinct ``key`` (at most MEMO_LIMIT kept: memory stays flat)."""
    found = memo.get(key, memo)  # the memo itself: no answer can be it
    if found is memo:
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        found = memo[key] = compute(*args)
    return found


class ActivityMapper:
    """Reads activities of one file, with the plugin's sector crosswalk and country list.

    Speed matters (a file may hold 100,000 activities): each activity's children are sorted
    by name in one pass, and whatever depends only on a few attributes (organisations, status,
    dates, recipients, activity-level sectors, finance type) is worked out once per distinct
    value and remembered, as a file repeats the same few of each thousands of times.
    """

    def __init__(self, sectors: SectorMapper, countries: frozenset, source: SourceInfo,
                 country_named: Callable[[str], Optional[str]] = lambda name: None) -> None:
        self.sectors = sectors
        self.countries = countries
        self.source = source
        self.country_named = country_named  # a funder called "Italy" is Italy's government
        self._donors: dict[tuple[str, str], Optional[str]] = {}
        self._tallies: dict[tuple, object] = {}
        self._memos: dict[str, dict] = {name: {} for name in (
            "organisations", "status", "dates", "recipients", "sectors", "finance", "source_title")}
        self._note = source.note()
        self._title = source.title()
        self._url = _clean(source.url())
        self._as_of = _clean(source.import_date)
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
        return _remembered(self._tallies, tuple(tokens), self.sectors.tally, tokens)

    def record(self, read: XmlRecord) -> ProjectRecord:
        """The project an activity describes (problems included; no id → nothing else read)."""
        record, date_problems = self._mapped(read.element, read.line)
        for what in read.cut:  # what the reader left out of an over-large activity
            record.problem("too_large", what)
        for problem in date_problems:
            record.problem("invalid_value", problem)
        return record

    def _mapped(self, activity: Element, line: int) -> tuple[ProjectRecord, tuple[str, ...]]:
        """The record (without the reader's and the dates' problems) and the dates' problems."""
        children: dict[str, list[Element]] = {}  # what find()/findall() would give, in one pass
        for child in activity:
            group = children.get(child.tag)
            if group is None:
                children[child.tag] = [child]
            else:
                group.append(child)
        get = children.get
        dates = get("activity-date", _NONE)
        start_year, end_year, date_note, date_problems = _remembered(
            self._memos["dates"], tuple([(e.get("type", ""), _when(e)) for e in dates]), self._dates, dates)
        identifiers = get("iati-identifier")
        project_id = " ".join(text_of(identifiers[0]).split()) if identifiers else ""
        if not project_id:
            record = ProjectRecord()
            record.set("project_id", None)
            record.problem("no_id", tr("the activity at line {} has no iati-identifier; it was not imported.").format(
                line or "?"))
            return record, date_problems
        lang = activity.get(XML_LANG, "").strip()
        problems: list[tuple[str, str]] = []  # found before the locations are read: shown nowhere yet
        notes: list[str] = []
        description = get("description")
        if description:
            notes.append(shorten(narrative(description[0], lang), 500) or "")
        reporting = get("reporting-org")
        reporting = reporting[0] if reporting else None
        publisher, (donor, donor_name, agency, partners, said, unknown) = self._organisations(
            get("participating-org", _NONE), reporting, lang)
        notes += said
        if unknown:
            problems.append(("unknown_donor", unknown))
        status_element = get("activity-status")
        status, status_note = _remembered(
            self._memos["status"], (status_element[0].get("code", ""), text_of(status_element[0]))
            if status_element else None, self._status, status_element)
        for note in (status_note, date_note):
            if note:
                notes.append(note)
        updated = activity.get("last-updated-datetime", "").strip()
        if updated:
            notes.append(tr("IATI last updated {}.").format(updated[:10]))
        recipient_country, percentages, share_problems, recipients_note = self._countries(get)
        problems += share_problems
        if recipients_note:
            notes.append(recipients_note)
        sector_primary, sectors, dac_codes, sector_notes, sector_problems = self._sectors(get)
        notes += sector_notes
        problems += sector_problems
        amount, amount_note, finance_type, finance_note = self._money(activity, get, problems)
        if finance_note:
            notes.append(finance_note)
        locations = [read_location(element, lang) for element in get("location", _NONE)]
        points = [loc.point for loc in locations if loc.point is not None]
        first = points[0] if points else None
        precisions = [loc.precision for loc in locations if loc.precision is not None]
        records_problems = [Problem(project_id, check, message, None) for check, message in problems]
        records_problems += [Problem(project_id, "invalid_value", loc.problem, first) for loc in locations
                             if loc.problem]
        links = [link.get("url", "").strip() for link in get("document-link", _NONE)]
        web = [url for url in links if url.startswith(("https://", "http://"))]
        notes.append(self._note)
        values = {
            "project_id": project_id, "title": narrative_in(get("title", _NONE), lang), "donor_country": donor,
            "donor_name": donor_name, "agency": agency, "partners": partners, "status": status,
            "start_year": start_year, "end_year": end_year, "recipient_country": recipient_country,
            "sector_primary": sector_primary, "sectors": sectors, "dac_codes": dac_codes, "amount_usd": amount,
            "amount_note": amount_note, "finance_type": finance_type,
            "location_precision": max(precisions) if precisions else None,
            "location_note": _clean(shorten(" | ".join(loc.note for loc in locations), 1000)),
            "source_title": _remembered(self._memos["source_title"], publisher, self._source_title, publisher),
            "source_url": self._url if self.source.service or not web else web[0], "as_of": self._as_of,
            "notes": _clean(shorten(" ".join(n for n in notes if n), 4000)),
        }
        record = ProjectRecord(values, points, records_problems, set(_MAPPED_SET), dict(percentages))
        extension = get(EXTENSION_FIELD)
        if extension:
            self._extension(extension, record)
        return record, date_problems

    def _organisations(self, participating, reporting: Optional[Element], lang: str):
        """The reporting organisation's name, and what the organisations say (see :meth:`_organisations_of`)."""
        named = []
        for org in participating:
            ref = org.get("ref", "").strip()
            name = narrative(org, lang) or ref
            if name:
                named.append((name, org.get("role", "").strip(), ref))
        if reporting is None:
            key = (tuple(named), False, None, "", False)
        else:
            key = (tuple(named), True, narrative(reporting, lang), reporting.get("ref", "").strip(),
                   reporting.get("secondary-reporter", "").strip().lower() in ("1", "true"))
        return key[2], _remembered(self._memos["organisations"], key, self._organisations_of, key)

    def _organisations_of(self, key: tuple):
        """(donor country, donor name, agency, partners, notes, why the donor is unknown) of the organisations."""
        named, has_reporting, reporting_name, reporting_ref, secondary = key
        by_role: dict[str, list[tuple[str, str]]] = {}
        for name, role, ref in named:
            by_role.setdefault(iati_codes.role_code(role), []).append((name, ref))
        funders = by_role.get(iati_codes.ROLE_FUNDING, [])
        donor, donor_name = None, funders[0][0] if funders else None
        for name, ref in funders:  # the first funder whose country is known
            donor = self._donor(ref, name)
            if donor:
                donor_name = name
                break
        if not funders and has_reporting and not secondary:  # a publisher reporting its own funds
            donor = organisation_table().country(reporting_ref, reporting_name or "", self.countries)
            donor_name = reporting_name
        unknown = None
        if donor is None:
            if funders:
                said = ", ".join(f"{name} ({ref})" if ref else name for name, ref in funders)
            elif secondary:
                said = tr("no funding organisation, and {} reports for others").format(reporting_name or reporting_ref)
            else:
                said = tr("no funding organisation, and the reporting organisation {} is not known").format(
                    reporting_name or reporting_ref or "?")
            unknown = tr("the donor country is unknown: {}. Neither the identifiers nor the plugin's organisation "
                         "table name a country.").format(said)
        extending = by_role.get(iati_codes.ROLE_EXTENDING, [])
        publisher_funds = not funders or any(ref and ref == reporting_ref for _, ref in funders)
        agency = extending[0][0] if extending else reporting_name if (
            publisher_funds and reporting_name and not secondary) else donor_name
        partners = by_role.get(iati_codes.ROLE_IMPLEMENTING, []) + by_role.get(iati_codes.ROLE_ACCOUNTABLE, [])
        notes = []
        words = self._role_words
        roles = ["{}: {}".format(words.get(role, role or "?"), ", ".join(name for name, _ in orgs))
                 for role, orgs in sorted(by_role.items())]
        if roles:
            notes.append(tr("IATI participating organisations: {}.").format("; ".join(roles)))
        if reporting_name or reporting_ref:
            notes.append(tr("IATI reporting organisation: {}.").format(
                " ".join(filter(None, (reporting_name, f"({reporting_ref})" if reporting_ref else "")))))
        return (_clean(donor), _clean(donor_name), _clean(agency), _clean(join_list(name for name, _ in partners)),
                tuple(notes), unknown)

    @staticmethod
    def _status(elements: Optional[list[Element]]) -> tuple[str, Optional[str]]:
        """The status, and a note for the IATI statuses the layer has no word for."""
        status = elements[0] if elements else None
        code = iati_codes.status_code(status.get("code", "").strip(), text_of(status)) if status is not None else ""
        note = tr("IATI activity status {} ({}).").format(code, iati_codes.STATUS_WORDS[code]) if code in (
            "5", "6") else None
        return iati_codes.STATUS.get(code, "unknown"), note

    def _dates(self, elements: list[Element]) -> tuple[Optional[int], Optional[int], Optional[str], tuple[str, ...]]:
        """Start and end year, the dates in words, and each unreadable date's problem."""
        dates: dict[str, str] = {}
        problems = []
        for element in elements:
            when = _when(element)
            dates.setdefault(iati_codes.date_type(element.get("type", "").strip()), when)
            problem = date_problem(when) or (tr("the date '{}' has no year; it was not used.").format(when[:30])
                                             if when and year_of(when) is None else None)
            if problem:
                problems.append(problem)
        words = self._date_words
        listed = [f"{words[kind]} {dates[kind]}" for kind in sorted(dates) if kind in words]
        note = tr("IATI dates: {}.").format("; ".join(listed)) if listed else None
        return (year_of(dates.get("2")) or year_of(dates.get("1")), year_of(dates.get("4")) or year_of(dates.get("3")),
                note, tuple(problems))

    def _countries(self, get: Callable) -> tuple:
        """(recipient_country, percentages, problems, note or None)."""
        countries, regions = get("recipient-country", _NONE), get("recipient-region", _NONE)
        if not countries and not regions:  # per transaction, if anywhere: weighed by values, nothing to remember
            return self._recipients([], [], get("transaction", []))
        key = (tuple([(e.get("code", ""), e.get("percentage", "")) for e in countries]),
               tuple([(e.get("code", ""), e.get("percentage", "")) for e in regions]))
        return _remembered(self._memos["recipients"], key, self._recipients, list(countries), list(regions), [])

    def _recipients(self, countries: list[Element], regions: list[Element], transactions: list[Element]) -> tuple:
        recipients = recipients_of(countries, regions, transactions, self.countries)
        problem = _share_problem(tr("recipient countries and regions"), recipients.elements) if (
            recipients.elements) else None
        note = recipients.note() if (recipients.regions or len(recipients.countries) > 1
                                     or recipients.from_transactions) else None
        return (_clean(join_list(recipients.countries)),
                {code: share for code, share in recipients.countries.items() if share},
                (("percentages", problem),) if problem else (), note)

    def _sectors(self, get: Callable) -> tuple:
        """(sector_primary, sectors, dac_codes, notes, problems)."""
        elements = get("sector")
        if not elements:  # IATI allows sectors per transaction instead: each weighs by its transactions' value
            return self._transaction_sectors(get("transaction", _NONE))
        key = tuple([(e.get("vocabulary", ""), e.get("code", ""), e.get("percentage", "")) for e in elements])
        return _remembered(self._memos["sectors"], key, self._activity_sectors, elements)

    def _activity_sectors(self, elements: list[Element]) -> tuple:
        problems: list[tuple[str, str]] = []
        tokens, others = self._sector_tokens(problems, elements)
        return self._tallied(tokens, others, "", problems)

    def _transaction_sectors(self, transactions) -> tuple:
        tokens, others = [], []
        per_code: dict[tuple[str, str], float] = {}
        for transaction in transactions:
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
        return self._tallied(tokens, others, weighted, [])

    def _tallied(self, tokens, others: list[str], weighted: str, problems: list) -> tuple:
        tally = self._tally(tokens)
        notes = [weighted] if weighted else []
        if tally.unmatched or others:
            notes.append(tr("IATI sectors without a category in the plugin's crosswalk: {}.").format(
                ", ".join(tally.unmatched + others)))
        return (_clean(tally.primary()), _clean(join_list(tally.codes())), _clean(join_list(tally.dac_codes)),
                tuple(notes), tuple(problems))

    def _sector_tokens(self, problems: list, elements: list[Element]):
        vocabularies: dict[str, list[Element]] = {}
        for element in elements:
            vocabularies.setdefault(element.get("vocabulary", "").strip(), []).append(element)
        tokens, others = [], []
        for vocabulary, group in vocabularies.items():
            if vocabulary in DAC5_VOCABULARIES + DAC3_VOCABULARIES:
                tokens += [(e.get("code", "").strip(), _percent(e) or 100.0 / len(group)) for e in group]
                # vocabularies the plugin does not read (World Bank 98 …) are left alone
                problem = _share_problem(tr("sectors of vocabulary {}").format(vocabulary or "1"), group)
                if problem:
                    problems.append(("percentages", problem))
            else:
                others += [f"{e.get('code', '').strip()} ({tr('vocabulary')} {vocabulary})" for e in group]
        return tokens, others

    def _money(self, activity: Element, get: Callable, problems: list) -> tuple:
        """(amount_usd, amount_note, finance_type, finance note or None); negative commitments into ``problems``."""
        transactions = get("transaction", _NONE)
        money = money_of(get("budget", _NONE), transactions, activity.get("default-currency", "").strip())
        amount, _ = money.amount_usd()
        for currency, net in money.negative_commitments().items():
            problems.append(("negative_commitment", tr(
                "the net commitment is negative ({} {:,.2f}: de-obligations exceed commitments); it is not used as "
                "the amount.").format(currency, net)))
        element = get("default-finance-type")
        if element:
            element = element[0]
        else:
            element = next((t.find("finance-type") for t in transactions if t.find("finance-type") is not None), None)
        code = element.get("code", "").strip() if element is not None else ""
        kind, note = _remembered(self._memos["finance"], code, _finance, code)
        return amount, _clean(money.note()), kind, note

    def _source_title(self, publisher: Optional[str]) -> Optional[str]:
        return _clean(f"{self._title} ({publisher})" if publisher else self._title)

    @staticmethod
    def _extension(elements: list[Element], record: ProjectRecord) -> None:
        """Fields our own exporter wrote: they win over what the IATI elements say."""
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


def _when(element: Element) -> str:
    """An activity-date's date as written."""
    return element.get("iso-date", "").strip() or text_of(element).strip()


def _finance(code: str) -> tuple[str, Optional[str]]:
    """The finance type of a FinanceType code, and a note when the layer has no word for it."""
    kind = iati_codes.finance_type(code)
    if kind is None:
        return "unknown", tr("Finance type unknown: IATI finance type {}.").format(code or tr("not given"))
    return kind, None
