"""Which GeoPackage the plugin reads: switch it, and refresh the layers that show it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsProject, QgsTask

from smartcity_plugin.io.catalogue import ALLOW_HTTP_SETTING, CURRENT, CatalogueUpdate, update_catalogue
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.store import check_geopackage
from smartcity_plugin.layers.data_sources import catalogue_folder, source_holder
from smartcity_plugin.layers.group import reopen_cooperation_layers
from smartcity_plugin.layers.source_follow import source_follower
from smartcity_plugin.layers.sources import (
    DataUnavailableError,
    active_data_path,
    forget_cached_tables,
)
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log
from smartcity_plugin.toolbelt.paths import bundled_data_path
from smartcity_plugin.toolbelt.settings import get_setting, setting_key


def set_data_source(path: Optional[Path]) -> None:
    """Make ``path`` the plugin's data (None: the bundled data); refuse a file that is not the plugin's."""
    if path is not None and Path(path).resolve() != bundled_data_path().resolve():
        check_geopackage(Path(path))
    source_follower()  # the layer group and the dock follow the switch
    source_holder().use_geopackage(path)  # a GeoPackage chosen: the team registry is no longer shown


def refresh_group(project: Optional[QgsProject] = None) -> bool:
    """Re-open the group's data layers from the data shown, restyled (new donors get their legend).

    Returns False when the project has no cooperation group (nothing to refresh).
    """
    forget_cached_tables()  # the registry's sectors may have been published again
    return reopen_cooperation_layers(project)


def reload_layers_from(path: Path, project: Optional[QgsProject] = None) -> None:
    """Make layers that read ``path`` see its new content (an import replaced the file)."""
    project = project or QgsProject.instance()
    wanted = str(Path(path).resolve())
    for layer in project.mapLayers().values():
        source = layer.source().split("|", 1)[0]
        if source and Path(source).resolve() == Path(wanted) and layer.dataProvider() is not None:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()


def switch_data_source(iface, path: Optional[Path]) -> bool:
    """Switch, refresh the map and say so in the message bar; False (and a message) when refused."""
    try:
        set_data_source(path)
    except (DataExchangeError, DataUnavailableError) as error:
        log(str(error), Qgis.MessageLevel.Critical, push=True, iface=iface)
        return False
    if path is None:
        message = tr("The plugin now shows the bundled data.")
    else:
        message = tr("The plugin now shows {}.").format(active_data_path())
    log(message, Qgis.MessageLevel.Success, push=True, iface=iface)
    return True


CATALOGUE_URL_KEY = setting_key("catalogue_url")


CATALOGUE_HTTP_KEY = ALLOW_HTTP_SETTING  # true: the planner accepts a plain-http catalogue address
_RUNNING: set = set()  # tasks in flight, kept alive until QGIS reports them finished


class CatalogueTask(QgsTask):
    """Download and check the catalogue in the background; the task bar shows it and can cancel it."""

    def __init__(self, url: str, folder: Path, allow_http: bool, done: Callable[[CatalogueTask], None]) -> None:
        super().__init__(tr("Updating the catalogue from {}").format(url), QgsTask.Flag.CanCancel)
        self.url, self.folder, self.allow_http, self.done = url, folder, allow_http, done
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.update: Optional[CatalogueUpdate] = None
        self.error = ""

    def run(self) -> bool:  # noqa: D102 (worker thread)
        try:
            self.update = update_catalogue(self.url, self.folder, self.feedback, self.allow_http)
        except DataExchangeError as error:
            self.error = str(error)
            return False
        except Exception as error:  # noqa: BLE001 — a task must end with a message, never a traceback
            self.error = tr("{}: the catalogue update failed ({}).").format(self.url, error)
            return False
        return True

    def cancel(self) -> None:  # noqa: D102
        self.feedback.cancel()
        super().cancel()

    def finished(self, ok: bool) -> None:  # noqa: D102 (main thread)
        _RUNNING.discard(self)
        self.done(self)


def update_catalogue_from_settings(iface, switched: Optional[Callable[[], None]] = None) -> Optional[QgsTask]:
    """Start downloading the catalogue named in the settings; show it when done (if the bundled data was shown).

    Returns the task (None when no address is set). ``switched`` runs once the plugin shows the new catalogue.
    """
    url = get_setting("catalogue_url").strip()
    if not url:
        log(tr("No catalogue address is set: enter it as {} in Settings ▸ Options ▸ Advanced. The plugin goes on "
               "with the data it has.").format(CATALOGUE_URL_KEY), Qgis.MessageLevel.Warning, push=True, iface=iface)
        return None
    showing_shipped = active_data_path() in (bundled_data_path(), catalogue_folder() / CURRENT)

    def done(task: CatalogueTask) -> None:
        if task.update is None:
            message = task.error or tr("{}: the catalogue update was cancelled; nothing was changed.").format(url)
            log(message, Qgis.MessageLevel.Warning, push=True, iface=iface)
            return
        log(tr("Catalogue updated from {} (retrieved {}).").format(url, task.update.retrieved),
            Qgis.MessageLevel.Success, push=True, iface=iface)
        if showing_shipped and switch_data_source(iface, task.update.path) and switched is not None:
            switched()

    allow_http = get_setting("catalogue_allow_http")
    task = CatalogueTask(url, catalogue_folder(), allow_http, done)
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def cancel_catalogue_updates() -> None:
    """Stop downloads in flight (the plugin is unloading)."""
    for task in list(_RUNNING):
        task.cancel()


def ask_for_geopackage(parent) -> Optional[Path]:
    """A file dialog for the planner's GeoPackage; None when cancelled."""
    from qgis.PyQt.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, tr("Use my GeoPackage"), str(active_data_path().parent),
                                          tr("GeoPackage (*.gpkg)"))
    return Path(path) if path else None
