"""Cooperation per city: counts, money, sector coverage, US–Korea co-presence, score (no QGIS)."""

import pytest

from smartcity_plugin.core.analysis import (
    cooperation_by_city,
    opening_score,
    presentation_categories,
    project_categories,
)
from smartcity_plugin.core.sectors import SectorCatalogue

CATEGORIES = ["security", "health", "mobility", "energy", "water", "waste", "egov", "participation"]
ROWS = [{"code": c, "name": c.title(), "taxonomy": "presentation"} for c in CATEGORIES] + [
    {"code": "water.smart_water_meter", "taxonomy": "presentation_solution", "parent_code": "water"},
    {"code": "security.climate_risk_management", "taxonomy": "presentation_solution", "parent_code": "security"},
    {"code": "ascn.industry_innovation", "taxonomy": "ascn", "equivalents": None},
    {"code": "kearney.smart_environment", "taxonomy": "kearney", "equivalents": "water;waste"},
]
CATALOGUE = SectorCatalogue.from_rows(ROWS)


def project(donor, city_ids, sectors, amount=None, primary=None, finance=None):
    return {
        "donor_country": donor, "city_ids": city_ids, "sectors": sectors,
        "sector_primary": primary or sectors.split(";")[0], "amount_usd": amount, "finance_type": finance,
    }


PROJECTS = [
    project("US", "c_a", "water;water.smart_water_meter", 1_000_000.0, finance="grant"),
    project("KR", "c_a;c_b", "security.climate_risk_management;water", 4_000_000.0, primary="security",
            finance="grant"),
    project("KR", "c_a", "egov;ascn.industry_innovation"),  # amount and kind of finance not published
    project("CN", "c_b", "ascn.industry_innovation", 2_000_000_000.0, primary="egov", finance="commercial"),
    project("JP", "", "security", 5.0),  # no city: counts nowhere
    project("US", "c_elsewhere", "mobility", 7.0),  # city not asked for
]


@pytest.fixture()
def result():
    return cooperation_by_city(PROJECTS, ["c_a", "c_b", "c_empty"], CATALOGUE)


def test_every_requested_city_in_order_and_nothing_else(result):
    assert list(result) == ["c_a", "c_b", "c_empty"]


def test_projects_and_money_per_donor(result):
    a = result["c_a"]
    assert {d: (b.projects, b.amount_usd, b.without_amount) for d, b in a.donors.items()} == {
        "US": (1, 1_000_000.0, 0), "KR": (2, 4_000_000.0, 1),
    }
    assert a.total().projects == 3 and a.total().amount_usd == 5_000_000.0
    assert a.multi_city_projects == 1


def test_money_per_kind_of_finance_never_mixes_aid_and_investment(result):
    assert {k: (b.projects, b.amount_usd) for k, b in result["c_a"].by_finance.items()} == {
        "grant": (2, 5_000_000.0), "unknown": (1, 0.0),
    }
    assert result["c_b"].by_finance["commercial"].amount_usd == 2_000_000_000.0
    assert result["c_b"].sector_finance["egov"]["commercial"].projects == 1
    assert result["c_a"].sector_finance["water"]["grant"].amount_usd == 5_000_000.0


def test_multi_city_money_counts_whole_in_each_city(result):
    # the documented rule: never split, so city totals are not additive across cities
    assert result["c_b"].donors["KR"].amount_usd == 4_000_000.0
    assert result["c_b"].multi_city_projects == 1


def test_sectors_are_categories_solutions_count_for_parent_ascn_ignored(result):
    assert result["c_a"].sectors == {"water", "security", "egov"}
    # the Chinese project's only category is its primary sector; ascn.* adds nothing
    assert result["c_b"].sectors == {"security", "water", "egov"}
    assert result["c_a"].missing_sectors == ["health", "mobility", "energy", "waste", "participation"]
    assert result["c_empty"].missing_sectors == CATEGORIES


def test_us_korea_flag_and_shared_sectors(result):
    assert result["c_a"].us_korea is True
    assert result["c_a"].shared_sectors == {"water"}
    assert result["c_b"].us_korea is False and result["c_b"].shared_sectors == set()


def test_sector_breakdown_counts_a_project_in_each_of_its_categories(result):
    water = result["c_a"].by_sector["water"]
    assert {d: b.projects for d, b in water.items()} == {"US": 1, "KR": 1}
    assert result["c_a"].sector_total("water").amount_usd == 5_000_000.0
    assert result["c_a"].sector_total("egov").without_amount == 1
    assert result["c_a"].sector_total("health").projects == 0


def test_opening_score_follows_the_documented_formula(result):
    # c_a: US {water}, KR {security, water, egov}: shared 1, one-sided 2, gaps 5, foothold
    assert result["c_a"].opening_score == 2 * 1 + 1 * 2 + 0.5 * 5
    # c_b: KR {security, water}, no US: shared 0, one-sided 2, gaps 5, foothold (KR)
    assert result["c_b"].opening_score == 2 + 0.5 * 5
    # no US or Korean project: gaps alone give nothing
    assert result["c_empty"].opening_score == 0.0
    assert opening_score(set(), set(), 8, foothold=False) == 0.0
    assert opening_score({"water"}, {"water"}, 0, foothold=True) == 2.0


def test_foothold_without_any_category_still_counts_gaps():
    only_ascn = [project("US", "c_x", "ascn.industry_innovation", primary="ascn.industry_innovation")]
    city = cooperation_by_city(only_ascn, ["c_x"], CATALOGUE)["c_x"]
    assert city.sectors == set() and city.donors["US"].projects == 1
    assert city.opening_score == 0.5 * 8


def test_missing_values_are_tolerated():
    rows = [{"city_ids": "c_a"}, {"city_ids": None, "donor_country": "US"}, {}]
    city = cooperation_by_city(rows, ["c_a"], CATALOGUE)["c_a"]
    assert city.donors["unknown"].projects == 1 and city.donors["unknown"].without_amount == 1
    assert city.us_korea is False


def test_a_city_listed_twice_counts_the_project_once():
    city = cooperation_by_city([project("US", "c_a;c_a", "water", 3.0)], ["c_a"], CATALOGUE)["c_a"]
    assert city.donors["US"].projects == 1 and city.multi_city_projects == 0


def test_helpers():
    assert presentation_categories(CATALOGUE) == CATEGORIES
    assert project_categories(
        project("KR", "", "kearney.smart_environment;water.smart_water_meter;nope", primary="egov"), CATALOGUE
    ) == ["egov", "water"]
