"""Fetching IATI activities from d-portal and the IATI Datastore, against stand-ins on 127.0.0.1.

The stand-ins answer from real recorded activities with each service's paging and filters, and fail
in each way a planner meets: offline, HTTP errors, timeouts, cut-off pages, a wrong key, rate limits.
"""

from __future__ import annotations

import random
import socket

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsNetworkAccessManager, QgsProcessingFeedback

from bench.iati import activity_xml
from smartcity_plugin.io import iati_fetch, iati_query
from smartcity_plugin.io.errors import ImportCancelledError
from smartcity_plugin.io.iati_fetch import ServiceError, fetch_iati
from smartcity_plugin.io.iati_query import DATASTORE, DPORTAL, FetchQuery
from smartcity_plugin.io.importer import ImportOptions
from tests.fixtures.iati_services import Activity, StandInServer, activities_of
from tests.fixtures.io_support import digest, fixture, planner_without_projects, read_projects

IOM, KOREA, EC = "XM-DAC-47066-DP.2154", "KR-GOV-010-KR-GOV-051-2023010103248", "XI-IATI-EC_DEVCO-2014/37785/0"
REAL_FILES = fixture("real")
MASTER_PASSWORD = "smartcity-tests"  # of the test profile's authentication database only


class Recording(QgsProcessingFeedback):
    """Keeps every text the fetch reports; cancels after ``cancel_after`` requests when asked."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.texts.append(info)
        super().pushInfo(info)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.texts.append(error)
        super().reportError(error, fatalError)


@pytest.fixture(scope="module")
def stand_in(qgis_app):
    with StandInServer() as server:
        yield server


@pytest.fixture()
def server(stand_in, monkeypatch):
    """The stand-ins reset, quick retries, a 1 s network timeout, pages of one activity."""
    stand_in.reset()
    monkeypatch.setattr(iati_fetch, "BACKOFF_SECONDS", 0.05)
    monkeypatch.setattr(iati_query, "PAGE_SIZES", (1, 1))
    before = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1000)
    yield stand_in
    QgsNetworkAccessManager.setTimeout(before)


def auth_config(name: str, key: str) -> str:
    """A Basic configuration whose password is the Datastore key (QGIS 3.22 has no API-header method)."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", "iati")
    config.setConfig("password", key)
    stored, config = manager.storeAuthenticationConfig(config)
    assert stored
    return config.id()


@pytest.fixture()
def captured_log():
    """Every message written to QGIS's message log during a test."""
    messages: list[str] = []

    def keep(message, tag, level):
        messages.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def dportal(server, **filters) -> FetchQuery:
    return FetchQuery(service=DPORTAL, url=server.url, **filters)


def test_dportal_pages_until_an_empty_page_and_writes_provenance(server, tmp_path):
    target = tmp_path / "planner.gpkg"
    report = fetch_iati(dportal(server, countries=()), target, ImportOptions(import_date="2026-12-06"))
    assert (report.read, report.added, report.updated) == (3, 3, 0)
    offsets = [r["query"]["offset"][0] for r in server.state.requests]
    assert offsets == ["0", "1", "2", "3"]  # one activity a page, the fourth page empty
    assert all(r["query"]["form"] == ["xml"] and r["query"]["limit"] == ["1"] for r in server.state.requests)
    projects = read_projects(target)
    assert {IOM, KOREA, EC} <= set(projects)
    values, points = projects[IOM]
    assert values["title"].startswith("Promotion of Human Security")
    assert values["source_title"] == "d-portal query (all activities) (International Organization for Migration (IOM))"
    assert values["source_url"] == f"{server.url}/q?from=act&form=xml&orderby=aid"
    assert values["as_of"] == "2026-12-06"
    assert "Fetched from d-portal on " in values["notes"] and "UTC: all activities." in values["notes"]
    assert points == [(45.306415, 2.013475)]  # IATI writes latitude first
    assert "IATI last updated 2019-10-11." in projects[EC][0]["notes"]  # the activity's own date


def test_dportal_filters_country_reporter_sector_and_years(server, tmp_path):
    target = tmp_path / "planner.gpkg"
    report = fetch_iati(dportal(server, countries=("SO", "VN")), target)
    assert report.added == 1 and IOM in read_projects(target)
    first = server.state.requests[0]["query"]
    assert first["from"] == ["act,country"] and first["country_code"] == ["SO,VN"]

    server.reset()
    query = dportal(server, countries=(), reporting_orgs=("XI-IATI-EC_DEVCO", "KR-GOV-010"), sectors=("12250",))
    assert fetch_iati(query, tmp_path / "second.gpkg").read == 1  # EC: Korea's activity names no sector
    assert server.state.requests[0]["query"]["sector_code"] == ["12250"]

    server.reset()
    report = fetch_iati(dportal(server, countries=(), year_from=2022, year_to=2026), tmp_path / "third.gpkg")
    assert report.read == 1  # EC runs to 2050; IOM ended in 2021; Korea's copy gives no start date
    assert server.state.requests[0]["query"]["day_end_gteq"] == ["2022-01-01|null"]
    assert server.state.requests[0]["query"]["day_start_lteq"] == ["2026-12-31"]


def test_the_default_asean_query_over_real_publishers_files(stand_in, monkeypatch, tmp_path):
    """A d-portal download of 30 publishers and Spain's Indonesia file: the ASEAN members' activities, once each."""
    from smartcity_plugin.io.iati_query import ASEAN_MEMBERS

    real = REAL_FILES / "d-portal-download-mixed.xml", REAL_FILES / "spain-maec-indonesia-2.01.xml"
    activities = [activity for path in real for activity in activities_of(path)]
    expected = {a.identifier for a in activities if set(a.countries) & set(ASEAN_MEMBERS)}
    assert len(expected) > 50
    monkeypatch.setattr(iati_query, "PAGE_SIZES", (25, 25))
    with StandInServer(activities) as server:
        report = fetch_iati(FetchQuery(service=DPORTAL, url=server.url), tmp_path / "p.gpkg")
        pages = len(server.state.requests)
    assert report.read == len(expected) and expected <= set(read_projects(tmp_path / "p.gpkg"))
    assert pages == len(expected) // 25 + 2  # full pages, the last part page, the empty page


def test_refetch_updates_by_identifier_and_keeps_hand_edits(server, tmp_path):
    from osgeo import ogr

    target = planner_without_projects(tmp_path / "planner.gpkg")
    fetch_iati(dportal(server, countries=()), target)
    dataset = ogr.Open(str(target), update=1)
    dataset.ExecuteSQL(f"UPDATE projects SET city_id = 'c_mogadishu', title = 'edited' WHERE project_id = '{IOM}'")
    dataset = None
    server.reset()
    report = fetch_iati(dportal(server, countries=()), target)
    assert (report.added, report.updated) == (0, 3)
    projects = read_projects(target)
    assert len(projects) == 3
    assert projects[IOM][0]["city_id"] == "c_mogadishu"  # the importer does not own city_id
    assert projects[IOM][0]["title"].startswith("Promotion")  # it owns the title


def test_repeats_of_a_joined_query_are_dropped(stand_in, monkeypatch, tmp_path):
    """d-portal returns an activity once per matching country: the fetch keeps one."""
    rng = random.Random(1)
    generated = [Activity.parse(activity_xml(rng, n).replace(
        '<recipient-country code="', '<recipient-country code="KH" percentage="50"/>\n  <recipient-country code="'))
        for n in range(1, 4)]
    monkeypatch.setattr(iati_query, "PAGE_SIZES", (2, 2))
    with StandInServer(generated) as server:
        feedback = Recording()
        report = fetch_iati(dportal(server, countries=("KH", "VN", "PH", "ID", "TH", "LA", "MY", "MM")),
                            tmp_path / "p.gpkg", feedback=feedback)
    assert report.read == 3 and report.problems.get("duplicate_id", 0) == 0
    assert any("3 repeats dropped" in text for text in feedback.texts)


def test_datastore_sends_the_key_only_in_its_header(server, tmp_path, captured_log):
    authcfg = auth_config("IATI Datastore test", server.state.key)
    feedback = Recording()
    query = FetchQuery(service=DATASTORE, url=server.url, countries=("SO", "MM"), year_from=2019, authcfg=authcfg)
    report = fetch_iati(query, tmp_path / "planner.gpkg", feedback=feedback)
    assert report.read == 1 and IOM in read_projects(tmp_path / "planner.gpkg")
    request = server.state.requests[0]
    assert request["key"] == server.state.key and server.state.key not in str(request["query"])
    assert 'recipient_country_code:("SO" OR "MM")' in request["query"]["fq"]
    assert [r["query"]["start"][0] for r in server.state.requests] == ["0", "1"]
    values = read_projects(tmp_path / "planner.gpkg")[IOM][0]
    assert values["source_title"].startswith("IATI Datastore query (countries SO, MM; years 2019–…)")
    assert server.state.key not in " ".join(feedback.texts + captured_log + [str(v) for v in values.values()])


def test_a_wrong_key_is_said_without_showing_it(server, tmp_path, captured_log):
    target = planner_without_projects(tmp_path / "planner.gpkg")
    before = digest(target)
    authcfg = auth_config("IATI Datastore wrong", "wrong-key-5512")
    feedback = Recording()
    with pytest.raises(ServiceError) as caught:
        fetch_iati(FetchQuery(service=DATASTORE, url=server.url, authcfg=authcfg), target, feedback=feedback)
    message = str(caught.value)
    assert message.startswith("IATI Datastore: ") and "HTTP 401" in message and "key" in message
    assert "wrong-key-5512" not in " ".join([message] + feedback.texts + captured_log)
    assert digest(target) == before


def test_the_key_never_travels_unencrypted(server, tmp_path):
    """The attack: a mirror address on plain http would hand the key to anyone on the way."""
    authcfg = auth_config("IATI Datastore http", "secret-over-http-991")
    with pytest.raises(ServiceError) as caught:
        fetch_iati(FetchQuery(service=DATASTORE, url="http://mirror.example.org/datastore", authcfg=authcfg),
                   tmp_path / "p.gpkg")
    assert "unencrypted" in str(caught.value) and "secret-over-http-991" not in str(caught.value)
    assert not server.state.requests and not (tmp_path / "p.gpkg").exists()


def test_no_authentication_configuration_is_said(server, tmp_path):
    with pytest.raises(ServiceError, match="authentication configuration"):
        fetch_iati(FetchQuery(service=DATASTORE, url=server.url, authcfg=""), tmp_path / "p.gpkg")
    assert not (tmp_path / "p.gpkg").exists()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_offline_is_said_and_the_data_stays(server, tmp_path):
    target = planner_without_projects(tmp_path / "planner.gpkg")
    before = digest(target)
    query = FetchQuery(service=DPORTAL, url=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(ServiceError) as caught:
        fetch_iati(query, target)
    assert str(caught.value).startswith("d-portal: the service cannot be reached")
    assert "proxy" in str(caught.value) and digest(target) == before


@pytest.mark.parametrize(("fail", "words", "requests"), [
    ("500", "server error (HTTP 500", 3),
    ("404", "did not accept the query for page 1 (HTTP 404)", 1),
    ("slow", "did not answer in time", 3),
    ("truncated", "cut off", 4),
    ("429-long", "asks to wait 3600 s", 1),
])
def test_each_failure_is_said_and_the_data_stays(server, tmp_path, fail, words, requests):
    target = planner_without_projects(tmp_path / "planner.gpkg")
    before = digest(target)
    server.reset(fail)
    with pytest.raises(ServiceError) as caught:
        fetch_iati(dportal(server, countries=()), target)
    assert str(caught.value).startswith("d-portal: ") and words in str(caught.value)
    assert "the data was not changed" in str(caught.value)
    assert len(server.state.requests) == requests  # bounded: three tries of the failing page at most
    assert digest(target) == before
    assert not list(tmp_path.glob(".planner.importing-*"))


@pytest.mark.parametrize("fail", ["500-once", "truncated-once", "429"])
def test_a_passing_failure_is_retried(server, tmp_path, fail):
    server.reset(fail)
    feedback = Recording()
    report = fetch_iati(dportal(server, countries=()), tmp_path / "p.gpkg", feedback=feedback)
    assert report.read == 3
    assert any("Trying again" in text for text in feedback.texts)


def test_an_oversized_answer_is_refused(server, tmp_path, monkeypatch):
    monkeypatch.setattr(iati_fetch, "MAX_PAGE_BYTES", 3000)  # the real limit is 100 MB; a page here is ~4.5 kB
    with pytest.raises(ServiceError, match="larger than"):
        fetch_iati(dportal(server, countries=()), tmp_path / "p.gpkg")
    assert not (tmp_path / "p.gpkg").exists()


def test_a_service_that_ignores_the_offset_cannot_loop(server, tmp_path):
    server.reset("no-offset")
    report = fetch_iati(dportal(server, countries=()), tmp_path / "p.gpkg")
    assert report.read == 1 and len(server.state.requests) == 2


def test_cancel_between_pages_leaves_the_target(server, tmp_path):
    target = planner_without_projects(tmp_path / "planner.gpkg")
    before = digest(target)

    class CancelAfterFirstPage(Recording):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if len(server.state.requests) >= 1:
                self.cancel()

    with pytest.raises(ImportCancelledError):
        fetch_iati(dportal(server, countries=()), target, feedback=CancelAfterFirstPage())
    assert len(server.state.requests) <= 2 and digest(target) == before
    assert not list(tmp_path.glob(".planner.importing-*"))


def test_query_round_trips_through_json():
    query = FetchQuery(service=DATASTORE, url="https://mirror.example", countries=("VN",), reporting_orgs=("KR-GOV-010",),
                       sectors=("14020",), year_from=2022, year_to=2026, authcfg="abc1234")
    assert FetchQuery.from_json(query.to_json()) == query
    with pytest.raises(ValueError):
        FetchQuery.from_json('{"service": 7}')
