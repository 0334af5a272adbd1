"""The one place that decides where the plugin's files are.

Installed from the zip, ``metadata.txt``, ``resources/`` and ``i18n/`` sit inside the
package folder. In a repository checkout they sit one level up, beside the package.
Everything else asks this module, so both layouts behave the same.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def plugin_root() -> Path:
    """Folder that holds ``metadata.txt``, ``resources/`` and ``i18n/``."""
    if (PACKAGE_DIR / "metadata.txt").is_file():
        return PACKAGE_DIR
    return PACKAGE_DIR.parent


def metadata_path() -> Path:
    """Path of the plugin's ``metadata.txt``."""
    return plugin_root() / "metadata.txt"


def resources_path(*parts: str) -> Path:
    """Path below ``resources/``, for example ``resources_path("icons", "smartcity.svg")``."""
    return plugin_root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    """Path below ``i18n/`` (compiled ``.qm`` translations)."""
    return plugin_root().joinpath("i18n", *parts)


def bundled_data_path() -> Path:
    """The bundled, read-only cooperation GeoPackage."""
    return resources_path("data", "cooperation.gpkg")


def world_map_uri(layer_name: str = "countries") -> str:
    """Natural Earth data that QGIS itself ships (public domain), no copy needed."""
    from qgis.core import QgsApplication  # here, so this module loads without QGIS

    return f"{QgsApplication.pkgDataPath()}/resources/data/world_map.gpkg|layername={layer_name}"
