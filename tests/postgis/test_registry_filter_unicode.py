""""Title contains" on the team registry: the same answer as on a GeoPackage and in QGIS expressions, beyond ASCII."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeatureRequest

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.layers.data_sources import REGISTRY, Source
from smartcity_plugin.layers.filtering import apply_project_filter
from tests.postgis import attacks
from tests.qgis.test_filter_unicode import QUERIES, TITLES


@pytest.fixture()
def registry_titles(registry):
    """alice (editor) gives the first projects titles in Vietnamese, French, Greek …; the registry's layer."""
    connection = attacks.session(registry, "alice")
    try:
        with connection.cursor() as cursor:
            for fid, title in enumerate(TITLES, start=1):
                cursor.execute("UPDATE smartcity.projects SET title = %s, base_version = row_version WHERE fid = %s",
                               (title, fid))
    finally:
        connection.close()
    return Source(REGISTRY, connection=registry.connections["carol"]).open_layer("projects")


def test_registry_sql_and_expression_agree_with_the_planner(registry_titles):
    layer = registry_titles
    titles = {f["project_id"]: f["title"] for f in layer.getFeatures()}
    assert set(TITLES) <= set(titles.values())
    for query in QUERIES:
        project_filter = ProjectFilter(text=query)
        wanted = sorted(pid for pid, title in titles.items() if project_filter.text.lower() in (title or "").lower())
        request = QgsFeatureRequest().setFilterExpression(filter_expression(project_filter, None))
        by_expression = sorted(f["project_id"] for f in layer.getFeatures(request))
        assert apply_project_filter(layer, project_filter, None)
        by_sql = sorted(f["project_id"] for f in layer.getFeatures())
        layer.setSubsetString("")
        assert by_sql == by_expression == wanted, query
    assert apply_project_filter(layer, ProjectFilter(text="đà nẵng"), None)
    assert layer.featureCount() == 3
