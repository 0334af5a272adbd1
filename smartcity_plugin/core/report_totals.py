"""The totals a report carries: per donor, main sector or recipient country, money by kind apart.

Built on :func:`smartcity_plugin.core.summary.summarize` (the dock's totals): each row is
the summary of the projects in its group, so the report and the dock never disagree.
A regional programme counts in each of its recipient countries (its money cannot be split).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from smartcity_plugin.core import schema
from smartcity_plugin.core.summary import Group, Summary, as_group, split_list, summarize, summarize_groups

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
    by_key: dict[str, list[Group]] = {}
    for group, keys in groups:
        for key in keys or ["unknown"]:
            by_key.setdefault(key, []).append(group)
    rows = [_row(key, summarize_groups(items)) for key, items in by_key.items()]
    return sorted(rows, key=lambda row: (-row.projects, row.key))


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
