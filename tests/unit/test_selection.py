"""The selection a project keeps: the planner's filter and the lens, read back as saved, junk dropped."""

from __future__ import annotations

import json

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.selection import Selection

PLANNER = ProjectFilter(donors=("KR",), year_from=2019, text="Đà Nẵng")


def test_a_lens_keeps_the_planners_filter_under_it():
    lensed = Selection(PLANNER).with_lens("mekong", ProjectFilter(donors=("KR",), countries=("VN", "LA")), None)
    assert lensed.project_filter.countries == ("VN", "LA") and lensed.planner_filter == PLANNER
    assert lensed.without_lens() == Selection(PLANNER) and Selection(PLANNER).project_filter == PLANNER


def test_what_is_saved_comes_back_the_same():
    for selection in (Selection(), Selection(PLANNER),
                      Selection(PLANNER).with_lens("flood", None, ("ascn_vn_da_nang", "ascn_la_luang_prabang"))):
        assert Selection.from_dict(json.loads(json.dumps(selection.to_dict()))) == selection


def test_a_hand_edited_selection_is_taken_as_far_as_it_makes_sense():
    assert Selection.from_dict("mekong") == Selection()
    assert Selection.from_dict({"filter": {"donors": ["KR"]}, "lens": "drop table"}) == \
        Selection(ProjectFilter(donors=("KR",)))  # an unknown lens: the planner's filter alone
    odd = Selection.from_dict({"filter": {}, "lens": "flood", "lens_filter": 3, "city_ids": ["a", 4, None]})
    assert odd.lens == "flood" and odd.lens_filter is None and odd.city_ids == ("a",)
    assert Selection.from_dict({"lens": "gaps", "city_ids": "ascn"}).city_ids is None
