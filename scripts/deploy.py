"""Install the packaged plugin into a QGIS profile and enable it there.

The user's other plugins and settings stay as they are; an existing copy of this plugin
is replaced only after the new one has been unpacked completely.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

PLUGIN = "smartcity_plugin"
DEFAULT_PROFILES = Path.home() / ".local/share/QGIS/QGIS3/profiles"


def install(zip_path: Path, profile_dir: Path) -> Path:
    """Unpack ``zip_path`` into ``profile_dir``'s plugins and enable it; return the plugin folder."""
    plugins = profile_dir / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=plugins) as tmp:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(tmp)
        target = plugins / PLUGIN
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(Path(tmp) / PLUGIN), str(target))
    enable(profile_dir)
    return target


def enable(profile_dir: Path) -> None:
    """Mark the plugin as enabled in the profile's QGIS3.ini, keeping every other setting.

    QSettings writes the file, so QGIS's own INI format survives untouched.
    """
    from qgis.PyQt.QtCore import QSettings

    ini = profile_dir / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(f"PythonPlugins/{PLUGIN}", True)
    settings.sync()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zip", type=Path)
    parser.add_argument("--profiles-path", type=Path, default=DEFAULT_PROFILES)
    parser.add_argument("--profile", default="default")
    args = parser.parse_args()
    profile_dir = args.profiles_path.expanduser().resolve()
    if profile_dir.name != "profiles":
        profile_dir = profile_dir / "profiles"
    target = install(args.zip, profile_dir / args.profile)
    print(f"deploy: installed and enabled {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
