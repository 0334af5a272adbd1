"""The packaged plugin's algorithms from the command line: ``qgis_process`` in a fresh profile.

How qgis_process 3.22 finds its profile: it has no ``--profiles-path`` option (it answers
"Command --profiles-path not known!"). QgsApplication takes the root from the environment
variable ``QGIS_CUSTOM_CONFIG_PATH`` (else ``$XDG_DATA_HOME/QGIS/QGIS3``, normally
``~/.local/share/QGIS/QGIS3``) and opens ``<root>/profiles/<default profile>``, where the
default profile is ``default`` unless ``<root>/profiles/profiles.ini`` names another.
Python plugins load from that profile's ``python/plugins`` when metadata says
``hasProcessingProvider=yes`` and ``PythonPlugins/<name>`` is true in its
``QGIS/QGIS3.ini`` (what ``scripts/deploy.py`` writes; ``qgis_process plugins enable``
would do the same).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import deploy  # scripts/, on sys.path through tests/conftest.py
import pytest

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
TIMEOUT_S = 120
PLUGIN = "smartcity_plugin"


@pytest.fixture(scope="module")
def profile_root(built_package, tmp_path_factory) -> Path:
    """A QGIS settings root with the packaged plugin installed and enabled in ``default``."""
    root = tmp_path_factory.mktemp("qgis_process") / "template"
    deploy.install(built_package, root / "profiles" / "default")
    return root


def qgis_process_env(root: Path) -> dict:
    """Only what qgis_process needs: a private home, the profile root, no display."""
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(root / "home"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "QGIS_CUSTOM_CONFIG_PATH": str(root),
    }


def start(template: Path, name: str, *args: str) -> subprocess.Popen:
    """Run qgis_process in a copy of the profile root of its own.

    Parallel runs must not share one profile: a run that ends rewrites QGIS3.ini and the
    profile's databases while another starts and reads them.
    """
    root = template.parent / name
    shutil.copytree(template, root)
    return subprocess.Popen(  # noqa: S603 (fixed executable, arguments from the test)
        [QGIS_PROCESS, *args], env=qgis_process_env(root), cwd=root,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def finish(process: subprocess.Popen) -> str:
    stdout, stderr = process.communicate(timeout=TIMEOUT_S)
    assert process.returncode == 0, f"qgis_process failed ({process.returncode}):\n{stdout}\n{stderr}"
    return stdout


@pytest.fixture(scope="module")
def runs(profile_root) -> dict:
    """Every command at once (each start costs a second or two), then their outputs."""
    out = profile_root.parent / "out"
    out.mkdir()
    commands = {
        "plugins": ["plugins"],
        "help": ["help", "smartcity:cooperationmatrix"],
        "filter": ["--json", "run", "smartcity:filterprojects", "--",
                   "DONORS=KR", "SECTORS=water", f"OUTPUT={out / 'korea water.gpkg'}"],
        "matrix": ["--json", "run", "smartcity:cooperationmatrix", "--", "DONORS=US,KR",
                   f"OUTPUT={out / 'matrix.gpkg'}", f"MATRIX={out / 'table.gpkg'}"],
        "picks": ["--json", "run", "smartcity:filterprojects", "--", "DONORS=US", "SECTORS=water",
                  "COUNTRIES=KH,LA,MM,TH,VN", "YEAR_FROM=2019", f"OUTPUT={out / 'us water mekong.gpkg'}"],
        "filter_help": ["help", "smartcity:filterprojects"],
        "flood": ["--json", "run", "smartcity:floodcoverage", "--", "TARGETS=0",
                  f"CITIES_OUTPUT={out / 'flood.gpkg'}"],
        "bad": ["run", "smartcity:cooperationmatrix", "--", "YEAR_FROM=2025", "YEAR_TO=2019",
                f"OUTPUT={out / 'never.gpkg'}", f"MATRIX={out / 'never_table.gpkg'}"],
    }
    processes = {name: start(profile_root, name, *args) for name, args in commands.items()}
    try:
        bad = processes.pop("bad")
        results = {name: finish(process) for name, process in processes.items()}
        stdout, stderr = bad.communicate(timeout=TIMEOUT_S)
        results["bad"] = (bad.returncode, stdout + stderr)
    finally:  # a failed check must not leave our other runs behind
        for process in [*processes.values(), bad]:
            if process.poll() is None:
                process.kill()
                process.wait()
    return results


def rows(path: Path, sql: str) -> list:
    with sqlite3.connect(path) as connection:
        (table,) = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()
        return connection.execute(sql.format(table=table)).fetchall()


def bundled(sql: str) -> list:
    from smartcity_plugin.toolbelt.paths import bundled_data_path

    with sqlite3.connect(f"file:{bundled_data_path()}?mode=ro", uri=True) as connection:
        return connection.execute(sql).fetchall()


def test_the_profile_loads_the_plugin(runs):
    assert f"* {PLUGIN}" in runs["plugins"].splitlines()


def test_filterprojects_from_the_command_line(runs):
    result = json.loads(runs["filter"])["results"]
    expected = sorted(r[0] for r in bundled(
        "SELECT project_id FROM projects WHERE donor_country = 'KR' AND (sector_primary = 'water' "
        "OR instr(';' || sectors || ';', ';water;') > 0 OR instr(';' || sectors, ';water.') > 0)"))
    assert expected and result["COUNT"] == len(expected)
    written = sorted(r[0] for r in rows(Path(result["OUTPUT"]), "SELECT project_id FROM \"{table}\""))
    assert written == expected


def test_pick_lists_take_comma_separated_codes_from_the_command_line(runs):
    result = json.loads(runs["picks"])["results"]
    mekong = {"KH", "LA", "MM", "TH", "VN"}
    expected = sorted(
        project_id for project_id, primary, sectors, recipients, start, end in bundled(
            "SELECT project_id, sector_primary, sectors, recipient_country, start_year, end_year FROM projects "
            "WHERE donor_country = 'US'")
        if (primary == "water" or any(tag == "water" or tag.startswith("water.") for tag in (sectors or "").split(";")))
        and mekong & set((recipients or "").split(";")) and start is not None and (end is None or end >= 2019))
    assert expected and result["COUNT"] == len(expected)
    assert sorted(r[0] for r in rows(Path(result["OUTPUT"]), "SELECT project_id FROM \"{table}\"")) == expected


def test_help_lists_the_codes_and_names_the_data(runs):
    help_text = runs["filter_help"]
    assert "DONORS: Donor countries (ISO codes, e.g. US,KR) [empty: any; choices from the bundled data]" in help_text
    assert "INPUT: Projects layer (empty: every project of the bundled data)" in help_text
    donors = help_text.split("DONORS:")[1].split("AGENCIES:")[0]
    codes = {line.split(":")[-1].strip() for line in donors.splitlines() if line.strip().startswith("- ")}
    assert {code for (code,) in bundled("SELECT DISTINCT donor_country FROM projects")} <= codes


def test_cooperationmatrix_from_the_command_line(runs):
    result = json.loads(runs["matrix"])["results"]
    got = dict(rows(Path(result["OUTPUT"]), "SELECT city_id, projects FROM \"{table}\""))
    projects = bundled("SELECT city_ids FROM projects WHERE donor_country IN ('US', 'KR')")
    expected = {city: sum(1 for (ids,) in projects if city in (ids or "").split(";")) for city in got}
    assert got == expected and sum(got.values()) > 0
    both = [c for (c,) in rows(Path(result["OUTPUT"]), "SELECT city_id FROM \"{table}\" WHERE us_korea")]
    assert result["US_KOREA_CITIES"] == len(both) > 0
    assert rows(Path(result["MATRIX"]), "SELECT count(*) FROM \"{table}\"")[0][0] == len(got) * 8


def test_floodcoverage_from_the_command_line(runs):
    result = json.loads(runs["flood"])["results"]
    written = dict(rows(Path(result["CITIES_OUTPUT"]), "SELECT city_id, distance_km FROM \"{table}\""))
    assert len(written) == 31 and "PROJECTS_OUTPUT" not in result
    assert result["CITIES_OUTSIDE"] == sum(1 for km in written.values() if km > 0)
    assert written["ascn_ph_manila"] == 0.0 and 100 < written["ascn_vn_hanoi"] < 110


def test_help_and_errors_reach_the_command_line(runs):
    assert "Opening score" in runs["help"] and "2.0 × S + 1.0 × O + 0.5 × G × F" in runs["help"]
    returncode, output = runs["bad"]
    assert returncode != 0
    assert "start year 2025 is after the end year 2019" in output

