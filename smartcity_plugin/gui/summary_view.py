"""Live totals in words and small tables: projects, cities, dollars, by donor and by sector."""

from __future__ import annotations

from html import escape
from typing import Callable, Optional

from qgis.PyQt.QtWidgets import QTextBrowser, QWidget

from smartcity_plugin.core.money import format_usd
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.summary import Breakdown, Summary
from smartcity_plugin.layers.presentation import finance_labels
from smartcity_plugin.toolbelt.i18n import tr, user_language


def money(amount: float) -> str:
    """US dollars as a reader of the interface language writes them (1.5 M; 150만; 1,5 triệu)."""
    return format_usd(amount, user_language())


def _table(title: str, parts: dict[str, Breakdown], label: Callable[[str], str]) -> str:
    rows = "".join(
        f"<tr><td>{escape(label(code))}</td><td align='right'>{part.projects}</td>"
        f"<td align='right'>{money(part.amount_usd) if part.amount_usd else '—'}</td>"
        f"<td align='right'>{part.without_amount or ''}</td></tr>"
        for code, part in sorted(parts.items(), key=lambda item: (-item[1].projects, item[0]))
    )
    return (
        f"<p><b>{title}</b></p><table width='100%' cellspacing='0' cellpadding='1'>"
        f"<tr><th align='left'></th><th align='right'>{tr('projects')}</th>"
        f"<th align='right'>{tr('published')}</th><th align='right'>{tr('not published')}</th></tr>{rows}</table>"
    )


def summary_html(summary: Summary, sector_name: Callable[[str], str], note: str = "") -> str:
    """The dock's summary as HTML; money by kind of finance, never one grand total."""
    head = tr("<b>{} projects</b> in <b>{} ASCN cities</b>").format(summary.projects, len(summary.cities))
    labels = finance_labels()
    published = [
        f"{escape(labels.get(kind, kind))}: {money(part.amount_usd)}"
        for kind, part in sorted(summary.by_finance.items(), key=lambda item: -item[1].amount_usd)
        if part.amount_usd
    ]
    amounts = tr("Published amounts: {}").format(" · ".join(published) if published else tr("none"))
    unpublished = tr("{} projects without a published amount").format(summary.without_amount)
    parts = [f"<p>{head}<br/>{amounts}<br/>{unpublished}</p>"]
    if note:
        parts.append(f"<p style='color:#7a4b00'>{note}</p>")
    parts.append(_table(tr("By donor"), summary.by_donor, lambda code: tr(COUNTRY_NAMES.get(code, code))))
    parts.append(_table(tr("By main sector"), summary.by_sector, sector_name))
    return "".join(parts)


class SummaryView(QTextBrowser):
    """Read-only HTML view of the summary and of lens findings."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("SmartCitySummary")
        self.setOpenExternalLinks(True)
        self.setMinimumHeight(150)
