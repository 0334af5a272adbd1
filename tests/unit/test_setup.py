"""`make setup` on a machine without QGIS and without root, and run twice (no QGIS needed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def public_dir():
    """A folder the user nobody can read (pytest's own temporary folders are root's only)."""
    with tempfile.TemporaryDirectory(prefix="smartcity-setup-") as folder:
        path = Path(folder)
        path.chmod(0o755)
        yield path


def test_without_root_and_without_qgis_says_what_to_run(public_dir):
    if os.geteuid() != 0:
        pytest.fail("this test switches to the user nobody and needs root (as make test runs)")
    tmp_path = public_dir
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    # A Debian where none of the packages is installed: dpkg-query knows none of them.
    (fake_bin / "dpkg-query").write_text("#!/bin/sh\necho \"dpkg-query: no packages found\" >&2\nexit 1\n")
    (fake_bin / "dpkg-query").chmod(0o755)
    script = tmp_path / "setup_system.sh"
    shutil.copy(ROOT / "scripts" / "setup_system.sh", script)
    script.chmod(0o755)
    result = subprocess.run(
        ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "bash", str(script)],
        capture_output=True, text=True, env={"PATH": f"{fake_bin}:/usr/bin:/bin"}, check=False,
    )
    assert result.returncode == 1
    assert "missing Debian packages: qgis python3-qgis" in result.stderr
    assert "sudo sh -c 'apt-get update && apt-get install -y qgis python3-qgis" in result.stderr


def test_second_setup_does_nothing():
    """`make test` ran setup first; asked again, make finds nothing to do."""
    result = subprocess.run(["make", "-q", "setup"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    printed = subprocess.run(["make", "setup"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "Nothing to be done for 'setup'" in printed
