"""The totals a report carries: per donor, main sector or recipient country, money by kind apart.

Built on :func:`smartcity_plugin.core.summary.summarize` (the dock's totals): each row is
the summary of the projects in its group, so the report and the dock never disagree.
A regional programme counts in each of its recipient countries (its money cannot be split).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from smartcity_plugin.core import schema
from smartcity_plugin.core.summary import Group, Summary, as_group, split_list, summarize

FINANCE_COLUMNS = ("grant", "loan", "commercial")  # money apart; other kinds are shown in "other"


@dataclass
class TotalsRow:
    """One line of a report's totals table."""

    key: str
    projects: int
    by_kind: dict[str, float]  # grant / loan / commercial / other → published USD
    without_amount: int


def _row(key: str, summary: Summary) -> TotalsRow:
    by_kind = {kind: 0.0 for kind in (*FINANCE_COLUMNS, "other")}
    for kind, part in summary.by_finance.items():
        by_kind[kind if kind in FINANCE_COLUMNS else "other"] += part.amount_usd
    return TotalsRow(key, summary.projects, by_kind, summary.without_amount)


def totals_by(projects: Iterable[Mapping], keys_of: Callable[[Mapping], list[str]]) -> list[TotalsRow]:
    """Rows per key (a project counts under each of its keys), most projects first."""
    return totals_by_groups((as_group(project), keys_of(project)) for project in projects)


def totals_by_groups(groups: Iterable[tuple[Group, list[str]]]) -> list[TotalsRow]:
    """Rows per key from grouped projects, each a (:data:`Group`, its keys) pair, most projects first.

    The same rows as :func:`totals_by` over the projects themselves; the dock hands the
    groups a database's GROUP BY gives, so it never reads a large catalogue project by project.
    """
    rows: dict[str, TotalsRow] = {}
    for (_donor, _sector, finance, _cities, projects, amount, with_amount), keys in groups:
        kind = finance if finance in FINANCE_COLUMNS else "other"
        for key in keys or ["unknown"]:
            row = rows.get(key)
            if row is None:
                row = rows[key] = TotalsRow(key, 0, {name: 0.0 for name in (*FINANCE_COLUMNS, "other")}, 0)
            row.projects += projects
            row.by_kind[kind] += float(amount or 0.0)
            row.without_amount += projects - with_amount
    return sorted(rows.values(), key=lambda row: (-row.projects, row.key))


def report_totals(projects: Iterable[Mapping]) -> dict[str, list[TotalsRow]]:
    """The three breakdowns of a report: by donor, by main sector, by recipient country."""
    records = list(projects)
    return {
        "donor": totals_by(records, lambda p: [str(p.get(schema.F_DONOR) or "unknown")]),
        "sector": totals_by(records, lambda p: [str(p.get(schema.F_SECTOR_PRIMARY) or "unknown")]),
        "recipient": totals_by(records, lambda p: split_list(p.get(schema.F_RECIPIENT))),
    }


def grand_total(projects: Iterable[Mapping]) -> TotalsRow:
    """All the projects in one row."""
    return _row("total", summarize(projects))
