"""smartcity:fetchiati from the command line (qgis_process.bin, a fresh profile), against the d-portal stand-in."""

from __future__ import annotations

import json
import socket
import sqlite3

import pytest

from tests.fixtures.iati_services import StandInServer
from tests.fixtures.io_support import digest, planner_without_projects
from tests.qgis.test_qgis_process import TIMEOUT_S, finish, profile_root, start  # noqa: F401 (fixture)


@pytest.fixture(scope="module")
def server(qgis_app):
    with StandInServer() as stand_in:
        yield stand_in


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_fetchiati_from_the_command_line(profile_root, server, tmp_path):  # noqa: F811
    target = tmp_path / "planner.gpkg"
    offline = planner_without_projects(tmp_path / "offline.gpkg")
    before = digest(offline)
    good = start(profile_root, "fetch", "--json", "run", "smartcity:fetchiati", "--", "SERVICE=0",
                 f"URL={server.url}", "COUNTRIES=", "REPORTING_ORGS=XM-DAC-47066,XI-IATI-EC_DEVCO",
                 f"GEOPACKAGE={target}")
    bad = start(profile_root, "fetch-offline", "run", "smartcity:fetchiati", "--",
                f"URL=http://127.0.0.1:{closed_port()}", f"GEOPACKAGE={offline}")
    try:
        result = json.loads(finish(good))["results"]
        stdout, stderr = bad.communicate(timeout=TIMEOUT_S)
    finally:
        for process in (good, bad):
            if process.poll() is None:
                process.kill()
                process.wait()
    assert (result["READ"], result["ADDED"]) == (2, 2)
    assert json.loads(result["QUERY"])["reporting_orgs"] == ["XM-DAC-47066", "XI-IATI-EC_DEVCO"]
    with sqlite3.connect(target) as connection:
        rows = dict(connection.execute(
            "SELECT project_id, source_title FROM projects WHERE project_id IN "
            "('XM-DAC-47066-DP.2154', 'XI-IATI-EC_DEVCO-2014/37785/0')").fetchall())
    assert rows["XM-DAC-47066-DP.2154"].startswith("d-portal query (reporting organisations XM-DAC-47066, ")
    assert bad.returncode != 0
    assert "d-portal: the service cannot be reached at http://127.0.0.1:" in stdout + stderr
    assert digest(offline) == before
