"""Fail early, with a clear message, when the venv cannot run QGIS and its libraries."""

import sys

import pyproj
import shapely
from osgeo import gdal
from qgis.core import Qgis

MINIMUM = (3, 22)

version = tuple(int(part) for part in Qgis.QGIS_VERSION.split("-")[0].split(".")[:2])
if version < MINIMUM:
    sys.exit(f"setup: QGIS {Qgis.QGIS_VERSION} is older than 3.22, the plugin's minimum.")
print(
    f"setup: QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, shapely "
    f"{shapely.__version__}, pyproj {pyproj.__version__}, Python {sys.version.split()[0]}"
)
