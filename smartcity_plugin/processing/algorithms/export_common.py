"""What exportmap and exportatlas share: a private project to build in, and error wording."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext, QgsProcessingException, QgsProject

from smartcity_plugin.export.names import ExportError, TemplateError
from smartcity_plugin.io.errors import DataUnavailableError


@contextmanager
def private_project(context: QgsProcessingContext) -> Iterator[QgsProject]:
    """A project of the algorithm's own, in the planner's CRS: the planner's project stays untouched."""
    project = QgsProject()
    source = context.project()
    crs = source.crs() if source is not None and source.crs().isValid() else None
    project.setCrs(crs or QgsCoordinateReferenceSystem("EPSG:4326"))
    try:
        yield project
    finally:
        project.clear()


@contextmanager
def processing_errors() -> Iterator[None]:
    """Report export problems as Processing errors (they name the file and the reason)."""
    try:
        yield
    except (ExportError, TemplateError, DataUnavailableError, ValueError) as error:
        raise QgsProcessingException(str(error)) from error
