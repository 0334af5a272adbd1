"""IATI ``location`` elements → points (longitude, latitude), precision codes and a readable note."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from smartcity_plugin.io.iati_codes import location_precision
from smartcity_plugin.io.iati_text import narrative
from smartcity_plugin.io.records import Point
from smartcity_plugin.io.value_rules import strict_float
from smartcity_plugin.io.xml_stream import Element, attr, text_of
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


def _legacy_coordinates(element: Element) -> Optional[tuple[float, float]]:
    """1.0x ``coordinates@latitude/@longitude``."""
    try:
        latitude, longitude = strict_float(attr(element, "latitude")), strict_float(attr(element, "longitude"))
    except ValueError:
        return None
    return (latitude, longitude) if math.isfinite(latitude) and math.isfinite(longitude) else None


_CODED = ("exactness", "location-class", "feature-designation", "location-type")


@lru_cache(maxsize=4096)
def _described(exactness: str, location_class: str, levels: tuple[int, ...], feature: str, legacy: str,
               identifier: str, admin: tuple[str, ...]) -> tuple[int, str]:
    """The precision code and the words after a location's name (the same few combinations recur)."""
    precision = location_precision(exactness, location_class, levels, feature, legacy)
    words = [EXACTNESS.get(exactness, ""), LOCATION_CLASS.get(location_class, ""), feature, identifier, *admin]
    return precision, ", ".join(word for word in words if word)


def read_location(element: Element, default_lang: str = "") -> Location:
    """Read one ``location`` element."""
    first: dict[str, Element] = {}  # the first child of each name, as find() would give it
    administrative: list[Element] = []
    for child in element:
        tag = child.tag
        if tag == "administrative":
            administrative.append(child)
        if tag not in first:
            first[tag] = child
    code = {}
    for name in _CODED:
        child = first.get(name)
        code[name] = child.get("code", "").strip() if child is not None else ""
    levels = []
    admin_parts = []
    for admin in administrative:
        level = attr(admin, "level")
        if level.isdigit():
            levels.append(int(level))
        label = " ".join(part for part in (attr(admin, "vocabulary"), attr(admin, "code")) if part)
        label = label or " ".join(filter(None, (attr(admin, "country"), attr(admin, "adm1"), attr(admin, "adm2"))))
        if label:
            admin_parts.append(tr("admin {} level {}").format(label, level or "?") if level else label)
    location_id = first.get("location-id")
    legacy = first.get("coordinates")
    latlon, problem = None, ""
    point_element = first.get("point")
    position = point_element.find("pos") if point_element is not None else None
    if position is not None:
        text = text_of(position).strip()
        latlon = _pos(text)
        if latlon is None and text:
            problem = tr("location position '{}' is not two numbers (latitude longitude).").format(text[:60])
    elif legacy is not None:
        latlon = _legacy_coordinates(legacy)
        if latlon is None:
            problem = tr("location coordinates are not numbers.")
    identifier = " ".join(filter(None, (location_id.get("vocabulary", "").strip(), location_id.get("code", "").strip(
    )))) if location_id is not None else ""
    precision, details = _described(
        code["exactness"], code["location-class"], tuple(levels), code["feature-designation"] or code["location-type"],
        legacy.get("precision", "").strip() if legacy is not None else "", identifier, tuple(admin_parts))
    name = narrative(first.get("name"), default_lang) or element.get("ref", "").strip() or tr("unnamed location")
    note = f"{name} ({details})" if details else name
    point = (latlon[1], latlon[0]) if latlon is not None else None
    return Location(point, precision if point is not None else None, note, problem)
