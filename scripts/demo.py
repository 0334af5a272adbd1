"""`make demo`: run the packaged plugin headless on the bundled data and write what it makes into out/.

The plugin is imported from the zip that `make package` built, so the demo exercises
exactly what a planner installs: the styled layer group rendered to a map image, the
totals per donor, and the answers to a planner's first questions as GeoPackages.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

# Questions a planner asks first; each becomes a GeoPackage in out/.
QUESTIONS = {
    "korea_projects": {"DONORS": "KR"},
    "us_projects": {"DONORS": "US"},
    "us_korea_viet_nam": {"DONORS": "US,KR", "COUNTRIES": "VN"},
    "water_projects_since_2018": {"SECTORS": "water", "YEAR_FROM": 2018},
    "mekong_focal_area": {"COUNTRIES": "KH,LA,MM,TH,VN"},
}


def render_map(out: Path) -> Path:
    """The one-click layer group, rendered over ASEAN, as a PNG."""
    from smartcity_plugin.layers.group import ROLES, add_cooperation_layers, asean_extent

    result = add_cooperation_layers(QgsProject.instance())
    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    settings = QgsMapSettings()
    settings.setLayers([result.layers[role.role] for role in ROLES])
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(1600, 1300))
    settings.setOutputDpi(150)
    settings.setExtent(asean_extent(crs))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    target = out / "cooperation_layers.png"
    job.renderedImage().save(str(target))
    return target


def print_totals() -> None:
    """Projects and published money per donor, as the dock will show them."""
    from smartcity_plugin.layers.reading import summarize_layer
    from smartcity_plugin.layers.sources import open_bundled_layer

    summary = summarize_layer(open_bundled_layer("projects"))
    print(f"demo: {summary.projects} projects in {len(summary.cities)} ASCN cities; "
          f"US$ {summary.amount_usd:,.0f} published, {summary.without_amount} without a published amount")
    for donor, part in sorted(summary.by_donor.items(), key=lambda item: -item[1].projects):
        print(f"demo:   {donor}: {part.projects:3d} projects, US$ {part.amount_usd:>14,.0f} "
              f"({part.without_amount} not published)")


def run(zip_path: Path, out: Path) -> int:
    """Load the plugin from ``zip_path`` and write its products into ``out``."""
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
        plugin_name = Path(smartcity_plugin.__file__).parent.name
        print(f"demo: loaded {plugin_name} {provider.versionInfo()} from {zip_path.name}")
        for algorithm in provider.algorithms():
            print(f"demo:   Processing {algorithm.id():28s} {algorithm.displayName()}")
        print_totals()
        print(f"demo: map of the cooperation layers -> {render_map(out)}")
        for name, criteria in QUESTIONS.items():
            target = out / f"{name}.gpkg"
            partial = out / f"{name}.partial.gpkg"
            result = processing.run("smartcity:filterprojects", {**criteria, "OUTPUT": str(partial)})
            shutil.move(str(partial), str(target))
            layer = QgsVectorLayer(str(target), name, "ogr")
            print(f"demo: {name}: {result['COUNT']} projects -> {target}")
            for title in sorted(f["title"] for f in layer.getFeatures())[:3]:
                print(f"demo:     {title}")
        QgsProject.instance().clear()
        plugin.unload()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    # QGIS adds its own Python plugins (Processing) to the path when it starts; a script must.
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    try:
        return run(args.zip.resolve(), args.out.resolve())
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
