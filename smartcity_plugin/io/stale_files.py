"""Remove what a killed QGIS left half-written: temporary imports, exports and downloads.

Every file the plugin writes goes to a hidden temporary name beside its target first
(``.<name>.importing-<pid>.gpkg``, ``.<name>.<pid>.part``, ``.<name>.partial-<pid>.pdf``,
``….<pid>.download``). When QGIS is killed mid-way, that file stays. At start the plugin
removes those whose process is gone (another QGIS may be importing right now: its files
stay). Where a process id cannot be checked (Windows) or the name carries none, only files
older than a day go.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Iterable, Optional

STALE_AFTER_S = 86_400
_TEMPORARY = re.compile(
    r"^\.(?:.+\.importing-(?P<import>\d+)\.gpkg(?:-journal|-wal|-shm)?"
    r"|.+\.(?P<part>\d+)\.part"
    r"|.+\.partial-(?P<partial>\d+)\.(?:pdf|png|svg)"
    r"|.+\.partial\.(?:pdf|png|svg)"
    r"|.+\.(?P<download>\d+)(?:\.sha256)?\.download)$"
)
_STAGING = re.compile(r"^\.partial-(?P<pid>\d+)-")  # atlas pages being written


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill would end the process on Windows: judge by age instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _stale(path: Path, pid: Optional[str]) -> bool:
    if pid is not None and not _alive(int(pid)):
        return True
    try:
        return time.time() - path.lstat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def remove_stale_files(folders: Iterable[Path]) -> list[Path]:
    """Remove the plugin's temporary files left in ``folders`` by processes that are gone; return them."""
    import shutil

    removed = []
    for folder in {Path(f) for f in folders if f}:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            match = _TEMPORARY.match(path.name)
            staging = _STAGING.match(path.name) if match is None else None
            if match is None and staging is None:
                continue
            pid = (next((v for v in match.groupdict().values() if v), None) if match else staging.group("pid"))
            if not _stale(path, pid):
                continue
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed
