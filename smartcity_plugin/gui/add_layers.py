"""The "Add cooperation layers" action: one click, the styled landscape on the map."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject

from smartcity_plugin.io.errors import DataUnavailableError
from smartcity_plugin.layers.group import GROUP_NAME, add_cooperation_layers, asean_extent
from smartcity_plugin.layers.reading import count_features
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log


def add_layers_to_map(iface) -> bool:
    """Add or restore the group, zoom to ASEAN the first time, report in the message bar."""
    project = QgsProject.instance()
    try:
        result = add_cooperation_layers(project)
    except (DataUnavailableError, FileNotFoundError, RuntimeError) as error:
        log(str(error), Qgis.MessageLevel.Critical, push=True, title=tr("Cooperation layers"), iface=iface)
        return False
    canvas = iface.mapCanvas()
    if result.created_group:
        # On a project's first layers QGIS's layer-tree bridge zooms to their full extent,
        # later, from its own timer; let it do that now so ours is the zoom that stays.
        bridge = getattr(iface, "layerTreeCanvasBridge", None)
        if bridge is not None:
            bridge().setCanvasLayers()
        canvas.setExtent(asean_extent(canvas.mapSettings().destinationCrs(), project))
        canvas.refresh()
    if result.added:
        projects = result.layers["projects"]
        message = tr("{} projects in {} ASCN cities, with flood-warning coverage.").format(
            count_features(projects), count_features(result.layers["cities"])
        )
        level = Qgis.MessageLevel.Success
    else:
        message = tr("The group “{}” is complete; nothing was added.").format(GROUP_NAME)
        level = Qgis.MessageLevel.Info
    log(message, level, push=True, title=tr("Cooperation layers"), iface=iface)
    return True
