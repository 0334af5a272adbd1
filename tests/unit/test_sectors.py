"""Sector crosswalk: a choice in any taxonomy finds the projects tagged for it (no QGIS)."""

from smartcity_plugin.core.sectors import SectorCatalogue

ROWS = [
    {"code": "water", "name": "Water", "taxonomy": "presentation", "dac_codes": "14010;14030",
     "equivalents": "kearney.smart_environment;ascn.quality_environment"},
    {"code": "waste", "name": "Waste", "taxonomy": "presentation", "dac_codes": "14050"},
    {"code": "egov", "name": "E-Government", "taxonomy": "presentation", "dac_codes": "43030"},
    {"code": "water.smart_water_meter", "name": "Smart water meter", "taxonomy": "presentation_solution",
     "parent_code": "water"},
    {"code": "kearney.smart_environment", "name": "Smart environment", "taxonomy": "kearney",
     "equivalents": "water;waste"},
    {"code": "ascn.industry_innovation", "name": "Industry & innovation", "taxonomy": "ascn", "equivalents": None},
]


def catalogue() -> SectorCatalogue:
    return SectorCatalogue.from_rows(ROWS)


def test_category_includes_its_solutions_but_not_other_taxonomies():
    assert catalogue().expand(["water"]) == ("water", "water.smart_water_meter")


def test_other_taxonomies_stand_for_their_categories():
    assert catalogue().expand(["kearney.smart_environment"]) == (
        "kearney.smart_environment", "water", "water.smart_water_meter", "waste",
    )
    assert catalogue().expand(["ascn.industry_innovation"]) == ("ascn.industry_innovation",)


def test_lookups():
    sectors = catalogue()
    assert sectors.unknown(["water", "wter"]) == ["wter"]
    assert sectors.name("egov") == "E-Government" and sectors.name("nope") == "nope"
    assert [s.code for s in sectors.in_taxonomy("kearney")] == ["kearney.smart_environment"]
    assert sectors.for_dac("14030") == ["water"] and sectors.for_dac("99999") == []
