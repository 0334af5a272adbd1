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


MAKE_AUTH_CONFIG = """
import sys
from qgis.core import QgsApplication, QgsAuthMethodConfig
app = QgsApplication([], False)
app.initQgis()
manager = QgsApplication.authManager()
assert manager.setMasterPassword(sys.argv[1], True)
config = QgsAuthMethodConfig("Basic")
config.setId("iatikey")
config.setName("IATI Datastore")
config.setConfig("username", "iati")
config.setConfig("password", sys.argv[2])
assert manager.storeAuthenticationConfig(config, True)[0]
print(QgsApplication.qgisAuthDatabaseFilePath())
app.exitQgis()
"""


def test_fetchiati_from_the_datastore_with_a_key_in_the_profile(profile_root, server, tmp_path):  # noqa: F811
    """The key lives in the profile's authentication database; qgis_process unlocks it from a password file."""
    import shutil
    import subprocess

    from tests.qgis.test_qgis_process import QGIS_PROCESS, qgis_process_env

    root = profile_root.parent / "datastore"
    shutil.copytree(profile_root, root)
    env = qgis_process_env(root)
    made = subprocess.run(["/usr/bin/python3", "-c", MAKE_AUTH_CONFIG, "master-for-tests", server.state.key],
                          env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip().startswith(str(root))  # the profile qgis_process opens
    password_file = root / "master.txt"
    password_file.write_text("master-for-tests\n", encoding="utf-8")
    target = tmp_path / "planner.gpkg"
    server.reset()
    process = subprocess.run(
        [QGIS_PROCESS, "--json", "run", "smartcity:fetchiati", "--", "SERVICE=1", f"URL={server.url}",
         "AUTHCFG=iatikey", "COUNTRIES=SO", f"GEOPACKAGE={target}"],
        env={**env, "QGIS_AUTH_PASSWORD_FILE": str(password_file)}, cwd=root, capture_output=True, text=True,
        timeout=TIMEOUT_S)
    assert process.returncode == 0, process.stdout + process.stderr
    assert json.loads(process.stdout)["results"]["READ"] == 1
    assert server.state.requests[0]["key"] == server.state.key
    assert server.state.key not in process.stdout + process.stderr
