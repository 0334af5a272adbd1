"""Assemble dist/smartcity_plugin-<version>.zip, the layout the QGIS plugin repository expects.

One top folder ``smartcity_plugin/`` holding the code, ``metadata.txt`` (its changelog taken
from CHANGELOG.md), ``LICENSE``, ``LICENSE-data`` (the bundled data's terms), ``resources/``
(without the data sources) and compiled
translations. Entries are sorted and time-stamped alike, so the same tree gives the same
bytes; the zip is written beside the target and renamed, so a failed run leaves nothing.
"""

from __future__ import annotations

import argparse
import configparser
import io
import os
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "smartcity_plugin"
FIXED_DATE = (2020, 1, 1, 0, 0, 0)
CHANGELOG_ENTRIES = 3
EXCLUDED_DIRS = {"__pycache__", ".git", "sources"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro", "-wal", "-shm", "-journal"}  # SQLite's files beside a database


def changelog_text(changelog: Path, entries: int = CHANGELOG_ENTRIES) -> str:
    """The newest ``entries`` sections of CHANGELOG.md, as metadata's changelog value."""
    sections = re.split(r"^## ", changelog.read_text(encoding="utf-8"), flags=re.M)[1:]
    lines = []
    for section in sections[:entries]:
        heading, _, body = section.partition("\n")
        lines.append(heading.strip())
        lines.extend(" " + line.strip() for line in body.splitlines() if line.strip())
    return "\n".join(lines)


def packaged_metadata(metadata: Path, changelog: Path) -> str:
    """metadata.txt with its changelog replaced by the CHANGELOG.md entries."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep qgisMinimumVersion's spelling
    parser.read(metadata, encoding="utf-8")
    parser["general"]["changelog"] = changelog_text(changelog)
    out = io.StringIO()
    parser.write(out, space_around_delimiters=False)
    return out.getvalue()


def _shipped(path: Path) -> bool:
    parts = set(path.parts)
    if parts & EXCLUDED_DIRS or any(part.startswith(".") for part in path.parts):
        return False
    return not any(path.name.endswith(suffix) for suffix in EXCLUDED_SUFFIXES)


def package_files(root: Path = ROOT) -> dict[str, Path]:
    """Archive name → file on disk, for everything that ships."""
    files: dict[str, Path] = {}
    for folder, prefix in ((root / PACKAGE, ""), (root / "resources", "resources/")):
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_file() and _shipped(relative):
                files[f"{PACKAGE}/{prefix}{relative.as_posix()}"] = path
    for path in sorted((root / "i18n").glob("*.qm")):
        files[f"{PACKAGE}/i18n/{path.name}"] = path
    files[f"{PACKAGE}/LICENSE"] = root / "LICENSE"
    files[f"{PACKAGE}/LICENSE-data"] = root / "LICENSE-data"  # the data's own terms (CC BY 4.0, Natural Earth)
    return dict(sorted(files.items()))


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.external_attr = 0o100644 << 16  # a regular file, no executable bit
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build(out: Path, root: Path = ROOT) -> Path:
    """Write the plugin zip to ``out`` and return it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    metadata = packaged_metadata(root / "metadata.txt", root / "CHANGELOG.md")
    with zipfile.ZipFile(partial, "w") as archive:
        archive.writestr(_entry(f"{PACKAGE}/metadata.txt"), metadata.encode("utf-8"))
        for name, path in package_files(root).items():
            archive.writestr(_entry(name), path.read_bytes())
    os.replace(partial, out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="zip to write")
    args = parser.parse_args()
    if not (ROOT / "resources" / "data" / "cooperation.gpkg").is_file():
        print("package: resources/data/cooperation.gpkg is missing; run `make data`", file=sys.stderr)
        return 1
    zip_path = build(args.out)
    print(f"package: wrote {zip_path} ({zip_path.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
