"""smartcity:fetchiati through processing.run: outputs, the crosswalk, refusals before any request."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException

from smartcity_plugin.io import iati_fetch
from tests.bundled_counts import bundled_rows
from tests.fixtures.iati_services import StandInServer
from tests.fixtures.io_support import digest, planner_without_projects, read_projects

IOM = "XM-DAC-47066-DP.2154"


def run(**parameters):
    import processing

    return processing.run("smartcity:fetchiati", parameters)


@pytest.fixture(scope="module")
def server(qgis_app):
    with StandInServer() as stand_in:
        yield stand_in


def test_fetchiati_outputs_counts_and_the_query(provider, server, tmp_path, monkeypatch):
    monkeypatch.setattr(iati_fetch, "BACKOFF_SECONDS", 0.05)
    server.reset()
    target = tmp_path / "planner.gpkg"
    result = run(SERVICE=0, URL=server.url, COUNTRIES="so, vn", YEAR_FROM=2019, YEAR_TO=2026,
                 GEOPACKAGE=str(target), PROBLEMS="TEMPORARY_OUTPUT")
    assert (result["READ"], result["ADDED"], result["UPDATED"]) == (1, 1, 0)
    assert IOM in read_projects(target) and len(read_projects(target)) == bundled_rows("projects") + 1  # the bundled ones and one fetched
    query = json.loads(result["QUERY"])
    assert query["countries"] == ["SO", "VN"] and query["year_from"] == 2019 and query["url"] == server.url
    assert "d-portal" in result["REPORT"]
    request = server.state.requests[0]["query"]
    assert request["country_code"] == ["SO,VN"] and request["day_start_lteq"] == ["2026-12-31"]


def test_sectors_go_through_the_crosswalk(provider, server, tmp_path):
    server.reset()
    result = run(SERVICE=0, URL=server.url, COUNTRIES="", SECTORS="water, 12250", GEOPACKAGE=str(tmp_path / "p.gpkg"))
    sent = server.state.requests[0]["query"]["sector_code"][0].split(",")
    assert "14030" in sent and "12250" in sent  # water supply and sanitation's DAC codes, and the code given
    assert result["READ"] == 1  # the EC activity (12250)


@pytest.mark.parametrize(("parameters", "words"), [
    ({"SERVICE": 1}, "needs a subscription key"),
    ({"SECTORS": "no such sector"}, "Sector 'no such sector' is neither"),
    ({"YEAR_FROM": 2026, "YEAR_TO": 2020}, "The first year (2026) comes after the last (2020)"),
    ({"URL": "ftp://example.org"}, "must start with https://"),
])
def test_bad_choices_are_refused_before_any_request(provider, server, tmp_path, parameters, words):
    server.reset()
    target = planner_without_projects(tmp_path / "planner.gpkg")
    before = digest(target)
    with pytest.raises(QgsProcessingException, match=words.replace("(", r"\(").replace(")", r"\)")):
        run(**{"URL": server.url, "GEOPACKAGE": str(target), **parameters})
    assert not server.state.requests and digest(target) == before


def test_a_failing_service_is_a_processing_error(provider, server, tmp_path, monkeypatch):
    monkeypatch.setattr(iati_fetch, "BACKOFF_SECONDS", 0.05)
    server.reset("500")
    target = planner_without_projects(tmp_path / "planner.gpkg")
    before = digest(target)
    with pytest.raises(QgsProcessingException, match="d-portal: the service had a server error"):
        run(URL=server.url, GEOPACKAGE=str(target))
    assert digest(target) == before
