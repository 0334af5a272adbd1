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
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
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


def test_update_keeps_the_last_good_copy_and_the_date(server, short_timeout, tmp_path):
    update = update_catalogue(f"{server}/good.gpkg", tmp_path)
    assert update.path == tmp_path / CURRENT and digest(update.path) == hashlib.sha256(GOOD).hexdigest()
    assert last_update(tmp_path)["retrieved"] == update.retrieved and last_update(tmp_path)["url"].endswith("good.gpkg")
    update_catalogue(f"{server}/good.gpkg", tmp_path)
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
    update_catalogue(f"{server}/good.gpkg", tmp_path)
    before = digest(tmp_path / CURRENT)
    with pytest.raises(DataExchangeError, match=message):
        update_catalogue(f"{server}/{name}", tmp_path)
    assert digest(tmp_path / CURRENT) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_offline_and_bad_addresses(qgis_app, short_timeout, tmp_path):
    with pytest.raises(DataExchangeError, match="only http"):
        update_catalogue("file:///etc/passwd", tmp_path)
    with pytest.raises(DataExchangeError, match="failed"):
        update_catalogue("http://127.0.0.1:9/none.gpkg", tmp_path)  # nothing listens on the discard port
    assert last_update(tmp_path) is None
