"""Export a layout to PDF, PNG or SVG: complete files or none, and cancellable between steps.

Layouts render on the main thread (QGIS's own layout exports do too), so long exports
report progress and check for cancellation between formats and between atlas pages.
Each file is written under a temporary name beside its target and renamed when
complete, so a failed or cancelled export never leaves half a file, and an existing
file is replaced only by a complete one. "Complete" is checked, not assumed: QGIS's
writers report success on a full disk, so the file must reach the disk (fsync) and
end as its format ends (PDF trailer, PNG IEND chunk, closing SVG tag).
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


PARTIAL_MARK = ".partial"  # in the names of files being written (removed at start when an export was killed)
_ENDINGS = {  # format → (how the file starts, what its last bytes hold)
    "pdf": (b"%PDF-", b"%%EOF"),
    "png": (b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82"),
    "svg": (b"", b"</svg>"),
}


def _partial(target: Path) -> Path:
    return target.with_name(f".{target.stem}{PARTIAL_MARK}-{os.getpid()}{target.suffix}")


def prepare_target(target: Path) -> None:
    """Refuse, with a message, a target that cannot be written: a folder, a read-only place, a file as parent."""
    if target.is_dir():
        raise ExportError(tr("{}: this is a folder; choose a file name.").format(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(tr("{}: the folder {} cannot be created ({}).").format(
            target, target.parent, error.strerror or error)) from error
    if not os.access(target.parent, os.W_OK):
        raise ExportError(tr("{}: the folder {} is read-only; choose another place.").format(target, target.parent))
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(tr("{}: the file is read-only; choose another name.").format(target))


def _free_space(folder: Path) -> str:
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):
        return "?"
    return f"{stats.f_bavail * stats.f_frsize / 1024:.0f} kB"


def check_written(path: Path, fmt: str, target: Path) -> None:
    """Raise ExportError unless ``path`` reached the disk whole, as a file of its format."""
    start, end = _ENDINGS[fmt]
    try:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())  # a full disk shows here on file systems that allocate late
            head = handle.read(len(start))
            handle.seek(max(os.fstat(handle.fileno()).st_size - 1024, 0))
            tail = handle.read()
    except OSError as error:
        raise ExportError(tr("{}: the file could not be written completely ({}); the earlier file, if any, "
                             "is unchanged.").format(target, error.strerror or error)) from error
    if not head.startswith(start) or end not in tail:
        raise ExportError(tr("{}: the file written is incomplete (is the disk full? {} free); the earlier "
                             "file, if any, is unchanged.").format(target, _free_space(path.parent)))


def _put_in_place(partial: Path, target: Path, fmt: str) -> None:
    """Check ``partial`` and rename it to ``target``; remove it when anything fails."""
    try:
        check_written(partial, fmt, target)
        os.replace(partial, target)
    except OSError as error:
        raise ExportError(tr("{}: cannot be replaced ({}).").format(target, error.strerror or error)) from error
    finally:
        partial.unlink(missing_ok=True)


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
    detail = getattr(exporter, "errorMessage", None)  # QGIS 3.26+; 3.22 has none
    reason = messages.get(result) or (detail() if detail else "") or tr("unknown error {}").format(result)
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
    prepare_target(target)
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
        _remove(partial)
        raise ExportError(_result_message(result, target, exporter))
    _put_in_place(partial, target, fmt)
    return target


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only place: nothing was written there either


def targets_for(chosen: Path, formats: Sequence[str]) -> list[Path]:
    """The file per format for the name a planner chose: exactly that file for its own format.

    Only a format's extension is an extension ("Mekong report v1.2.pdf" → "Mekong report v1.2.png");
    a name without one gets it added ("report v1.2" → "report v1.2.pdf").
    """
    suffix = chosen.suffix.lower().lstrip(".")
    stem = chosen.name[: -len(chosen.suffix)] if suffix in FORMATS else chosen.name
    return [chosen if fmt == suffix else chosen.with_name(f"{stem}.{fmt}") for fmt in formats]


def export_layout_formats(
    layout: QgsPrintLayout, targets: Sequence[Path], dpi: int = 300, feedback: Optional[QgsFeedback] = None,
) -> list[Path]:
    """Export to several files (format from each suffix); stop cleanly when cancelled."""
    written = []
    for index, target in enumerate(targets):
        written.append(export_layout(layout, target, dpi, feedback))
        if feedback is not None:
            feedback.setProgress(100.0 * (index + 1) / len(targets))
    return written


def export_atlas_pdf(
    layout: QgsPrintLayout, target: Path, dpi: int = 300, feedback: Optional[QgsFeedback] = None
) -> Path:
    """All atlas pages in one PDF, written completely or not at all."""
    prepare_target(target)
    partial = _partial(target)
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(partial), _pdf_settings(dpi), feedback)
    if feedback is not None and feedback.isCanceled():
        _remove(partial)
        raise ExportCancelledError(tr("{}: cancelled").format(target))
    if result != QgsLayoutExporter.ExportResult.Success:
        _remove(partial)
        raise ExportError(tr("{}: {}").format(target, error or tr("the atlas could not be exported")))
    _put_in_place(partial, target, "pdf")
    return target


def export_atlas_pages(
    layout: QgsPrintLayout, folder: Path, dpi: int = 300, feedback: Optional[QgsFeedback] = None
) -> list[Path]:
    """One PDF per atlas page in ``folder`` (named by the atlas's file name expression)."""
    import tempfile  # here, not at plugin start: it pulls in shutil, random, bz2, lzma

    if folder.exists() and not folder.is_dir():
        raise ExportError(tr("{}: this is a file; the pages go into a folder of that name.").format(folder))
    prepare_target(folder / "page.pdf")
    with tempfile.TemporaryDirectory(dir=folder, prefix=f"{PARTIAL_MARK}-{os.getpid()}-") as staging:
        result, error = QgsLayoutExporter.exportToPdfs(layout.atlas(), staging, _pdf_settings(dpi), feedback)
        if feedback is not None and feedback.isCanceled():
            raise ExportCancelledError(tr("{}: cancelled").format(folder))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ExportError(tr("{}: {}").format(folder, error or tr("the atlas could not be exported")))
        pages = sorted(Path(staging).glob("*.pdf"))
        for page in pages:  # every page checked before any earlier page is replaced
            check_written(page, "pdf", folder / page.name)
        written = []
        for page in pages:
            try:
                os.replace(page, folder / page.name)
            except OSError as error:
                raise ExportError(tr("{}: cannot be replaced ({}).").format(
                    folder / page.name, error.strerror or error)) from error
            written.append(folder / page.name)
    return written
