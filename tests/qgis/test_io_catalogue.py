"""Catalogue update against a local HTTP server on 127.0.0.1: good, 404, timeout, truncated, bad checksum, bad schema."""

from __future__ import annotations

import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from qgis.core import QgsNetworkAccessManager

from smartcity_plugin.io.catalogue import CURRENT, PREVIOUS, last_update, update_catalogue
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.fixtures.io_support import digest

GOOD = bundled_data_path().read_bytes()
NOT_OURS = b"SQLite format 3\x00" + b"\x00" * 2000


def sha(data: bytes) -> bytes:
    return (hashlib.sha256(data).hexdigest() + "  catalogue.gpkg\n").encode()


ROUTES = {
    "/good.gpkg": (200, GOOD), "/good.gpkg.sha256": (200, sha(GOOD)),
    "/wrong.gpkg": (200, GOOD), "/wrong.gpkg.sha256": (200, sha(b"something else")),
    "/notours.gpkg": (200, NOT_OURS), "/notours.gpkg.sha256": (200, sha(NOT_OURS)),
    "/truncated.gpkg.sha256": (200, sha(GOOD)), "/slow.gpkg.sha256": (200, sha(GOOD)),
    "/huge.gpkg.sha256": (200, sha(GOOD)), "/declared-huge.gpkg.sha256": (200, sha(GOOD)),
    "/trickle.gpkg.sha256": (200, sha(GOOD)),
}


SENT = {"huge": 0}
HUGE_BYTES = 256_000_000  # what the endless answer would send at most (bounded, so the server always stops)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up: what these tests expect

    def _answer(self):
        if self.path in ("/huge.gpkg", "/declared-huge.gpkg"):
            self.send_response(200)
            if self.path == "/declared-huge.gpkg":
                self.send_header("Content-Length", str(1_500_000_000))
            self.end_headers()
            chunk = b"\0" * 65536
            while SENT["huge"] < HUGE_BYTES:
                self.wfile.write(chunk)
                SENT["huge"] += len(chunk)
            return
        if self.path == "/trickle.gpkg":
            self.send_response(200)
            self.send_header("Content-Length", str(len(GOOD)))
            self.end_headers()
            for _ in range(100):  # one byte every 0.3 s: never idle long enough for a network timeout
                self.wfile.write(b"S")
                self.wfile.flush()
                time.sleep(0.3)
            return
        if self.path == "/slow.gpkg":
            time.sleep(3)  # longer than the client's timeout; bounded, so the server always stops
        if self.path == "/truncated.gpkg":
            self.send_response(200)
            self.send_header("Content-Length", str(len(GOOD)))
            self.end_headers()
            self.wfile.write(GOOD[: len(GOOD) // 3])
            self.close_connection = True
            return
        status, body = ROUTES.get(self.path, (404, b"not found"))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def short_timeout(qgis_app):
    before = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1000)
    yield
    QgsNetworkAccessManager.setTimeout(before)


def update_catalogue_http(url, folder, **options):
    """The stand-in serves plain http on 127.0.0.1, which the planner must allow explicitly."""
    return update_catalogue(url, folder, allow_http=True, **options)


def test_update_keeps_the_last_good_copy_and_the_date(server, short_timeout, tmp_path):
    update = update_catalogue_http(f"{server}/good.gpkg", tmp_path)
    assert update.path == tmp_path / CURRENT and digest(update.path) == hashlib.sha256(GOOD).hexdigest()
    assert last_update(tmp_path)["retrieved"] == update.retrieved and last_update(tmp_path)["url"].endswith("good.gpkg")
    update_catalogue_http(f"{server}/good.gpkg", tmp_path)
    assert (tmp_path / PREVIOUS).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalogue.gpkg", "catalogue.json", "catalogue.previous.gpkg"]


@pytest.mark.parametrize(("name", "message"), [
    ("missing.gpkg", "download from .*missing.gpkg.sha256 failed .*goes on with the data it has"),
    ("slow.gpkg", "download from .*slow.gpkg failed"),
    ("truncated.gpkg", "truncated.gpkg: the download from .* is incomplete|download from .*truncated.gpkg failed"),
    ("wrong.gpkg", "wrong.gpkg: the checksum does not match"),
    ("notours.gpkg", "notours.gpkg: not the plugin's catalogue"),
])
def test_failures_leave_the_catalogue_as_it_was(server, short_timeout, tmp_path, name, message):
    update_catalogue_http(f"{server}/good.gpkg", tmp_path)
    before = digest(tmp_path / CURRENT)
    with pytest.raises(DataExchangeError, match=message):
        update_catalogue_http(f"{server}/{name}", tmp_path)
    assert digest(tmp_path / CURRENT) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_offline_and_bad_addresses(qgis_app, short_timeout, tmp_path):
    with pytest.raises(DataExchangeError, match="only http"):
        update_catalogue("file:///etc/passwd", tmp_path)
    with pytest.raises(DataExchangeError, match="failed"):
        update_catalogue_http("http://127.0.0.1:9/none.gpkg", tmp_path)  # nothing listens on the discard port
    assert last_update(tmp_path) is None


# Issue 16 item 12 ----------------------------------------------------------------------------------

def test_plain_http_is_refused_unless_allowed(server, short_timeout, tmp_path):
    with pytest.raises(DataExchangeError, match="https") as error:
        update_catalogue(f"{server}/good.gpkg", tmp_path)
    assert "catalogue_allow_http" in str(error.value)
    assert last_update(tmp_path) is None


def test_a_huge_answer_is_cut_at_the_limit_while_it_streams(server, short_timeout, tmp_path):
    import resource

    SENT["huge"] = 0
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(DataExchangeError, match="larger than"):
        update_catalogue_http(f"{server}/huge.gpkg", tmp_path, limit=2_000_000)
    assert SENT["huge"] < HUGE_BYTES  # the client hung up; it did not wait for the whole answer
    # kB: never held in memory. Far below the answer's size: the network stack's first use alone
    # grew the peak by 40 MB on QGIS 3.44 (Python 3.14).
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(DataExchangeError, match="larger than"):  # announced as 1.5 GB: refused at once
        update_catalogue_http(f"{server}/declared-huge.gpkg", tmp_path, limit=2_000_000)


def test_a_trickling_server_meets_the_overall_deadline(server, short_timeout, tmp_path):
    started = time.monotonic()
    with pytest.raises(DataExchangeError, match="did not finish within 2 s"):
        update_catalogue_http(f"{server}/trickle.gpkg", tmp_path, deadline_s=2)
    assert time.monotonic() - started < 8
    assert list(tmp_path.iterdir()) == []


def test_the_download_can_be_cancelled(server, short_timeout, tmp_path):
    from qgis.core import QgsFeedback
    from qgis.PyQt.QtCore import QTimer

    from smartcity_plugin.io.errors import ImportCancelledError

    feedback = QgsFeedback()
    QTimer.singleShot(500, feedback.cancel)
    started = time.monotonic()
    with pytest.raises(ImportCancelledError):
        update_catalogue_http(f"{server}/trickle.gpkg", tmp_path, feedback=feedback)
    assert time.monotonic() - started < 5
    assert list(tmp_path.iterdir()) == []


def test_menu_action_runs_as_a_cancellable_task(server, short_timeout, tmp_path, monkeypatch, desktop_iface):
    from qgis.core import Qgis, QgsApplication, QgsSettings, QgsTask

    from smartcity_plugin.gui import import_datasource

    monkeypatch.setattr(import_datasource, "catalogue_folder", lambda: tmp_path)
    settings = QgsSettings()
    saved = {key: settings.value(key, None) for key in (import_datasource.CATALOGUE_URL_KEY,
                                                        import_datasource.CATALOGUE_HTTP_KEY)}
    settings.setValue(import_datasource.CATALOGUE_URL_KEY, f"{server}/trickle.gpkg")
    settings.setValue(import_datasource.CATALOGUE_HTTP_KEY, True)
    try:
        task = import_datasource.update_catalogue_from_settings(desktop_iface)
        assert isinstance(task, QgsTask) and task.flags() & QgsTask.CanCancel
        assert task in QgsApplication.taskManager().tasks()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and task.status() != QgsTask.Running:
            QgsApplication.processEvents()
        started = time.monotonic()
        task.cancel()
        while time.monotonic() - started < 10 and import_datasource._RUNNING:  # finished() ran on the main thread
            QgsApplication.processEvents()
            time.sleep(0.02)
        assert not import_datasource._RUNNING and time.monotonic() - started < 5
    finally:
        for key, value in saved.items():
            settings.remove(key) if value is None else settings.setValue(key, value)
    messages = desktop_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("cancelled" in message for message in messages)
    assert last_update(tmp_path) is None
