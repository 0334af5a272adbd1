"""Where the benchmarks read and write."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench"  # generated catalogues, reused while the generator is unchanged
OUT = ROOT / "out"
BUNDLED = ROOT / "resources" / "data" / "cooperation.gpkg"

for _path in (ROOT, ROOT / "scripts"):  # the plugin package and build_data (the real schema)
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))
