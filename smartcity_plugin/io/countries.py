"""Natural Earth countries (the world_map.gpkg that QGIS ships): codes, names, point-in-country.

Countries are matched on ``iso_a2``, never on names, as the bundled data's checks do.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # nosec B405 - the bundled IATI codelist, never user data
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPoint, QgsRectangle, QgsSpatialIndex

from smartcity_plugin.io.organisations import name_key
from smartcity_plugin.io.records import Point
from smartcity_plugin.toolbelt.paths import resources_path, world_map_uri
from smartcity_plugin.toolbelt.read_only import ogr_layer

# Official and common names Natural Earth's NAME does not use (it says "Vietnam", "Laos", "South Korea").
NAME_ALIASES = {
    "viet nam": "VN", "lao pdr": "LA", "lao people's democratic republic": "LA", "korea": "KR",
    "republic of korea": "KR", "korea, republic of": "KR", "korea, rep.": "KR", "brunei darussalam": "BN",
    "burma": "MM", "east timor": "TL", "timor leste": "TL", "usa": "US", "united states of america": "US",
    "united states": "US", "people's republic of china": "CN",
    # Common short forms (ISO's names are in the bundled IATI Country codelist)
    "south korea": "KR", "north korea": "KP", "laos": "LA", "vietnam": "VN", "brunei": "BN", "tanzania": "TZ",
    "bolivia": "BO", "venezuela": "VE", "iran": "IR", "syria": "SY", "russia": "RU", "moldova": "MD",
    "dr congo": "CD", "drc": "CD", "democratic republic of congo": "CD", "congo kinshasa": "CD",
    "congo brazzaville": "CG", "republic of congo": "CG", "ivory coast": "CI", "cote divoire": "CI",
    "macedonia": "MK", "north macedonia": "MK", "czech republic": "CZ", "turkey": "TR", "cape verde": "CV",
    "swaziland": "SZ", "gambia": "GM", "micronesia": "FM", "palestine": "PS", "kosovo": "XK",
    "uk": "GB", "great britain": "GB", "britain": "GB", "holland": "NL", "taiwan": "TW", "hong kong": "HK",
}
COUNTRY_CODELIST = ("data", "reference", "Country.xml")  # IATI's ISO 3166 names (CC BY 4.0)


def name_variants(name: str) -> Iterator[tuple[str, bool]]:
    """(variant, is it the whole name?) of an ISO short name.

    'Tanzania, the United Republic of' → 'United Republic of Tanzania', 'Tanzania, United Republic of',
    'Tanzania' (a base, used only when no other country shares it: 'Korea' is two countries).
    """
    yield name, True
    match = re.match(r"^(.*?)\s*\((.*)\)$", name) or re.match(r"^(.*?),\s*(.*)$", name)
    if not match:
        return
    base, inner = match.group(1).strip(), re.sub(r"^the\s+", "", match.group(2).strip())
    if inner == "the" or not inner:
        yield base, True
        return
    yield (f"{inner} {base}" if re.search(r"\b(of|of the)$", inner) else f"{base} {inner}"), True
    yield f"{base}, {inner}", True
    yield base, False


def official_names(path: Optional[Path] = None) -> dict[str, str]:
    """Name key → ISO code, from the IATI Country codelist's English and French names."""
    root = ET.parse(path or resources_path(*COUNTRY_CODELIST)).getroot()  # nosec B314 - bundled file
    whole: dict[str, str] = {}
    bases: dict[str, set] = {}
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip().upper()
        for narrative in item.findall("name/narrative"):
            for variant, is_whole in name_variants((narrative.text or "").strip()):
                if is_whole:
                    whole.setdefault(name_key(variant), code)
                else:
                    bases.setdefault(name_key(variant), set()).add(code)
    unique = {key: next(iter(codes)) for key, codes in bases.items() if len(codes) == 1 and key not in whole}
    return {**unique, **whole}
COASTAL_TOLERANCE = 0.2  # degrees: generalised coastlines leave coastal cities just outside (docs/data.md)


class CountryIndex:
    """Country polygons by ISO alpha-2 code, with a spatial index."""

    def __init__(self, uri: Optional[str] = None) -> None:
        layer = ogr_layer(uri or world_map_uri("countries"), "countries")
        if not layer.isValid():
            raise FileNotFoundError(f"Natural Earth countries not readable at {uri or world_map_uri('countries')}")
        self.geometries: dict[str, QgsGeometry] = {}
        self.iso3: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self._by_id: dict[int, str] = {}
        self.index = QgsSpatialIndex()
        for feature in layer.getFeatures(QgsFeatureRequest()):
            code = str(feature["iso_a2"] or "").upper()
            if len(code) != 2 or not feature.hasGeometry():
                continue
            geometry = QgsGeometry(feature.geometry())
            if code in self.geometries:  # one code in several rows: keep them together
                geometry = self.geometries[code].combine(geometry)
            self.geometries[code] = geometry
            self.iso3[str(feature["ISO_A3"] or "").upper()] = code
            if code.isalpha() and str(feature["NAME"] or "").strip():  # not Natural Earth's "-1" (no ISO code)
                self.names[name_key(str(feature["NAME"]))] = code
            self._by_id[feature.id()] = code
            self.index.addFeature(feature)
        official = official_names()
        for key, code in official.items():
            self.names.setdefault(key, code)
        self.iso2 = frozenset(official.values()) | frozenset(self.geometries)
        for alias, code in NAME_ALIASES.items():
            self.names.setdefault(name_key(alias), code)
        self._engines: dict = {}
        self._admin1: dict[str, dict[str, Point]] = {}
        self.codes = frozenset(self.geometries) | {"XM"}

    def _engine(self, code: str):
        engine = self._engines.get(code)
        if engine is None:
            engine = QgsGeometry.createGeometryEngine(self.geometries[code].constGet())
            engine.prepareGeometry()
            self._engines[code] = engine
        return engine

    def contains(self, code: str, point: Point) -> bool:
        """True when ``point`` (lon, lat) lies in the country ``code``."""
        if code not in self.geometries:
            return False
        return self._engine(code).intersects(QgsPoint(*point))

    def country_at(self, point: Point) -> Optional[str]:
        """The country ``point`` lies in, if any."""
        for feature_id in self.index.intersects(QgsRectangle(point[0], point[1], point[0], point[1])):
            code = self._by_id[feature_id]
            if self.contains(code, point):
                return code
        return None

    def distance(self, code: str, point: Point) -> float:
        """Distance in degrees from ``point`` to the country (inf when the code is unknown).

        Through the prepared geometry: the same distance, some fifty times faster.
        """
        if code not in self.geometries:
            return float("inf")
        return self._engine(code).distance(QgsPoint(*point))

    def near_any(self, point: Point, tolerance: float = COASTAL_TOLERANCE) -> bool:
        """True when some country lies within ``tolerance`` degrees of ``point``."""
        x, y = point
        area = QgsRectangle(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
        return any(self.distance(self._by_id[fid], point) <= tolerance for fid in self.index.intersects(area))

    def inside_point(self, code: str) -> Optional[Point]:
        """The country's centroid, or a point surely inside it when the centroid falls outside (archipelagos)."""
        geometry = self.geometries.get(code)
        if geometry is None:
            return None
        centroid = geometry.centroid().asPoint()
        if self.contains(code, (centroid.x(), centroid.y())):
            return (centroid.x(), centroid.y())
        inside = geometry.pointOnSurface().asPoint()
        return (inside.x(), inside.y())

    def admin1_point(self, code: str, name: str) -> Optional[Point]:
        """A point inside the Natural Earth admin-1 unit of country ``code`` called ``name`` (any of its names)."""
        if code not in self._admin1:
            layer = ogr_layer(world_map_uri("states_provinces"), "states")
            layer.setSubsetString("iso_a2 = '{}'".format(code.replace("'", "")))
            units: dict[str, Point] = {}
            for feature in layer.getFeatures():
                if not feature.hasGeometry():
                    continue
                inside = feature.geometry().pointOnSurface().asPoint()
                for key in ("name", "woe_name", "gn_name"):
                    units.setdefault(str(feature[key] or "").strip().lower(), (inside.x(), inside.y()))
            units.pop("", None)
            self._admin1[code] = units
        return self._admin1[code].get((name or "").strip().lower())

    def code_for(self, text: str) -> Optional[str]:
        """ISO alpha-2 code for an alpha-2 or alpha-3 code, an official (ISO) or common English name, or a
        Natural Earth name; case, accents and punctuation do not matter."""
        value = (text or "").strip()
        if not value:
            return None
        upper = value.upper()
        if len(upper) == 2 and (upper in self.codes or upper in self.iso2):
            return upper
        if len(upper) == 3 and upper in self.iso3:
            return self.iso3[upper]
        return self.names.get(name_key(value))


@lru_cache(maxsize=1)
def country_index() -> CountryIndex:
    """The Natural Earth countries, read once per session."""
    return CountryIndex()


@lru_cache(maxsize=1)
def country_list() -> tuple[tuple[str, str], ...]:
    """(ISO code, English name) of every country in the IATI Country codelist, in its order."""
    root = ET.parse(resources_path(*COUNTRY_CODELIST)).getroot()  # nosec B314 - bundled file
    return tuple(
        ((item.findtext("code") or "").strip().upper(), (item.findtext("name/narrative") or "").strip())
        for item in root.iter("codelist-item") if (item.findtext("code") or "").strip()
    )
