"""The registry as the plugin's data: the same layers, dock, totals and exports as the GeoPackage."""

from __future__ import annotations

import psycopg2
import pytest
from qgis.core import QgsVectorLayer

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.gui.dock import CooperationDock
from smartcity_plugin.layers.filtering import apply_project_filter
from smartcity_plugin.layers.group import add_cooperation_layers
from smartcity_plugin.layers.reading import count_features, summarize_layer
from smartcity_plugin.layers.registry_layers import read_only_notice
from smartcity_plugin.layers.sources import open_data_layer, sector_catalogue
from tests.bundled_counts import bundled_money, bundled_rows

QUESTIONS = [
    ProjectFilter(),
    ProjectFilter(donors=("KR", "US"), countries=("KH", "LA", "MM", "TH", "VN"), sectors=("water",), year_from=2019),
    ProjectFilter(statuses=("completed",), amount_min=1_000_000),
    ProjectFilter(text="smart city", cities=("ascn_vn_da_nang",)),
]


def _dock_view(iface, project_filter: ProjectFilter):
    """(summary text, rows listed) the dock shows for ``project_filter``."""
    dock = CooperationDock(iface)
    try:
        dock.form.set_project_filter(project_filter)
        assert dock.apply_now()
        return dock.summary.toPlainText(), dock.results.model().rowCount()
    finally:
        dock.disconnect_project()
        dock.deleteLater()


@pytest.mark.parametrize("project_filter", QUESTIONS, ids=["everything", "mekong_water", "completed", "da_nang"])
def test_dock_counts_and_totals_equal_the_geopackage(registry, desktop_iface, clean_project, project_filter):
    """A planner switching to the registry sees the very numbers the GeoPackage gave."""
    from_geopackage = _dock_view(desktop_iface, project_filter)
    clean_project.clear()
    registry.use_as("carol")
    from_registry = _dock_view(desktop_iface, project_filter)
    assert from_registry == from_geopackage
    layers = add_cooperation_layers(clean_project).layers
    assert {layer.providerType() for role, layer in layers.items() if role not in ("countries", "programmes")} == {
        "postgres"}


def test_layers_come_from_the_registry_with_versions_shown(registry, clean_project):
    registry.use_as("alice")
    layers = add_cooperation_layers(clean_project).layers
    projects = layers["projects"]
    assert projects.providerType() == "postgres" and '"smartcity"."projects"' in projects.source()
    assert "password" not in projects.source() and "authcfg=" in projects.source()
    assert count_features(projects) == bundled_rows("projects") and count_features(layers["cities"]) == 31
    assert count_features(layers["flood"]) == bundled_rows("flood_coverage")
    assert not projects.readOnly() and projects.startEditing()  # alice edits
    projects.rollBack()
    config = projects.editFormConfig()
    assert all(config.readOnly(projects.fields().indexOf(name)) for name in ("row_version", "updated_by"))
    assert projects.editorWidgetSetup(projects.fields().indexOf("base_version")).type() == "Hidden"
    summary = summarize_layer(projects)
    assert summary.by_finance["grant"].amount_usd == pytest.approx(bundled_money("grant"))
    assert len(sector_catalogue().codes()) == 104


def test_reader_may_filter_but_not_edit_and_is_told(registry, clean_project):
    registry.use_as("carol")
    projects = open_data_layer("projects")
    assert projects.readOnly() and not projects.startEditing()
    assert "smartcity_editor" in read_only_notice(projects)
    assert apply_project_filter(projects, ProjectFilter(donors=("KR",)), sector_catalogue())
    assert count_features(projects) == registry.sql(
        "SELECT count(*) FROM smartcity.projects WHERE donor_country = 'KR'")[0][0]
    # Nor can she write around QGIS: the database refuses.
    with registry.database.connect(user="carol", password=registry.planners["carol"]) as connection:
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            with connection.cursor() as cursor:
                cursor.execute("UPDATE smartcity.projects SET title = 'x', base_version = row_version")
    connection.close()
    registry.use_as("alice")
    assert read_only_notice(open_data_layer("projects")) is None


HOSTILE = [
    "'; DROP TABLE smartcity.projects; --",
    "x') OR ('1'='1",
    "\\'; DELETE FROM smartcity.projects; --",
    "%' OR 1=1 OR title LIKE '%",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_filter_values_carrying_sql_do_nothing(registry, clean_project, text):
    """Whatever a planner types, it is searched for, never run."""
    registry.use_as("alice")
    projects = open_data_layer("projects")
    catalogue = sector_catalogue()
    for project_filter in (ProjectFilter(text=text), ProjectFilter(donors=(text,)), ProjectFilter(cities=(text,)),
                           ProjectFilter(countries=(text,)), ProjectFilter(agencies=(text,))):
        assert apply_project_filter(projects, project_filter, catalogue), projects.subsetString()
        assert count_features(projects) == 0
    assert registry.sql("SELECT count(*) FROM smartcity.projects") == [(bundled_rows("projects"),)]
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log") == [(0,)]


def test_a_missing_registry_is_named(registry, clean_project):
    registry.sql("ALTER SCHEMA smartcity RENAME TO elsewhere")
    registry.use_as("alice")
    from smartcity_plugin.io.errors import RegistryError

    with pytest.raises(RegistryError, match="could not be opened through the connection"):
        open_data_layer("projects")
    assert not isinstance(None, QgsVectorLayer)


def test_totals_come_from_sql_in_the_database_until_the_layer_has_unsaved_edits(registry, clean_project):
    """The dock's fast path: one grouped query; with unsaved edits, the features (edits included) are read."""
    from smartcity_plugin.layers import pg_sql

    registry.use_as("alice")
    projects = open_data_layer("projects")
    assert apply_project_filter(projects, ProjectFilter(donors=("KR",)), sector_catalogue())
    groups = pg_sql.grouped_totals(projects, ("donor_country",), "amount_usd")
    expected = registry.sql("SELECT donor_country, count(*), coalesce(sum(amount_usd), 0), count(amount_usd) "
                            "FROM smartcity.projects WHERE donor_country = 'KR' GROUP BY 1")
    assert groups == [(donor, count, float(total), with_amount) for donor, count, total, with_amount in expected]
    first = pg_sql.first_rows(projects, ("title",), 3)
    assert [row[1] for row in first] == [projects.getFeature(row[0])["title"] for row in first]
    # Where the projects are drawn, grouped in the same query: national and regional programmes apart.
    areas = pg_sql.grouped_totals(projects, (pg_sql.AREA_PROGRAMME,), "amount_usd")
    expected_areas = registry.sql(
        "SELECT count(*) FROM smartcity.projects WHERE donor_country = 'KR' AND btrim(coalesce(recipient_country, "
        "''), '; ') <> '' AND (geom IS NULL OR ST_IsEmpty(geom) OR coalesce(location_precision, 0) >= 6)")[0][0]
    assert {area: count for area, count, _, _ in areas}.get(1, 0) == expected_areas > 0
    largest = pg_sql.largest_rows(projects, ("title", "amount_usd"), "amount_usd", 3)
    assert [row[0] for row in largest] == [title for (title,) in registry.sql(
        "SELECT title FROM smartcity.projects WHERE donor_country = 'KR' AND amount_usd IS NOT NULL "
        "ORDER BY amount_usd DESC, title LIMIT 3")] or len({row[1] for row in largest}) < 3  # ties in either order
    assert projects.startEditing()
    projects.changeAttributeValue(first[0][0], projects.fields().indexOf("amount_usd"), 1.0)
    assert pg_sql.grouped_totals(projects, ("donor_country",), "amount_usd") is None
    projects.rollBack()


def test_a_saved_project_keeps_the_authentication_id_not_the_password(registry, clean_project, tmp_path):
    registry.use_as("alice")
    add_cooperation_layers(clean_project)
    path = tmp_path / "team.qgs"
    assert clean_project.write(str(path))
    text = path.read_text(encoding="utf-8")
    assert text.count("authcfg=") >= 3 and '"smartcity"."projects"' in text
    assert "alice-pw" not in text and "password=" not in text  # (her password is "alice-pw 'x'")


def test_choices_on_the_registry_equal_the_geopackages(registry, clean_project):
    from smartcity_plugin.layers.options import read_filter_options

    from_geopackage = read_filter_options(open_data_layer("projects"), open_data_layer("ascn_cities"))
    registry.use_as("carol")
    assert read_filter_options(open_data_layer("projects"), open_data_layer("ascn_cities")) == from_geopackage
