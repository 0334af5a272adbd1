"""The active filter in plain words, for map subtitles and report captions."""

from __future__ import annotations

from typing import Callable, Iterable

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.names import MEKONG, PROSE_NAMES

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


def join_words(items: Iterable[str], tr: Translate = _identity) -> str:
    """"A", "A and B", "A, B and C"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return tr("{} and {}").format(", ".join(items[:-1]), items[-1])


def _years(f: ProjectFilter, tr: Translate) -> str:
    if f.year_from is not None and f.year_to is not None:
        return str(f.year_from) if f.year_from == f.year_to else f"{f.year_from}–{f.year_to}"
    if f.year_from is not None:
        return tr("since {}").format(f.year_from)
    if f.year_to is not None:
        return tr("until {}").format(f.year_to)
    return ""


def _countries(codes: tuple[str, ...], tr: Translate) -> str:
    if set(codes) == set(MEKONG):
        return tr("the Mekong countries")
    return join_words((tr(PROSE_NAMES.get(c, c)) for c in codes), tr)


def describe_filter(
    f: ProjectFilter,
    sector_name: Callable[[str], str] = _identity,
    city_name: Callable[[str], str] = _identity,
    tr: Translate = _identity,
) -> str:
    """E.g. "Water projects funded by Korea and the United States in the Mekong countries, since 2019"."""
    sectors = join_words((sector_name(s) for s in f.sectors), tr)
    head = tr("{} projects").format(sectors) if sectors else tr("All cooperation projects")
    parts = [head]
    if f.donors:
        parts.append(tr("funded by {}").format(join_words((tr(PROSE_NAMES.get(d, d)) for d in f.donors), tr)))
    if f.agencies:
        parts.append(tr("through {}").format(join_words(f.agencies, tr)))
    if f.cities:
        parts.append(tr("in {}").format(join_words((city_name(c) for c in f.cities), tr)))
    elif f.countries:
        parts.append(tr("in {}").format(_countries(f.countries, tr)))
    text = " ".join(parts)
    extras = [e for e in (
        _years(f, tr),
        tr("status: {}").format(join_words((tr(s) for s in f.statuses), tr)) if f.statuses else "",
        tr("titles containing “{}”").format(f.text) if f.text else "",
        _amounts(f, tr),
    ) if e]
    return ", ".join([text] + extras)


def _amounts(f: ProjectFilter, tr: Translate) -> str:
    if f.amount_min is not None and f.amount_max is not None:
        return tr("US$ {:,.0f} to {:,.0f}").format(f.amount_min, f.amount_max)
    if f.amount_min is not None:
        return tr("at least US$ {:,.0f}").format(f.amount_min)
    if f.amount_max is not None:
        return tr("at most US$ {:,.0f}").format(f.amount_max)
    return ""
