"""The plugin's entry in Settings ▸ Options; the page itself is built (and imported) only when opened.

Kept out of ``gui`` so that starting the plugin imports no widget module (see bench/start_probe).
"""

from __future__ import annotations

from qgis.gui import QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon

from smartcity_plugin.toolbelt.i18n import tr


class SmartCityOptionsFactory(QgsOptionsWidgetFactory):
    """Registered by initGui, unregistered by unload."""

    def __init__(self, icon: QIcon) -> None:
        super().__init__(tr("Smart City Cooperation"), icon)

    def createWidget(self, parent=None):  # noqa: N802 (QGIS API)
        """A new page each time the Options dialog opens."""
        from smartcity_plugin.gui.options_page import SmartCityOptionsPage

        return SmartCityOptionsPage(parent)
