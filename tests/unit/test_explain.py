"""What the dock's answer is made of: the largest amounts, year overlaps, secondary sectors, rows per country."""

from __future__ import annotations

from smartcity_plugin.core.explain import largest_amounts, secondary_sector_matches, year_matches
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.report_totals import totals_by, totals_by_groups
from smartcity_plugin.core.summary import as_group, split_list, summarize


def project(pid, start=None, end=None, amount=None, sector="water", recipients="VN", finance="grant"):
    return {"project_id": pid, "title": f"Project {pid}", "start_year": start, "end_year": end, "amount_usd": amount,
            "sector_primary": sector, "recipient_country": recipients, "finance_type": finance,
            "donor_country": "KR", "city_ids": ""}


PROJECTS = [
    project("a", 2016, 2020, 5e6), project("b", 2019, 2021, None), project("c", 2020, None, 1e6, "waste", "KH;LA"),
    project("d", None, 2019, 2e6, "energy", "", "loan"), project("e", 2021, 2024, 3e6, "water", "LA", "commercial"),
]


def test_largest_amounts_first_and_only_published_ones():
    largest, priced = largest_amounts(PROJECTS, limit=3)
    assert priced == 4 and [p["project_id"] for p in largest] == ["a", "e", "d"]


def test_years_kept_by_overlap_are_counted():
    found = year_matches(ProjectFilter(year_from=2019, year_to=2020), PROJECTS)
    # a began 2016; d has only an end year (2019): not earlier. b, c, e go on after 2020 (c has no end).
    assert (found.started_before, found.run_after, found.open_end) == (1, 3, 1)
    assert year_matches(ProjectFilter(), PROJECTS) == type(found)()


def test_secondary_sector_matches_are_the_projects_of_other_main_sectors():
    by_sector = summarize(PROJECTS).by_sector
    chosen = {"water", "water.smart_water_supply"}
    assert secondary_sector_matches(ProjectFilter(sectors=("water",)), by_sector, chosen) == 2  # waste, energy
    assert secondary_sector_matches(ProjectFilter(), by_sector, chosen) == 0


def test_rows_from_groups_are_the_rows_from_projects():
    by_country = totals_by(PROJECTS, lambda p: split_list(p["recipient_country"]))
    assert totals_by_groups((as_group(p), split_list(p["recipient_country"])) for p in PROJECTS) == by_country
    rows = {row.key: row for row in by_country}
    assert rows["LA"].projects == 2 and rows["LA"].by_kind == {"grant": 1e6, "loan": 0.0, "commercial": 3e6,
                                                                "other": 0.0}
    assert rows["unknown"].by_kind["loan"] == 2e6  # no recipient: counted, under "unknown"
