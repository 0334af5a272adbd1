"""A deprecated QGIS call from the plugin's own code fails the suite (tests/conftest.py)."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem

# Deprecated in QGIS 3.10 and still there in 3.44: sip warns on every call.
DEPRECATED_CALL = "QgsCoordinateReferenceSystem.fromProj4('+proj=longlat +datum=WGS84 +no_defs')"


def _run_as(module_name: str) -> None:
    """Run DEPRECATED_CALL as code of ``module_name`` (warnings name the calling module)."""
    namespace = {"__name__": module_name, "QgsCoordinateReferenceSystem": QgsCoordinateReferenceSystem}
    exec(compile(DEPRECATED_CALL, f"<{module_name}>", "exec"), namespace)  # noqa: S102 - a fixed literal


def test_a_deprecated_call_in_plugin_code_is_an_error():
    with pytest.raises(DeprecationWarning, match="fromProj4"):
        _run_as("smartcity_plugin.export.layouts")


def test_the_same_call_elsewhere_is_not_failed():
    """QGIS's own code and other plugins may still call it: only ours is held to it."""
    _run_as("some_other_plugin.module")  # raises if the rule caught more than the plugin
