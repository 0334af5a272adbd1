"""The package check rejects what the plugin repository rejects (no QGIS)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from check_package import check_zip

GOOD_METADATA = """[general]
name=Smart City Cooperation Map
description=Maps cooperation.
about=Plain text about.
version=0.1.0
qgisMinimumVersion=3.22
qgisMaximumVersion=3.99
author=Developers
email=dev@example.org
tracker=https://github.com/example/plugin/issues
repository=https://github.com/example/plugin
icon=icon.svg
experimental=True
"""


def make_zip(path: Path, files: dict[str, str], mode: int = 0o644) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o100000 | mode) << 16
            archive.writestr(info, text)
    return path


def good_files(**changes: str) -> dict[str, str]:
    files = {
        "smartcity_plugin/__init__.py": "",
        "smartcity_plugin/metadata.txt": GOOD_METADATA,
        "smartcity_plugin/LICENSE": "GPL",
        "smartcity_plugin/icon.svg": "<svg/>",
    }
    files.update(changes)
    return files


def test_a_correct_zip_passes(tmp_path):
    assert check_zip(make_zip(tmp_path / "ok.zip", good_files())) == []


def test_qt6_metadata_passes(tmp_path):
    metadata = GOOD_METADATA.replace("qgisMaximumVersion=3.99", "qgisMaximumVersion=4.99") + "supportsQt6=True\n"
    assert check_zip(make_zip(tmp_path / "ok.zip", good_files(**{"smartcity_plugin/metadata.txt": metadata}))) == []


def test_our_metadata_lets_qt6_builds_and_qgis_4_install_it(repo_root):
    """QGIS 3.40/3.44 Qt6 builds refuse a plugin without supportsQt6=True; QGIS 4 needs a 4.x maximum."""
    import configparser

    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read(repo_root / "metadata.txt", encoding="utf-8")
    meta = parser["general"]
    assert meta["supportsQt6"] == "True"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert tuple(int(part) for part in meta["qgisMaximumVersion"].split(".")) >= (4, 99)


@pytest.mark.parametrize(
    "files, expected",
    [
        (good_files(**{"smartcity_plugin/x.pyc": "b"}), "compiled or executable file"),
        (good_files(**{"smartcity_plugin/__pycache__/x.py": ""}), "forbidden folder"),
        (good_files(**{"smartcity_plugin/.env": "A=1"}), "hidden file"),
        (good_files(**{"smartcity_plugin/run.sh": "echo"}), "compiled or executable file"),
        (good_files(**{"other/readme.txt": ""}), "exactly one top folder"),
        (good_files(**{"smartcity_plugin/../evil.py": ""}), "unsafe path"),
        (
            {k.replace("smartcity_plugin", "smartcity-plugin"): v for k, v in good_files().items()},
            "not a valid Python identifier",
        ),
        ({k: v for k, v in good_files().items() if not k.endswith("LICENSE")}, "LICENSE is missing"),
        (good_files(**{"smartcity_plugin/metadata.txt": GOOD_METADATA.replace("tracker=", "x=")}), "lacks tracker"),
        (good_files(**{"smartcity_plugin/metadata.txt": GOOD_METADATA + "supportsQt6=Qt6\n"}), "supportsQt6 is not a boolean"),
        (good_files(**{"smartcity_plugin/metadata.txt": GOOD_METADATA.replace("Plain text", "<b>Bold</b>")}), "HTML"),
        (good_files(**{"smartcity_plugin/metadata.txt": GOOD_METADATA.replace("https://github.com/example/plugin\n", "http://repo\n")}), "not a real URL"),
        (good_files(**{"smartcity_plugin/metadata.txt": GOOD_METADATA.replace("icon.svg", "missing.png")}), "icon missing.png"),
        (good_files(**{"smartcity_plugin/metadata.txt": GOOD_METADATA.replace("3.99", "3.10")}), "above qgisMaximumVersion"),
        (good_files(**{"smartcity_plugin/metadata.txt": GOOD_METADATA.replace("author=Developers", "author=A/B")}), "author"),
    ],
)
def test_each_rule_rejects(tmp_path, files, expected):
    problems = check_zip(make_zip(tmp_path / "bad.zip", files))
    assert any(expected in problem for problem in problems), problems


def test_executable_bit_is_rejected(tmp_path):
    problems = check_zip(make_zip(tmp_path / "x.zip", good_files(), mode=0o755))
    assert any("executable bit" in p for p in problems)


def test_metadata_must_be_utf8(tmp_path):
    path = tmp_path / "latin.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in good_files().items():
            data = text.encode("latin-1") if name.endswith("metadata.txt") else text.encode()
            archive.writestr(name, data.replace(b"Plain", "Pl\xe4in".encode("latin-1")))
    assert "metadata.txt is not UTF-8" in check_zip(path)


def test_oversized_and_broken_zips(tmp_path, monkeypatch):
    import check_package

    path = make_zip(tmp_path / "ok.zip", good_files())
    monkeypatch.setattr(check_package, "MAX_SIZE", 10)
    assert "the limit is 10" in check_zip(path)[0]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    monkeypatch.undo()
    assert "is not a zip file" in check_zip(broken)[0]
