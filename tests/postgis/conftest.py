"""PostGIS fixtures: one throwaway cluster per test session, a fresh database per test.

No skipping: without PostgreSQL these fixtures raise, so `make test` fails instead of
passing without having proved the registry.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from psycopg2 import sql

from tests.desktop.test_desktop_smoke import xvfb_display  # noqa: F401 (a fixture: the registry's desktop test)
from tests.postgis.cluster import PgDatabase, ThrowawayCluster
from tests.qgis.conftest import (  # noqa: F401 (fixtures shared with the QGIS tests)
    canvas_draws_nothing,
    desktop_iface,
    provider,
)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    """A running PostgreSQL + PostGIS cluster on 127.0.0.1, removed at session end."""
    # mkdtemp, not tmp_path_factory: pytest's folders are root-only and the server runs as postgres.
    cluster = ThrowawayCluster(Path(tempfile.mkdtemp(prefix="smartcity-pg-")))
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture()
def pg_database(pg_cluster: ThrowawayCluster) -> Iterator[PgDatabase]:
    """A new database with PostGIS, dropped after the test."""
    name = f"smartcity_test_{uuid.uuid4().hex[:12]}"
    pg_cluster.create_database(name)
    try:
        yield PgDatabase(name, pg_cluster)
    finally:
        # Connections a test left open would make DROP DATABASE fail.
        pg_cluster.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            params=(name,),
        )
        pg_cluster.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


# Login roles of the registry tests: two editors and a reader (cluster-wide, made once).
PLANNERS = {
    "alice": ("alice-pw 'x'", "smartcity_editor"),
    "bob": ("bob-pw", "smartcity_editor"),
    "carol": ("carol-pw", "smartcity_reader"),
}


@pytest.fixture(scope="session")
def planners(pg_cluster: ThrowawayCluster) -> dict[str, str]:
    """Login roles alice and bob (editors) and carol (reader); name → password."""
    for name, (password, role) in PLANNERS.items():
        pg_cluster.create_login(name, password, member_of=(role,))
    return {name: password for name, (password, _role) in PLANNERS.items()}


@pytest.fixture()
def registry(pg_database: PgDatabase, planners, qgis_app):
    """The bundled data published to a fresh database, with a saved QGIS connection per planner."""
    from tests.postgis.registry import Registry

    registry = Registry(pg_database, planners)
    registry.publish_bundled()
    yield registry
    registry.close()


@pytest.fixture()
def clean_project(qgis_new_project):
    """An empty project; the layers opened during the test are removed with it."""
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()
