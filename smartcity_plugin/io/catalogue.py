"""Optional update of the project catalogue from a URL the planner sets; offline-first.

The catalogue is a GeoPackage with the bundled data's schema, published with a
``<url>.sha256`` file beside it. It is downloaded over https (plain http only when the
planner allows it) through QGIS's network manager (so the proxy, SSL and authentication
settings of QGIS apply), streamed to disk within a size limit and a deadline, checked
against the checksum and the schema, and only then swapped in. The checksum comes from
the same server: it proves the file arrived whole, not who made it. The previous copy is
kept; the bundled file is never touched. Without network the plugin goes on with what it
has, and says why the update failed.
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

from qgis.PyQt.QtCore import QUrl

from smartcity_plugin.io.download import download, require_scheme
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.store import check_geopackage
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.settings import setting_key

CURRENT, PREVIOUS, RECORD = "catalogue.gpkg", "catalogue.previous.gpkg", "catalogue.json"
MAX_BYTES = 200_000_000  # far above any catalogue; stops a wrong URL from filling the disk
CHECKSUM_BYTES = 65_536
DEADLINE_S = 600.0  # the whole download, however slowly the server sends
ALLOW_HTTP_SETTING = setting_key("catalogue_allow_http")
DOWNLOAD_MARK = ".download"  # in the names of files being downloaded (removed at start when QGIS was killed)
_SHA256 = re.compile(r"\b([0-9a-fA-F]{64})\b")


@dataclass(frozen=True)
class CatalogueUpdate:
    """What an update brought: where the catalogue is, its checksum and when it was retrieved."""

    path: Path
    sha256: str
    retrieved: str
    url: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def update_catalogue(
    url: str, folder: Path, feedback=None, allow_http: bool = False, limit: int = MAX_BYTES,
    deadline_s: float = DEADLINE_S,
) -> CatalogueUpdate:
    """Download, verify and swap in the catalogue at ``url``; keep the last good copy in ``folder``.

    The body streams to a temporary file beside the catalogue (at most ``limit`` bytes, within
    ``deadline_s``, cancellable through ``feedback``). The checksum comes from the same server:
    it proves the file arrived whole, not who made it.
    """
    folder = Path(folder)
    require_scheme(url, allow_http, ALLOW_HTTP_SETTING)
    require_scheme(url + ".sha256", allow_http, ALLOW_HTTP_SETTING)
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".{CURRENT}.{os.getpid()}{DOWNLOAD_MARK}"
    checksum = folder / f".{CURRENT}.{os.getpid()}.sha256{DOWNLOAD_MARK}"
    try:
        download(url + ".sha256", checksum, CHECKSUM_BYTES, deadline_s, feedback)
        match = _SHA256.search(checksum.read_bytes().decode("ascii", "replace"))
        if match is None:
            raise DataExchangeError(Path(url + ".sha256"), tr("holds no SHA-256 checksum."))
        download(url, temp, limit, deadline_s, feedback)
        digest = _sha256(temp)
        if digest != match.group(1).lower():
            raise DataExchangeError(Path(QUrl(url).path()), tr(
                "the checksum does not match ({} expected, {} received); the catalogue was not changed.").format(
                match.group(1).lower()[:12], digest[:12]))
        try:
            check_geopackage(temp)
        except DataExchangeError as error:
            raise DataExchangeError(Path(QUrl(url).path()), tr("not the plugin's catalogue: {}").format(
                error.problem)) from error
        current = folder / CURRENT
        if current.exists():  # keep the last good copy, itself swapped in whole
            backup = folder / f".{PREVIOUS}.{os.getpid()}{DOWNLOAD_MARK}"
            shutil.copy2(current, backup)
            os.replace(backup, folder / PREVIOUS)
        os.replace(temp, current)
    finally:
        for path in (temp, checksum):
            path.unlink(missing_ok=True)
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
