"""Filter expressions select the right projects, also with quotes and brackets in values."""

from __future__ import annotations

import pytest
from qgis.core import QgsExpression, QgsFeatureRequest

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.filter_model import ProjectFilter


def ids(layer, project_filter: ProjectFilter) -> list[str]:
    expression = filter_expression(project_filter)
    request = QgsFeatureRequest()
    if expression:
        parsed = QgsExpression(expression)
        assert not parsed.hasParserError(), parsed.parserErrorString()
        request.setFilterExpression(expression)
    return sorted(f["project_id"] for f in layer.getFeatures(request))


@pytest.mark.parametrize(
    "criteria, expected",
    [
        ({}, ["p1", "p2", "p3", "p4", "p5"]),
        ({"donors": ["KR"]}, ["p1", "p3", "p5"]),
        ({"donors": ["US", "KR"], "countries": ["VN"]}, ["p1", "p2", "p3", "p5"]),
        ({"countries": ["LA"]}, ["p3"]),  # one of several recipient countries
        ({"sectors": ["water"]}, ["p1", "p2", "p3"]),  # listed sector, not only the primary one
        ({"sectors": ["wat"]}, []),  # a code never matches part of another code
        ({"cities": ["c_hue", "c_jb"]}, ["p4", "p5"]),
        ({"statuses": ["completed"]}, ["p2", "p5"]),
        ({"year_from": 2024, "year_to": 2030}, ["p1", "p2", "p3"]),  # overlap; open end runs on
        ({"year_to": 2016}, ["p5"]),
        ({"amount_min": 12_000_000}, ["p5"]),  # unknown amounts drop out of a range
        ({"amount_max": 12_000_000}, ["p1"]),
        ({"text": "WATER"}, ["p2", "p5"]),  # case-insensitive substring
        ({"text": "phase 'II') [pilot"}, ["p3"]),
        ({"agencies": ["O'Neill & Partners (KR)"]}, ["p5"]),
        ({"text": "%"}, []),  # no wildcard: a percent sign is just a character
    ],
)
def test_filter_selects(projects_layer, criteria, expected):
    assert ids(projects_layer, ProjectFilter(**criteria)) == expected


def test_contradicting_filter_is_refused():
    with pytest.raises(ValueError, match="start year 2025 is after the end year 2020"):
        filter_expression(ProjectFilter(year_from=2025, year_to=2020))
