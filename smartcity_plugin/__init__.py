"""Smart City Cooperation Map: QGIS entry point."""


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    """Return the plugin instance; the import stays here so loading QGIS stays cheap."""
    from smartcity_plugin.plugin import SmartCityPlugin

    return SmartCityPlugin(iface)
