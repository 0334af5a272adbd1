"""What a planner reads: field aliases and HTML map tips with source links (translatable)."""

from __future__ import annotations

from typing import Any, Mapping

from qgis.core import QgsExpression, QgsVectorLayer

from smartcity_plugin.core.safe_text import html_expression, html_template_field, html_text, url_expression
from smartcity_plugin.core.schema import PROJECT_STATUSES
from smartcity_plugin.layers import palette
from smartcity_plugin.toolbelt.i18n import tr


def _q(text: str) -> str:
    return QgsExpression.quotedValue(text)


def map_literal(pairs: Mapping[str, Any]) -> str:
    """A QGIS expression map literal, keys and values quoted: map('KR', 'Korea', …)."""
    return "map(" + ", ".join(f"{_q(key)}, {_q(value)}" for key, value in pairs.items()) + ")"


def _lookup(field: str, names: Mapping[str, str]) -> str:
    """Expression that shows the name of the code in ``field`` (the code itself if unknown)."""
    return f"coalesce(map_get({map_literal(names)}, \"{field}\"), \"{field}\")"


def _list_lookup(field: str, names: Mapping[str, str]) -> str:
    """Expression listing the names of the ``;``-separated codes in ``field``."""
    return (
        f"array_to_string(array_foreach(string_to_array(coalesce(\"{field}\", ''), ';'), "
        f"coalesce(map_get({map_literal(names)}, @element), @element)), ', ')"
    )


def finance_labels() -> dict[str, str]:
    """Translated names of the kinds of finance."""
    return {
        "grant": tr("Grants"), "loan": tr("Loans"), "commercial": tr("Commercial investment (not aid)"),
        "in_kind": tr("In kind (MoUs, exchanges)"), "unknown": tr("Kind not known"),
    }


def confidence_names() -> dict[str, str]:
    """Confidence level code → translated word."""
    return {"high": tr("high"), "medium": tr("medium"), "low": tr("low")}


def status_names() -> dict[str, str]:
    """Project status code → translated word."""
    return {status: tr(status) for status in PROJECT_STATUSES}


def ascn_status_names() -> dict[str, str]:
    """ASCN membership code → translated words."""
    return {
        "pilot_2018": tr("Pilot city (2018)"), "member_2023": tr("Member (joined 2023)"),
        "member_2024_reported": tr("Member (2024, reported)"), "candidate": tr("Candidate"),
    }


def legend_labels() -> dict[str, str]:
    """English legend labels of the .qml styles → the interface language."""
    labels = {label: tr(label) for label, _ in palette.DONOR_COLOURS.values()}
    labels.update({
        palette.OTHER_DONOR[0]: tr("Other"),
        "ASEAN member states": tr("ASEAN member states"),
        "Other countries": tr("Other countries"),
    })
    return labels


def translate_legend(layer: QgsVectorLayer) -> None:
    """Show the style's category and rule labels in the planner's language."""
    labels = legend_labels()
    renderer = layer.renderer()
    if renderer is not None and renderer.type() == "pointDisplacement":
        renderer = renderer.embeddedRenderer()
    if renderer is None:
        return
    if renderer.type() == "categorizedSymbol":
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, labels.get(category.label(), category.label()))
    elif renderer.type() == "RuleRenderer":
        for rule in renderer.rootRule().descendants():
            rule.setLabel(labels.get(rule.label(), rule.label()))


def donor_names() -> dict[str, str]:
    """Donor code → translated country or group name."""
    return {code: tr(label) for code, (label, _) in palette.DONOR_COLOURS.items()}


def _field(name: str) -> str:
    """The expression for a field's value."""
    return f'"{name}"'


def _row(label: str, expression: str) -> str:
    """A labelled line; the value is escaped: what the data holds is shown as text, never run as HTML."""
    return f"<b>{html_text(label)}:</b> {html_template_field(expression)}<br/>"


def _source_block() -> str:
    """The source as a link, only to an http(s) address."""
    return (
        f"<b>{html_text(tr('Source'))}:</b> <a href=\"[% {url_expression(_field('source_url'))} %]\">"
        f"{html_template_field(_field('source_title'))}</a>"
        f" ({html_text(tr('as of'))} {html_template_field(_field('as_of'))})"
    )


def _amount(field: str = "amount_usd") -> str:
    """The amount in the interface language's units (100만 달러, US$ 1.5 M), as core/money.py writes it."""
    from smartcity_plugin.core.money import SEPARATORS, UNITS
    from smartcity_plugin.toolbelt.i18n import user_language

    language = user_language()
    units = UNITS.get(language, UNITS["en"])
    decimal = SEPARATORS.get(language, SEPARATORS["en"])[1]
    value = f"abs(\"{field}\")"
    cases = []
    for threshold, divisor, template in units:
        number = f"replace(to_string(round({value} / {divisor}, 2)), '.', {_q(decimal)})" if divisor > 1 \
            else f"format_number({value}, 0)"
        before, after = template.split("{}")
        cases.append(f"WHEN {value} >= {threshold} THEN {_q(before)} || {number} || {_q(after)}")
    return f"CASE WHEN \"{field}\" IS NULL THEN {_q(tr('not published'))} {' '.join(cases)} END"


def precision_names() -> dict[str, str]:
    """IATI location precision → what it means for the point on the map."""
    return {
        "1": tr("exact place"), "2": tr("near the place"), "3": tr("district level"),
        "4": tr("province level"), "5": tr("estimated place in a region"), "6": tr("country level"),
    }


def country_names() -> dict[str, str]:
    """Country code → translated name."""
    from smartcity_plugin.core.names import COUNTRY_NAMES

    return {code: tr(name) for code, name in COUNTRY_NAMES.items()}


def tip_width_px(characters: int = 52) -> int:
    """A map tip's width in pixels: about ``characters`` of the interface font, a readable line.

    At most 480 px: QGIS gives a tip half the canvas's width (less the cursor), and cuts what is wider.
    """
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QFontMetrics

    return max(240, min(QFontMetrics(QgsApplication.font()).averageCharWidth() * characters, 480))


def tip_style(characters: int = 52) -> str:
    """The opening of a map tip: the interface's font, a fixed readable width.

    A one-cell table of fixed width: QtWebKit (QGIS 3.22) and the text browser of builds
    without WebKit (QGIS 3.40/3.44 on Debian, QGIS 4) both honour its width, where CSS
    min-/max-width left a thin column that QGIS then cut at half the canvas's height.
    """
    from qgis.core import QgsApplication

    font = QgsApplication.font()
    family = html_text(font.family()).replace("'", "")
    size = min(max(font.pointSizeF(), 8), 11)
    return (f"<table width=\"{tip_width_px(characters)}\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
            f"<td style=\"font-family:'{family}', sans-serif; font-size:{size:g}pt\">")


TIP_END = "</td></tr></table>"


def _years() -> str:
    """Start–end, "open" for no end; "not published" when neither is known (not "?–open")."""
    return (
        f"CASE WHEN \"start_year\" IS NULL AND \"end_year\" IS NULL THEN {_q(tr('not published'))} ELSE "
        f"coalesce(to_string(\"start_year\"), '?') || '–' || "
        f"coalesce(to_string(\"end_year\"), {_q(tr('open'))}) END"
    )


NOTE_CHARS = 120  # a tip is a glance: longer notes end in "…" (Identify shows them whole)


def _shortened(expression: str) -> str:
    """``expression``'s text, cut at a word boundary near NOTE_CHARS with "…" when longer."""
    return (f"CASE WHEN length({expression}) > {NOTE_CHARS} "
            f"THEN regexp_replace(left({expression}, {NOTE_CHARS}), '\\\\s+\\\\S*$', '') || '…' "
            f"ELSE {expression} END")


def _note(field: str, label: str) -> str:
    """A line shown only when ``field`` has text (long text shortened)."""
    return (
        f"[% CASE WHEN coalesce(\"{field}\", '') <> '' THEN "
        f"'<i>' || {_q(html_text(label))} || ':</i> ' || {html_expression(_shortened(_field(field)))} || '<br/>' "
        "ELSE '' END %]"
    )


def project_map_tip(sector_names: Mapping[str, str]) -> str:
    """HTML map tip of a project: what, who, the source first; then the details."""
    finance = (f"coalesce(map_get({map_literal(finance_labels())}, coalesce(\"finance_type\", 'unknown')), "
               "\"finance_type\")")
    return (
        tip_style() + "<b>" + html_template_field('"title"') + "</b><br/>"
        + _row(tr("Donor"), _lookup("donor_country", donor_names()) + " || ' — ' || coalesce(\"agency\", '')")
        + _source_block() + "<br/>"
        + _note("partners", tr("Partners"))
        + _row(tr("Sector"), _list_lookup("sectors", sector_names))
        + _row(tr("Recipient"), _list_lookup("recipient_country", country_names()))
        + _row(tr("Years"), _years() + " || ' · ' || " + _lookup("status", status_names()))
        + _row(tr("Amount"), _amount() + f" || ' · ' || {finance}")
        + _row(tr("Confidence"), _lookup("confidence", confidence_names()))
        + _note("amount_note", tr("Amount note"))
        # Claims of other sources stay in Identify, where there is room for them.
        + _row(tr("Location precision"),
               f"coalesce(map_get({map_literal(precision_names())}, to_string(\"location_precision\")), '—')"
               f" || coalesce(': ' || {_shortened(_field('location_note'))}, '')")
        + TIP_END
    )


def city_map_tip() -> str:
    """HTML map tip of an ASCN city: its name in the planner's language where the data has it."""
    from smartcity_plugin.layers.sources import sector_names
    from smartcity_plugin.toolbelt.i18n import user_language

    language = user_language()
    # attribute() is NULL where the data has no column for the language (the bundled data has none yet).
    reader_name = f"coalesce(attribute(@feature, {_q('name_' + language)}), \"name\")" if language != "en" \
        else '"name"'
    return (
        tip_style() + "<b>" + html_template_field(reader_name) + "</b> "
        # The local name only when it says something more (not "Johor Bahru Johor Bahru").
        + html_template_field(f"CASE WHEN strpos(lower({reader_name}), lower(coalesce(\"name_local\", ''))) = 0 "
                              "THEN \"name_local\" ELSE '' END") + "<br/>"
        + _row(tr("Country"), _lookup("country_iso2", country_names()))
        + _source_block() + "<br/>"
        + _row(tr("ASCN status"), _lookup("ascn_status", ascn_status_names())
               + " || ' (' || " + _q(tr("confidence")) + " || ': ' || "
               + _lookup("status_confidence", confidence_names()) + " || ')'")
        + _row(tr("Focus areas"), f"coalesce(nullif({_list_lookup('focus_areas', sector_names())}, ''), '—')")
        + _row(tr("Projects on the map"), "coalesce(\"project_count\", 0)")
        + _note("notes", tr("Note"))
        + TIP_END
    )


def programme_map_tip() -> str:
    """HTML map tip of a country with national or regional programmes."""
    return (
        tip_style() + "<b>" + html_template_field('"NAME"') + "</b><br/>"
        + _row(tr("National and regional programmes"), "\"programme_count\"")
        + "[% \"programme_list_html\" %]"
        + TIP_END
    )


def system_type_names() -> dict[str, str]:
    """Kind of flood-warning system code → words."""
    return {
        "ffws": tr("Flood forecasting and warning system"), "ews": tr("Early warning system"),
        "flash_flood": tr("Flash flood guidance"), "national_network": tr("National forecasting network"),
        "dam_safety": tr("Dam safety management"),
    }


def coverage_basis_names() -> dict[str, str]:
    """How a coverage polygon was drawn (code) → words."""
    return {
        "admin1_union": tr("the provinces served"), "basin_approx": tr("an approximate river basin outline"),
        "country": tr("the whole country"),
    }


def flood_map_tip() -> str:
    """HTML map tip of a flood forecasting or warning system."""
    return (
        tip_style() + "<b>" + html_template_field('"name"') + "</b><br/>"
        + _row(tr("Funder"), _lookup("funder_country", donor_names()) + " || ' — ' || coalesce(\"agency\", '')")
        + _source_block() + "<br/>"
        + _row(tr("Implementer"), "coalesce(\"implementer\", '—')")
        + _row(tr("Area"), "coalesce(\"basin\", '') || ' (' || "
               + _lookup("country_iso2", country_names()) + " || ')'")
        + _row(tr("System"), _lookup("system_type", system_type_names()))
        + _row(tr("Years"), _years())
        + _row(tr("Stations"), f"coalesce(to_string(\"stations\"), {_q(tr('not published'))})")
        + _row(tr("Amount"), _amount())
        + _row(tr("Coverage drawn from"), _lookup("geometry_basis", coverage_basis_names())
               + " || coalesce(': ' || \"geometry_note\", '')")
        + _row(tr("Confidence"), _lookup("confidence", confidence_names()))
        + TIP_END
    )


def field_aliases() -> dict[str, str]:
    """Readable, translated names of the fields of every bundled layer."""
    return {
        "city_id": tr("City id"), "name": tr("Name"), "name_local": tr("Local name"),
        "country_iso2": tr("Country code"), "country_name": tr("Country"),
        "ascn_status": tr("ASCN status"), "year_joined": tr("Year joined"),
        "status_confidence": tr("Status confidence"), "focus_areas": tr("Focus areas"),
        "project_count": tr("Projects"), "project_id": tr("Project id"), "title": tr("Title"),
        "donor_country": tr("Donor country"), "donor_name": tr("Donor"), "agency": tr("Agency"),
        "partners": tr("Partners"), "recipient_country": tr("Recipient country"),
        "city_ids": tr("ASCN cities"), "sector_primary": tr("Main sector"),
        "sectors": tr("Sectors"), "dac_codes": tr("OECD DAC codes"), "status": tr("Status"),
        "start_year": tr("Start year"), "end_year": tr("End year"),
        "amount_usd": tr("Amount (USD)"), "amount_note": tr("Amount note"), "finance_type": tr("Kind of finance"),
        "confidence": tr("Confidence"), "stated_area_km2": tr("Stated area (km²)"), "area_note": tr("Area note"),
        "location_precision": tr("Location precision"), "location_note": tr("Location note"),
        "conflicting_claims": tr("Other claims"), "system_id": tr("System id"),
        "basin": tr("Basin or area"), "system_type": tr("System type"),
        "funder_country": tr("Funder country"), "implementer": tr("Implementer"),
        "stations": tr("Stations"), "geometry_basis": tr("Coverage drawn from"),
        "geometry_note": tr("How the coverage was drawn"), "source_title": tr("Source"),
        "source_url": tr("Source address"), "as_of": tr("As of"), "notes": tr("Notes"),
        "iso_a2": tr("Country code"), "NAME": tr("Country"),
    }


def apply_aliases(layer: QgsVectorLayer) -> None:
    """Give the layer's known fields their readable names."""
    aliases = field_aliases()
    for index, field in enumerate(layer.fields()):
        if field.name() in aliases:
            layer.setFieldAlias(index, aliases[field.name()])


def apply_value_maps(layer: QgsVectorLayer, sector_names: Mapping[str, str]) -> None:
    """Identify results, forms and the attribute table show words for the coded fields, not codes.

    One code per field: a value map (the code stays what is stored and filtered on). Lists of
    codes (recipient countries, sectors) get a readable virtual field beside them.
    """
    from qgis.core import QgsEditorWidgetSetup, QgsField

    from smartcity_plugin.toolbelt.compat import field_type

    maps = {
        "donor_country": donor_names(), "funder_country": donor_names(), "status": status_names(),
        "finance_type": finance_labels(), "sector_primary": dict(sector_names), "ascn_status": ascn_status_names(),
    }
    for name, names in maps.items():
        index = layer.fields().indexOf(name)
        if index >= 0:
            entries = [{label: code} for code, label in names.items()]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": entries}))
    readable = {
        "recipient_country": ("recipient_names", tr("Recipient countries"), country_names()),
        "sectors": ("sector_names", tr("Sectors"), dict(sector_names)),
    }
    for name, (virtual, alias, names) in readable.items():
        if layer.fields().indexOf(name) < 0:
            continue
        expression = _list_lookup(name, names)
        index = layer.fields().indexOf(virtual)
        if index < 0:
            layer.addExpressionField(expression, QgsField(virtual, field_type("String")))
            index = layer.fields().indexOf(virtual)
        else:
            layer.updateExpressionField(index, expression)
        layer.setFieldAlias(index, alias)
