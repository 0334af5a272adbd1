"""Fixtures every test may use; nothing here imports QGIS (tests/unit run without it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_MODULES = "smartcity_plugin"  # regex on the warning's module: the package and its submodules
for path in (ROOT, ROOT / "scripts"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "desktop: starts the real QGIS desktop under Xvfb")
    # A QGIS or Qt deprecation that the plugin's own code triggers fails the test: sip reports a
    # deprecated call as a DeprecationWarning from the calling module, so what QGIS 4 removes
    # shows up on the newest QGIS of the matrix before users meet it.
    for category in ("DeprecationWarning", "PendingDeprecationWarning"):
        config.addinivalue_line("filterwarnings", f"error::{category}:{PLUGIN_MODULES}")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository checkout."""
    return ROOT


@pytest.fixture(scope="session")
def plugin_version() -> str:
    """Version from metadata.txt."""
    for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise RuntimeError("metadata.txt has no version")


@pytest.fixture(scope="session")
def built_package(tmp_path_factory: pytest.TempPathFactory, plugin_version: str) -> Path:
    """The plugin zip, built by the same code as `make package`, in a temporary folder."""
    import package

    return package.build(tmp_path_factory.mktemp("dist") / f"smartcity_plugin-{plugin_version}.zip")
