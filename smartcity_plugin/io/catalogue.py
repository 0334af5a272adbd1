"""Optional update of the project catalogue from a URL the planner sets; offline-first.

The catalogue is a GeoPackage with the bundled data's schema, published with a
``<url>.sha256`` file beside it. It is downloaded through QGIS's network manager (so the
proxy, SSL and authentication settings of QGIS apply), checked against the checksum and the
schema, and only then swapped in. The previous copy is kept; the bundled file is never touched.
Without network the plugin goes on with what it has, and says why the update failed.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.store import check_geopackage
from smartcity_plugin.toolbelt.i18n import tr

CURRENT, PREVIOUS, RECORD = "catalogue.gpkg", "catalogue.previous.gpkg", "catalogue.json"
MAX_BYTES = 200_000_000  # far above any catalogue; stops a wrong URL from filling the disk
_SHA256 = re.compile(r"\b([0-9a-fA-F]{64})\b")


@dataclass(frozen=True)
class CatalogueUpdate:
    """What an update brought: where the catalogue is, its checksum and when it was retrieved."""

    path: Path
    sha256: str
    retrieved: str
    url: str


def _fetch(url: str, feedback=None) -> bytes:
    """The body at ``url``; DataExchangeError (naming the URL) on any network or HTTP error."""
    if not url.lower().startswith(("https://", "http://")):
        raise DataExchangeError(Path(url), tr("only http(s) addresses can be downloaded."))
    request = QgsBlockingNetworkRequest()
    error = request.get(QNetworkRequest(QUrl(url)), True, feedback)
    reply = request.reply()
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    # QGIS 3.22 reports a request its timeout aborted as NoError with an empty body: look at the reply too.
    if error != QgsBlockingNetworkRequest.ErrorCode.NoError or reply.error() != QNetworkReply.NetworkError.NoError \
            or status != 200:
        reason = request.errorMessage() or reply.errorString() or tr("HTTP status {}").format(status or tr("none"))
        raise DataExchangeError(Path(QUrl(url).path() or url), tr(
            "download from {} failed ({}); the plugin goes on with the data it has.").format(url, reason))
    body = bytes(reply.content())
    length = reply.rawHeader(b"Content-Length")
    if length and bytes(length).isdigit() and int(bytes(length)) != len(body):
        raise DataExchangeError(Path(QUrl(url).path()), tr("the download from {} is incomplete ({} of {} bytes).")
                                .format(url, len(body), int(bytes(length))))
    if len(body) > MAX_BYTES:
        raise DataExchangeError(Path(QUrl(url).path()), tr("the download from {} is too large.").format(url))
    return body


def update_catalogue(url: str, folder: Path, feedback=None) -> CatalogueUpdate:
    """Download, verify and swap in the catalogue at ``url``; keep the last good copy in ``folder``."""
    folder = Path(folder)
    expected_text = _fetch(url + ".sha256", feedback).decode("ascii", "replace")
    match = _SHA256.search(expected_text)
    if match is None:
        raise DataExchangeError(Path(url + ".sha256"), tr("holds no SHA-256 checksum."))
    body = _fetch(url, feedback)
    digest = hashlib.sha256(body).hexdigest()
    if digest != match.group(1).lower():
        raise DataExchangeError(Path(QUrl(url).path()), tr(
            "the checksum does not match ({} expected, {} received); the catalogue was not changed.").format(
            match.group(1).lower()[:12], digest[:12]))
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".{CURRENT}.{os.getpid()}.download"
    try:
        temp.write_bytes(body)
        try:
            check_geopackage(temp)
        except DataExchangeError as error:
            raise DataExchangeError(Path(QUrl(url).path()), tr("not the plugin's catalogue: {}").format(
                error.problem)) from error
        current = folder / CURRENT
        if current.exists():  # keep the last good copy, itself swapped in whole
            backup = folder / f".{PREVIOUS}.{os.getpid()}.tmp"
            shutil.copy2(current, backup)
            os.replace(backup, folder / PREVIOUS)
        os.replace(temp, current)
    finally:
        if temp.exists():
            temp.unlink()
    update = CatalogueUpdate(current, digest, datetime.datetime.now(datetime.timezone.utc)
                             .replace(microsecond=0).isoformat(), url)
    record = folder / RECORD
    record.write_text(json.dumps({"url": url, "sha256": digest, "retrieved": update.retrieved}, indent=1),
                      encoding="utf-8")
    return update


def last_update(folder: Path) -> Optional[dict]:
    """URL, checksum and retrieval date of the catalogue in ``folder``, None when there is none."""
    record = Path(folder) / RECORD
    if not record.is_file() or not (Path(folder) / CURRENT).is_file():
        return None
    try:
        return json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
