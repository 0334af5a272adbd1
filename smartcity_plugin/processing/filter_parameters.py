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
from smartcity_plugin.toolbelt.compat import NUMBER_DOUBLE, NUMBER_INTEGER
from smartcity_plugin.toolbelt.i18n import tr

# parameter name → ProjectFilter field
_LISTS = {"SECTORS": "sectors", "DONORS": "donors", "AGENCIES": "agencies", "COUNTRIES": "countries",
          "CITIES": "cities", "STATUSES": "statuses"}
_NUMBERS = {
    "YEAR_FROM": ("year_from", NUMBER_INTEGER),
    "YEAR_TO": ("year_to", NUMBER_INTEGER),
    "AMOUNT_MIN": ("amount_min", NUMBER_DOUBLE),
    "AMOUNT_MAX": ("amount_max", NUMBER_DOUBLE),
}


def _labels() -> dict[str, str]:
    """Parameter name → translated label (literal tr() calls, so the translation tools see them)."""
    return {
        "SECTORS": tr("Sectors (codes, comma-separated, e.g. water,mobility)"),
        "DONORS": tr("Donor countries (ISO codes, comma-separated, e.g. US,KR)"),
        "AGENCIES": tr("Agencies (comma-separated, e.g. KOICA)"),
        "COUNTRIES": tr("Recipient countries (ISO codes, comma-separated)"),
        "CITIES": tr("ASCN city ids (comma-separated)"),
        "STATUSES": tr("Status ({})").format(", ".join(PROJECT_STATUSES)),
        "YEAR_FROM": tr("Active from year"),
        "YEAR_TO": tr("Active until year"),
        "AMOUNT_MIN": tr("Smallest amount (USD)"),
        "AMOUNT_MAX": tr("Largest amount (USD)"),
    }


def add_filter_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """Add the optional filter parameters to ``algorithm``."""
    labels = _labels()
    for name in _LISTS:
        algorithm.addParameter(QgsProcessingParameterString(name, labels[name], optional=True))
    for name, (_, number_type) in _NUMBERS.items():
        algorithm.addParameter(QgsProcessingParameterNumber(name, labels[name], number_type, optional=True))
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
    for name, key in _LISTS.items():
        values[key] = _split(algorithm.parameterAsString(parameters, name, context))
    for name, (key, number_type) in _NUMBERS.items():
        if parameters.get(name) in (None, ""):
            continue
        if number_type == NUMBER_INTEGER:
            values[key] = algorithm.parameterAsInt(parameters, name, context)
        else:
            values[key] = algorithm.parameterAsDouble(parameters, name, context)
    values["text"] = algorithm.parameterAsString(parameters, "TEXT", context)
    project_filter = ProjectFilter(**values)
    problems = project_filter.problems()
    if problems:
        raise QgsProcessingException(" ".join(problems))
    return project_filter
