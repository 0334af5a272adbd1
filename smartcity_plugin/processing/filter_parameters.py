"""The project-filter parameters that filterprojects, cooperationmatrix, exportmap, exportatlas and
exportprojects share: pick lists of the current data's sectors, donors, agencies, countries, cities
and statuses, year and amount ranges, and words of the title."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.processing.choices import DataChoices, data_choices, source_name
from smartcity_plugin.processing.pick_lists import pick_list, picked_codes
from smartcity_plugin.toolbelt.compat import NUMBER_DOUBLE, NUMBER_INTEGER
from smartcity_plugin.toolbelt.i18n import tr

# parameter name → ProjectFilter field (the names are stable: models and scripts use them)
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
        "SECTORS": tr("Sectors, in any of the sector lists (codes, e.g. water,mobility)"),
        "DONORS": tr("Donor countries (ISO codes, e.g. US,KR)"),
        "AGENCIES": tr("Agencies (a group also finds its joint projects, e.g. KOICA)"),
        "COUNTRIES": tr("Recipient countries (ISO codes, e.g. KH,LA)"),
        "CITIES": tr("ASCN cities (city ids)"),
        "STATUSES": tr("Status"),
        "YEAR_FROM": tr("Active from year"),
        "YEAR_TO": tr("Active until year"),
        "AMOUNT_MIN": tr("Smallest amount (USD)"),
        "AMOUNT_MAX": tr("Largest amount (USD)"),
    }


def _offered(choices: DataChoices) -> dict[str, tuple]:
    return {"SECTORS": choices.sectors, "DONORS": choices.donors, "AGENCIES": choices.agencies,
            "COUNTRIES": choices.countries, "CITIES": choices.cities, "STATUSES": choices.statuses}


def add_filter_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """Add the optional filter parameters to ``algorithm``, offering what the current data holds.

    Only a copy made to run or to show (``with_choices``) reads the data: see SmartCityAlgorithm.
    """
    labels = _labels()
    offered = _offered(data_choices(getattr(algorithm, "with_choices", True)))
    suffix = tr("empty: any; choices from {}").format(source_name())
    for name in _LISTS:
        algorithm.addParameter(pick_list(name, f"{labels[name]} [{suffix}]", offered[name]))
    for name, (_, number_type) in _NUMBERS.items():
        algorithm.addParameter(QgsProcessingParameterNumber(name, labels[name], number_type, optional=True))
    algorithm.addParameter(
        QgsProcessingParameterString("TEXT", tr("Title contains"), optional=True)
    )


def filter_from_parameters(
    algorithm: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext
) -> ProjectFilter:
    """Read the filter parameters; raise QgsProcessingException when they contradict."""
    values: dict = {}
    for name, key in _LISTS.items():
        values[key] = picked_codes(algorithm, parameters, name, context)
    if values["agencies"]:  # the dock's groups, matched in every spelling of their members
        values["agencies"] = data_choices().agency_spellings(values["agencies"])
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
