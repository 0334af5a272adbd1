"""`make demo`: run the packaged plugin headless on the bundled data and write report maps into out/.

The plugin is imported from the zip that `make package` built, so the demo exercises
exactly what a planner installs: the totals per donor and kind of finance, the report
maps (overview PDF and PNG, flood-warning coverage, a Mekong water map, the city
profile atlas) and a filtered layer for a planner's own GIS work.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from qgis.core import QgsApplication

MEKONG = "KH,LA,MM,TH,VN"
OVERVIEW_TITLE = "Who cooperates where on smart cities in ASEAN"

# The report maps, each made by the plugin's Processing algorithms (as the Toolbox runs them).
EXPORTS = [
    ("smartcity:exportmap", "cooperation_overview.pdf", {"TITLE": OVERVIEW_TITLE, "DPI": 300}),
    ("smartcity:exportmap", "cooperation_overview.png", {"TITLE": OVERVIEW_TITLE, "DPI": 200}),
    ("smartcity:exportmap", "flood_coverage.pdf",
     {"TITLE": "Flood forecasting and warning coverage", "CONTENTS": 1, "DPI": 300}),
    ("smartcity:exportmap", "mekong_water_us_korea.pdf",
     {"TITLE": "US and Korean water cooperation in the Mekong", "TEMPLATE": 1, "SECTORS": "water",
      "DONORS": "US,KR", "COUNTRIES": MEKONG, "YEAR_FROM": 2019, "DPI": 300}),
    # The README's question, as a picture for a slide.
    ("smartcity:exportmap", "us_water_mekong_since_2019.png",
     {"TITLE": "US water cooperation in the Mekong", "SECTORS": "water", "DONORS": "US", "COUNTRIES": MEKONG,
      "YEAR_FROM": 2019, "DPI": 150}),
    ("smartcity:exportatlas", "city_profiles.pdf",
     {"TITLE": "Smart city cooperation profiles", "ONLY_WITH_PROJECTS": True, "DPI": 200}),
]
# A planner's question answered as data, for their own GIS work.
QUESTIONS = {"us_korea_mekong_projects": {"DONORS": "US,KR", "COUNTRIES": MEKONG}}


def print_totals() -> None:
    """Projects per donor and published money per kind of finance, as the dock shows them."""
    from smartcity_plugin.layers.reading import summarize_layer
    from smartcity_plugin.layers.sources import open_data_layer

    summary = summarize_layer(open_data_layer("projects"))
    print(f"demo: {summary.projects} projects in {len(summary.cities)} ASCN cities; "
          f"{summary.without_amount} without a published amount")
    for donor, part in sorted(summary.by_donor.items(), key=lambda item: -item[1].projects):
        print(f"demo:   {donor}: {part.projects:3d} projects")
    for kind, part in sorted(summary.by_finance.items(), key=lambda item: -item[1].amount_usd):
        print(f"demo:   {kind:>10s}: US$ {part.amount_usd:>16,.0f} published ({part.projects} projects)")


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
        print(f"demo: loaded {Path(smartcity_plugin.__file__).parent.name} {provider.versionInfo()} "
              f"from {zip_path.name}")
        for algorithm in provider.algorithms():
            print(f"demo:   Processing {algorithm.id():28s} {algorithm.displayName()}")
        print_totals()
        for algorithm_id, name, parameters in EXPORTS:
            result = processing.run(algorithm_id, {**parameters, "OUTPUT": str(out / name)})
            pages = f" ({result['PAGES']} city pages)" if "PAGES" in result else ""
            print(f"demo: {algorithm_id} -> {result['OUTPUT']}{pages}")
        for name, criteria in QUESTIONS.items():
            target, partial = out / f"{name}.gpkg", out / f"{name}.partial.gpkg"
            result = processing.run("smartcity:filterprojects", {**criteria, "OUTPUT": str(partial)})
            shutil.move(str(partial), str(target))
            print(f"demo: smartcity:filterprojects -> {target} ({result['COUNT']} projects)")
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
