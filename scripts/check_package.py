"""Check a plugin zip against the official QGIS plugin repository's upload rules.

The rules follow qgis/QGIS-Plugins-Website ``qgis-app/plugins/validator.py`` and its file
analysis (see shared/reference/qgis-plugin-conventions.md §3). Prints every problem and
exits 1 when there is one.
"""

from __future__ import annotations

import configparser
import re
import sys
import zipfile
from pathlib import Path, PurePosixPath

MAX_SIZE = 25_000_000
REQUIRED_KEYS = (
    "name", "description", "version", "qgisMinimumVersion",
    "author", "email", "about", "tracker", "repository",
)
URL_KEYS = ("tracker", "repository", "homepage")
TEMPLATE_URLS = {"http://bugs", "http://repo", "http://homepage"}
# supportsQt6: the repository only warns that QGIS 4 ignores it, while the plugin manager of
# QGIS 3.x Qt6 builds (3.40, 3.44) refuses a plugin without it; so it must be a real boolean.
BOOLEAN_KEYS = ("experimental", "deprecated", "server", "supportsQt6")
BOOLEAN_VALUES = {"true", "false", "yes", "no", "1", "0"}
ALLOWED_HIDDEN = {".gitignore", ".gitattributes", ".bandit", ".secrets.baseline", ".flake8"}
FORBIDDEN_SUFFIXES = {
    ".pyc", ".pyo", ".pyd", ".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd",
}
FORBIDDEN_DIRS = {"__MACOSX", ".git", "__pycache__"}
FOLDER_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9\-_]+$")
ICON_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg"}


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def _check_names(names: list[str], infos: list[zipfile.ZipInfo]) -> list[str]:
    problems = []
    for name in names:
        path = PurePosixPath(name)
        if name.startswith("/") or ".." in path.parts or "\\" in name or re.match(r"^[A-Za-z]:", name):
            problems.append(f"unsafe path in the zip: {name}")
        if set(path.parts) & FORBIDDEN_DIRS:
            problems.append(f"forbidden folder in the zip: {name}")
        if path.suffix.lower() in FORBIDDEN_SUFFIXES:
            problems.append(f"compiled or executable file in the zip: {name}")
        hidden = [part for part in path.parts if part.startswith(".")]
        if hidden and path.name not in ALLOWED_HIDDEN:
            problems.append(f"hidden file in the zip: {name}")
    for info in infos:
        if (info.external_attr >> 16) & 0o111 and not info.is_dir():
            problems.append(f"executable bit set: {info.filename}")
    return problems


def _check_metadata(text: str, names: set[str], folder: str) -> list[str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read_string(text)
    except configparser.Error as error:
        return [f"metadata.txt cannot be parsed: {error}"]
    if not parser.has_section("general"):
        return ["metadata.txt has no [general] section"]
    meta = parser["general"]
    problems = [f"metadata.txt lacks {key}" for key in REQUIRED_KEYS if not meta.get(key, "").strip()]
    if "/" in meta.get("author", ""):
        problems.append("metadata author may not contain '/'")
    for key in URL_KEYS:
        value = meta.get(key, "").strip()
        is_url = re.match(r"^https?://[^/\s]+\.[^/\s]+", value)
        if value and (not is_url or value.rstrip("/") in TEMPLATE_URLS):
            problems.append(f"metadata {key} is not a real URL: {value}")
    if re.search(r"<[a-zA-Z/][^>]*>", meta.get("about", "")):
        problems.append("metadata about contains HTML")
    for key in BOOLEAN_KEYS:
        if key in meta and meta[key].strip().lower() not in BOOLEAN_VALUES:
            problems.append(f"metadata {key} is not a boolean: {meta[key]}")
    if not re.match(r"^\d+\.\d+(\.\d+)?([-.].+)?$", meta.get("version", "")):
        problems.append(f"metadata version is not a version number: {meta.get('version')}")
    minimum, maximum = meta.get("qgisMinimumVersion", ""), meta.get("qgisMaximumVersion", "")
    if minimum and maximum and _version(minimum) > _version(maximum):
        problems.append(f"qgisMinimumVersion {minimum} is above qgisMaximumVersion {maximum}")
    icon = meta.get("icon", "").strip()
    if icon:
        if f"{folder}/{icon}" not in names:
            problems.append(f"the icon {icon} named in metadata is not in the zip")
        elif PurePosixPath(icon).suffix.lower() not in ICON_SUFFIXES:
            problems.append(f"the icon {icon} is not PNG, JPEG or SVG")
    return problems


def check_zip(path: Path) -> list[str]:
    """Every rule the plugin repository would reject ``path`` for (empty when fine)."""
    path = Path(path)
    if path.stat().st_size > MAX_SIZE:
        return [f"{path.name} is {path.stat().st_size:,} bytes; the limit is {MAX_SIZE:,}"]
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        return [f"{path.name} is not a zip file: {error}"]
    with archive:
        bad = archive.testzip()
        if bad is not None:
            return [f"CRC check failed for {bad}"]
        infos = archive.infolist()
        names = [info.filename for info in infos]
        problems = _check_names(names, infos)
        tops = {PurePosixPath(name).parts[0] for name in names if name.strip("/")}
        if len(tops) != 1:
            return problems + [f"the zip must hold exactly one top folder, found: {sorted(tops)}"]
        folder = tops.pop()
        if not FOLDER_PATTERN.match(folder) or not folder.isidentifier():
            problems.append(f"the top folder {folder!r} is not a valid Python identifier")
        required_files = ["__init__.py", "metadata.txt", "LICENSE"]
        if any(name.endswith(".gpkg") for name in names):
            required_files.append("LICENSE-data")  # data ship with their own terms (CC BY 4.0, Natural Earth)
        for required in required_files:
            if f"{folder}/{required}" not in names:
                problems.append(f"{folder}/{required} is missing")
        if f"{folder}/metadata.txt" in names:
            raw = archive.read(f"{folder}/metadata.txt")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                problems.append("metadata.txt is not UTF-8")
            else:
                problems.extend(_check_metadata(text, set(names), folder))
    return problems


def main() -> int:
    zip_path = Path(sys.argv[1])
    problems = check_zip(zip_path)
    for problem in problems:
        print(f"package check: {problem}", file=sys.stderr)
    if problems:
        print(f"package check: {zip_path} FAILS ({len(problems)} problems)", file=sys.stderr)
        return 1
    print(f"package check: {zip_path} passes the plugin repository's rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
