"""Write projects to CSV with an HXL hashtag row, or to GeoJSON; the importer reads both back as they were.

CSV cells that a spreadsheet would run as a formula start with an apostrophe (io/spreadsheet_safe.py).

Every file is written beside its target and renamed into place when complete.
"""

from __future__ import annotations

import csv
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.hxl import export_tag
from smartcity_plugin.io.records import FIELD_NAMES, Point
from smartcity_plugin.io.spreadsheet_safe import neutralise
from smartcity_plugin.io.value_rules import export_row
from smartcity_plugin.toolbelt.i18n import tr

LOCATION_COLUMNS = ("latitude", "longitude", "locations_wkt")


@dataclass
class ExportRow:
    """One project: its field values (None = NULL) and its locations (lon, lat)."""

    values: dict[str, Any]
    points: list[Point] = field(default_factory=list)


@contextmanager
def atomic_text(path: Path, newline: str = "\n") -> Iterator:
    """A text file that appears at ``path`` only once it is completely written."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with temp.open("w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(temp, path)
    except OSError as error:
        raise DataExchangeError(path, tr("cannot be written ({}).").format(error.strerror or error)) from error
    finally:
        if temp.exists():
            temp.unlink()


def wkt(points: list[Point]) -> str:
    """MULTIPOINT WKT with every digit kept (repr round-trips floats)."""
    if not points:
        return ""
    return "MULTIPOINT ({})".format(", ".join(f"({x!r} {y!r})" for x, y in points))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else neutralise(str(value))


def write_csv(path: Path, rows: Iterable[ExportRow]) -> int:
    """CSV: a header row, an HXL hashtag row, then one row per project (money counted once)."""
    count = 0
    with atomic_text(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(FIELD_NAMES) + list(LOCATION_COLUMNS))
        writer.writerow([export_tag(name) for name in FIELD_NAMES] + ["#geo+lat", "#geo+lon", "#geo+wkt"])
        for row in map(export_row, rows):
            first = row.points[0] if row.points else None
            writer.writerow(
                [_cell(row.values.get(name)) for name in FIELD_NAMES]
                + [_cell(first[1]) if first else "", _cell(first[0]) if first else "", wkt(row.points)]
            )
            count += 1
    return count


def write_geojson(path: Path, rows: Iterable[ExportRow]) -> int:
    """GeoJSON (RFC 7946: longitude, latitude), one MultiPoint feature per project, null without location."""
    count = 0
    with atomic_text(path) as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        for row in map(export_row, rows):
            feature = {
                "type": "Feature",
                "properties": {name: row.values.get(name) for name in FIELD_NAMES},
                "geometry": {"type": "MultiPoint", "coordinates": [list(p) for p in row.points]}
                if row.points else None,
            }
            handle.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False, allow_nan=False))
            count += 1
        handle.write("\n]}\n")
    return count
