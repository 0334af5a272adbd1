"""IATI ``location`` elements → points (longitude, latitude), precision codes and a readable note."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from smartcity_plugin.io.iati_codes import location_precision
from smartcity_plugin.io.iati_text import narrative
from smartcity_plugin.io.records import Point
from smartcity_plugin.io.value_rules import strict_float
from smartcity_plugin.io.xml_stream import Node
from smartcity_plugin.toolbelt.i18n import tr

EXACTNESS = {"1": "exact", "2": "approximate", "3": "administrative unit", "4": "withheld"}
LOCATION_CLASS = {"1": "administrative region", "2": "populated place", "3": "structure",
                  "4": "other topographical feature"}


@dataclass
class Location:
    """One location of an activity: a point when the file gives one, and what describes it."""

    point: Optional[Point]
    precision: Optional[int]
    note: str
    problem: str = ""  # why a given position could not be read


def _pos(text: str) -> Optional[tuple[float, float]]:
    """GML ``pos``: "latitude longitude", latitude first (IATI 2.0x)."""
    parts = text.replace(",", " ").split()
    if len(parts) != 2:
        return None
    try:
        latitude, longitude = strict_float(parts[0]), strict_float(parts[1])
    except ValueError:
        return None
    return (latitude, longitude) if math.isfinite(latitude) and math.isfinite(longitude) else None


def _legacy_coordinates(element: Node) -> Optional[tuple[float, float]]:
    """1.0x ``coordinates@latitude/@longitude``."""
    try:
        latitude, longitude = strict_float(element.attr("latitude")), strict_float(element.attr("longitude"))
    except ValueError:
        return None
    return (latitude, longitude) if math.isfinite(latitude) and math.isfinite(longitude) else None


def read_location(element: Node, default_lang: str = "") -> Location:
    """Read one ``location`` element."""
    code = {name: (element.first(name).attr("code") if element.first(name) is not None else "")
            for name in ("exactness", "location-class", "feature-designation", "location-type")}
    levels = []
    admin_parts = []
    for admin in element.all("administrative"):
        level = admin.attr("level")
        if level.isdigit():
            levels.append(int(level))
        label = " ".join(part for part in (admin.attr("vocabulary"), admin.attr("code")) if part)
        label = label or " ".join(filter(None, (admin.attr("country"), admin.attr("adm1"), admin.attr("adm2"))))
        if label:
            admin_parts.append(tr("admin {} level {}").format(label, level or "?") if level else label)
    location_id = element.first("location-id")
    legacy = element.first("coordinates")
    latlon, problem = None, ""
    point_element = element.first("point")
    if point_element is not None and point_element.first("pos") is not None:
        text = point_element.first("pos").text.strip()
        latlon = _pos(text)
        if latlon is None and text:
            problem = tr("location position '{}' is not two numbers (latitude longitude).").format(text[:60])
    elif legacy is not None:
        latlon = _legacy_coordinates(legacy)
        if latlon is None:
            problem = tr("location coordinates are not numbers.")
    precision = location_precision(
        code["exactness"], code["location-class"], levels, code["feature-designation"] or code["location-type"],
        legacy.attr("precision") if legacy is not None else "",
    )
    words = [
        EXACTNESS.get(code["exactness"], ""), LOCATION_CLASS.get(code["location-class"], ""),
        code["feature-designation"] or code["location-type"],
        " ".join(filter(None, (location_id.attr("vocabulary"), location_id.attr("code"))))
        if location_id is not None else "",
        *admin_parts,
    ]
    name = narrative(element.first("name"), default_lang) or element.attr("ref") or tr("unnamed location")
    details = ", ".join(word for word in words if word)
    note = f"{name} ({details})" if details else name
    point = (latlon[1], latlon[0]) if latlon is not None else None
    return Location(point, precision if point is not None else None, note, problem)
