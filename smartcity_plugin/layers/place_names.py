"""City names in the planner's language, where the data has them.

The cities table may carry a column per interface language (``name_ko``, ``name_th``), each
name with its source in docs/data.md; a city without one keeps its English name. Cities of
the planner's own country are named in its script (``name_local``: Đà Nẵng, กรุงเทพมหานคร).
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from qgis.core import QgsExpression

# Interface language → the country whose cities then carry their local-script names.
LANGUAGE_COUNTRY = {"vi": "VN", "th": "TH", "id": "ID", "km": "KH", "lo": "LA", "my": "MM", "ms": "MY"}


def name_column(language: str) -> str:
    """The cities table's column of names in ``language`` (it may not exist)."""
    return f"name_{language}"


def city_name(record: Mapping[str, Any], language: str) -> str:
    """The city's name for a reader of ``language``: the language's column, the local name at home, English."""
    own = record.get(name_column(language)) if language != "en" else None
    if own:
        return str(own)
    if record.get("country_iso2") == LANGUAGE_COUNTRY.get(language) and record.get("name_local"):
        return str(record["name_local"])
    return str(record.get("name") or "")


def city_name_expression(language: str, field_names: Iterable[str]) -> str:
    """The QGIS expression of :func:`city_name` for a layer with ``field_names`` (no missing field named)."""
    fields = set(field_names)
    choices = []
    if language != "en" and name_column(language) in fields:
        choices.append(f"nullif(\"{name_column(language)}\", '')")
    country = LANGUAGE_COUNTRY.get(language)
    if country and {"name_local", "country_iso2"} <= fields:
        choices.append(f"CASE WHEN \"country_iso2\" = {QgsExpression.quotedValue(country)} "
                       "THEN nullif(\"name_local\", '') END")
    choices.append("\"name\"")
    return choices[0] if len(choices) == 1 else f"coalesce({', '.join(choices)})"


def reader_fields(field_names: Iterable[str], language: str) -> tuple[str, ...]:
    """The cities table's fields :func:`city_name` reads for ``language`` (those the layer has)."""
    wanted = ("name", "name_local", "country_iso2", name_column(language))
    present = set(field_names)
    return tuple(name for name in wanted if name in present)


def city_names_of(rows: Iterable[Mapping[str, Any]], language: str) -> dict[str, str]:
    """City id → name for a reader of ``language``, from rows holding at least city_id and name."""
    return {str(row["city_id"]): city_name(row, language) for row in rows}
