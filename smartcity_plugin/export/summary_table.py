"""The report's totals as a layout table: by donor, main sector and recipient country.

Words, not codes, and money in the interface language's units. The rows come from
core/report_totals.py, which sums with the dock's own summary code.
"""

from __future__ import annotations

from typing import Callable, Mapping, Sequence

from qgis.core import (
    QgsLayoutItemManualTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsProperty,
    QgsTableCell,
    QgsTextFormat,
)

from smartcity_plugin.core.money import format_number, format_usd
from smartcity_plugin.core.names import COUNTRY_NAMES
from smartcity_plugin.core.report_totals import FINANCE_COLUMNS, TotalsRow, report_totals
from smartcity_plugin.layers.presentation import donor_names, map_literal
from smartcity_plugin.toolbelt.i18n import tr


def column_titles(with_other: bool) -> list[str]:
    """Headings: the group, projects, money per kind of finance, projects without an amount."""
    titles = ["", tr("Projects"), tr("Grants (US$)"), tr("Loans (US$)"), tr("Commercial (US$)")]
    if with_other:
        titles.append(tr("Other kinds (US$)"))
    return titles + [tr("Projects without amount")]


def row_texts(row: TotalsRow, name: str, language: str, with_other: bool) -> list[str]:
    """One table line in words and the language's money units ("—" where nothing is published)."""
    kinds = [*FINANCE_COLUMNS, "other"] if with_other else list(FINANCE_COLUMNS)
    money = [format_usd(row.by_kind[kind], language, currency=False) if row.by_kind[kind] else "—" for kind in kinds]
    return [name, format_number(row.projects, language), *money,
            format_number(row.without_amount, language) if row.without_amount else "—"]


def reader_names(sector_label: Callable[[str], str]) -> dict[str, Callable[[str], str]]:
    """How each breakdown's keys read: donor, sector and country names in the interface language."""
    donors = donor_names()
    return {
        "donor": lambda code: donors.get(code, tr(COUNTRY_NAMES.get(code, code))),
        "sector": sector_label,
        "recipient": lambda code: tr(COUNTRY_NAMES.get(code, code)),
    }


def section_titles() -> dict[str, str]:
    """The table's section headings."""
    return {"donor": tr("By donor"), "sector": tr("By main sector"),
            "recipient": tr("By recipient country")}


def _bold(text: str, template: QgsTextFormat) -> QgsTableCell:
    cell = QgsTableCell(text)
    text_format = QgsTextFormat(template)
    font = text_format.font()
    font.setBold(True)
    text_format.setFont(font)
    cell.setTextFormat(text_format)
    return cell


def _text_width(text_format, text: str) -> float:
    """Width in mm of ``text`` in ``text_format`` (its size in points, as the layout draws it)."""
    font = text_format.toQFont()
    font.setPointSizeF(text_format.size())
    return QgsLayoutUtils.textWidthMM(font, text)


def _set_columns(table: QgsLayoutItemManualTable, titles: Sequence[str], width: float) -> None:
    """Headings and widths that add up to ``width``: the first column a fifth, the numbers the rest.

    Headings wrap between words only, so each number column is at least as wide as its heading's
    widest word ("Commercial" was cut when an "Other kinds" column narrowed them) and as a long
    number; the other columns and then the first (down to a sixth) give up the room.
    """
    margins = 2 * table.cellMargin() * len(titles) + 0.6
    usable = width - margins
    count = usable * 0.12  # projects and projects without amount
    money = (usable * 0.79 - 2 * count) / (len(titles) - 3)
    header, content = table.headerTextFormat(), table.contentTextFormat()
    longest = {"count": _text_width(content, "88,888"), "money": _text_width(content, "888.8 bn")}
    kinds = ["count", *["money"] * (len(titles) - 3), "count"]
    least = [max(longest[kind], max((_text_width(header, word) for word in title.split()), default=0.0)) + 0.3
             for kind, title in zip(kinds, titles[1:])]
    widths = [max(low, count if kind == "count" else money) for low, kind in zip(least, kinds)]
    first = usable - sum(widths)
    if first < usable / 6:  # the wider columns give back what they have above their least
        first = usable / 6
        excess = sum(widths) - (usable - first)
        slack = [wide - low for wide, low in zip(widths, least)]
        if sum(slack) >= excess:
            widths = [wide - room * excess / sum(slack) for wide, room in zip(widths, slack)]
        else:  # no room at all: every column shrinks alike
            widths = [low * (usable - first) / sum(least) for low in least]
    headers = []
    for title in titles:
        column = QgsLayoutTableColumn(title)
        headers.append(column)
    table.setHeaders(headers)
    table.setIncludeTableHeader(True)
    table.setColumnWidths([first, *widths])


def fill_report_table(
    table: QgsLayoutItemManualTable, records: Sequence[Mapping], sector_label: Callable[[str], str],
    language: str, height: float,
) -> None:
    """Fill ``table`` with the three breakdowns, shortened (longest first) to fit ``height`` mm."""
    totals = report_totals(records)
    with_other = any(row.by_kind["other"] for rows in totals.values() for row in rows)
    titles = column_titles(with_other)
    frame = table.frame(0)
    _set_columns(table, titles, frame.rect().width())
    names, headings = reader_names(sector_label), section_titles()
    shown = {section: len(rows) for section, rows in totals.items()}
    template = table.contentTextFormat()
    while True:
        contents = []
        for section, rows in totals.items():
            if not rows:
                continue
            contents.append([_bold(headings[section], template)] + [QgsTableCell("")] * (len(titles) - 1))
            for row in rows[:shown[section]]:
                contents.append([QgsTableCell(text)
                                 for text in row_texts(row, names[section](row.key), language, with_other)])
            if shown[section] < len(rows):
                more = tr("… {} more").format(len(rows) - shown[section])
                contents.append([QgsTableCell(more)] + [QgsTableCell("")] * (len(titles) - 1))
        table.setTableContents(contents)
        if table.totalSize().height() <= height or max(shown.values()) <= 1:
            break
        longest = max(shown, key=lambda section: shown[section])
        shown[longest] -= 1


def fill_city_tables(
    table: QgsLayoutItemManualTable, per_city: Mapping[str, list[TotalsRow]], language: str, width: float,
    city_expression: str = "attribute(@atlas_feature, 'city_id')",
) -> None:
    """The atlas page's totals by donor: each cell picks the page's city from a map literal."""
    with_other = any(row.by_kind["other"] for rows in per_city.values() for row in rows)
    titles = column_titles(with_other)
    titles[0] = tr("Donor")
    _set_columns(table, titles, width)
    names = reader_names(str)["donor"]
    table.setHorizontalGrid(False)  # rows a city does not fill stay blank, not ruled
    lines = max((len(rows) for rows in per_city.values()), default=0)
    cells: dict[tuple[int, int], dict[str, str]] = {}  # (line, column) → city → text
    for city, rows in per_city.items():
        for index, row in enumerate(rows):
            for column, text in enumerate(row_texts(row, names(row.key), language, with_other)):
                cells.setdefault((index, column), {})[city] = text
    contents = []
    for index in range(max(lines, 1)):
        contents.append([
            QgsTableCell(QgsProperty.fromExpression(
                f"coalesce(map_get({map_literal(cells.get((index, column), {}))}, {city_expression}), '')"))
            for column in range(len(titles))
        ])
    table.setTableContents(contents)
