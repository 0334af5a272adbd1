"""The zip `make package` builds passes the plugin repository's rules and works once unpacked."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import package
from check_package import check_zip


def test_package_passes_repository_rules(built_package):
    assert check_zip(built_package) == []


def test_package_contents(built_package, repo_root):
    with zipfile.ZipFile(built_package) as archive:
        names = set(archive.namelist())
        metadata = archive.read("smartcity_plugin/metadata.txt").decode("utf-8")
    expected = {
        "smartcity_plugin/__init__.py",
        "smartcity_plugin/plugin.py",
        "smartcity_plugin/metadata.txt",
        "smartcity_plugin/LICENSE",
        "smartcity_plugin/LICENSE-data",
        "smartcity_plugin/resources/icons/smartcity.svg",
        "smartcity_plugin/resources/help/index.html",
    }
    assert expected <= names
    if (repo_root / "resources/data/cooperation.gpkg").is_file():
        assert "smartcity_plugin/resources/data/cooperation.gpkg" in names
        with zipfile.ZipFile(built_package) as archive:
            header = archive.read("smartcity_plugin/resources/data/cooperation.gpkg")[:100]
        # Rollback-journal mode, self-contained: an installation reads it immutable, writing nothing.
        assert header[18:20] == b"\x01\x01", "the GeoPackage was switched to WAL: run `make data` again"
    assert not [n for n in names if "/sources/" in n or "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.endswith(("-wal", "-shm", "-journal"))]  # SQLite's working files
    # Taken from CHANGELOG.md, the newest section first.
    assert "changelog=Unreleased (0.2.0)" in metadata
    assert re.search(r"^\s+0\.1\.0 - 2026-11-24$", metadata, re.M)  # a continuation line of the value
    assert "hasProcessingProvider=yes" in metadata


def test_sqlite_working_files_beside_the_data_never_ship():
    """What QGIS 3.22 once left beside the bundled GeoPackage (issue 17) stays out of the zip."""
    for name in ("cooperation.gpkg-wal", "cooperation.gpkg-shm", "cooperation.gpkg-journal"):
        assert not package._shipped(Path("resources/data") / name), name
    assert package._shipped(Path("resources/data/cooperation.gpkg"))


def test_package_carries_the_data_licence(built_package):
    """The data's own terms travel with the data: CC BY 4.0 with the attribution to use, Natural Earth."""
    with zipfile.ZipFile(built_package) as archive:
        notice = archive.read("smartcity_plugin/LICENSE-data").decode("utf-8")
        help_page = archive.read("smartcity_plugin/resources/help/index.html").decode("utf-8")
    assert "CC BY 4.0" in notice and "Smart City Cooperation Map contributors, CC BY 4.0" in notice
    assert "Natural Earth" in notice and "public domain" in notice
    assert "not a complete inventory" in notice
    assert "CC BY 4.0" in help_page and "Natural Earth" in help_page and "public domain" in help_page
    assert "not a complete inventory" in help_page and "2026-12-06" in help_page


def test_a_zip_with_data_but_without_the_data_licence_is_refused(built_package, tmp_path):
    stripped = tmp_path / "no-data-licence.zip"
    with zipfile.ZipFile(built_package) as source, zipfile.ZipFile(stripped, "w") as target:
        for info in source.infolist():
            if not info.filename.endswith("/LICENSE-data"):
                target.writestr(info, source.read(info.filename))
    assert check_zip(stripped) == ["smartcity_plugin/LICENSE-data is missing"]


def sqlite_content(data: bytes, scratch: Path) -> str:
    """The GeoPackage's content as SQL, whatever state QGIS left its file header in.

    QGIS 3.22 opens GeoPackages for update even for a read-only layer (forceReadOnly
    arrives in 3.28); using a layer can switch the file to WAL mode and bump SQLite's
    change counters without changing any row.
    """
    scratch.write_bytes(data)
    with sqlite3.connect(scratch) as connection:
        return "\n".join(connection.iterdump())


def zip_entries(path: Path, scratch: Path) -> dict:
    """Entry name → bytes (GeoPackages → their SQL content, via the file ``scratch``)."""
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    return {
        name: sqlite_content(data, scratch) if name.endswith(".gpkg") else data
        for name, data in entries.items()
    }


def test_package_is_reproducible_and_dist_is_current(built_package, tmp_path, repo_root, plugin_version):
    first, second = package.build(tmp_path / "first.zip"), package.build(tmp_path / "second.zip")
    assert first.read_bytes() == second.read_bytes()
    assert zip_entries(first, tmp_path / "a.gpkg") == zip_entries(built_package, tmp_path / "b.gpkg")
    dist = repo_root / "dist" / f"smartcity_plugin-{plugin_version}.zip"
    if dist.exists():  # `make test` builds it first: it must be what this tree packs to
        assert zip_entries(dist, tmp_path / "c.gpkg") == zip_entries(built_package, tmp_path / "b.gpkg"), (
            f"{dist} is stale: run `make package`"
        )


def test_unpacked_plugin_finds_its_files_inside_itself(built_package, tmp_path):
    with zipfile.ZipFile(built_package) as archive:
        archive.extractall(tmp_path)
    probe = (
        "import smartcity_plugin.__about__ as about\n"
        "from smartcity_plugin.toolbelt import paths\n"
        "print(paths.plugin_root()); print(paths.resources_path('icons').is_dir());"
        "print(about.__version__)"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
        check=True, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    assert output[0] == str(tmp_path / "smartcity_plugin")
    assert output[1] == "True"
    assert Path(output[0], "metadata.txt").is_file()


def test_security_scan_is_clean(built_package):
    import scan

    assert scan.scan(built_package) == 0


def test_security_scan_finds_what_blocks_an_upload(tmp_path, capsys):
    import scan

    risky = tmp_path / "risky.zip"
    with zipfile.ZipFile(risky, "w") as archive:
        archive.writestr(
            "smartcity_plugin/net.py",
            "import requests\n\ndef fetch(url):\n"
            "    try:\n        return requests.get(url, verify=False)\n"
            "    except Exception:\n        pass\n",
        )
    assert scan.scan(risky) >= 3
    found = capsys.readouterr().out
    for rule in ("B113", "B501", "B110"):
        assert rule in found
