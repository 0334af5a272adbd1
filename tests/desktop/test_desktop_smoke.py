"""Smoke test of the real QGIS desktop with the packaged plugin in a fresh profile.

QGIS starts under an Xvfb of its own with the zip from ``make package`` installed and
enabled by ``scripts/deploy.py``. ``inspect_qgis.py`` (``qgis --code``) writes what the
desktop shows to a JSON report, saves a screenshot and quits QGIS; ``qgis_startup.py``
(``PYQGIS_STARTUP``) records the message log as it happens and keeps Python errors from
opening a modal dialog. With SMARTCITY_UPDATE_SCREENSHOT=1 the screenshot is also copied
to docs/images/qgis-window.png, the picture in the README.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import deploy  # scripts/, on sys.path through tests/conftest.py
import pytest

from tests.bundled_counts import bundled_rows
from tests.desktop.interface_text import InterfaceText

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
INSPECT_SCRIPT = HERE / "inspect_qgis.py"
STARTUP_HOOK = HERE / "qgis_startup.py"
GRAB_SCRIPT = HERE / "grab_screen.py"
DOCS_SCREENSHOT = REPO / "docs" / "images" / "qgis-window.png"
DOCS_LAYERS_SCREENSHOT = REPO / "docs" / "images" / "cooperation-layers.png"
DOCS_DOCK_SCREENSHOT = REPO / "docs" / "images" / "cooperation-dock.png"
IMPORT_SOURCE = REPO / "tests" / "fixtures" / "iati" / "handmade-2.03.xml"

PLUGIN = "smartcity_plugin"
PROFILE = "smoke"
SCREEN_SIZE = (1600, 1000)
QGIS_TIMEOUT_S = 180
XVFB_START_TIMEOUT_S = 30
FILTER_ACTION = "SmartCityFilterProjectsAction"
DOCK_ACTION = "SmartCityDockAction"
HELP_ACTION = "SmartCityPluginHelpMenuAction"
PYTHON_ERROR_TAG = "Python error"
PLUGIN_LOG_TAG = "Smart City Cooperation"
CRITICAL = 2  # Qgis.MessageLevel.Critical, without importing QGIS here
FORCED_EXIT_CODE = 3  # inspect_qgis.py's exit when Project ▸ Exit did not end QGIS
# Environment of the test run that must not reach QGIS: pytest runs with the offscreen
# platform, and a developer's own QGIS variables would change which profile/plugins load.
SCRUBBED_ENV = (
    "QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH",
    "QGIS_GLOBAL_SETTINGS_FILE", "PYQGIS_STARTUP", "SESSION_MANAGER",
)


def smoke_locale() -> str:
    """The QGIS interface language of the run: SMARTCITY_SMOKE_LOCALE (ko, vi …), English by default."""
    return os.environ.get("SMARTCITY_SMOKE_LOCALE", "en_US")


def profile_settings() -> dict[str, Any]:
    """What a fresh profile gets so QGIS 3.22 starts without waiting for a user or the net."""
    from qgis.core import Qgis

    return {
        # The "welcome, migrate QGIS 2 settings?" dialog (main.cpp). It appears only when a
        # QGIS2.conf exists, which the private HOME rules out; these make sure anyway.
        "migration/settings": True,
        "migration/fileVersion": 2,  # "# version=2" in resources/2to3migration.txt
        "migration/firstRunVersionFlag": Qgis.QGIS_VERSION_INT,
        "qgis/checkVersion": False,  # the new-version check (also --noversioncheck)
        "app/plugin_installer/checkOnStart": False,  # no plugin repository fetch
        "core/NewsFeed/httpsfeedqgisorg/disabled": True,  # no news feed request
        # The interface language: English whatever the machine's locale, or SMARTCITY_SMOKE_LOCALE
        # (the plugin follows QGIS; the checks compare with its translations).
        "locale/overrideFlag": True,
        "locale/userLocale": smoke_locale(),
    }


def require_tool(name: str) -> str:
    """Path of ``name``; a missing tool fails (never skips) the test."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"`{name}` is not installed: run `make setup` (as root) first")
    return path


@pytest.fixture()
def xvfb_display(tmp_path: Path) -> Iterator[str]:
    """A private X server; ``-displayfd`` lets Xvfb pick a free display and say when ready."""
    read_fd, write_fd = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    width, height = SCREEN_SIZE
    server = subprocess.Popen(
        [require_tool("Xvfb"), "-displayfd", str(write_fd), "-screen", "0",
         f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    os.close(write_fd)
    try:
        number = read_display_number(read_fd, server)
        yield f":{number}"
    finally:
        os.close(read_fd)
        stop(server)
        log.close()


def read_display_number(read_fd: int, server: subprocess.Popen) -> str:
    """The display number Xvfb writes to its ``-displayfd`` once it accepts connections."""
    ready, _, _ = select.select([read_fd], [], [], XVFB_START_TIMEOUT_S)
    number = os.read(read_fd, 64).decode().strip() if ready else ""
    if not number.isdigit():
        pytest.fail(f"Xvfb did not start within {XVFB_START_TIMEOUT_S} s "
                    f"(exit code {server.poll()}); see xvfb.log in the test's tmp_path")
    return number


def stop(process: subprocess.Popen, grace_s: float = 10) -> None:
    """End ``process``'s group: SIGTERM (Xvfb then removes its lock file), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    try:
        if grace_s > 0:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=grace_s)
                return
            except subprocess.TimeoutExpired:
                pass
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:  # the group ended in the meantime
        pass
    process.wait()


def make_profile(zip_path: Path, profiles_root: Path) -> Path:
    """Install the zip as `make deploy` does, then add the start-up settings."""
    from qgis.PyQt.QtCore import QSettings

    profile_dir = profiles_root / "profiles" / PROFILE  # where --profiles-path looks
    deploy.install(zip_path, profile_dir)
    settings = QSettings(str(profile_dir / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    for key, value in profile_settings().items():
        settings.setValue(key, value)
    settings.sync()
    return profile_dir


@dataclass
class SmokePaths:
    """Files of one run, all in the test's tmp_path."""

    root: Path

    def __post_init__(self) -> None:
        self.home = self.root / "home"
        self.runtime = self.root / "runtime"
        self.profiles = self.root / "qgis-profiles"
        self.report = self.root / "report.json"
        self.log = self.root / "messages.jsonl"
        self.screenshot = self.root / "qgis-window.png"
        self.layers_screenshot = self.root / "cooperation-layers.png"
        self.dock_screenshot = self.root / "cooperation-dock.png"
        self.stdout = self.root / "qgis-output.txt"
        self.timeout_screen = self.root / "timeout-screen.png"


def qgis_environment(display: str, paths: SmokePaths) -> dict[str, str]:
    """QGIS's environment: our display, a private HOME (no user settings leak in)."""
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED_ENV}
    paths.home.mkdir()
    paths.runtime.mkdir(mode=0o700)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(paths.home),
        XDG_CONFIG_HOME=str(paths.home / ".config"),
        XDG_DATA_HOME=str(paths.home / ".local" / "share"),
        XDG_CACHE_HOME=str(paths.home / ".cache"),
        XDG_RUNTIME_DIR=str(paths.runtime),
        PYQGIS_STARTUP=str(STARTUP_HOOK),
        SMARTCITY_SMOKE_LOG=str(paths.log),
        SMARTCITY_SMOKE_REPORT=str(paths.report),
        SMARTCITY_SMOKE_SCREENSHOT=str(paths.screenshot),
        SMARTCITY_SMOKE_LAYERS_SCREENSHOT=str(paths.layers_screenshot),
        SMARTCITY_SMOKE_DOCK_SCREENSHOT=str(paths.dock_screenshot),
        SMARTCITY_SMOKE_IMPORT_SOURCE=str(IMPORT_SOURCE),
        SMARTCITY_SMOKE_IMPORT_TARGET=str(paths.root / "planner.gpkg"),
    )
    return env


def qgis_command(paths: SmokePaths) -> list[str]:
    """The desktop, as a user starts it, on the fresh profile, running the inspector."""
    return [
        require_tool("qgis"), "--profiles-path", str(paths.profiles), "--profile", PROFILE,
        "--nologo", "--noversioncheck", "--nocustomization", "--code", str(INSPECT_SCRIPT),
    ]


def run_qgis(paths: SmokePaths, env: dict[str, str]) -> int:
    """Run QGIS to its end and return its exit code; past the timeout kill it and fail."""
    with paths.stdout.open("wb") as output:
        # Its own session, so the wrapper script and qgis.bin die together; cwd outside the
        # repository, so the checkout's smartcity_plugin/ can never shadow the installed one.
        qgis = subprocess.Popen(
            qgis_command(paths), env=env, cwd=paths.root, stdout=output,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            return qgis.wait(timeout=QGIS_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            grab_screen(env, paths.timeout_screen)  # what blocked it, before it goes
            stop(qgis, grace_s=0)
    pytest.fail(
        f"QGIS did not quit within {QGIS_TIMEOUT_S} s (a dialog waiting for a user?); "
        f"the screen at that moment: {paths.timeout_screen}\n"
        f"--- message log ---\n{tail(log_text(read_log(paths.log)))}\n"
        f"--- QGIS output ---\n{tail(read_text(paths.stdout))}"
    )


def grab_screen(env: dict[str, str], out: Path) -> None:
    """Save the Xvfb screen (best effort: only a diagnostic for the failure message)."""
    try:
        subprocess.run([sys.executable, str(GRAB_SCRIPT), str(out)], env=env, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        pass


def read_text(path: Path) -> str:
    """The file's text, or "" when it was never written."""
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def tail(text: str, lines: int = 40) -> str:
    """The last ``lines`` lines: enough for a failure message."""
    return "\n".join(text.splitlines()[-lines:])


def read_log(path: Path) -> list[dict[str, Any]]:
    """Message-log entries recorded by qgis_startup.py, in order."""
    return [json.loads(line) for line in read_text(path).splitlines() if line.strip()]


def log_text(entries: list[dict[str, Any]]) -> str:
    """Log entries as readable lines, tag and level first."""
    return "\n".join(f"[{e['tag']}/{e['level']}] {e['message']}" for e in entries)


def plugin_problems(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Python errors that involve the plugin, and its own critical messages."""
    return [
        entry for entry in entries
        if (entry["tag"] == PYTHON_ERROR_TAG and PLUGIN in entry["message"])
        or (entry["tag"] == PLUGIN_LOG_TAG and entry["level"] == CRITICAL)  # Success is 3
    ]


def assert_screenshot(path: Path) -> None:
    """A PNG of the whole screen that shows something (not a black or blank frame)."""
    from qgis.PyQt.QtGui import QImage

    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    image = QImage(str(path))
    assert (image.width(), image.height()) == SCREEN_SIZE
    step = 8  # a sample is plenty to tell a real window from a blank screen
    colours = {image.pixel(x, y) for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)}
    assert len(colours) > 50, f"the screenshot has only {len(colours)} colours: blank?"


def update_docs_screenshot(screenshot: Path, target: Path = DOCS_SCREENSHOT) -> None:
    """Refresh a README picture when asked to (SMARTCITY_UPDATE_SCREENSHOT=1); another language's
    picture gets its own name (cooperation-dock-ko.png), the English ones stay."""
    if os.environ.get("SMARTCITY_UPDATE_SCREENSHOT") == "1":
        language = smoke_locale()[:2]
        if language != "en":
            target = target.with_name(f"{target.stem}-{language}{target.suffix}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(screenshot, target)


def load_report(paths: SmokePaths, returncode: int) -> dict[str, Any]:
    """The inspector's report; its absence means QGIS never got as far as running it."""
    if not paths.report.exists():
        pytest.fail(
            f"QGIS exited ({returncode}) without writing {paths.report.name}\n"
            f"--- message log ---\n{tail(log_text(read_log(paths.log)))}\n"
            f"--- QGIS output ---\n{tail(read_text(paths.stdout))}"
        )
    return json.loads(paths.report.read_text(encoding="utf-8"))


@pytest.mark.desktop
def test_packaged_plugin_in_real_desktop(
    built_package: Path, xvfb_display: str, tmp_path: Path
) -> None:
    """Installed from the zip into a fresh profile, the plugin shows up in real QGIS."""
    paths = SmokePaths(tmp_path)
    text = InterfaceText(smoke_locale())  # the plugin's strings as this run's QGIS shows them
    profile_dir = make_profile(built_package, paths.profiles)
    returncode = run_qgis(paths, qgis_environment(xvfb_display, paths))
    report = load_report(paths, returncode)
    log = read_log(paths.log)
    details = f"{json.dumps(report, indent=2)}\n--- message log ---\n{tail(log_text(log))}"

    # First what explains most failures: the plugin's own Python errors.
    problems = plugin_problems(log)
    assert not problems, f"errors from the plugin in QGIS:\n{log_text(problems)}"
    assert report["errors"] == [] and report["initialization_completed"], details
    # Loaded, started, and from the installed zip, not from the checkout.
    plugin = report["plugin"]
    assert plugin["in_plugins"] and plugin["active"], details
    installed = profile_dir / "python" / "plugins" / PLUGIN
    assert Path(plugin["module_file"]).parent == installed, details
    # The menu, before Help as users expect it, and the toolbar, both with the filter.
    titles, menu_title, help_title = report["menu_bar_titles"], text("Smart City Cooperation"), report["help_menu_title"]
    assert menu_title in titles and help_title in titles, details
    assert titles.index(menu_title) < titles.index(help_title), details
    menu = report["plugin_menu"]
    assert menu["found"] and menu["in_menu_bar"] and FILTER_ACTION in menu["actions"], details
    toolbar = report["toolbar"]
    assert toolbar["found"] and toolbar["visible"], details
    assert DOCK_ACTION in toolbar["actions"], details
    # Help ▸ Plugins entry and the Processing provider.
    assert HELP_ACTION in [e["object_name"] for e in report["help_plugins_menu"]], details
    assert report["provider"]["found"], details
    assert "smartcity:filterprojects" in report["provider"]["algorithms"], details
    # Nothing waited for a click, and Project ▸ Exit (which unloads plugins) went cleanly.
    assert report["other_windows"] == [], details
    forced = " (Project ▸ Exit was blocked)" if returncode == FORCED_EXIT_CODE else ""
    assert returncode == 0, f"QGIS exit code {returncode}{forced}\n{tail(read_text(paths.stdout))}"

    assert report["screenshot"]["saved"], details
    assert_screenshot(paths.screenshot)
    update_docs_screenshot(paths.screenshot)

    # One click on "Add cooperation layers": the styled group, zoomed to ASEAN, announced.
    layers = report["layers"]
    assert report["add_layers_action_found"] and layers["group_found"], details
    assert [layer["name"] for layer in layers["layers"]] == [text(name) for name in (  # no city hides a project
        "Cooperation projects", "ASCN cities", "National and regional programmes", "Flood-warning coverage",
        "Countries (Natural Earth)",
    )], details
    assert all(layer["features"] > 0 and layer["visible"] for layer in layers["layers"]), details
    west, south, east, north = layers["canvas_extent"]
    assert layers["canvas_crs"] == "EPSG:4326" and west < 100 < 120 < east and south < 0 < 20 < north, details
    assert east - west < 75 and north - south < 55, details  # framed on ASEAN, not on Asia
    added = "{} projects in {} ASCN cities, with flood-warning coverage."
    assert any(text.shown_in(message, added) for message in layers["messages"]), details
    assert report["layers_screenshot"]["saved"], details
    assert_screenshot(paths.layers_screenshot)
    update_docs_screenshot(paths.layers_screenshot, DOCS_LAYERS_SCREENSHOT)

    # The dock answers "which Water projects do Korea and the US fund in the Mekong since 2019?"
    dock = report["dock"]
    assert report["dock_found"] and dock["visible"], details
    assert dock["rows"] == dock["projects_shown"] > 0, details
    assert text.shown_in(dock["summary"], "<b>{} projects</b> in <b>{} ASCN cities</b>", dock["rows"]), details
    assert text.shown_in(dock["summary"], "Published amounts: {}"), details
    assert report["dock_screenshot"]["saved"], details
    assert_screenshot(paths.dock_screenshot)
    update_docs_screenshot(paths.dock_screenshot, DOCS_DOCK_SCREENSHOT)

    # Menu ▸ Import projects…, a file, Import: the background task adds 7 projects to a new
    # GeoPackage, the message bar says so, the problems go on the map, the plugin shows the file.
    imported = report["import"]
    assert report["import_dialog_visible"] and imported["finished"], details
    read = ("{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, "
            "{} placed at their recipient country, {} without location.")
    assert any(text.shown_in(message, read, IMPORT_SOURCE.name, 9, "planner.gpkg", 7)
               for message in imported["messages"]), details
    assert text("Import problems: {}").format(IMPORT_SOURCE.name) in imported["layers"], details
    assert "planner.gpkg" in imported["layers"][text("Cooperation projects")], details  # the dock's filter stays on

    # The whole session (layers, dock, import, exit) left the installed data as the zip has it, nothing beside it.
    data = installed / "resources" / "data" / "cooperation.gpkg"
    with zipfile.ZipFile(built_package) as archive:
        assert data.read_bytes() == archive.read(f"{PLUGIN}/resources/data/cooperation.gpkg"), "the bundled data changed"
    assert sorted(p.name for p in data.parent.iterdir() if p.name.startswith(data.name)) == [data.name]
    with sqlite3.connect(paths.root / "planner.gpkg") as connection:
        # the bundled projects, copied into the new file, and the 7 imported
        assert connection.execute("SELECT count(*) FROM projects").fetchone() == (bundled_rows("projects") + 7,), details
