"""Issue 16 item 15: the database connection drops in the middle of an import into the team registry."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeedback

from smartcity_plugin.io.errors import DataExchangeError, RegistryError
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.registry.store import RegistryTarget
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import fixture

HANDMADE = fixture("iati", "handmade-2.03.xml")


def test_a_dropped_connection_ends_in_a_clear_message_and_nothing_saved(registry):
    feedback = QgsFeedback()
    dropped = []

    def drop(progress: float) -> None:  # the server goes away after the first records
        if not dropped and progress > 0:
            dropped.append(registry.sql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE usename = 'alice' AND pid <> pg_backend_pid()"))

    feedback.progressChanged.connect(drop)
    with pytest.raises((RegistryError, DataExchangeError)) as error:
        import_iati(HANDMADE, RegistryTarget(registry.connections["alice"]), feedback=feedback)
    assert dropped and dropped[0][0][0] >= 1
    message = str(error.value)
    assert registry.connections["alice"] in message and "connection" in message
    assert "Traceback" not in message
    assert registry.sql("SELECT count(*) FROM smartcity.projects")[0][0] == bundled_rows("projects")
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log") == [(0,)]
