"""Names of the bundled layers and of the fields other parts of the plugin rely on."""

from __future__ import annotations

LAYER_CITIES = "ascn_cities"
LAYER_PROJECTS = "projects"
LAYER_FLOOD = "flood_coverage"
TABLE_SECTORS = "sectors"
TABLE_CLAIMS = "claims"

LIST_SEPARATOR = ";"

# projects
F_PROJECT_ID = "project_id"
F_TITLE = "title"
F_DONOR = "donor_country"
F_AGENCY = "agency"
F_RECIPIENT = "recipient_country"
F_CITY_ID = "city_id"
F_CITY_IDS = "city_ids"
F_SECTOR_PRIMARY = "sector_primary"
F_SECTORS = "sectors"
F_STATUS = "status"
F_START_YEAR = "start_year"
F_END_YEAR = "end_year"
F_AMOUNT = "amount_usd"
F_FINANCE = "finance_type"
FINANCE_TYPES = ("grant", "loan", "commercial", "in_kind", "unknown")
# How sure the record (or claim) is, from its sources: projects, flood systems and claims carry it;
# ASCN cities carry the same levels in ``status_confidence``. See docs/data.md.
F_CONFIDENCE = "confidence"
F_CITY_CONFIDENCE = "status_confidence"
CONFIDENCE_LEVELS = ("high", "medium", "low")
# Flood systems: the area the sources say the system serves (NULL with ``area_note`` when unpublished).
F_STATED_AREA = "stated_area_km2"
F_AREA_NOTE = "area_note"

# Fields a layer needs before the project filter can run on it.
PROJECT_FILTER_FIELDS = (
    F_PROJECT_ID,
    F_TITLE,
    F_DONOR,
    F_AGENCY,
    F_RECIPIENT,
    F_CITY_IDS,
    F_SECTORS,
    F_STATUS,
    F_START_YEAR,
    F_END_YEAR,
    F_AMOUNT,
)

PROJECT_STATUSES = ("planned", "ongoing", "completed", "suspended", "unknown")

# Fields the per-city analyses read (cooperation matrix, lenses, city profiles).
ANALYSIS_FIELDS = (F_PROJECT_ID, F_DONOR, F_SECTOR_PRIMARY, F_SECTORS, F_CITY_IDS, F_AMOUNT, F_FINANCE)

# The team registry (PostGIS): the tables planners edit there, with the column naming a record.
REGISTRY_SCHEMA = "smartcity"
EDITABLE_TABLES = {LAYER_PROJECTS: F_PROJECT_ID, LAYER_CITIES: "city_id", LAYER_FLOOD: "system_id"}
