"""HXL hashtags (#org+funder, #geo+lat …) → the projects layer's fields. No QGIS needed.

A column matches a tag spec when it has the spec's hashtag and attributes; extra
attributes are allowed only when they do not change the meaning (+name, +v_iso3, +cluster …),
so ``#org+funder+type`` is never read as a funder's name. The most specific spec wins.
"""

from __future__ import annotations

import re
from typing import Optional

from smartcity_plugin.io.records import FIELD_NAMES

# Besides the layer's fields, a table may give locations: coordinates, or admin units (3W tables).
LOCATION_FIELDS = ("latitude", "longitude", "wkt", "adm1_code", "adm1_name", "adm2_code", "adm2_name")
TARGET_FIELDS = FIELD_NAMES + LOCATION_FIELDS

# Spec → field; the exporter writes the first spec listed for each field.
SPECS: tuple[tuple[str, str], ...] = (
    ("#activity+code", "project_id"), ("#activity+id", "project_id"), ("#meta+id", "project_id"),
    ("#activity+name", "title"), ("#activity+title", "title"), ("#activity", "title"),
    ("#country+funder+code", "donor_country"), ("#org+funder+code", "donor_country"),
    ("#org+funder+id", "donor_country"), ("#org+funder", "donor_name"),
    ("#org+prog", "agency"), ("#org+extending", "agency"), ("#org+name", "agency"), ("#org", "agency"),
    ("#org+impl", "partners"), ("#org+partner", "partners"),
    ("#country+code", "recipient_country"), ("#country", "recipient_country"),
    ("#loc+city+code", "city_id"), ("#loc+city+code+all", "city_ids"),
    ("#sector+code+main", "sector_primary"), ("#sector+code", "sectors"), ("#sector+dac+code", "dac_codes"),
    ("#sector", "sectors"),
    ("#status", "status"), ("#date+start", "start_year"), ("#date+end", "end_year"),
    ("#value+usd", "amount_usd"), ("#description+amount", "amount_note"),
    ("#meta+finance_type", "finance_type"), ("#meta+confidence", "confidence"),
    ("#geo+precision", "location_precision"), ("#description+location", "location_note"),
    ("#meta+source", "source_title"), ("#meta+url", "source_url"), ("#date+reported", "as_of"),
    ("#meta+conflicting_claims", "conflicting_claims"), ("#description", "notes"),
    ("#geo+lat", "latitude"), ("#geo+lon", "longitude"), ("#geo+wkt", "wkt"),
    ("#adm1+code", "adm1_code"), ("#adm1", "adm1_name"), ("#adm2+code", "adm2_code"), ("#adm2", "adm2_name"),
    # HXL 0.x (before attributes): one hashtag per meaning, x_ for extensions
    ("#funder", "donor_name"), ("#prog", "agency"), ("#impl", "partners"), ("#country_code", "recipient_country"),
    ("#sector_code", "dac_codes"), ("#start_date", "start_year"), ("#end_date", "end_year"),
    ("#lat_deg", "latitude"), ("#lon_deg", "longitude"), ("#adm1_code", "adm1_code"), ("#adm2_code", "adm2_code"),
    ("#activity_id", "project_id"), ("#x_funds_committed", "amount_note"), ("#report_date", "as_of"),
)
# Attributes that only say how a value is written (language, code list, list or total).
NEUTRAL = {"name", "en", "i_en", "v_iso2", "v_iso3", "v_pcode", "list", "all", "cluster", "main", "funding",
           "committed", "total", "budget", "actual", "planned", "num", "dac"}
_TAG = re.compile(r"^#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*$")


def parse_tag(text: str) -> Optional[tuple[str, frozenset]]:
    """'#org +funder' → ('#org', {'funder'}); None when ``text`` is not a hashtag."""
    value = (text or "").strip().lower()
    if not _TAG.match(value):
        return None
    parts = [part.strip() for part in value.split("+")]
    return parts[0], frozenset(parts[1:])


_PARSED = [(parse_tag(spec), field) for spec, field in SPECS]
for name in FIELD_NAMES:  # every field also answers to #meta+<field>, as the exporter writes the rest
    _PARSED.append((("#meta", frozenset({name})), name))


def is_tag_row(cells: list[str]) -> bool:
    """True when most non-empty cells are HXL hashtags (the row under or instead of the headers)."""
    filled = [cell for cell in cells if cell.strip()]
    return bool(filled) and sum(parse_tag(cell) is not None for cell in filled) * 2 >= len(filled)


def field_for_tag(text: str) -> Optional[str]:
    """The field an HXL column feeds, None when no spec fits."""
    parsed = parse_tag(text)
    if parsed is None:
        return None
    hashtag, attributes = parsed
    best, best_size = None, -1
    for (spec_tag, spec_attributes), field in _PARSED:
        if spec_tag != hashtag or not spec_attributes <= attributes:
            continue
        if (attributes - spec_attributes) - NEUTRAL:
            continue
        if len(spec_attributes) > best_size:
            best, best_size = field, len(spec_attributes)
    return best


def export_tag(field: str) -> str:
    """The tag the CSV exporter writes over ``field``."""
    for spec, name in SPECS:
        if name == field:
            return spec
    return f"#meta+{field}"


# Plain headers (lower case, spaces and dashes as _) the importer recognises without a mapping.
HEADER_ALIASES = {
    "id": "project_id", "project": "project_id", "project_code": "project_id", "iati_identifier": "project_id",
    "name": "title", "project_name": "title", "project_title": "title", "activity": "title",
    "donor": "donor_name", "funder": "donor_name", "implementer": "partners", "implementing_partner": "partners",
    "country": "recipient_country", "country_code": "recipient_country", "recipient": "recipient_country",
    "sector": "sectors", "dac_code": "dac_codes", "purpose_code": "dac_codes",
    "start": "start_year", "start_date": "start_year", "end": "end_year", "end_date": "end_year",
    "amount": "amount_usd", "value_usd": "amount_usd", "amount_usd": "amount_usd",
    "lat": "latitude", "y": "latitude", "lon": "longitude", "lng": "longitude", "long": "longitude",
    "x": "longitude", "precision_code": "location_precision", "precision": "location_precision",
    "place_name": "location_note", "url": "source_url", "source": "source_title", "locations_wkt": "wkt",
    "province": "adm1_name", "admin1": "adm1_name", "adm1": "adm1_name", "district": "adm2_name",
    "admin2": "adm2_name", "adm2": "adm2_name",
    # AidData's project, location and level-1a tables
    "donors": "donor_name", "donors_iso3": "donor_country", "recipients": "recipient_country",
    "recipients_iso3": "recipient_country", "start_actual_isodate": "start_year", "end_actual_isodate": "end_year",
    "start_planned_isodate": "start_year", "end_planned_isodate": "end_year", "total_commitments": "amount_usd",
    "ad_sector_codes": "dac_codes", "ad_sector_names": "sectors",
}


def field_for_header(text: str) -> Optional[str]:
    """The field a plain column header names, None when it names none."""
    key = re.sub(r"[\s\-]+", "_", (text or "").strip().lower())
    if key in TARGET_FIELDS:
        return key
    return HEADER_ALIASES.get(key)
