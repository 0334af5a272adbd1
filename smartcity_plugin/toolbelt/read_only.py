"""Files the plugin only ever reads: its bundled GeoPackage and QGIS's own data (the world map).

They belong to the installation and do not change while QGIS runs; nothing may write to them
or beside them (a system-wide install is read-only, and a changed byte breaks the package's
checksum). QGIS 3.28+ opens an OGR layer read-only when asked (``forceReadOnly``). QGIS 3.22
cannot: it opens every GeoPackage for update and switches it to WAL, so the file's bytes
change and ``-wal``/``-shm`` files appear beside it. There layers read a copy in the QGIS
profile instead, renewed when the shipped file changes. The plugin's own SQLite readings
open shipped files immutable: no lock, no journal, nothing written.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from smartcity_plugin.toolbelt import paths

if TYPE_CHECKING:  # QGIS loads with the first layer, not with this module (scripts use it too)
    from qgis.core import QgsVectorLayer

COPIES_FOLDER = ("smartcity_plugin", "read_only_copies")  # below the QGIS profile folder
NO_WAL_OPTION = "option:NOLOCK=ON"  # a GDAL open option; with it QGIS leaves the journal mode alone


def _shipped_roots() -> list[Path]:
    roots = [paths.plugin_root()]
    try:
        from qgis.core import QgsApplication
    except ImportError:  # scripts and unit tests run without QGIS
        return roots
    if QgsApplication.pkgDataPath():
        roots.append(Path(QgsApplication.pkgDataPath()))
    return roots


def is_shipped(path: Path) -> bool:
    """True for a file of the plugin's installation or of QGIS's: never written."""
    resolved = Path(path).resolve()
    for root in _shipped_roots():
        try:
            resolved.relative_to(root.resolve())
        except ValueError:
            continue
        return True
    return False


def sqlite_uri(path: Path) -> str:
    """A URI for ``sqlite3.connect(uri, uri=True)`` that reads ``path`` and writes nothing.

    Read-only always; immutable (no locks, no journal looked for or made) for a shipped file
    that is self-contained (no write-ahead log beside it, as the build makes it).
    """
    path = Path(path).resolve()
    flags = "mode=ro"
    if is_shipped(path) and not Path(f"{path}-wal").exists():
        flags += "&immutable=1"
    return f"{path.as_uri()}?{flags}"


def qgis_opens_read_only() -> bool:
    """Can QGIS open an OGR layer without opening its file for update (QGIS 3.28+)?"""
    from qgis.core import QgsVectorLayer

    return hasattr(QgsVectorLayer.LayerOptions(), "forceReadOnly")


def copies_folder() -> Path:
    """Where the copies of shipped files live: the QGIS profile, never the plugin folder."""
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()).joinpath(*COPIES_FOLDER)


def readable_copy(path: Path) -> Path:
    """A copy of the shipped GeoPackage ``path`` that QGIS may open as it likes.

    One per installation of the file, under a name that stays when the plugin is upgraded
    (a saved project's layers keep finding it) and made again when the file's content
    changes: written beside it, then renamed over it, so a QGIS still reading the earlier
    version keeps reading a whole file.
    """
    path = Path(path).resolve()
    stat = path.stat()
    digest = _content_digest(str(path), stat.st_size, stat.st_mtime_ns, stat.st_ino)
    folder = copies_folder() / hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:12]
    copy, stamp = folder / path.name, folder / f".{path.name}.source"
    if copy.is_file() and _read_text(stamp) == digest:
        return copy
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{copy.name}.{os.getpid()}.part"
    _sqlite_copy(path, partial)
    try:
        for suffix in ("-journal", "-wal", "-shm"):  # never rolled into the new version
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        os.replace(partial, copy)
    except OSError:  # open elsewhere (Windows): this version gets a name of its own
        copy = folder / f"{path.stem}-{digest}{path.suffix}"
        if not copy.is_file():
            os.replace(partial, copy)
        return copy
    finally:
        partial.unlink(missing_ok=True)
    _write_text(stamp, digest)
    return copy


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _write_text(path: Path, text: str) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


@lru_cache(maxsize=8)
def _content_digest(path: str, size: int, modified_ns: int, inode: int) -> str:
    hasher = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()[:16]


def _sqlite_copy(source: Path, target: Path) -> None:
    """Copy through SQLite: consistent, and the copy is a file of its own in rollback-journal mode."""
    target.unlink(missing_ok=True)
    reader = sqlite3.connect(sqlite_uri(source), uri=True)
    try:
        writer = sqlite3.connect(str(target))
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def layer_uri(uri: str) -> Optional[str]:
    """``uri`` (an OGR source) pointing at the readable copy when it reads a shipped file; None otherwise."""
    path, _, rest = uri.partition("|")
    if not path or not Path(path).is_file() or not is_shipped(Path(path)):
        return None
    # NOLOCK keeps QGIS 3.22 from switching the copy to WAL: its read-only handles (NOLOCK
    # too) could not read a WAL file beside the update one ("unable to open database file").
    # Right after the path: a subset string, last, may hold "|" itself.
    return "|".join([str(readable_copy(Path(path))), NO_WAL_OPTION, *filter(None, [rest])])


def ogr_layer(uri: str, name: str) -> QgsVectorLayer:
    """A QgsVectorLayer of the OGR source ``uri`` that never writes to a shipped file (check isValid())."""
    from qgis.core import QgsVectorLayer

    options = QgsVectorLayer.LayerOptions()
    if hasattr(options, "forceReadOnly"):  # QGIS 3.28+: the provider never opens for update
        options.forceReadOnly = True
        return QgsVectorLayer(uri, name, "ogr", options)
    return QgsVectorLayer(layer_uri(uri) or uri, name, "ogr", options)
