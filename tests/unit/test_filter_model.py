"""The filter model on its own: cleaning, problems, round trip (no QGIS)."""

from smartcity_plugin.core.filter_model import ProjectFilter


def test_empty_filter_matches_everything():
    assert ProjectFilter().is_empty()
    assert not ProjectFilter(donors=["KR"]).is_empty()


def test_values_are_stripped_and_deduplicated_in_order():
    project_filter = ProjectFilter(donors=[" US", "KR", "US", ""], text="  water ")
    assert project_filter.donors == ("US", "KR")
    assert project_filter.text == "water"


def test_contradictions_are_reported_in_words():
    problems = ProjectFilter(year_from=2025, year_to=2018, amount_min=5, amount_max=1).problems()
    assert "The start year 2025 is after the end year 2018." in problems
    assert any("smallest amount" in p for p in problems)
    assert ProjectFilter(statuses=["finished"]).problems() == [
        "Unknown status: finished (known: planned, ongoing, completed, suspended, unknown)."
    ]
    assert ProjectFilter(amount_min=-1).problems() == ["An amount cannot be negative (-1 USD)."]
    assert ProjectFilter(year_from=2018, year_to=2018).problems() == []


def test_round_trip_through_plain_values():
    original = ProjectFilter(
        sectors=["water"], donors=["US", "KR"], cities=["ascn_vn_da_nang"],
        year_from=2018, year_to=2025, amount_min=1e6, text="flood",
    )
    data = original.to_dict()
    assert data["donors"] == ["US", "KR"]
    assert ProjectFilter.from_dict(data) == original
    assert ProjectFilter.from_dict({"donors": ["JP"], "unknown_key": 1}) == ProjectFilter(donors=["JP"])
