"""The plugin's entry in Settings ▸ Options: registered at start, its page built when opened.

The factory lives here, not in ``gui``, so that starting the plugin loads no dialog code
(the page and its widgets are imported only when the Options dialog asks for them).
"""

from __future__ import annotations

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon

from smartcity_plugin.toolbelt.i18n import tr


class SmartCityOptionsFactory(QgsOptionsWidgetFactory):
    """Registered by initGui, unregistered by unload."""

    def __init__(self, icon: QIcon) -> None:
        super().__init__(tr("Smart City Cooperation"), icon)

    def createWidget(self, parent=None) -> QgsOptionsPageWidget:  # noqa: N802 (QGIS API)
        """A new page each time the Options dialog opens."""
        from smartcity_plugin.gui.options_page import SmartCityOptionsPage

        return SmartCityOptionsPage(parent)
