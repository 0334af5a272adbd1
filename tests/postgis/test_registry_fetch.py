"""smartcity:fetchiati straight into the team registry: the same rules, versions and audit as a file import."""

from __future__ import annotations

import pytest

from smartcity_plugin.io import iati_fetch
from tests.bundled_counts import bundled_rows
from tests.fixtures.iati_services import StandInServer

IOM, EC = "XM-DAC-47066-DP.2154", "XI-IATI-EC_DEVCO-2014/37785/0"


@pytest.fixture(scope="module")
def server(qgis_app):
    with StandInServer() as stand_in:
        yield stand_in


def fetch(registry, server, planner: str) -> dict:
    from qgis import processing

    return processing.run("smartcity:fetchiati", {
        "SERVICE": 0, "URL": server.url, "COUNTRIES": "", "REPORTING_ORGS": "XM-DAC-47066,XI-IATI-EC_DEVCO",
        "REGISTRY": registry.connections[planner], "PROBLEMS": "memory:"})


def test_fetch_into_the_registry_then_again(registry, provider, server):
    server.reset()
    first = fetch(registry, server, "alice")
    assert (first["READ"], first["ADDED"], first["GEOPACKAGE"]) == (2, 2, "")
    rows = dict(registry.sql("SELECT project_id, source_title FROM smartcity.projects "
                             f"WHERE project_id IN ('{IOM}', '{EC}')"))
    assert rows[IOM].startswith("d-portal query (reporting organisations XM-DAC-47066, XI-IATI-EC_DEVCO)")
    server.reset()
    second = fetch(registry, server, "bob")
    assert (second["ADDED"], second["UPDATED"]) == (0, 2)
    assert registry.sql(f"SELECT row_version, updated_by FROM smartcity.projects WHERE project_id = '{IOM}'") == [
        (2, "bob")]
    assert registry.sql("SELECT count(*) FROM smartcity.projects") == [(bundled_rows("projects") + 2,)]


def test_a_failing_service_leaves_the_registry(registry, provider, server, monkeypatch):
    from qgis.core import QgsProcessingException

    monkeypatch.setattr(iati_fetch, "BACKOFF_SECONDS", 0.05)
    server.reset("truncated")
    with pytest.raises(QgsProcessingException, match="d-portal: the answer for page 2 was cut off"):
        fetch(registry, server, "alice")
    assert registry.sql("SELECT count(*) FROM smartcity.projects") == [(bundled_rows("projects"),)]
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log") == [(0,)]
