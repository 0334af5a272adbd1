"""The filter in words, as map subtitles show it (no QGIS)."""

from smartcity_plugin.core.describe import describe_filter, join_words
from smartcity_plugin.core.filter_model import ProjectFilter

NAMES = {"water": "Water", "security": "Security"}


def test_the_issue_example():
    f = ProjectFilter(sectors=["water", "security"], donors=["KR", "US"], year_from=2018, year_to=2025)
    assert describe_filter(f, NAMES.get) == (
        "Water and Security projects funded by Korea and the United States, 2018–2025"
    )


def test_everything_and_places():
    assert describe_filter(ProjectFilter()) == "All cooperation projects"
    mekong = ProjectFilter(countries=["VN", "KH", "LA", "TH", "MM"], year_from=2019)
    assert describe_filter(mekong) == "All cooperation projects in the Mekong countries, since 2019"
    cities = ProjectFilter(cities=["c1", "c2"], countries=["VN"], statuses=["ongoing"])
    assert describe_filter(cities, city_name={"c1": "Hue", "c2": "Da Nang"}.get) == (
        "All cooperation projects in Hue and Da Nang, status: ongoing"
    )
    assert describe_filter(ProjectFilter(text="flood", amount_min=1e6)) == (
        "All cooperation projects, titles containing “flood”, at least US$ 1,000,000"
    )


def test_join_words():
    assert join_words([]) == "" and join_words(["A"]) == "A" and join_words("ABC") == "A, B and C"
