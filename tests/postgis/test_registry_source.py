"""The team registry behind the same Source interface as the GeoPackages: layers, SQL rows, date, sectors, editing."""

from __future__ import annotations

from smartcity_plugin.layers.data_sources import REGISTRY, source_holder
from tests.bundled_counts import bundled_rows


def test_the_registry_source_reads_like_a_geopackage(registry, qgis_app):
    holder = source_holder()
    announced = []
    holder.changed.connect(announced.append)
    bundled = holder.use_geopackage(None)
    try:
        source = holder.use_registry(registry.connections["alice"])
        assert announced == [bundled, source] and source.kind == REGISTRY
        assert source.open_layer("projects").featureCount() == bundled_rows("projects")
        assert source.rows(f"SELECT count(*) FROM {source.table('projects')}") == [(bundled_rows("projects"),)]
        assert source.as_of() == bundled.as_of() != ""
        assert set(source.sector_catalogue().codes()) == set(bundled.sector_catalogue().codes())
        assert source.editable  # alice's role may edit
    finally:
        holder.changed.disconnect(announced.append)
        holder.use_geopackage(None)
