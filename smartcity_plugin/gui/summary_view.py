"""Live totals in words and small tables: projects, cities, dollars, by donor and by sector."""

from __future__ import annotations

import inspect
import weakref
from dataclasses import dataclass, field
from html import escape
from typing import Callable, Mapping, Optional

from qgis.PyQt.QtCore import QSize, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QTextBrowser, QWidget

from smartcity_plugin.core.explain import largest_amounts, secondary_sector_matches, year_matches
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.report_totals import TotalsRow
from smartcity_plugin.core.summary import Breakdown, Summary
from smartcity_plugin.gui.summary_sections import (
    LARGEST_LINK,
    countries_html,
    largest_link_html,
    matching_html,
    money,
    money_list_html,
)
from smartcity_plugin.layers.presentation import finance_labels
from smartcity_plugin.toolbelt.i18n import tr

__all__ = ["DockAnswer", "SummaryView", "money", "summary_html"]


@dataclass
class DockAnswer:
    """What the dock shows for one filter: the totals and what they are made of."""

    summary: Summary
    project_filter: ProjectFilter = field(default_factory=ProjectFilter)
    countries: list[TotalsRow] = field(default_factory=list)
    projects: Optional[list[Mapping]] = None  # every kept project; None when too many to read on each click
    chosen_sectors: frozenset[str] = frozenset()  # the sector codes the sector choice stands for
    largest: Optional[list[Mapping]] = None  # the largest amounts, read on demand when ``projects`` is None

    def details_html(self, sector_name: Callable[[str], str]) -> str:
        """The projects behind the money and how the kept projects matched, in words."""
        priced = self.summary.projects - self.summary.without_amount
        if self.projects is not None:
            largest, priced = largest_amounts(self.projects)
            made_of = money_list_html(largest, priced, sector_name, self.chosen_sectors)
        elif self.largest is not None:
            made_of = money_list_html(self.largest, priced, sector_name, self.chosen_sectors)
        else:
            made_of = largest_link_html(priced)
        years = year_matches(self.project_filter, self.projects) if self.projects is not None else None
        secondary = secondary_sector_matches(self.project_filter, self.summary.by_sector, self.chosen_sectors)
        return made_of + matching_html(self.project_filter, years, secondary)


def _table(title: str, parts: dict[str, Breakdown], label: Callable[[str], str]) -> str:
    rows = "".join(
        f"<tr><td>{escape(label(code))}</td><td align='right'>{part.projects}</td>"
        f"<td align='right'>{money(part.amount_usd) if part.amount_usd else '—'}</td>"
        f"<td align='right'>{part.without_amount or ''}</td></tr>"
        for code, part in sorted(parts.items(), key=lambda item: (-item[1].projects, item[0]))
    )
    return (
        f"<p><b>{title}</b></p><table width='99%' cellspacing='0' cellpadding='1'>"
        f"<tr><th align='left'></th><th align='right'>{tr('projects')}</th>"
        f"<th align='right'>{tr('published')}</th><th align='right'>{tr('not published')}</th></tr>{rows}</table>"
    )


def summary_html(summary: Summary, sector_name: Callable[[str], str], note: str = "",
                 answer: Optional[DockAnswer] = None) -> str:
    """The dock's summary as HTML; money by kind of finance, never one grand total.

    With ``answer``: also how the projects matched, the projects the money is made of, and
    the breakdown by recipient country.
    """
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
    if answer is not None:
        parts.append(answer.details_html(sector_name))
    if note:
        parts.append(f"<p style='color:#7a4b00'>{note}</p>")
    parts.append(_table(tr("By donor"), summary.by_donor, lambda code: tr(COUNTRY_NAMES.get(code, code))))
    parts.append(_table(tr("By main sector"), summary.by_sector, sector_name))
    if answer is not None:
        parts.append(countries_html(answer.countries))
    return "".join(parts)


class SummaryView(QTextBrowser):
    """Read-only HTML view of the summary and of lens findings."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("SmartCitySummary")
        self.setOpenLinks(False)  # our own link lists the largest amounts; web links open in the browser
        self.anchorClicked.connect(self._link_clicked)
        self.setMinimumHeight(150)
        self.answer: Optional[DockAnswer] = None
        self.sector_name: Callable[[str], str] = str
        self.note = ""
        self.read_largest: Optional[Callable] = None  # a callable, or a weak reference to a method

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Room for the totals and the first projects behind the money when the dock opens."""
        return QSize(super().sizeHint().width(), 22 * self.fontMetrics().height())

    def show_answer(self, answer: DockAnswer, sector_name: Callable[[str], str], note: str = "",
                    read_largest: Optional[Callable[[], list[Mapping]]] = None) -> None:
        """Show ``answer``; ``read_largest`` reads the largest amounts when the planner asks for them."""
        self.answer, self.sector_name, self.note = answer, sector_name, note
        # Held weakly: a dock's own method held here would keep the dock alive in a reference cycle.
        self.read_largest = weakref.WeakMethod(read_largest) if inspect.ismethod(read_largest) else read_largest
        self._render()

    def list_largest(self) -> None:
        """Read and show the projects with the largest amounts (the link's action)."""
        read = self.read_largest() if isinstance(self.read_largest, weakref.WeakMethod) else self.read_largest
        if self.answer is None or read is None:
            return
        self.answer.largest = read()
        self._render()

    def _render(self) -> None:
        position = self.verticalScrollBar().value()
        self.setHtml(summary_html(self.answer.summary, self.sector_name, self.note, self.answer))
        self.verticalScrollBar().setValue(position)

    def _link_clicked(self, url: QUrl) -> None:
        if url.toString() == LARGEST_LINK:
            self.list_largest()
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def clear(self) -> None:
        """Nothing to show (the project was closed)."""
        self.answer = None
        super().clear()
