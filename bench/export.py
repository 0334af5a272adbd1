"""Export: the A4 overview to PDF as ``smartcity:exportmap`` makes it, and the city atlas.

The plugin's path is what the algorithm runs: a private project, ``build_map_layout``
and ``export_layout``. The baseline exports a layout built the same way (untimed, fresh
for each run: a layout's first export is slower than its next) with
``QgsLayoutExporter.exportToPdf`` and the same PDF settings, so the ratio is what
building the map costs on top of rendering it.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsLayoutExporter, QgsProject, QgsRenderContext

from bench.timing import Result, Target, Timing, measure, timed

RATIO_TARGET = 1.15
TITLE = "Who cooperates where on smart cities in ASEAN"


def _project() -> QgsProject:
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    return project


def pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    """The settings the plugin exports with, set here without its code."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return settings


def bench_export(repeat: int, dpi: int, folder: Path) -> Result:
    """The overview map: build + export against exporting an already built layout."""
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.exporter import export_layout
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout

    folder.mkdir(parents=True, exist_ok=True)
    request = MapRequest(ProjectFilter(), title=TITLE)

    def ours() -> None:
        project = _project()
        layout = build_map_layout(project, request)
        export_layout(layout, folder / "overview_plugin.pdf", dpi)
        del layout  # before its project is cleared, as the algorithm does
        project.clear()

    built: dict = {}

    def build() -> None:
        built.clear()
        built["project"] = _project()
        built["layout"] = build_map_layout(built["project"], request)

    def raw() -> None:
        exporter = QgsLayoutExporter(built["layout"])
        if exporter.exportToPdf(str(folder / "overview_raw.pdf"), pdf_settings(dpi)) != QgsLayoutExporter.Success:
            raise RuntimeError(exporter.errorMessage())

    plugin = measure(ours, repeat)
    baseline = measure(raw, repeat, setup=build)
    built.clear()
    ratio = plugin.median_ms / baseline.median_ms
    return Result(
        key="export", title=f"export A4 overview to PDF, {dpi} dpi", ours=plugin, baseline=baseline,
        baseline_title="QgsLayoutExporter.exportToPdf of the built layout",
        targets=[Target("at most 1.15x raw", RATIO_TARGET, ratio)],
        details={"dpi": dpi, "pdf_bytes": (folder / "overview_plugin.pdf").stat().st_size},
    )


def _raw_atlas(request, dpi: int, target: Path) -> tuple[int, float]:
    """Pages of the atlas our code builds, and the ms QgsLayoutExporter takes to export it alone."""
    from smartcity_plugin.export.atlas import build_city_atlas

    project = _project()
    pages, elapsed = _export_atlas(build_city_atlas(project, request), dpi, target)
    project.clear()  # after the layout is gone with the call above
    return pages, elapsed


def _export_atlas(layout, dpi: int, target: Path) -> tuple[int, float]:
    pages = layout.atlas().updateFeatures()
    (result, error), elapsed = timed(
        lambda: QgsLayoutExporter.exportToPdf(layout.atlas(), str(target), pdf_settings(dpi)))
    if result != QgsLayoutExporter.Success:
        raise RuntimeError(error)
    return pages, elapsed


def bench_atlas(dpi: int, folder: Path, cities: int = 0) -> Result:
    """City profiles, in seconds per page: build + export, against exporting the built atlas (one run each)."""
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.atlas import build_city_atlas
    from smartcity_plugin.export.exporter import export_atlas_pdf
    from smartcity_plugin.export.layouts import MapRequest
    from smartcity_plugin.layers.sources import open_data_layer

    chosen: tuple[str, ...] = ()
    if cities:  # the first ``cities`` cities only, for a quick run
        chosen = tuple(sorted(f["city_id"] for f in open_data_layer("ascn_cities").getFeatures())[:cities])
    request = MapRequest(ProjectFilter(cities=chosen))

    project = _project()
    _, ours_ms = timed(lambda: export_atlas_pdf(build_city_atlas(project, request), folder / "atlas_plugin.pdf", dpi))
    project.clear()
    pages, raw_ms = _raw_atlas(request, dpi, folder / "atlas_raw.pdf")
    return Result(
        key="atlas", title=f"atlas of {'all' if not cities else cities} cities to PDF, {dpi} dpi",
        ours=Timing([ours_ms / pages]), baseline=Timing([raw_ms / pages]),
        baseline_title="QgsLayoutExporter.exportToPdf of the built atlas", unit="s/page",
        details={"pages": pages, "total_s": round(ours_ms / 1000.0, 3), "raw_total_s": round(raw_ms / 1000.0, 3),
                 "dpi": dpi},
    )
