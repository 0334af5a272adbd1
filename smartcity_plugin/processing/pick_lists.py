"""Pick lists: Processing parameters whose values come from a list, shown as words, passed as codes.

A pick list is a multiple-choice :class:`QgsProcessingParameterEnum` with static strings: its
options are the codes (``US``, ``ascn_vn_danang``), so a model, a batch row or a Python call
stores codes that survive a change of the data, and ``qgis_process help`` lists them. The
dialog shows the words through :class:`~smartcity_plugin.processing.pick_widget.PickListWrapper`
(QGIS's enum widget would show the codes).

Values are read here, not by QGIS: ``"US,KR"``, ``"US, KR"``, ``["US", "KR"]`` and option
indexes all work, and a code the list does not offer (another layer's donor, a withdrawn DAC
code) reaches the algorithm, which says what is wrong in its own words. A parameter whose
values cannot be listed (IATI organisation identifiers) stays a string parameter with the same
widget and a field for other codes.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from smartcity_plugin.toolbelt.i18n import tr

WRAPPER = "smartcity_plugin.processing.pick_widget.PickListWrapper"
Choices = Sequence[tuple[str, str]]  # (code, words) pairs


def _metadata(choices: Choices) -> dict:
    return {"widget_wrapper": {"class": WRAPPER, "labels": [label for _, label in choices]}}


def pick_list(name: str, description: str, choices: Choices, default: Optional[Sequence[str]] = None
              ) -> QgsProcessingParameterEnum:
    """An optional multiple-choice parameter offering ``choices``, whose values are the codes."""
    parameter = QgsProcessingParameterEnum(
        name, description, [code for code, _ in choices], allowMultiple=True,
        defaultValue=list(default) if default else None, optional=True)
    parameter.setUsesStaticStrings(True)
    parameter.setMetadata(_metadata(choices))
    return parameter


def open_pick_list(name: str, description: str, choices: Choices) -> QgsProcessingParameterString:
    """An optional text parameter of comma-separated codes: ``choices`` to tick, any other code typed."""
    parameter = QgsProcessingParameterString(name, description, optional=True)
    metadata = _metadata(choices)
    metadata["widget_wrapper"]["codes"] = [code for code, _ in choices]
    parameter.setMetadata(metadata)
    return parameter


def is_pick_list(definition: QgsProcessingParameterDefinition) -> bool:
    """Is ``definition`` a parameter made by :func:`pick_list` or :func:`open_pick_list`?"""
    wrapper = (definition.metadata() or {}).get("widget_wrapper")
    return isinstance(wrapper, dict) and wrapper.get("class") == WRAPPER


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _options(definition: Optional[QgsProcessingParameterDefinition]) -> list[str]:
    if isinstance(definition, QgsProcessingParameterEnum):
        return definition.options()
    return []


def _code_at(definition, index: int) -> str:
    options = _options(definition)
    if not 0 <= index < len(options):
        raise QgsProcessingException(tr("{}: there is no choice number {} (the list has {}).").format(
            definition.name(), index, len(options)))
    return options[index]


def parse_codes(value: Any, definition: Optional[QgsProcessingParameterDefinition] = None) -> tuple[str, ...]:
    """The codes ``value`` names: a comma-separated text, a list of codes, or option indexes.

    Blanks and repeats are dropped, the order kept; an empty value (``NAME=`` on the command line)
    names none, not the default. Anything else (a QgsProperty) is left to the caller; ValueError then.
    """
    parts: list[str] = []
    for item in value if isinstance(value, (list, tuple)) else [value]:
        if isinstance(item, QVariant):  # qgis_process hands "NAME=" over as a NULL
            item = None if item.isNull() else item.value()
        if item is None or (isinstance(item, str) and not item.strip()):
            continue
        if isinstance(item, bool):
            raise ValueError(item)
        if isinstance(item, int):
            parts.append(_code_at(definition, item))
        elif isinstance(item, str):
            parts += _split(item)
        else:
            raise ValueError(item)
    return tuple(dict.fromkeys(parts))


def picked_codes(algorithm: QgsProcessingAlgorithm, parameters: dict, name: str,
                 context: QgsProcessingContext) -> tuple[str, ...]:
    """The codes chosen for the pick list ``name``: its default when it is not given (None), none for
    an empty text or list (empty: none chosen)."""
    definition = algorithm.parameterDefinition(name)
    value = parameters.get(name)
    if value is None and definition is not None:
        value = definition.defaultValue()
    try:
        return parse_codes(value, definition)
    except ValueError:  # a value QGIS must evaluate first (a model's or a data-defined value)
        if isinstance(definition, QgsProcessingParameterEnum):
            return parse_codes(algorithm.parameterAsEnumStrings(parameters, name, context), definition)
        return parse_codes(algorithm.parameterAsString(parameters, name, context), definition)


def relaxed_parameters(algorithm: QgsProcessingAlgorithm, parameters: dict,
                       context: QgsProcessingContext) -> dict:
    """``parameters`` with every pick list read (QgsProcessingException when one cannot be) and then
    left out, so QGIS's own check does not refuse codes written differently or not offered."""
    relaxed = dict(parameters)
    for definition in algorithm.parameterDefinitions():
        if is_pick_list(definition) and definition.name() in relaxed:
            picked_codes(algorithm, parameters, definition.name(), context)
            relaxed[definition.name()] = None
    return relaxed
