"""IATI code lists the importer needs, for 2.0x and the 1.0x spellings (no QGIS needed).

Sources: IATI-Codelists ActivityStatus, OrganisationRole, ActivityDateType, TransactionType,
FinanceType, GeographicExactness, GeographicLocationClass, GeographicalPrecision (1.0x).
"""

from __future__ import annotations

from typing import Iterable, Optional

from smartcity_plugin.io.organisations import country_of_ref

# ActivityStatus → the projects layer's status; 5 and 6 have no status of ours and go to notes.
STATUS = {"1": "planned", "2": "ongoing", "3": "completed", "4": "completed", "6": "suspended"}
STATUS_WORDS = {"1": "pipeline/identification", "2": "implementation", "3": "finalisation", "4": "closed",
                "5": "cancelled", "6": "suspended"}

# ActivityStatus names as 1.0x files write them in the element's text.
STATUS_TEXT = {
    "pipeline/identification": "1", "pipeline": "1", "identification": "1", "implementation": "2",
    "completion": "3", "finalisation": "3", "finalization": "3", "post-completion": "4", "closed": "4",
    "cancelled": "5", "canceled": "5", "suspended": "6",
}

# OrganisationRole: 2.0x codes; 1.0x wrote the words.
ROLE_FUNDING, ROLE_ACCOUNTABLE, ROLE_EXTENDING, ROLE_IMPLEMENTING = "1", "2", "3", "4"
ROLE_WORDS = {"funding": "1", "accountable": "2", "extending": "3", "implementing": "4"}

# ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end (1.0x: words).
DATE_WORDS = {"start-planned": "1", "start-actual": "2", "end-planned": "3", "end-actual": "4"}

# TransactionType → what the importer sums (others are not the activity's size).
TRANSACTIONS = {
    "1": "incoming funds", "IF": "incoming funds",
    "11": "incoming commitments",
    "2": "commitments", "C": "commitments",
    "3": "disbursements", "D": "disbursements",
    "4": "expenditures", "E": "expenditures",
}



def status_code(code: str, text: str = "") -> str:
    """ActivityStatus code from the code attribute, or from the 1.0x text ('Implementation' → '2')."""
    code = (code or "").strip()
    if code:
        return code
    return STATUS_TEXT.get(" ".join((text or "").split()).lower(), "")


def role_code(value: str) -> str:
    """Participating-org role as a 2.0x code ('Funding' → '1')."""
    value = (value or "").strip()
    return ROLE_WORDS.get(value.lower(), value)


def date_type(value: str) -> str:
    """Activity-date type as a 2.0x code ('start-actual' → '2')."""
    value = (value or "").strip()
    return DATE_WORDS.get(value.lower(), value)


def donor_country(ref: str, countries: Iterable[str]) -> Optional[str]:
    """ISO country of an organisation identifier ('US-GOV-1' → 'US', 'XM-DAC-701-8' → 'JP', '41114' → 'XM').

    None when the identifier names no country: 'XI-IATI-…' (IATI's own registry), 'XX-…'.
    """
    return country_of_ref(ref, countries)


def finance_type(code: str) -> Optional[str]:
    """FinanceType code → grant, loan or commercial (None: no kind of ours fits).

    110/111 are grants; 4xx up to 431 are loans (including the reimbursable grant 422);
    432, 433 and 5xx are equity and hybrids, which the bundled data calls commercial.
    Interest subsidies, capital subscriptions, guarantees and debt relief stay unknown.
    """
    code = (code or "").strip()
    if not code.isdigit():
        return None
    number = int(code)
    if number in (110, 111):
        return "grant"
    if 410 <= number <= 431:
        return "loan"
    if number in (432, 433) or 500 <= number < 600:
        return "commercial"
    return None


def location_precision(
    exactness: str = "", location_class: str = "", admin_levels: Iterable[int] = (),
    feature: str = "", legacy: str = "",
) -> int:
    """AidData/UCDP precision code (1-8) of one IATI location.

    1.0x ``coordinates@precision`` is that code already (9, "unclear, country", becomes 6).
    2.0x has no such code: the feature designation says it for countries and admin
    units; otherwise exactness 1 is exact (1), an approximate populated place is near (2),
    an administrative region takes its deepest administrative level, anything else is
    estimated (5).
    """
    if legacy.isdigit() and 1 <= int(legacy) <= 9:
        return 6 if int(legacy) == 9 else int(legacy)
    feature = feature.upper()
    if feature.startswith("PCL") or feature == "ADM0":
        return 6
    if feature == "ADM1":
        return 4
    if feature[:3] == "ADM" and feature[3:4].isdigit():
        return 3
    if location_class == "1" or exactness == "3":
        levels = list(admin_levels)
        if not levels:
            return 5
        deepest = max(levels)
        return 3 if deepest >= 2 else (4 if deepest == 1 else 6)
    if exactness == "1":
        return 1
    if location_class == "2":
        return 2
    return 5
