"""Natural Earth countries (the world_map.gpkg that QGIS ships): codes, names, point-in-country.

Countries are matched on ``iso_a2``, never on names, as the bundled data's checks do.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex, QgsVectorLayer

from smartcity_plugin.io.records import Point
from smartcity_plugin.toolbelt.paths import world_map_uri

# Official and common names Natural Earth's NAME does not use (it says "Vietnam", "Laos", "South Korea").
NAME_ALIASES = {
    "viet nam": "VN", "lao pdr": "LA", "lao people's democratic republic": "LA", "korea": "KR",
    "republic of korea": "KR", "korea, republic of": "KR", "korea, rep.": "KR", "brunei darussalam": "BN",
    "burma": "MM", "east timor": "TL", "timor leste": "TL", "usa": "US", "united states of america": "US",
    "united states": "US", "people's republic of china": "CN",
}
COASTAL_TOLERANCE = 0.2  # degrees: generalised coastlines leave coastal cities just outside (docs/data.md)


class CountryIndex:
    """Country polygons by ISO alpha-2 code, with a spatial index."""

    def __init__(self, uri: Optional[str] = None) -> None:
        layer = QgsVectorLayer(uri or world_map_uri("countries"), "countries", "ogr")
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
            self.names[str(feature["NAME"] or "").strip().lower()] = code
            self._by_id[feature.id()] = code
            self.index.addFeature(feature)
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
        geometry = QgsGeometry.fromPointXY(QgsPointXY(*point))  # kept alive while the engine reads it
        return self._engine(code).intersects(geometry.constGet())

    def country_at(self, point: Point) -> Optional[str]:
        """The country ``point`` lies in, if any."""
        for feature_id in self.index.intersects(QgsRectangle(point[0], point[1], point[0], point[1])):
            code = self._by_id[feature_id]
            if self.contains(code, point):
                return code
        return None

    def distance(self, code: str, point: Point) -> float:
        """Distance in degrees from ``point`` to the country (inf when the code is unknown)."""
        geometry = self.geometries.get(code)
        if geometry is None:
            return float("inf")
        return geometry.distance(QgsGeometry.fromPointXY(QgsPointXY(*point)))

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
            layer = QgsVectorLayer(world_map_uri("states_provinces"), "states", "ogr")
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
        """ISO alpha-2 code for an alpha-2 or alpha-3 code or an English country name."""
        value = (text or "").strip()
        upper = value.upper()
        if len(upper) == 2 and upper in self.codes:
            return upper
        if len(upper) == 3 and upper in self.iso3:
            return self.iso3[upper]
        return self.names.get(value.lower()) or NAME_ALIASES.get(value.lower())


@lru_cache(maxsize=1)
def country_index() -> CountryIndex:
    """The Natural Earth countries, read once per session."""
    return CountryIndex()
