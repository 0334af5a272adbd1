""""Title contains" ignores case beyond ASCII, alike in the dock's SQL, the map export and QGIS expressions."""

from __future__ import annotations

import unicodedata

import pytest
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from smartcity_plugin.core.filter_expression import filter_expression
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.selection_query import projects_condition
from smartcity_plugin.layers.filtering import apply_project_filter
from tests.qgis.conftest import PROJECT_ROWS, make_projects_layer, write_geopackage

TITLES = [
    "Đà Nẵng smart city centre", "ĐÀ NẴNG FLOOD WARNING", "đà nẵng river sensors", "Da Nang ports (no accents)",
    "ÉCOLE numérique de Vientiane", "école connectée", "Ecole sans accent", "Ciudad ÑUÑOA piloto",
    "ΑΘΗΝΑ smart grid", "Straße der Zukunft", "İzmir data hub", "Hà Nội – HÀ NỘI metro",
]
ROWS = PROJECT_ROWS + [
    (f"u{i}", title, "KR", "KOICA", "VN", "", "", "water", "water", "ongoing", 2020, 2024, None, 108.2, 16.0)
    for i, title in enumerate(TITLES)
]
QUERIES = ["Đà Nẵng", "đà nẵng", "ĐÀ NẴNG", "ÉCOLE", "école", "Ecole", "ñuñoa", "αθηνα", "STRASSE", "straße",
           "hà nội", "HÀ NỘI – hà", "smart", "Da Nang", "d\u0300a", "e\u0301cole"]


@pytest.fixture(scope="module")
def gpkg_path(qgis_app, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("unicode") / "projects.gpkg"
    write_geopackage(make_projects_layer(ROWS), path)
    return str(path)


@pytest.fixture()
def gpkg_layer(gpkg_path) -> QgsVectorLayer:
    return QgsVectorLayer(gpkg_path, "projects", "ogr")


def expected(query: str) -> list[str]:
    """What a planner means: the title holds the words, whatever the case of each letter."""
    wanted = unicodedata.normalize("NFC", query).lower()
    return sorted(row[0] for row in ROWS if wanted in row[1].lower())


def by_subset(layer, project_filter) -> list[str]:
    assert apply_project_filter(layer, project_filter, None)
    found = sorted(f["project_id"] for f in layer.getFeatures())
    layer.setSubsetString("")
    return found


def by_expression(layer, project_filter) -> list[str]:
    request = QgsFeatureRequest().setFilterExpression(filter_expression(project_filter, None))
    return sorted(f["project_id"] for f in layer.getFeatures(request))


@pytest.mark.parametrize("query", QUERIES)
def test_geopackage_sql_and_expression_agree_with_the_planner(gpkg_layer, query):
    project_filter = ProjectFilter(text=query)
    assert by_subset(gpkg_layer, project_filter) == by_expression(gpkg_layer, project_filter) == expected(query)


def test_da_nang_and_ecole_are_found_whatever_the_case(gpkg_layer):
    assert by_subset(gpkg_layer, ProjectFilter(text="Đà Nẵng")) == ["u0", "u1", "u2"]
    assert by_subset(gpkg_layer, ProjectFilter(text="ÉCOLE")) == ["u4", "u5"]  # not "Ecole" without its accent


def test_the_sql_grows_with_the_text_not_with_its_letter_combinations():
    sql = projects_condition(ProjectFilter(text="Đà Nẵng Hội An Huế Quảng Ngãi Thừa Thiên"), None, "ogr")
    assert len(sql) < 2_000


# Letters whose case rules differ between SQLite, Qt and Python: final sigma, the micro sign
# beside Greek mu, the Kelvin sign, the dotted capital I, sharp s, titlecase digraphs, ligatures.
TRICKY_TITLES = ["ΟΔΟΣ ΑΘΗΝΩΝ", "οδος αθηνων", "µ-grid", "Μ-grid", "Kelvin sensors", "İstanbul pilot",
                 "istanbul pilot", "STRAẞE", "straße", "ǅemal", "ǆemal", "ﬁnance", "FINANCE", "Ÿes", "ÿes"]
TRICKY_QUERIES = ["ς", "σ", "ΟΔΟΣ", "οδοσ", "µ", "μ", "Μ", "k", "K", "İ", "i", "ß", "ẞ", "ǅ", "Ǆ", "ﬁ", "fi",
                  "Ÿ", "ÿ", "s", "ss"]


@pytest.fixture(scope="module")
def tricky_path(qgis_app, tmp_path_factory) -> str:
    rows = [(f"t{i}", title, "KR", "KOICA", "VN", "", "", "water", "water", "ongoing", 2020, 2024, None, 108.2, 16.0)
            for i, title in enumerate(TRICKY_TITLES)]
    path = tmp_path_factory.mktemp("tricky") / "projects.gpkg"
    write_geopackage(make_projects_layer(rows), path)
    return str(path)


@pytest.mark.parametrize("query", TRICKY_QUERIES)
def test_sql_and_expression_agree_where_case_rules_differ(tricky_path, query):
    layer = QgsVectorLayer(tricky_path, "projects", "ogr")
    project_filter = ProjectFilter(text=query)
    assert by_subset(layer, project_filter) == by_expression(layer, project_filter)


def test_one_word_in_capitals_and_in_small_letters_is_one_word(tricky_path):
    layer = QgsVectorLayer(tricky_path, "projects", "ogr")
    titles = {f["project_id"]: f["title"] for f in layer.getFeatures()}
    for query, found in (("ΟΔΟΣ", {"ΟΔΟΣ ΑΘΗΝΩΝ", "οδος αθηνων"}), ("μ-grid", {"µ-grid", "Μ-grid"}),
                         ("straße", {"STRAẞE", "straße"}), ("ǆemal", {"ǅemal", "ǆemal"})):
        assert {titles[i] for i in by_subset(layer, ProjectFilter(text=query))} == found, query
