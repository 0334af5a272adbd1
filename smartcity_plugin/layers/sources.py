"""Open the bundled cooperation data read-only."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from smartcity_plugin.toolbelt.paths import bundled_data_path


class BundledDataMissingError(FileNotFoundError):
    """The cooperation GeoPackage is not where the plugin expects it."""


def bundled_layer_uri(layer_name: str) -> str:
    """OGR data source URI of one layer of the bundled GeoPackage."""
    return f"{bundled_data_path()}|layername={layer_name}"


def open_bundled_layer(layer_name: str, display_name: str = "") -> QgsVectorLayer:
    """Open a bundled layer read-only, so nobody edits the shipped data by accident."""
    path = bundled_data_path()
    if not path.is_file():
        raise BundledDataMissingError(
            f"The bundled data {path} is missing; reinstall the plugin "
            "(in a checkout, run `make data`)."
        )
    options = QgsVectorLayer.LayerOptions()
    options.forceReadOnly = True
    layer = QgsVectorLayer(bundled_layer_uri(layer_name), display_name or layer_name, "ogr", options)
    if not layer.isValid():
        raise BundledDataMissingError(f"{path} has no readable layer '{layer_name}'.")
    return layer
