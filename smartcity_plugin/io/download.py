"""Download a URL to a file through QGIS's network manager: streamed, bounded in size and time, cancellable.

QgsBlockingNetworkRequest holds the whole answer in memory, and QGIS's network timeout
restarts with every byte, so a server that trickles never times out. Here every chunk goes
to disk as it arrives, the download stops as soon as it passes ``limit`` bytes (or a
Content-Length announces more), and it ends at an overall ``deadline_s`` or when the
feedback is cancelled. Works in a QgsTask's thread (a local event loop) and in the main one.
"""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from smartcity_plugin.io.errors import DataExchangeError, ImportCancelledError
from smartcity_plugin.toolbelt.i18n import tr

CHECK_EVERY_MS = 100  # how often the deadline and the cancel button are looked at


def require_scheme(url: str, allow_http: bool, setting: str) -> None:
    """Refuse anything but https (and http when the planner allowed it in ``setting``)."""
    lowered = url.strip().lower()
    if lowered.startswith("https://"):
        return
    if lowered.startswith("http://"):
        if allow_http:
            return
        raise DataExchangeError(Path(QUrl(url).path() or url), tr(
            "{} is plain http, which anyone on the network can change; use an https address, or allow http "
            "in the setting {} if you trust the network.").format(url, setting))
    raise DataExchangeError(Path(url), tr("only https addresses can be downloaded (http when allowed)."))


def _name(url: str) -> Path:
    return Path(QUrl(url).path() or url)


def download(url: str, target: Path, limit: int, deadline_s: float, feedback=None) -> int:
    """Write the body at ``url`` into ``target``; return its size. DataExchangeError (naming the URL) on failure.

    ``target`` is removed when the download fails or is cancelled.
    """
    request = QNetworkRequest(QUrl(url))
    # Never follow a redirect from https to http.
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
    started = time.monotonic()
    state = {"size": 0, "problem": None}
    try:
        handle = open(target, "wb")
    except OSError as error:
        raise DataExchangeError(target, tr("cannot be written ({}).").format(error.strerror or error)) from error
    reply = QgsNetworkAccessManager.instance().get(request)
    loop = QEventLoop()

    def stop(problem) -> None:
        if state["problem"] is None:
            state["problem"] = problem
        reply.abort()

    def read() -> None:
        if state["problem"] is not None:
            return
        announced = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if announced is not None and int(announced) > limit:
            stop("too_large")
            return
        data = bytes(reply.readAll())
        state["size"] += len(data)
        if state["size"] > limit:
            stop("too_large")
            return
        try:
            handle.write(data)
        except OSError as error:
            stop(error.strerror or str(error))
            return
        if feedback is not None and announced:
            feedback.setProgress(min(100.0, 100.0 * state["size"] / max(int(announced), 1)))

    def check() -> None:
        if feedback is not None and feedback.isCanceled():
            stop("cancelled")
        elif time.monotonic() - started > deadline_s:
            stop("deadline")

    timer = QTimer()
    timer.setInterval(CHECK_EVERY_MS)
    timer.timeout.connect(check)
    reply.readyRead.connect(read)
    reply.finished.connect(loop.quit)
    timer.start()
    try:
        if not reply.isFinished():
            loop.exec()
        read()
    finally:
        timer.stop()
        handle.close()
    try:
        _raise_for(reply, url, state, limit, deadline_s)
    except DataExchangeError:
        target.unlink(missing_ok=True)
        raise
    finally:
        reply.deleteLater()
    return state["size"]


def _raise_for(reply, url: str, state: dict, limit: int, deadline_s: float) -> None:
    problem = state["problem"]
    if problem == "cancelled":
        raise ImportCancelledError(_name(url), tr("the download from {} was cancelled; nothing was changed.")
                                   .format(url))
    if problem == "too_large":
        raise DataExchangeError(_name(url), tr("the download from {} is larger than {} MB and was stopped; "
                                               "nothing was changed.").format(url, limit // 1_000_000))
    if problem == "deadline":
        raise DataExchangeError(_name(url), tr("the download from {} did not finish within {:g} s and was "
                                               "stopped; nothing was changed.").format(url, deadline_s))
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if problem is not None or reply.error() != QNetworkReply.NetworkError.NoError or status != 200:
        reason = problem or reply.errorString() or tr("HTTP status {}").format(status or tr("none"))
        raise DataExchangeError(_name(url), tr(
            "download from {} failed ({}); the plugin goes on with the data it has.").format(url, reason))
    announced = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
    if announced is not None and int(announced) != state["size"]:
        raise DataExchangeError(_name(url), tr("the download from {} is incomplete ({} of {} bytes).")
                                .format(url, state["size"], int(announced)))


def download_small(url: str, limit: int, deadline_s: float, folder: Path, feedback=None) -> bytes:
    """A small answer (a checksum file) in memory, through a temporary file in ``folder``."""
    import tempfile

    with tempfile.TemporaryDirectory(dir=folder, prefix=".download-") as staging:
        path = Path(staging) / "answer"
        download(url, path, limit, deadline_s, feedback)
        return path.read_bytes()
