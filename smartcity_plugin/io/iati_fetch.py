"""Fetch current IATI activities from d-portal or the IATI Datastore into the planner's data.

Pages are requested one after another through QGIS's network stack (QgsBlockingNetworkRequest:
the proxy, SSL and authentication settings of QGIS apply) until a page holds no activity, and
every activity goes through the same mapper, checks and store as an IATI file: everything is
written to a copy that replaces the target only when the whole fetch succeeded. A cancel,
a failure or a refused key leaves the target exactly as it was.

The Datastore key is read from a QGIS authentication configuration when a request is made
and goes only into the request's header: never into a setting, the project, a log or a message.
"""

from __future__ import annotations

import datetime
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsBlockingNetworkRequest, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.countries import country_index
from smartcity_plugin.io.errors import DataExchangeError, ImportCancelledError
from smartcity_plugin.io.iati_activity import ActivityMapper, SourceInfo
from smartcity_plugin.io.iati_query import DATASTORE, FetchQuery
from smartcity_plugin.io.importer import ImportOptions, ImportReport, import_records
from smartcity_plugin.io.records import Problem, ProjectRecord
from smartcity_plugin.io.sector_mapping import SectorMapper
from smartcity_plugin.io.target_sectors import target_catalogue
from smartcity_plugin.io.xml_stream import XmlRecord, XmlRecords, text_of
from smartcity_plugin.toolbelt.i18n import tr

KEY_HEADER = b"Ocp-Apim-Subscription-Key"
ATTEMPTS = 3  # per page: the first try and two retries
BACKOFF_SECONDS = 1.0  # before a retry after a server error or a timeout; doubled each time
MAX_RETRY_AFTER = 120  # seconds: a rate limit asking for longer is reported, not waited out
MAX_PAGES = 100_000  # a service that never sends an empty page cannot keep a fetch running for ever
MAX_PAGE_BYTES = 100_000_000  # a page of 1,000 activities is a few MB


class ServiceError(DataExchangeError):
    """A service did not answer as it should; the message says which, and what to do."""


@dataclass
class Page:
    """One answer: the activities in it and how many the service says match (None when it does not say)."""

    activities: list[XmlRecord]
    total: Optional[int] = None
    rows: Optional[int] = None  # what the service returned (a Datastore document may lack its XML)

    @property
    def size(self) -> int:
        """Rows on this page: the next page starts this much further."""
        return self.rows if self.rows is not None else len(self.activities)


def subscription_key(authcfg: str) -> str:
    """The Datastore key held by a QGIS authentication configuration (kept in memory only).

    An "API header" configuration (QGIS 3.34+) gives the Ocp-Apim-Subscription-Key header's value
    (or its only header); a "Basic" one its password. ServiceError when there is none.
    """
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if not authcfg or not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        raise ServiceError(Path("IATI Datastore"), tr(
            "no subscription key: choose the QGIS authentication configuration that holds your IATI Datastore "
            "key (a free key from developer.iatistandard.org)."))
    values = config.configMap()
    if config.method() == "Basic":
        key = values.get("password", "")
    else:
        named = [v for k, v in values.items() if k.lower() == KEY_HEADER.decode().lower()]
        key = named[0] if named else (next(iter(values.values())) if len(values) == 1 else "")
    if not key:
        raise ServiceError(Path("IATI Datastore"), tr(
            "the authentication configuration {} holds no key: give it the header Ocp-Apim-Subscription-Key, or "
            "the key as the password of a Basic configuration.").format(config.name() or authcfg))
    return key


class ServiceClient:
    """Requests pages of one query, with a bounded retry; raises ServiceError with advice."""

    def __init__(self, query: FetchQuery, feedback=None, sleep: Callable[[float], None] = time.sleep) -> None:
        self.query = query
        self.feedback = feedback
        self.sleep = sleep
        self.name = Path(query.service_name)
        if query.service == DATASTORE and not _private_channel(query.base_url):
            raise ServiceError(self.name, tr(
                "the key would travel unencrypted to {}: use an https address (plain http only to this "
                "computer).").format(query.base_url))
        self._key: Optional[str] = subscription_key(query.authcfg) if query.service == DATASTORE else None

    def cancelled(self) -> bool:
        """True once the planner cancelled."""
        return self.feedback is not None and self.feedback.isCanceled()

    def page(self, number: int, offset: int) -> Page:
        """Page ``number`` (from 1) at ``offset``; retried on timeouts, server errors, rate limits, cut answers."""
        url = self.query.page_url(offset)
        delay = BACKOFF_SECONDS
        for attempt in range(1, ATTEMPTS + 1):
            try:
                body = self._get(url, number)
                return self._parse(body, number)
            except _RetryableError as retry:
                if attempt == ATTEMPTS:
                    raise ServiceError(self.name, tr("{} Tried {} times; the data was not changed. {}").format(
                        retry.reason, ATTEMPTS, retry.advice)) from None
                wait = retry.wait if retry.wait is not None else delay
                delay *= 2
                self.log(tr("{}: {} Trying again in {:g} s ({} of {}).").format(
                    self.query.service_name, retry.reason, wait, attempt + 1, ATTEMPTS))
                self._wait(wait)
        raise AssertionError("unreachable")

    def _wait(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.cancelled():
                raise ImportCancelledError(self.name, tr("cancelled; nothing was written."))
            self.sleep(min(0.1, max(0.0, end - time.monotonic())))

    def log(self, text: str) -> None:
        """A line in the Processing log."""
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    def _get(self, url: str, number: int) -> bytes:
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"Accept", b"application/json" if self.query.service == DATASTORE else b"text/xml")
        # Current data, never QGIS's network cache: QGIS 3.22 passes neither cache attribute on, and Qt then
        # answers a server error with a page it cached earlier. So no-cache, and the page dropped from the cache.
        request.setRawHeader(b"Cache-Control", b"no-cache")
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        _forget_cached(url)
        if self._key is not None:
            request.setRawHeader(KEY_HEADER, self._key.encode("utf-8"))
        blocking = QgsBlockingNetworkRequest()
        try:
            # No feedback here: a cancel stops after this page (bounded by QGIS's network timeout). Given
            # the feedback, QGIS aborts the request itself and now and then deletes the reply before it
            # finishes (the dialog's cancel test hung so on QGIS 3.22 and 3.44): the request then waits for
            # ever, and QGIS waits for the task when it closes.
            error = blocking.get(request, True)
        finally:
            _forget_cached(url)
        if self.cancelled():
            raise ImportCancelledError(self.name, tr("cancelled; nothing was written."))
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        where = tr("page {}").format(number)
        if status is None:
            self._network_failure(error, reply, where)
        status = int(status)
        if status == 429:
            wait = _retry_after(reply)
            if wait is not None and wait > MAX_RETRY_AFTER:
                raise ServiceError(self.name, tr(
                    "the service limits the number of requests and asks to wait {} s before {}; the data was not "
                    "changed. Try again later, or ask for fewer activities.").format(wait, where))
            raise _RetryableError(tr("the service limits the number of requests (HTTP 429, {}).").format(where),
                         tr("Try again in a few minutes."), wait if wait is not None else None)
        if status in (401, 403):
            advice = (tr("Check the key in your authentication configuration (a free key from "
                         "developer.iatistandard.org).") if self.query.service == DATASTORE
                      else tr("The service refused the request; check the address."))
            raise ServiceError(self.name, tr("the service refused the request for {} (HTTP {}): the key is missing, "
                                             "wrong or expired; the data was not changed. {}").format(
                                                 where, status, advice)
                               if self.query.service == DATASTORE else
                               tr("the service refused the request for {} (HTTP {}); the data was not changed. {}")
                               .format(where, status, advice))
        if status >= 500:
            raise _RetryableError(tr("the service had a server error (HTTP {}, {}).").format(status, where),
                         tr("The service has a problem; try again later."))
        if status != 200:
            raise ServiceError(self.name, tr(
                "the service did not accept the query for {} (HTTP {}); the data was not changed. Check the "
                "service's address ({}) and the filters.").format(where, status, self.query.base_url))
        if error != QgsBlockingNetworkRequest.ErrorCode.NoError or reply.error() != QNetworkReply.NetworkError.NoError:
            raise _RetryableError(tr("the answer for {} was cut off.").format(where), tr("Try again later."))
        body = bytes(reply.content())
        length = reply.rawHeader(b"Content-Length")
        if length and bytes(length).isdigit() and int(bytes(length)) != len(body):
            raise _RetryableError(tr("the answer for {} was cut off ({} of {} bytes).").format(where, len(body),
                                                                                   int(bytes(length))),
                         tr("Try again later."))
        if len(body) > MAX_PAGE_BYTES:
            raise ServiceError(self.name, tr("the answer for {} is larger than {} MB; the data was not changed. Check "
                                             "the service's address.").format(where, MAX_PAGE_BYTES // 10**6))
        return body

    def _network_failure(self, error, reply, where: str) -> None:
        """No HTTP answer at all: offline, refused, unknown host, timeout."""
        code = reply.error()
        silent = error == QgsBlockingNetworkRequest.ErrorCode.NoError and code == QNetworkReply.NetworkError.NoError
        if silent or error == QgsBlockingNetworkRequest.ErrorCode.TimeoutError or code in (
                QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError):
            raise _RetryableError(tr("the service did not answer in time ({}).").format(where),
                         tr("The service may be busy: try again later, or raise the network timeout in QGIS's "
                            "options (Network)."))
        errors = QNetworkReply.NetworkError
        if code in (errors.HostNotFoundError, errors.ConnectionRefusedError, errors.NetworkSessionFailedError,
                    errors.TemporaryNetworkFailureError, errors.UnknownNetworkError,
                    errors.ProxyConnectionRefusedError, errors.ProxyNotFoundError):
            raise ServiceError(self.name, tr(
                "the service cannot be reached at {} ({}); the data was not changed. Check the internet connection "
                "and QGIS's proxy settings (Options, Network), then try again.").format(
                self.query.base_url, _network_words(reply)))
        raise _RetryableError(tr("the request for {} failed ({}).").format(where, _network_words(reply)),
                              tr("Try again later."))

    def _parse(self, body: bytes, number: int) -> Page:
        where = Path(tr("page {}").format(number))
        total = None
        if self.query.service == DATASTORE:
            try:
                answer = json.loads(body.decode("utf-8"))
                response = answer["response"]
                docs = response["docs"]
                total = int(response.get("numFound")) if response.get("numFound") is not None else None
                parts = [str(doc.get("iati_xml") or "") for doc in docs]
            except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
                raise _RetryableError(tr("the answer for {} is not a search result (cut off?).").format(where.name),
                             tr("Try again later.")) from None
            if not any(parts):
                return Page([], total, len(parts))
            body = _activities_document(parts)
        try:
            activities = list(XmlRecords(where, "iati-activities", "iati-activity", data=body))
        except DataExchangeError as error:
            raise _RetryableError(tr("the answer for {}: {}").format(where.name, error.problem),
                                  tr("Try again later.")) from None
        return Page(activities, total, len(parts) if self.query.service == DATASTORE else None)


class _RetryableError(Exception):
    """A failure worth another try: what happened, what to do if it persists, how long to wait."""

    def __init__(self, reason: str, advice: str, wait: Optional[float] = None) -> None:
        super().__init__(reason)
        self.reason, self.advice, self.wait = reason, advice, wait


def _private_channel(url: str) -> bool:
    """https, or plain http to this computer only (a local proxy, the tests' stand-ins)."""
    address = QUrl(url)
    scheme = address.scheme().lower()
    return scheme == "https" or (scheme == "http" and address.host().lower() in ("127.0.0.1", "localhost", "::1"))


def _retry_after(reply) -> Optional[int]:
    raw = bytes(reply.rawHeader(b"Retry-After") or b"").decode("ascii", "replace").strip()
    if raw.isdigit():
        return int(raw)
    try:  # the HTTP-date form
        when = datetime.datetime.strptime(raw, "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=datetime.timezone.utc)
    except ValueError:
        return None
    return max(0, int((when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()))


def _forget_cached(url: str) -> None:
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.remove(QUrl(url))


def _network_words(reply) -> str:
    return reply.errorString() or tr("no answer")


def _activities_document(parts: list[str]) -> bytes:
    """The Datastore's activity XML strings as one ``iati-activities`` document."""
    body = []
    for part in parts:
        part = part.strip()
        if part.startswith("<?xml"):
            part = part[part.find("?>") + 2:]
        body.append(part)
    return ('<iati-activities version="2.03">\n' + "\n".join(body) + "\n</iati-activities>\n").encode("utf-8")


class FetchedActivities:
    """The activities of a query, page after page until an empty one; repeats (d-portal's joins) dropped."""

    def __init__(self, client: ServiceClient) -> None:
        self.client = client
        self.pages = 0
        self.activities = 0
        self.repeats = 0
        self.total: Optional[int] = None

    def progress(self) -> float:
        """How far the fetch is, 0-1 (an estimate when the service does not say how many match)."""
        if self.total:
            return min(1.0, self.activities / self.total)
        return self.pages / (self.pages + 5.0)

    def __iter__(self) -> Iterator[XmlRecord]:
        seen: set[str] = set()
        offset = 0
        for number in range(1, MAX_PAGES + 1):
            if self.client.cancelled():
                raise ImportCancelledError(self.client.name, tr("cancelled; nothing was written."))
            page = self.client.page(number, offset)
            self.pages = number
            self.total = page.total if page.total is not None else self.total
            if not page.size:
                return
            offset += page.size
            fresh = 0
            for activity in page.activities:
                identifier = activity.element.find("iati-identifier")
                key = " ".join(text_of(identifier).split()) if identifier is not None else ""
                if key and key in seen:
                    self.repeats += 1
                    continue
                if key:
                    seen.add(key)
                fresh += 1
                self.activities += 1
                yield activity
            if page.activities and not fresh:  # a service that ignores the offset would send this page for ever
                self.client.log(tr("{} sent page {} again; the fetch stops there.").format(
                    self.client.query.service_name, number))
                return
        raise ServiceError(self.client.name, tr("more than {} pages; the data was not changed. Narrow the query.")
                           .format(MAX_PAGES))


def utc_now() -> datetime.datetime:
    """The retrieval time (a function, so tests can fix it)."""
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def fetch_iati(
    query: FetchQuery, target, options: Optional[ImportOptions] = None, feedback=None,
    on_problem: Optional[Callable[[Problem], None]] = None, sleep: Callable[[float], None] = time.sleep,
    sectors: Optional[SectorCatalogue] = None,
) -> ImportReport:
    """Fetch the activities ``query`` asks for and upsert them into ``target``, as an IATI file import does.

    Sectors map to ``sectors``, by default the catalogue of ``target`` itself.
    """
    retrieved = utc_now()
    options = options or ImportOptions(import_date=retrieved.date().isoformat())
    client = ServiceClient(query, feedback, sleep)
    source = SourceInfo(Path(query.service_name), retrieved.date().isoformat(), query.service_name,
                        query.query_url(), query.describe(), retrieved.strftime("%Y-%m-%d %H:%M"))
    countries = country_index()
    mapper = ActivityMapper(SectorMapper(sectors or target_catalogue(target)), countries.codes, source,
                            countries.code_for)  # a funder named by its country ("Italy"), as files read
    activities = FetchedActivities(client)

    def records() -> Iterator[ProjectRecord]:
        for activity in activities:
            yield mapper.record(activity)

    if feedback is not None:
        feedback.pushInfo(tr("Fetching from {}: {}").format(query.service_name, query.query_url()))
    report = import_records(records(), Path(query.service_name), target, options, feedback, on_problem,
                            progress=activities.progress)
    if feedback is not None:
        feedback.setProgress(100.0)
        feedback.pushInfo(tr("{}: {} pages, {} activities, {} repeats dropped.").format(
            query.service_name, activities.pages, activities.activities, activities.repeats))
    return report
