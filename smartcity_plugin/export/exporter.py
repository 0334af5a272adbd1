"""Export a layout to PDF, PNG or SVG: complete files or none, and cancellable between steps.

Layouts render on the main thread (QGIS's own layout exports do too), so long exports
report progress and check for cancellation between formats and between atlas pages.
Each file is written under a temporary name beside its target and renamed when
complete, so a failed or cancelled export never leaves half a file, and an existing
file is replaced only by a complete one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import Qgis, QgsFeedback, QgsLayoutExporter, QgsPrintLayout

from smartcity_plugin.export.names import ExportError
from smartcity_plugin.toolbelt.i18n import tr

FORMATS = ("pdf", "png", "svg")


class ExportCancelledError(ExportError):
    """The planner cancelled; nothing was written for the unfinished step."""


def _partial(target: Path) -> Path:
    return target.with_name(f".{target.stem}.partial{target.suffix}")


def _pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    # Real text, not outlines: readers can search and copy it (and tests can read it).
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings


def _result_message(result: int, target: Path, exporter: QgsLayoutExporter) -> str:
    results = QgsLayoutExporter.ExportResult
    messages = {
        results.FileError: tr("the file could not be written (is the folder writable, the file open?)"),
        results.MemoryError: tr("not enough memory for this size and resolution"),
        results.PrintError: tr("the printer could not be started"),
        results.SvgLayerError: tr("a layer could not be exported to SVG"),
        results.IteratorError: tr("the atlas could not be prepared"),
        results.Canceled: tr("cancelled"),
    }
    reason = messages.get(result, exporter.errorMessage() or tr("unknown error {}").format(result))
    return tr("{}: {}").format(target, reason)


def export_layout(
    layout: QgsPrintLayout, target: Path, dpi: int = 300, feedback: Optional[QgsFeedback] = None
) -> Path:
    """Export ``layout`` to ``target`` (format from its suffix); return ``target``."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(tr("{}: unknown format; use one of {}.").format(target, ", ".join(FORMATS)))
    if feedback is not None and feedback.isCanceled():
        raise ExportCancelledError(tr("{}: cancelled").format(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial(target)
    exporter = QgsLayoutExporter(layout)
    if fmt == "pdf":
        result = exporter.exportToPdf(str(partial), _pdf_settings(dpi))
    elif fmt == "png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result = exporter.exportToImage(str(partial), settings)
    else:
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.forceVectorOutput = True
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
        result = exporter.exportToSvg(str(partial), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        partial.unlink(missing_ok=True)
        raise ExportError(_result_message(result, target, exporter))
    os.replace(partial, target)
    return target


def export_layout_formats(
    layout: QgsPrintLayout, base: Path, formats: Sequence[str], dpi: int = 300,
    feedback: Optional[QgsFeedback] = None,
) -> list[Path]:
    """Export to several formats (``base`` without suffix); stop cleanly when cancelled."""
    written = []
    for index, fmt in enumerate(formats):
        written.append(export_layout(layout, base.with_suffix(f".{fmt}"), dpi, feedback))
        if feedback is not None:
            feedback.setProgress(100.0 * (index + 1) / len(formats))
    return written


def export_atlas_pdf(
    layout: QgsPrintLayout, target: Path, dpi: int = 300, feedback: Optional[QgsFeedback] = None
) -> Path:
    """All atlas pages in one PDF, written completely or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = _partial(target)
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(partial), _pdf_settings(dpi), feedback)
    if feedback is not None and feedback.isCanceled():
        partial.unlink(missing_ok=True)
        raise ExportCancelledError(tr("{}: cancelled").format(target))
    if result != QgsLayoutExporter.ExportResult.Success:
        partial.unlink(missing_ok=True)
        raise ExportError(tr("{}: {}").format(target, error or tr("the atlas could not be exported")))
    os.replace(partial, target)
    return target


def export_atlas_pages(
    layout: QgsPrintLayout, folder: Path, dpi: int = 300, feedback: Optional[QgsFeedback] = None
) -> list[Path]:
    """One PDF per atlas page in ``folder`` (named by the atlas's file name expression)."""
    import tempfile  # here, not at plugin start: it pulls in shutil, random, bz2, lzma

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".partial-") as staging:
        result, error = QgsLayoutExporter.exportToPdfs(layout.atlas(), staging, _pdf_settings(dpi), feedback)
        if feedback is not None and feedback.isCanceled():
            raise ExportCancelledError(tr("{}: cancelled").format(folder))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ExportError(tr("{}: {}").format(folder, error or tr("the atlas could not be exported")))
        written = []
        for page in sorted(Path(staging).glob("*.pdf")):
            os.replace(page, folder / page.name)
            written.append(folder / page.name)
    return written
