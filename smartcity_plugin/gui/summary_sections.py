"""Parts of the dock's answer a planner checks: the projects behind the money, how they matched, where they go.

HTML for the summary view; every value from the data is escaped (titles are text, never markup).
"""

from __future__ import annotations

from html import escape
from typing import Callable, Iterable, Mapping, Optional

from smartcity_plugin.core import schema
from smartcity_plugin.core.explain import YearMatches
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.money import format_usd
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.placement import COUNTRY_PRECISION, is_area_programme
from smartcity_plugin.core.report_totals import FINANCE_COLUMNS, TotalsRow
from smartcity_plugin.core.summary import known_amount, split_list
from smartcity_plugin.toolbelt.i18n import tr, user_language

LARGEST_LINK = "smartcity:largest-amounts"  # the summary's link that lists the largest amounts on demand


def money(amount: float) -> str:
    """US dollars as a reader of the interface language writes them (1.5 M; 150만; 1,5 triệu)."""
    return format_usd(amount, user_language())


def country_name(code: str) -> str:
    """A recipient or donor country in words."""
    return tr(COUNTRY_NAMES.get(code, code))


def finance_word(kind: Optional[str]) -> str:
    """One project's kind of finance, in words."""
    words = {"grant": tr("grant"), "loan": tr("loan"), "commercial": tr("commercial investment (not aid)"),
             "in_kind": tr("in kind"), "unknown": tr("kind not known")}
    return words.get(kind or "unknown", escape(str(kind)))


def _money_line(project: Mapping, sector_name: Callable[[str], str], chosen: frozenset[str]) -> str:
    donor = country_name(str(project.get(schema.F_DONOR) or ""))
    agency = project.get(schema.F_AGENCY)
    who = f"{escape(donor)} ({escape(str(agency))})" if agency else escape(donor)
    amount = known_amount(project.get(schema.F_AMOUNT)) or 0.0
    sector = project.get(schema.F_SECTOR_PRIMARY)
    parts = [who]
    if sector:
        main = tr("main sector {}").format(escape(sector_name(str(sector))))
        if chosen and sector not in chosen:
            main += " " + tr("(matched on a secondary sector)")
        parts.append(main)
    recipients = str(project.get(schema.F_RECIPIENT) or "")
    precision = project.get("location_precision")
    precision = precision if isinstance(precision, int) else None
    if is_area_programme(precision, precision is not None and precision < COUNTRY_PRECISION, recipients):
        where = ", ".join(country_name(code) for code in split_list(recipients))
        parts.append(tr("a national or regional programme in {}").format(escape(where)))
    title = escape(str(project.get(schema.F_TITLE) or tr("(no title)")))
    kind = escape(finance_word(project.get(schema.F_FINANCE)))
    return f"<li><b>{escape(money(amount))}</b> {kind}: “{title}” — {'; '.join(parts)}</li>"


def money_list_html(largest: list[Mapping], priced: int, sector_name: Callable[[str], str],
                    chosen_sectors: Iterable[str] = ()) -> str:
    """The projects the published amounts are made of, largest first; how many more there are."""
    if not priced:
        return ""
    chosen = frozenset(chosen_sectors)
    head = tr("<b>These amounts are made of {} projects</b>, largest first:").format(priced)
    lines = "".join(_money_line(project, sector_name, chosen) for project in largest)
    more = ""
    if priced > len(largest):
        more = "<p>" + tr("… and {} more with a published amount: sort the table by amount to see them.").format(
            priced - len(largest)) + "</p>"
    return f"<p>{head}</p><ol>{lines}</ol>{more}"


def largest_link_html(priced: int) -> str:
    """A link that lists the largest amounts (when the projects are too many to read on every click)."""
    if not priced:
        return ""
    text = tr("Which projects make these amounts? List the largest of {}.").format(priced)
    return f"<p><a href='{LARGEST_LINK}'>{escape(text)}</a></p>"


def _range(f: ProjectFilter) -> str:
    if f.year_from is not None and f.year_to is not None:
        return f"{f.year_from}–{f.year_to}"
    return tr("since {}").format(f.year_from) if f.year_from is not None else tr("until {}").format(f.year_to)


def matching_html(f: ProjectFilter, years: Optional[YearMatches], secondary: int) -> str:
    """How the kept projects meet the years and sectors asked for, in words (empty when it is plain)."""
    said = []
    if f.year_from is not None or f.year_to is not None:
        if years is None:  # too many projects to read on every click: the rule, without the counts
            said.append(tr("Years ({}): a project counts when it runs in any of these years; it may have begun "
                           "earlier or go on later.").format(_range(f)))
        else:
            if f.year_from is not None and years.started_before:
                said.append(tr("{} projects run into {} from earlier years.").format(years.started_before,
                                                                                     f.year_from))
            if f.year_to is not None and years.run_after:
                said.append(tr("{} projects go on after {}.").format(years.run_after, f.year_to))
            if years.open_end:
                said.append(tr("{} projects have no published end year and are taken as still running.").format(
                    years.open_end))
    if secondary:
        said.append(tr("{} projects match on a secondary sector: their main sector is another (see By main "
                       "sector).").format(secondary))
    if not said:
        return ""
    return "<p style='color:#3b4a6b'>" + "<br/>".join(escape(sentence) for sentence in said) + "</p>"


def countries_html(rows: list[TotalsRow]) -> str:
    """Projects and published money per recipient country, kinds of finance apart."""
    if not rows:
        return ""
    names = {"grant": tr("Grants"), "loan": tr("Loans"), "commercial": tr("Commercial"), "other": tr("Other")}
    kinds = [kind for kind in (*FINANCE_COLUMNS, "other") if any(row.by_kind.get(kind) for row in rows)]
    header = "".join(f"<th align='right'>{escape(names[kind])}</th>" for kind in kinds)
    body = ""
    for row in rows:
        cells = "".join(
            f"<td align='right'>{escape(money(row.by_kind[kind])) if row.by_kind.get(kind) else '—'}</td>"
            for kind in kinds)
        name = tr("no country given") if row.key == "unknown" else country_name(row.key)
        body += (f"<tr><td>{escape(name)}</td><td align='right'>{row.projects}</td>{cells}"
                 f"<td align='right'>{row.without_amount or ''}</td></tr>")
    note = tr("A regional programme counts in each of its countries, so the rows add up to more than the total.")
    return (
        f"<p><b>{escape(tr('By recipient country'))}</b></p><table width='99%' cellspacing='0' cellpadding='1'>"
        f"<tr><th align='left'></th><th align='right'>{escape(tr('projects'))}</th>{header}"
        f"<th align='right'>{escape(tr('not published'))}</th></tr>{body}</table>"
        f"<p style='color:#555'><small>{escape(note)}</small></p>"
    )
