"""Flood-warning coverage of places: inside which areas, and how far to the nearest one.

Distances are geodesic, on the WGS 84 ellipsoid. For each point the coverage polygons
are projected into an azimuthal equidistant CRS centred on that point: distances from
the centre of that projection are true geodesic distances, so the planar distance from
the origin to a projected polygon is the geodesic distance to it. Polygon edges are
first densified (every ``DENSIFY_DEGREES``) so a long straight edge in longitude and
latitude keeps its shape after the projection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence, Union

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from smartcity_plugin.analysis import new_field, safe_name

F_SYSTEM_ID = "system_id"
F_FUNDER = "funder_country"
COVERAGE_FIELDS = (F_SYSTEM_ID, F_FUNDER)
UNKNOWN_FUNDER = "unknown"
LONLAT = "EPSG:4326"
DENSIFY_DEGREES = 0.05  # ~5 km: finer than any error that matters for a city
AEQD = "+proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
LIST_JOIN = ";"


@dataclass
class FloodExposure:
    """Where one city or project stands against the flood-warning coverage."""

    feature_id: str
    inside: list[str] = field(default_factory=list)  # system ids, sorted
    funders: list[str] = field(default_factory=list)  # funder codes of ``inside``, unique, sorted
    nearest_system: Optional[str] = None
    distance_km: Optional[float] = None  # 0.0 when inside; None without coverage or geometry
    # funder → km to that funder's nearest area (0.0 when inside one)
    funder_distance_km: dict[str, float] = field(default_factory=dict)

    @property
    def covered(self) -> bool:
        """True when inside at least one coverage area."""
        return bool(self.inside)


@dataclass
class _Area:
    system_id: str
    funder: str
    geometry: QgsGeometry  # longitude/latitude, densified
    engine: object  # prepared GEOS engine, for fast point-in-polygon tests


class CoverageIndex:
    """The coverage areas, ready for repeated point queries (results cached per position)."""

    def __init__(self, coverage: QgsFeatureSource, transform_context: QgsCoordinateTransformContext) -> None:
        missing = [name for name in COVERAGE_FIELDS if coverage.fields().indexOf(name) < 0]
        if missing:
            raise ValueError("The coverage layer lacks the fields " + ", ".join(missing) + ".")
        self._context = transform_context
        self._lonlat = QgsCoordinateReferenceSystem(LONLAT)
        to_lonlat = QgsCoordinateTransform(coverage.sourceCrs(), self._lonlat, transform_context)
        request = QgsFeatureRequest().setSubsetOfAttributes(list(COVERAGE_FIELDS), coverage.fields())
        self.areas: list[_Area] = []
        for feature in coverage.getFeatures(request):
            if not feature.hasGeometry() or feature.geometry().isEmpty():
                continue
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(to_lonlat)
            geometry = geometry.densifyByDistance(DENSIFY_DEGREES)
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self.areas.append(_Area(_text(feature[F_SYSTEM_ID]), _text(feature[F_FUNDER]) or UNKNOWN_FUNDER,
                                    geometry, engine))
        self.areas.sort(key=lambda area: area.system_id)
        self.funders = sorted({area.funder for area in self.areas})
        self._cache: dict[tuple[float, float], dict[str, float]] = {}

    def to_lonlat(self, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
        """Transform from ``crs`` to the longitude/latitude the index works in."""
        return QgsCoordinateTransform(crs, self._lonlat, self._context)

    def exposure(self, feature_id: str, geometry: Optional[QgsGeometry]) -> FloodExposure:
        """Exposure of a (multi)point given in longitude/latitude (WGS 84)."""
        result = FloodExposure(feature_id=feature_id)
        if geometry is None or geometry.isNull() or geometry.isEmpty() or not self.areas:
            return result
        # system id → km from the nearest part of the (multi)point
        distances: dict[str, float] = {}
        for part in geometry.constParts():
            point = QgsPointXY(part.x(), part.y())
            for system_id, km in self._part_distances(point).items():
                distances[system_id] = min(km, distances.get(system_id, km))
        funders = {area.system_id: area.funder for area in self.areas}
        result.inside = sorted(s for s, km in distances.items() if km == 0.0)
        result.funders = sorted({funders[s] for s in result.inside})
        result.nearest_system, result.distance_km = min(distances.items(), key=lambda item: (item[1], item[0]))
        for system_id, km in distances.items():
            funder = funders[system_id]
            result.funder_distance_km[funder] = min(km, result.funder_distance_km.get(funder, km))
        return result

    def _part_distances(self, point: QgsPointXY) -> dict[str, float]:
        key = (point.x(), point.y())
        if key not in self._cache:
            self._cache[key] = self._measure(point)
        return self._cache[key]

    def _measure(self, point: QgsPointXY) -> dict[str, float]:
        probe = QgsGeometry.fromPointXY(point)
        found = {a.system_id: 0.0 for a in self.areas if a.engine.intersects(probe.constGet())}
        outside = [a for a in self.areas if a.system_id not in found]
        if not outside:
            return found
        centred = QgsCoordinateReferenceSystem.fromProj(AEQD.format(lat=point.y(), lon=point.x()))
        transform = QgsCoordinateTransform(self._lonlat, centred, self._context)
        origin = QgsGeometry.fromPointXY(QgsPointXY(0.0, 0.0))
        for area in outside:
            projected = QgsGeometry(area.geometry)
            projected.transform(transform)
            found[area.system_id] = origin.distance(projected) / 1000.0
        return found


def _text(value) -> str:
    return "" if value is None or value == NULL else str(value).strip()


def flood_exposure(
    points: Union[QgsVectorLayer, QgsFeatureSource],
    id_field: str,
    coverage: QgsFeatureSource,
    feedback: Optional[QgsFeedback] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> dict[str, FloodExposure]:
    """Exposure of every feature of ``points``, keyed by its ``id_field`` value.

    A feature whose id is empty is keyed by its feature id. Stops early, returning what
    is done, when ``feedback`` is canceled. Raises ValueError when a layer lacks a field.
    """
    if points.fields().indexOf(id_field) < 0:
        raise ValueError(f"The layer lacks the id field {id_field}.")
    context = transform_context or QgsProject.instance().transformContext()
    index = CoverageIndex(coverage, context)
    to_lonlat = index.to_lonlat(points.sourceCrs())
    total = max(points.featureCount(), 1)
    results: dict[str, FloodExposure] = {}
    for done, feature in enumerate(points.getFeatures(), start=1):
        if feedback is not None and feedback.isCanceled():
            break
        feature_id = _text(feature[id_field]) or str(feature.id())
        results[feature_id] = index.exposure(feature_id, lonlat_geometry(feature, to_lonlat))
        if feedback is not None:
            feedback.setProgress(100.0 * done / total)
    return results


def lonlat_geometry(feature, to_lonlat: QgsCoordinateTransform) -> Optional[QgsGeometry]:
    """The feature's geometry in longitude/latitude, or None when it has none."""
    if not feature.hasGeometry():
        return None
    geometry = QgsGeometry(feature.geometry())
    geometry.transform(to_lonlat)
    return geometry


# Output table ---------------------------------------------------------------------

def funder_field(funder: str) -> str:
    """Name of the column with the distance to ``funder``'s nearest area."""
    return "km_to_" + safe_name(funder)


def exposure_fields(funders: Sequence[str]) -> QgsFields:
    """Fields :func:`exposure_attributes` fills, one distance column per funder."""
    fields = QgsFields()
    for name, kind in (
        ("covered", "Bool"), ("inside_count", "Int"), ("inside_systems", "String"),
        ("funders", "String"), ("nearest_system", "String"), ("distance_km", "Double"),
    ):
        fields.append(new_field(name, kind))
    for funder in funders:
        fields.append(new_field(funder_field(funder), "Double"))
    return fields


def exposure_attributes(exposure: FloodExposure, funders: Sequence[str]) -> list:
    """Attribute values in the order of :func:`exposure_fields` (None = NULL)."""
    measured = exposure.distance_km is not None
    return [
        exposure.covered if measured else None,
        len(exposure.inside),
        LIST_JOIN.join(exposure.inside),
        LIST_JOIN.join(exposure.funders),
        exposure.nearest_system,
        exposure.distance_km,
    ] + [exposure.funder_distance_km.get(funder) for funder in funders]
