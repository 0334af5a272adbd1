"""The project-filter parameters that filterprojects, exportmap and exportatlas share."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.schema import PROJECT_STATUSES
from smartcity_plugin.toolbelt.i18n import tr

_LISTS = {
    # parameter name: (ProjectFilter field, label)
    "SECTORS": ("sectors", "Sectors (codes, comma-separated, e.g. water,mobility)"),
    "DONORS": ("donors", "Donor countries (ISO codes, comma-separated, e.g. US,KR)"),
    "AGENCIES": ("agencies", "Agencies (comma-separated, e.g. KOICA)"),
    "COUNTRIES": ("countries", "Recipient countries (ISO codes, comma-separated)"),
    "CITIES": ("cities", "ASCN city ids (comma-separated)"),
    "STATUSES": ("statuses", "Status ({})".format(", ".join(PROJECT_STATUSES))),
}
_NUMBERS = {
    "YEAR_FROM": ("year_from", "Active from year", QgsProcessingParameterNumber.Type.Integer),
    "YEAR_TO": ("year_to", "Active until year", QgsProcessingParameterNumber.Type.Integer),
    "AMOUNT_MIN": ("amount_min", "Smallest amount (USD)", QgsProcessingParameterNumber.Type.Double),
    "AMOUNT_MAX": ("amount_max", "Largest amount (USD)", QgsProcessingParameterNumber.Type.Double),
}


def add_filter_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """Add the optional filter parameters to ``algorithm``."""
    for name, (_, label) in _LISTS.items():
        algorithm.addParameter(
            QgsProcessingParameterString(name, tr(label), optional=True)
        )
    for name, (_, label, number_type) in _NUMBERS.items():
        algorithm.addParameter(
            QgsProcessingParameterNumber(name, tr(label), number_type, optional=True)
        )
    algorithm.addParameter(
        QgsProcessingParameterString("TEXT", tr("Title contains"), optional=True)
    )


def _split(text: Optional[str]) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def filter_from_parameters(
    algorithm: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext
) -> ProjectFilter:
    """Read the filter parameters; raise QgsProcessingException when they contradict."""
    values: dict = {}
    for name, (key, _) in _LISTS.items():
        values[key] = _split(algorithm.parameterAsString(parameters, name, context))
    for name, (key, _, number_type) in _NUMBERS.items():
        if parameters.get(name) in (None, ""):
            continue
        if number_type == QgsProcessingParameterNumber.Type.Integer:
            values[key] = algorithm.parameterAsInt(parameters, name, context)
        else:
            values[key] = algorithm.parameterAsDouble(parameters, name, context)
    values["text"] = algorithm.parameterAsString(parameters, "TEXT", context)
    project_filter = ProjectFilter(**values)
    problems = project_filter.problems()
    if problems:
        raise QgsProcessingException(" ".join(problems))
    return project_filter
