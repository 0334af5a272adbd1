"""Point the plugin at a generated catalogue instead of its bundled GeoPackage."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from smartcity_plugin.layers import sources
from smartcity_plugin.toolbelt import paths


@contextmanager
def use_catalogue(path: Path) -> Iterator[None]:
    """Within the block, every plugin module that asks for the bundled data gets ``path``.

    The plugin looks its data up through ``toolbelt.paths.bundled_data_path``, imported by
    name into a few modules; each such name is swapped, so the plugin's code runs
    unchanged on the catalogue.
    """
    original = paths.bundled_data_path
    swapped = []
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("smartcity_plugin") and \
                getattr(module, "bundled_data_path", None) is original:
            module.bundled_data_path = lambda: path
            swapped.append(module)
    try:
        if sources.active_source().path != path:  # the plugin looks elsewhere now
            raise RuntimeError("The benchmarks cannot point the plugin at their catalogue; see bench/data.py.")
        yield
    finally:
        for module in swapped:
            module.bundled_data_path = original
