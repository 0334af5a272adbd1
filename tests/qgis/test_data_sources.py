"""One interface for the data the plugin shows, and one holder of the current source that says when it changes."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from smartcity_plugin.io.store import copy_geopackage
from smartcity_plugin.layers.data_sources import (
    BUNDLED,
    CATALOGUE,
    GEOPACKAGE,
    Source,
    catalogue_folder,
    quote_identifier,
    source_holder,
)
from smartcity_plugin.layers.sources import active_data_path, active_source, open_data_layer
from smartcity_plugin.toolbelt.paths import bundled_data_path
from smartcity_plugin.toolbelt.settings import get_setting
from tests.bundled_counts import bundled_rows


def bundled_as_of() -> str:
    with closing(sqlite3.connect(f"{bundled_data_path().as_uri()}?mode=ro", uri=True)) as database:
        return database.execute("SELECT value FROM dataset_info WHERE key = 'as_of'").fetchone()[0]


@pytest.fixture()
def holder(qgis_app):
    """The holder, back on the bundled data afterwards; the changes it announced."""
    announced = []
    holder = source_holder()
    holder.changed.connect(announced.append)
    yield holder, announced
    holder.changed.disconnect(announced.append)
    holder.use_geopackage(None)


def test_the_bundled_source_reads_layers_rows_date_and_sectors(holder):
    holder, announced = holder
    source = holder.use_geopackage(None)
    assert announced == [source] and source == Source(BUNDLED, bundled_data_path())
    assert active_source() == source and not source.editable
    layer = source.open_layer("projects", "Projects")
    assert layer.name() == "Projects" and layer.readOnly() and layer.featureCount() == bundled_rows("projects")
    count = source.rows(f"SELECT count(*) FROM {source.table('projects')}")
    assert count == [(bundled_rows("projects"),)]
    assert source.as_of() == bundled_as_of() != ""
    assert "water" in source.sector_catalogue().codes()


def test_choosing_the_planners_geopackage_is_announced_and_remembered(holder, tmp_path):
    holder, announced = holder
    mine = tmp_path / "mine.gpkg"
    copy_geopackage(bundled_data_path(), mine)
    with closing(sqlite3.connect(mine)) as database, database:
        database.execute("UPDATE dataset_info SET value = '2026-11-30' WHERE key = 'as_of'")
    source = holder.use_geopackage(mine)
    assert source == Source(GEOPACKAGE, mine.resolve()) and source.editable
    assert announced == [source]
    assert get_setting("data_source") == str(mine.resolve()) and get_setting("registry_connection") == ""
    assert active_source() == source and active_data_path() == mine.resolve()
    assert source.as_of() == "2026-11-30"
    assert open_data_layer("projects").source().startswith(str(mine.resolve()))


def test_a_downloaded_catalogue_is_its_own_kind(holder):
    holder, _ = holder
    catalogue = catalogue_folder() / "catalogue.gpkg"
    assert holder.use_geopackage(catalogue).kind == CATALOGUE  # read-only like the bundled data
    assert not holder.current().editable


def test_choosing_the_bundled_file_by_its_path_is_the_bundled_source(holder):
    holder, _ = holder
    assert holder.use_geopackage(bundled_data_path()).kind == BUNDLED
    assert get_setting("data_source") == ""


def test_names_are_quoted_for_the_providers_sql(holder):
    holder, _ = holder
    source = holder.use_geopackage(None)
    assert quote_identifier('odd "name"') == '"odd ""name"""'
    odd = source.quote('odd "name"')
    assert source.rows(f"SELECT 1 AS {odd}") == [(1,)]
