"""The throwaway PostgreSQL + PostGIS cluster the registry tests run against."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import psycopg2
import pytest

from tests.postgis.cluster import PgDatabase, ThrowawayCluster


def test_postgis_answers(pg_database: PgDatabase):
    rows = pg_database.cluster.execute("SELECT postgis_full_version()", dbname=pg_database.name)
    assert rows is not None and rows[0][0].startswith('POSTGIS="3.')


def test_listens_on_loopback_only(pg_cluster: ThrowawayCluster):
    assert pg_cluster.execute("SHOW listen_addresses") == [("127.0.0.1",)]
    socket_dir = pg_cluster.execute("SHOW unix_socket_directories")[0][0]
    assert Path(socket_dir) == pg_cluster.base_dir


def test_login_role_is_member_and_connects(pg_cluster: ThrowawayCluster, pg_database: PgDatabase):
    pg_cluster.create_login("alice_editor", "s3cret 'quoted\"", member_of=("smartcity_editor",))
    try:
        with pg_database.connect(user="alice_editor", password="s3cret 'quoted\"") as connection:
            with connection.cursor() as cursor:
                cursor.execute("SELECT current_user, pg_has_role(current_user, 'smartcity_editor', 'MEMBER')")
                assert cursor.fetchone() == ("alice_editor", True)
        connection.close()
        assert pg_cluster.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'smartcity_editor'") == [(False,)]
    finally:
        pg_cluster.execute("DROP ROLE alice_editor")


def test_wrong_password_is_refused(pg_cluster: ThrowawayCluster):
    with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
        pg_cluster.connect(password="not-the-password")


def _accepts(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_second_cluster_starts_stops_and_leaves_nothing():
    # Not tmp_path: as root the server runs as postgres, which pytest's 0700 folders shut out.
    base_dir = Path(tempfile.mkdtemp(prefix="smartcity-pg-"))
    cluster = ThrowawayCluster(base_dir)
    try:
        cluster.start()
        port = cluster.port
        assert cluster.data_dir.is_dir() and _accepts(port)
    finally:
        cluster.stop()
    assert not base_dir.exists()
    assert not _accepts(port)
    cluster.stop()  # twice is harmless


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the cluster to the postgres user")
def test_unreachable_folder_is_named(tmp_path: Path):
    cluster = ThrowawayCluster(tmp_path / "cluster")
    with pytest.raises(RuntimeError, match="postgres user cannot write"):
        cluster.start()
    cluster.stop()
