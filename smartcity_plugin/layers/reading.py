"""Read project records from a QGIS layer for the pure-Python core."""

from __future__ import annotations

from typing import Iterator, Optional

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.core.summary import Summary, summarize

SUMMARY_FIELDS = ("project_id", "donor_country", "sector_primary", "city_ids", "amount_usd", "finance_type")
NO_FILTER = ProjectFilter()  # frozen: safe to share as a default


def project_records(
    layer: QgsVectorLayer, project_filter: ProjectFilter = NO_FILTER, fields=SUMMARY_FIELDS,
    sectors: Optional[SectorCatalogue] = None,
) -> Iterator[dict]:
    """Attribute dicts of the layer's projects that match ``project_filter`` (no geometry)."""
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    names = [name for name in fields if layer.fields().indexOf(name) >= 0]  # older layers may lack some
    request.setSubsetOfAttributes(names, layer.fields())
    expression = filter_expression(project_filter, sectors)
    if expression:
        request.setFilterExpression(expression)
    for feature in layer.getFeatures(request):
        yield {name: plain_value(feature[name]) for name in names}


def plain_value(value):
    """QGIS NULL (a QVariant) as None, so the core sees plain Python values."""
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def summarize_layer(layer: QgsVectorLayer, project_filter: ProjectFilter = NO_FILTER) -> Summary:
    """Totals of the layer's projects that match ``project_filter``."""
    return summarize(project_records(layer, project_filter))


def count_features(layer: QgsVectorLayer) -> int:
    """Features the layer shows now, counted.

    QGIS 3.22 with GDAL 3.6 answers featureCount() with -1 ("not counted") for a filtered
    GeoPackage layer while another layer of the same file is open; reading works.
    """
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
    return sum(1 for _ in layer.getFeatures(request))
