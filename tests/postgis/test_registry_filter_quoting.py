"""Issue 16, item 3: filter values in the dock's SQL where standard_conforming_strings is off.

An editor plants an agency name with a backslash before a quote; a planner whose role keeps
standard_conforming_strings off (for an old application) filters by it in the dock. Quoted
the SQLite way, the backslash ends the literal and the rest is read as SQL; quoted as QGIS's
PostgreSQL provider quotes it (E'…' with backslashes doubled), it is only a name.
"""

from __future__ import annotations

import psycopg2
import pytest
from psycopg2 import sql
from qgis.core import QgsSqliteUtils

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.filter_sql import UnquotableValueError, postgres_literal
from smartcity_plugin.core.selection_query import projects_condition
from smartcity_plugin.layers.filtering import apply_project_filter
from smartcity_plugin.layers.reading import count_features
from smartcity_plugin.layers.sources import open_data_layer, sector_catalogue
from tests.bundled_counts import bundled_rows
from tests.postgis import attacks
from tests.postgis.test_registry_layers import _dock_view

PLANTED = [
    "K-water\\') OR true OR ('",  # ends the literal, then SQL
    "KOICA\\' OR agency <> \\'",
    "trailing backslash\\",
    "\\\\'; SELECT pg_sleep(5); --",
]


def plant(registry, agency: str) -> str:
    """alice (editor) writes ``agency`` into one project; its project_id."""
    connection = attacks.session(registry, "alice")
    try:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE smartcity.projects SET agency = %s, base_version = row_version WHERE fid = 5 "
                           "RETURNING project_id", (agency,))
            return cursor.fetchone()[0]
    finally:
        connection.close()


def conforming_strings_off(registry, role: str = "carol") -> None:
    registry.sql(sql.SQL("ALTER ROLE {} IN DATABASE {} SET standard_conforming_strings = off").format(
        sql.Identifier(role), sql.Identifier(registry.database.name)))


def count_as_carol(registry, where: str):
    """What carol's session (standard_conforming_strings off) finds for ``where``; the error if it fails."""
    connection = attacks.session(registry, "carol")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SHOW standard_conforming_strings")
            assert cursor.fetchone() == ("off",)
            cursor.execute(f"SELECT count(*) FROM smartcity.projects WHERE ({where})")  # nosec B608 - the attack
            return cursor.fetchone()[0]
    except psycopg2.Error as error:
        return error
    finally:
        connection.close()


@pytest.mark.parametrize("agency", PLANTED)
def test_a_planted_agency_is_only_a_name_in_the_dock(registry, desktop_iface, clean_project, agency):
    """carol's dock, filtered by the planted agency, shows exactly that project, as it does with the setting on."""
    plant(registry, agency)
    conforming_strings_off(registry)
    registry.use_as("carol")
    summary, rows = _dock_view(desktop_iface, ProjectFilter(agencies=(agency,)))
    assert rows == 1 and "1 project" in summary
    projects = open_data_layer("projects")
    assert apply_project_filter(projects, ProjectFilter(agencies=(agency,)), sector_catalogue())
    assert count_features(projects) == 1
    assert projects.subsetString() == f'"agency" IN ({postgres_literal(agency)})'
    assert count_as_carol(registry, projects.subsetString()) == 1
    assert registry.sql("SELECT count(*) FROM smartcity.projects") == [(bundled_rows("projects"),)]  # none lost


def test_the_sqlite_quoting_let_the_planted_value_out(registry):
    """Before: quoted as for a GeoPackage, the value's rest was read as SQL and carol's filter failed (an editor
    could break the dock of every such planner), or it became another value; quoted as QGIS does, it finds its
    project."""
    conforming_strings_off(registry)
    errors = 0
    for agency in PLANTED:
        plant(registry, agency)
        outcome = count_as_carol(registry, f'"agency" IN ({QgsSqliteUtils.quotedString(agency)})')
        # Read as SQL (a syntax error) or as another string (the planted project not found).
        assert isinstance(outcome, psycopg2.errors.SyntaxError) or outcome == 0, agency
        errors += isinstance(outcome, psycopg2.Error)
        assert count_as_carol(registry, f'"agency" IN ({postgres_literal(agency)})') == 1, agency
    assert errors >= 2


def test_postgres_literals_are_quoted_as_qgis_quotes_them():
    """QgsPostgresConn::quotedValue: quotes doubled; with a backslash, E'…' and backslashes doubled."""
    assert postgres_literal("KOICA") == "'KOICA'"
    assert postgres_literal("O'Brien") == "'O''Brien'"
    assert postgres_literal("a\\b") == "E'a\\\\b'"
    assert postgres_literal("x\\') OR ('") == "E'x\\\\'') OR ('''"
    with pytest.raises(UnquotableValueError):
        postgres_literal("nul\x00byte")
    clause = projects_condition(ProjectFilter(text="50% \\ off", donors=("KR",)), None, "postgres")
    assert "E'%50!% \\\\ off%'" in clause and "'KR'" in clause
    assert "\\" not in projects_condition(ProjectFilter(donors=("KR",)), None, "postgres")


def test_a_value_postgresql_cannot_hold_is_refused_not_sent(registry, clean_project):
    """A NUL character: the filter is refused for the registry (the GeoPackage path is unchanged)."""
    registry.use_as("alice")
    projects = open_data_layer("projects")
    assert not apply_project_filter(projects, ProjectFilter(agencies=("nul\x00byte",)), sector_catalogue())
    assert projects.subsetString() == ""
