"""Totals: money counted once, unknown amounts counted but never guessed (no QGIS)."""

from smartcity_plugin.core.summary import split_list, summarize

PROJECTS = [
    {"donor_country": "KR", "sector_primary": "egov", "amount_usd": 10_000_000.0, "city_ids": "c_tamky"},
    {"donor_country": "KR", "sector_primary": "water", "amount_usd": None, "city_ids": "c_a;c_b"},
    {"donor_country": "US", "sector_primary": "water", "amount_usd": 300_000, "city_ids": "c_a"},
    {"donor_country": None, "sector_primary": None, "amount_usd": 0.0, "city_ids": None},
]


def test_totals_and_breakdowns():
    summary = summarize(PROJECTS)
    assert summary.projects == 4
    assert summary.amount_usd == 10_300_000.0
    assert summary.without_amount == 1
    assert summary.cities == {"c_tamky", "c_a", "c_b"}
    assert summary.by_donor["KR"].projects == 2
    assert summary.by_donor["KR"].amount_usd == 10_000_000.0
    assert summary.by_donor["KR"].without_amount == 1
    assert summary.by_donor["unknown"].projects == 1
    assert summary.by_sector["water"].amount_usd == 300_000.0
    assert sum(b.projects for b in summary.by_sector.values()) == summary.projects


def test_zero_is_a_known_amount_and_text_is_not():
    summary = summarize([{"amount_usd": 0.0}, {"amount_usd": "1000"}, {"amount_usd": True}])
    assert summary.without_amount == 2
    assert summary.amount_usd == 0.0


def test_split_list():
    assert split_list(" VN; LA ;;") == ["VN", "LA"]
    assert split_list(None) == []


def test_money_by_kind_of_finance_is_kept_apart():
    summary = summarize([
        {"donor_country": "KR", "finance_type": "grant", "amount_usd": 9e6},
        {"donor_country": "CN", "finance_type": "commercial", "amount_usd": 4e9},
        {"donor_country": "JP", "finance_type": "loan", "amount_usd": None},
        {"donor_country": "US"},
    ])
    assert summary.by_finance["grant"].amount_usd == 9e6
    assert summary.by_finance["commercial"].amount_usd == 4e9
    assert summary.by_finance["loan"].without_amount == 1
    assert summary.by_finance["unknown"].projects == 1


def test_grouped_projects_add_up_as_the_projects_themselves():
    """What a database's GROUP BY hands over gives the same totals as the projects one by one."""
    from smartcity_plugin.core.summary import summarize_groups

    groups: dict[tuple, list] = {}
    for project in PROJECTS:
        key = tuple(project.get(name) for name in ("donor_country", "sector_primary", "finance_type", "city_ids"))
        amount = project.get("amount_usd")
        totals = groups.setdefault(key, [0, 0.0, 0])
        totals[0] += 1
        totals[1] += amount or 0.0
        totals[2] += amount is not None
    assert summarize_groups((*key, *totals) for key, totals in groups.items()) == summarize(PROJECTS)
    assert summarize(PROJECTS).by_city == {"c_tamky": 1, "c_a": 2, "c_b": 1}
