"""`make demo`: run the packaged plugin headless on the bundled data and write what it makes into out/.

The plugin is imported from the zip that `make package` built, so the demo exercises
exactly what a planner installs.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from qgis.core import QgsApplication, QgsVectorLayer

# Questions a planner asks first; each becomes a GeoPackage in out/.
QUESTIONS = {
    "korea_projects": {"DONORS": "KR"},
    "us_projects": {"DONORS": "US"},
    "us_korea_viet_nam": {"DONORS": "US,KR", "COUNTRIES": "VN"},
    "water_projects_since_2018": {"SECTORS": "water", "YEAR_FROM": 2018},
    "mekong_focal_area": {"COUNTRIES": "KH,LA,MM,TH,VN"},
}


def run(zip_path: Path, out: Path) -> int:
    """Load the plugin from ``zip_path``, answer QUESTIONS, write one layer each to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(tmp)
        sys.path.insert(0, tmp)
        import processing
        from processing.core.Processing import Processing

        import smartcity_plugin

        Processing.initialize()
        plugin = smartcity_plugin.classFactory(None)
        plugin.initProcessing()
        provider = plugin.provider
        print(f"demo: loaded {Path(smartcity_plugin.__file__).parent} from {zip_path.name}")
        print(f"demo: provider '{provider.id()}' — {provider.longName()}")
        for algorithm in provider.algorithms():
            print(f"demo:   {algorithm.id():28s} {algorithm.displayName()}")
        for name, criteria in QUESTIONS.items():
            target = out / f"{name}.gpkg"
            partial = out / f"{name}.partial.gpkg"
            result = processing.run(
                "smartcity:filterprojects", {**criteria, "OUTPUT": str(partial)}
            )
            shutil.move(str(partial), str(target))
            layer = QgsVectorLayer(str(target), name, "ogr")
            titles = sorted(f["title"] for f in layer.getFeatures())
            print(f"demo: {name}: {result['COUNT']} projects -> {target}")
            for title in titles[:5]:
                print(f"demo:     {title}")
        plugin.unload()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args()
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        return run(args.zip.resolve(), args.out.resolve())
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
