"""Publish the plugin's GeoPackage as the team registry (issue #10): what a planner or admin then finds in PostGIS.

Every test compares the database with the GeoPackage it came from (read with sqlite3, read-only)
or with what the rules promise, so a publish that drops, alters or half-writes data fails here.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import psycopg2
import psycopg2.errors
import pytest
from osgeo import ogr
from psycopg2 import sql
from qgis.core import QgsProcessingException, QgsProviderRegistry

from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.registry.connection import connection_uri, open_saved
from smartcity_plugin.io.registry.publish import PublishCancelledError, publish
from smartcity_plugin.io.registry.status import read_status
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.bundled_counts import bundled_sql, bundled_table_rows
from tests.postgis.registry import add_auth_config

TABLES = bundled_table_rows()  # counted with sqlite3, not by the plugin
PROJECTS = TABLES["projects"]
SPATIAL = ("ascn_cities", "projects", "flood_coverage")
KEYS = {"projects": "project_id", "ascn_cities": "city_id", "flood_coverage": "system_id", "sectors": "code"}
PROJECT = "kr_koica_tam_ky_smart_city"
CITY = "ascn_kh_phnom_penh"
EDITED_TITLE = "Tam Ky smart city (edited by alice)"


# --- helpers -------------------------------------------------------------------------------------------------------

def gpkg(path: Path = None) -> sqlite3.Connection:
    """The GeoPackage, read-only (never the bundled file's writer)."""
    return sqlite3.connect(f"{Path(path or bundled_data_path()).resolve().as_uri()}?mode=ro", uri=True)


def gpkg_rows(statement: str, params=(), path: Path = None) -> list:
    connection = gpkg(path)
    try:
        return connection.execute(statement, params).fetchall()
    finally:
        connection.close()


def attribute_columns(table: str) -> list[str]:
    """The GeoPackage's columns of ``table`` except the geometry (fid first)."""
    return [row[1] for row in gpkg_rows("SELECT * FROM pragma_table_info(?)", (table,)) if row[1] != "geom"]


def gpkg_indexes(table: str) -> dict[tuple[str, ...], bool]:
    """Columns → unique of the GeoPackage's attribute indexes of ``table``."""
    found = {}
    for _seq, name, unique, *_rest in gpkg_rows("SELECT * FROM pragma_index_list(?)", (table,)):
        found[tuple(row[2] for row in gpkg_rows("SELECT * FROM pragma_index_info(?)", (name,)))] = bool(unique)
    return found


def pg_indexes(registry, table: str, schema: str = "smartcity") -> set[tuple[tuple[str, ...], str, bool, bool]]:
    """(columns, access method, unique, primary) of every index on ``schema.table``."""
    rows = registry.sql(
        "SELECT array_agg(a.attname ORDER BY k.ord), am.amname, i.indisunique, i.indisprimary "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam "
        "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k (attnum, ord) "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
        "WHERE i.indrelid = to_regclass(%s) GROUP BY c.oid, am.amname, i.indisunique, i.indisprimary",
        (f"{schema}.{table}",))
    return {(tuple(columns), method, unique, primary) for columns, method, unique, primary in rows}


def schemas(registry) -> list[str]:
    """Names of the registry's schemas (current and replaced) in the database."""
    return [row[0] for row in registry.sql(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'smartcity%' ORDER BY 1")]


def edit_as(registry, planner: str, title: str = EDITED_TITLE) -> None:
    """``planner`` retitles PROJECT as the plugin saves it: base_version = the version read."""
    connection = registry.database.connect(user=planner, password=registry.planners[planner])
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute("UPDATE smartcity.projects SET title = %s, base_version = row_version "
                           "WHERE project_id = %s", (title, PROJECT))
            assert cursor.rowcount == 1
    finally:
        connection.close()


def title_and_audit(registry, schema: str = "smartcity") -> tuple:
    """PROJECT's title and the audit log as (record_id, action, changed_by, title) in ``schema``."""
    title = registry.sql(sql.SQL("SELECT title FROM {}.projects WHERE project_id = %s").format(
        sql.Identifier(schema)), (PROJECT,))[0][0]
    audit = registry.sql(sql.SQL("SELECT record_id, action, changed_by, new_row ->> 'title' FROM {}.audit_log "
                                 "ORDER BY audit_id").format(sql.Identifier(schema)))
    return title, audit


def edited_copy(tmp_path: Path, name: str, statement: str) -> Path:
    """A page-by-page copy of the bundled data (sqlite3 backup) with ``statement`` run on it.

    The UPDATE runs through OGR: the GeoPackage's R-tree triggers call ST_* functions plain sqlite3 lacks.
    """
    target = tmp_path / name
    reader, writer = gpkg(), sqlite3.connect(str(target))
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()
    dataset = ogr.Open(str(target), 1)
    dataset.ExecuteSQL(statement)
    dataset = None  # closes the file
    return target


def broken_copy(tmp_path: Path) -> Path:
    """A copy of the bundled data whose last project (highest fid) starts in 1800."""
    path = edited_copy(tmp_path, "broken.gpkg",
                       "UPDATE projects SET start_year = 1800 WHERE fid = (SELECT max(fid) FROM projects)")
    assert gpkg_rows("SELECT fid, start_year FROM projects ORDER BY fid DESC LIMIT 1", path=path) == [(PROJECTS, 1800)]
    return path


def has_schema(connection, name: str = "smartcity") -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,))
        found = cursor.fetchone() is not None
    connection.rollback()
    return found


@pytest.fixture()
def saved_connections(qgis_app):
    """Save PostgreSQL connections (uri, configuration); each one's name; all deleted after the test."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    names = []

    def save(uri: str, configuration: dict = None) -> str:
        name = f"smartcity-test-{uuid.uuid4().hex[:8]}"
        metadata.saveConnection(metadata.createConnection(uri, configuration or {}), name)
        names.append(name)
        return name

    yield save
    for name in names:
        metadata.deleteConnection(name)


# --- 1. the data arrives whole ---------------------------------------------------------------------------------------

def test_every_table_has_the_geopackages_rows(registry):
    """A planner finds every record of every table, value for value, as in the GeoPackage."""
    assert registry.result.rows == TABLES
    for table, count in TABLES.items():
        assert gpkg_rows(f"SELECT count(*) FROM {table}")[0][0] == count
        assert registry.sql(f"SELECT count(*) FROM smartcity.{table}")[0][0] == count, table
        columns = attribute_columns(table)
        listed = ", ".join(f'"{column}"' for column in columns)
        expected = gpkg_rows(f"SELECT {listed} FROM {table} ORDER BY fid")
        published = [tuple(row) for row in registry.sql(f"SELECT {listed} FROM smartcity.{table} ORDER BY fid")]
        assert published == expected, table


def test_totals_the_planner_reports_are_the_same(registry):
    """Money totals and projects per donor are what the GeoPackage gives."""
    total = gpkg_rows("SELECT sum(amount_usd) FROM projects")[0][0]
    assert total > 0
    assert registry.sql("SELECT sum(amount_usd) FROM smartcity.projects")[0][0] == pytest.approx(total, abs=1e-6)
    donors = "SELECT donor_country, count(*) FROM {} GROUP BY donor_country ORDER BY donor_country"
    assert [tuple(row) for row in registry.sql(donors.format("smartcity.projects"))] == gpkg_rows(
        donors.format("projects"))


@pytest.mark.parametrize("table", SPATIAL)
def test_geometries_kept_in_wgs84(registry, table):
    """Every located record keeps its geometry, in EPSG:4326; unlocated ones stay without."""
    located = gpkg_rows(f"SELECT count(*) FROM {table} WHERE geom IS NOT NULL")[0][0]
    assert located > 0
    assert registry.sql(f"SELECT count(geom), count(*) FILTER (WHERE ST_SRID(geom) = 4326), "
                        f"count(*) FILTER (WHERE ST_IsValid(geom)) FROM smartcity.{table}")[0] == (located,) * 3
    assert registry.sql("SELECT srid FROM geometry_columns WHERE f_table_schema = 'smartcity' "
                        "AND f_table_name = %s", (table,)) == [(4326,)]


def test_city_point_is_where_the_geopackage_puts_it(registry):
    """A city sits on the map exactly where the GeoPackage puts it."""
    dataset = ogr.Open(str(bundled_data_path()), 0)
    layer = dataset.GetLayerByName("ascn_cities")
    layer.SetAttributeFilter(f"city_id = '{CITY}'")
    feature = layer.GetNextFeature()  # kept: the geometry belongs to it
    point = feature.GetGeometryRef()
    x, y = registry.sql("SELECT ST_X(geom), ST_Y(geom) FROM smartcity.ascn_cities WHERE city_id = %s", (CITY,))[0]
    assert (x, y) == pytest.approx((point.GetX(), point.GetY()), abs=1e-9)
    assert 100 < x < 110 and 10 < y < 13  # Phnom Penh, not swapped


# --- 2. schema, indexes, roles ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("table", list(TABLES))
def test_fid_is_the_integer_primary_key(registry, table):
    """QGIS identifies every record by fid, an integer key (the audit log names records by it)."""
    assert (("fid",), "btree", True, True) in pg_indexes(registry, table)
    assert registry.sql("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                        "WHERE attrelid = to_regclass(%s) AND attname = 'fid'", (f"smartcity.{table}",)) == [
        ("integer",)]


@pytest.mark.parametrize(("table", "key"), list(KEYS.items()))
def test_record_ids_are_unique(registry, table, key):
    """Two records can never share an id: a UNIQUE constraint on it, and it may not be empty."""
    assert registry.sql(
        "SELECT array_agg(a.attname) FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
        "AND a.attnum = ANY (c.conkey) WHERE c.conrelid = to_regclass(%s) AND c.contype = 'u' GROUP BY c.oid",
        (f"smartcity.{table}",)) == [([key],)]
    assert registry.sql("SELECT attnotnull FROM pg_attribute WHERE attrelid = to_regclass(%s) AND attname = %s",
                        (f"smartcity.{table}", key)) == [(True,)]


@pytest.mark.parametrize("table", SPATIAL)
def test_spatial_index_on_geom(registry, table):
    """Map panning and spatial filters use a GiST index on geom."""
    assert (("geom",), "gist", False, False) in pg_indexes(registry, table)


@pytest.mark.parametrize("table", list(TABLES))
def test_geopackage_indexes_come_along(registry, table):
    """Every attribute index of the GeoPackage (donor, years …) exists in PostGIS, unique ones as unique."""
    published = {(columns, unique) for columns, method, unique, primary in pg_indexes(registry, table)
                 if method == "btree" and not primary}
    expected = set(gpkg_indexes(table).items())
    assert expected and expected <= published
    if table == "projects":
        assert {(("donor_country",), False), (("start_year",), False)} <= published


def test_registry_info_says_who_published_what(registry):
    """Admins see when, by whom, from which file and data version the registry was published."""
    info = dict(registry.sql("SELECT key, value FROM smartcity.registry_info"))
    assert info["published_at"] == registry.result.published_at
    assert info["published_at"].endswith("Z") and info["published_at"][:4].isdigit()
    assert info["published_by"] == registry.cluster.superuser
    assert info["source_file"] == bundled_data_path().name
    assert info["source_as_of"] == gpkg_rows("SELECT value FROM dataset_info WHERE key = 'as_of'")[0][0]
    from smartcity_plugin.__about__ import __version__

    assert info["plugin_version"] == __version__


def test_roles_and_rights(registry):
    """Readers only read; editors edit the three map layers, never the reference tables nor the audit."""
    assert registry.result.missing_roles == []
    assert registry.sql("SELECT rolname FROM pg_roles WHERE rolname LIKE 'smartcity\\_%' AND NOT rolcanlogin "
                        "ORDER BY 1") == [("smartcity_editor",), ("smartcity_owner",), ("smartcity_reader",)]

    def may(planner, table, right):
        return registry.sql("SELECT has_table_privilege(%s, %s, %s)", (planner, f"smartcity.{table}", right))[0][0]

    assert may("carol", "projects", "SELECT") and may("carol", "audit_log", "SELECT")
    assert not any(may("carol", "projects", right) for right in ("INSERT", "UPDATE", "DELETE"))
    for table in SPATIAL:
        assert may("alice", table, "UPDATE") and may("bob", table, "INSERT"), table
    for table in ("sectors", "sources", "claims", "dataset_info", "registry_info", "audit_log"):
        assert may("alice", table, "SELECT"), table
        assert not any(may("alice", table, right) for right in ("INSERT", "UPDATE", "DELETE")), table


# --- 3. the rules refuse bad records ---------------------------------------------------------------------------------

GOOD_PROJECT = {"project_id": "test_new_project", "title": "New project", "sector_primary": "water",
                "sectors": "water;mobility", "status": "ongoing", "finance_type": "grant", "start_year": 2020,
                "end_year": 2022, "amount_usd": 1000.0}


def insert_as_alice(registry, **changes) -> None:
    values = dict(GOOD_PROJECT, **changes)
    connection = registry.database.connect(user="alice", password=registry.planners["alice"])
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(sql.SQL("INSERT INTO smartcity.projects ({}) VALUES ({})").format(
                sql.SQL(", ").join(map(sql.Identifier, values)), sql.SQL(", ").join(sql.Placeholder() * len(values))),
                list(values.values()))
    finally:
        connection.close()


def test_a_good_project_is_accepted_and_audited(registry):
    """The row the refusals below start from is itself fine: an editor may add it, the audit records it."""
    insert_as_alice(registry)
    assert registry.sql(f"SELECT fid > {PROJECTS}, row_version, updated_by FROM smartcity.projects "
                        "WHERE project_id = 'test_new_project'") == [(True, 1, "alice")]
    assert registry.sql("SELECT record_id, action, changed_by FROM smartcity.audit_log") == [
        ("test_new_project", "insert", "alice")]


@pytest.mark.parametrize(("changes", "error", "message"), [
    ({"start_year": 1800}, psycopg2.errors.CheckViolation, "projects_start_year_sane"),
    ({"start_year": 2020, "end_year": 2019}, psycopg2.errors.CheckViolation, "projects_years_in_order"),
    ({"project_id": PROJECT}, psycopg2.errors.UniqueViolation, r"unique constraint .*project_id"),
    ({"sector_primary": "no_such_sector"}, psycopg2.errors.ForeignKeyViolation, "projects_sector_primary_known"),
    ({"sectors": "water;no_such_code"}, psycopg2.errors.ForeignKeyViolation, r"unknown sector codes: no_such_code\."),
    ({"status": "lost"}, psycopg2.errors.CheckViolation, "projects_status_known"),
], ids=["year_1800", "end_before_start", "duplicate_id", "unknown_primary_sector", "unknown_listed_sector",
        "unknown_status"])
def test_rules_refuse_bad_projects(registry, changes, error, message):
    """An editor cannot save a record that breaks a rule; the message names the rule, nothing is written."""
    with pytest.raises(error, match=message):
        insert_as_alice(registry, **changes)
    assert registry.sql("SELECT count(*) FROM smartcity.projects")[0][0] == PROJECTS
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log") == [(0,)]


# --- 4./5. an existing registry: refused, or replaced and kept -------------------------------------------------------

def test_publishing_again_without_replace_changes_nothing(registry):
    """Publishing over a registry by mistake is refused; the team's edits and audit stay as they were."""
    edit_as(registry, "alice")
    before = title_and_audit(registry)
    assert before == (EDITED_TITLE, [(PROJECT, "update", "alice", EDITED_TITLE)])
    with pytest.raises(RegistryError, match="already holds a team registry"):
        registry.publish_bundled()
    assert title_and_audit(registry) == before
    assert schemas(registry) == ["smartcity"]


def test_replace_keeps_the_old_registry_as_a_record(registry):
    """Replacing starts afresh from the GeoPackage; the old registry, edits and audit included, is kept read-only."""
    edit_as(registry, "alice")
    first_published = registry.result.published_at
    result = registry.publish_bundled(replace=True)
    backup = result.backup_schema
    assert backup and backup.startswith("smartcity_replaced_")
    assert schemas(registry) == sorted(["smartcity", backup])
    assert result.rows == TABLES
    assert title_and_audit(registry, backup) == (EDITED_TITLE, [(PROJECT, "update", "alice", EDITED_TITLE)])
    assert dict(registry.sql(f"SELECT key, value FROM {backup}.registry_info"))["published_at"] == first_published
    assert registry.sql(f"SELECT count(*) FROM {backup}.projects")[0][0] == PROJECTS
    original = gpkg_rows("SELECT title FROM projects WHERE project_id = ?", (PROJECT,))[0][0]
    assert title_and_audit(registry) == (original, [])
    assert registry.sql("SELECT row_version FROM smartcity.projects WHERE project_id = %s", (PROJECT,)) == [(1,)]
    for right in ("INSERT", "UPDATE", "DELETE"):
        assert registry.sql("SELECT has_table_privilege('alice', %s, %s)", (f"{backup}.projects", right)) == [
            (False,)], right
    assert registry.sql("SELECT has_table_privilege('alice', 'smartcity.projects', 'UPDATE')") == [(True,)]
    edit_as(registry, "alice", "Edited in the new registry")  # and the new one is editable as before


# --- 6. one transaction: a failure or a cancel leaves everything as it was -------------------------------------------

def test_bad_row_leaves_an_empty_database_empty(pg_database, tmp_path):
    """A GeoPackage whose last record breaks a rule publishes nothing, and the message says which row and rule."""
    path = broken_copy(tmp_path)
    connection = pg_database.connect()
    try:
        with pytest.raises(RegistryError) as raised:
            publish(connection, path, "the test database")
        message = str(raised.value)
        assert "projects_start_year_sane" in message and "left as it was" in message
        last = bundled_sql("SELECT project_id FROM projects ORDER BY fid DESC LIMIT 1")[0][0]
        assert last in message  # the failing row, so the planner can fix it
        assert not has_schema(connection)
    finally:
        connection.close()


def test_unknown_listed_sector_in_the_geopackage_publishes_nothing(pg_database, tmp_path):
    """A project naming a sector code the sectors table lacks is named, and nothing is published."""
    path = edited_copy(tmp_path, "sectors.gpkg",
                       "UPDATE projects SET sectors = 'water;no_such_code' WHERE project_id = 'jp_cagayan_de_oro_ffws'")
    connection = pg_database.connect()
    try:
        with pytest.raises(RegistryError, match="jp_cagayan_de_oro_ffws: no_such_code"):
            publish(connection, path, "the test database")
        assert not has_schema(connection)
    finally:
        connection.close()


def test_bad_replace_keeps_the_registry_and_its_edits(registry, tmp_path):
    """A replace that fails half-way keeps the current registry, edits and audit, and makes no backup."""
    edit_as(registry, "alice")
    before = title_and_audit(registry)
    with pytest.raises(RegistryError, match=r"left as it was\. .*projects_start_year_sane"):
        registry.publish_bundled(replace=True, path=broken_copy(tmp_path))
    assert title_and_audit(registry) == before
    assert schemas(registry) == ["smartcity"]
    assert registry.sql("SELECT has_table_privilege('alice', 'smartcity.projects', 'UPDATE')") == [(True,)]


def cancel_after_first_progress():
    reported = []
    return reported, reported.append, lambda: bool(reported)


def test_cancel_leaves_an_empty_database_empty(pg_database):
    """Cancelling after the first table was copied leaves nothing behind."""
    reported, progress, cancelled = cancel_after_first_progress()
    connection = pg_database.connect()
    try:
        with pytest.raises(PublishCancelledError, match="cancelled"):
            publish(connection, bundled_data_path(), "the test database", progress=progress, cancelled=cancelled)
        assert len(reported) == 1 and reported[0] < 100
        assert not has_schema(connection)
    finally:
        connection.close()


def test_cancelled_replace_keeps_the_registry(registry):
    """Cancelling a replace half-way keeps the current registry as it was, with no backup."""
    edit_as(registry, "alice")
    before = title_and_audit(registry)
    reported, progress, cancelled = cancel_after_first_progress()
    connection = open_saved(registry.connections["admin"], "tests")
    try:
        with pytest.raises(PublishCancelledError):
            publish(connection, bundled_data_path(), "the test database", replace=True, progress=progress,
                    cancelled=cancelled)
    finally:
        connection.close()
    assert reported
    assert title_and_audit(registry) == before
    assert schemas(registry) == ["smartcity"]


# --- 7./8. wrong database, unsafe or missing connection --------------------------------------------------------------

def test_database_without_postgis_is_refused(pg_cluster):
    """A database without PostGIS gets a message telling the admin what to run."""
    name = f"smartcity_nopostgis_{uuid.uuid4().hex[:8]}"
    pg_cluster.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        connection = pg_cluster.connect(name)
        try:
            with pytest.raises(RegistryError, match="CREATE EXTENSION postgis"):
                publish(connection, bundled_data_path(), name)
            assert not has_schema(connection)
        finally:
            connection.close()
    finally:
        pg_cluster.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))


def test_connection_with_a_plain_text_password_is_refused(pg_cluster, saved_connections, provider):
    """A saved connection keeping the password in plain text is never used (nor copied into layers)."""
    # As Data Source Manager saves it with "Store" ticked for user name and password.
    name = saved_connections(f"dbname='postgres' host={pg_cluster.host} port={pg_cluster.port} user='alice' "
                             "password='alice-secret' sslmode=disable", {"saveUsername": True, "savePassword": True})
    assert "alice-secret" in QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(name).uri()
    with pytest.raises(RegistryError, match="plain text") as raised:
        connection_uri(name)
    assert name in str(raised.value) and "alice-secret" not in str(raised.value)
    with pytest.raises(RegistryError, match="plain text"):
        open_saved(name)
    import processing

    with pytest.raises(QgsProcessingException, match="plain text"):
        processing.run("smartcity:publishregistry", {"CONNECTION": name, "REPLACE": False})


def test_missing_connection_is_named(qgis_app):
    """A connection name that is not saved (renamed, another profile) is named in the message."""
    name = f"smartcity-test-missing-{uuid.uuid4().hex[:8]}"
    with pytest.raises(RegistryError, match=f'no saved PostgreSQL connection named "{name}"'):
        connection_uri(name)


# --- 9. the Processing algorithm -------------------------------------------------------------------------------------

def test_processing_replaces_and_reports_the_backup(registry, provider):
    """smartcity:publishregistry with Replace reports the projects published and the schema keeping the old ones."""
    import processing

    result = processing.run("smartcity:publishregistry", {"CONNECTION": registry.connections["admin"],
                                                          "REPLACE": True})
    assert result["PROJECTS"] == PROJECTS
    assert result["BACKUP_SCHEMA"].startswith("smartcity_replaced_")
    assert schemas(registry) == sorted(["smartcity", result["BACKUP_SCHEMA"]])
    assert registry.sql("SELECT count(*) FROM smartcity.projects")[0][0] == PROJECTS


def test_processing_publishes_the_chosen_geopackage(registry, provider, tmp_path):
    """SOURCE publishes the planner's own GeoPackage, not the bundled one."""
    import processing

    path = edited_copy(tmp_path, "own.gpkg",
                       f"UPDATE projects SET title = 'From my own GeoPackage' WHERE project_id = '{PROJECT}'")
    result = processing.run("smartcity:publishregistry", {"CONNECTION": registry.connections["admin"],
                                                          "SOURCE": str(path), "REPLACE": True})
    assert result["PROJECTS"] == PROJECTS
    assert title_and_audit(registry) == ("From my own GeoPackage", [])
    assert registry.sql("SELECT value FROM smartcity.registry_info WHERE key = 'source_file'") == [("own.gpkg",)]


def test_processing_without_replace_names_the_problem(registry, provider):
    """Without Replace the algorithm fails with the reason, and the registry is untouched."""
    import processing

    edit_as(registry, "alice")
    before = title_and_audit(registry)
    with pytest.raises(QgsProcessingException, match="already holds a team registry"):
        processing.run("smartcity:publishregistry", {"CONNECTION": registry.connections["admin"], "REPLACE": False})
    assert title_and_audit(registry) == before
    assert schemas(registry) == ["smartcity"]


# --- 10. what the plugin tells each planner --------------------------------------------------------------------------

@pytest.mark.parametrize(("planner", "can_edit"), [("carol", False), ("alice", True), ("bob", True)])
def test_status_says_who_may_edit(registry, planner, can_edit):
    """The plugin shows readers a read-only registry and editors an editable one, with who published it."""
    connection = open_saved(registry.connections[planner], "tests")
    try:
        status = read_status(connection, "the team database")
    finally:
        connection.close()
    assert status.user == planner
    assert status.can_edit is can_edit
    assert status.published_at == registry.result.published_at
    assert status.published_by == registry.cluster.superuser
    assert status.source_as_of == gpkg_rows("SELECT value FROM dataset_info WHERE key = 'as_of'")[0][0]


def test_status_of_a_database_without_registry(pg_database, saved_connections):
    """Connecting to a database nobody published to says so instead of showing empty layers."""
    cluster = pg_database.cluster
    authcfg = add_auth_config(f"{pg_database.name} admin", cluster.superuser, cluster.password)
    name = saved_connections(f"dbname='{pg_database.name}' host={cluster.host} port={cluster.port} "
                             f"sslmode=disable authcfg={authcfg}")
    connection = open_saved(name, "tests")
    try:
        with pytest.raises(RegistryError, match="the empty database holds no team registry"):
            read_status(connection, "the empty database")
    finally:
        connection.close()



# --- edge cases: a colleague without rights, replaced registries ---------------------------------------------------

def test_status_for_a_role_without_registry_rights(registry):
    """A colleague without either registry role is told to ask for smartcity_reader, not shown a database error."""
    name = f"nobody_{uuid.uuid4().hex[:8]}"
    registry.cluster.create_login(name, "nobody-pw")
    connection = registry.database.connect(user=name, password="nobody-pw")
    try:
        with pytest.raises(RegistryError, match="smartcity_reader"):
            read_status(connection, "the team database")
    finally:
        connection.close()


def test_changes_to_a_replaced_registry_stay_out_of_the_current_audit(registry):
    """An admin restoring something in a replaced registry must not add phantom changes to the current audit log."""
    backup = registry.publish_bundled(replace=True).backup_schema
    registry.sql(f"UPDATE {backup}.projects SET title = 'restored', base_version = row_version WHERE fid = 1")
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log") == [(0,)]
    assert registry.sql(f"SELECT record_fid, action, new_row ->> 'title' FROM {backup}.audit_log") == [
        (1, "update", "restored")]


def test_replace_when_a_backup_of_this_second_exists(registry):
    """Replacing twice in quick succession (a script, a second click) works and keeps both old registries."""
    # The backups another replace in this second (or the next few) would have made: deterministic, unlike a race.
    names = [row[0] for row in registry.sql(
        "SELECT 'smartcity_replaced_' || to_char(clock_timestamp() AT TIME ZONE 'UTC' + make_interval(secs => s), "
        "'YYYYMMDD_HH24MISS') FROM generate_series(0, 5) AS s")]
    for name in names:
        registry.sql(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    result = registry.publish_bundled(replace=True)
    assert result.backup_schema not in names
    assert result.backup_schema.startswith("smartcity_replaced_")
    assert registry.sql(f"SELECT count(*) FROM {result.backup_schema}.projects") == [(PROJECTS,)]
