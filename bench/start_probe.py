"""One plugin start in a fresh interpreter: ``python -m bench.start_probe MODULE`` prints JSON.

The interpreter is as QGIS has it before it loads plugins: QGIS initialised and
``qgis.utils`` imported. A real desktop has loaded Processing and other core plugins by
then, which import much of the standard library, so a real start costs at most this.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time

# Not bench.paths: its imports (pathlib) would hide what the plugin itself pulls in.
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WATCHED = ("shapely", "requests", "urllib3", "smartcity_plugin.gui", "processing", "osgeo", "sqlite3", "lxml")


def probe(module_name: str) -> dict:
    """Start the plugin ``module_name`` with a stand-in iface; what it cost and imported."""
    from bench.qgis_env import BenchIface, start_qgis

    start_qgis()
    import qgis.utils  # noqa: F401 (QGIS imports it before any plugin)

    iface = BenchIface()
    if ROOT not in sys.path:
        sys.path.insert(0, ROOT)
    before = set(sys.modules)
    start = time.perf_counter()
    plugin = importlib.import_module(module_name).classFactory(iface)
    plugin.initGui()
    elapsed = (time.perf_counter() - start) * 1000.0
    imported = sorted(set(sys.modules) - before)
    plugin.unload()
    return {
        "ms": elapsed,
        "modules": imported,
        "watched": [m for m in imported if m.split(".")[0] in WATCHED or m.startswith(WATCHED)],
    }


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1])))
