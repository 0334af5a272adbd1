"""A catalogue too large for a ring position per project: each donor keeps one at every place.

At 2,500 projects around the ASCN cities a place holds far more than its rings (42), and
working out a position per project cost most of a click. The map then draws each donor's
projects at a place as one mark; the city symbol's size gives their number; national and
regional programmes are still drawn as their countries, counted per donor.
"""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsProject

from bench.catalogue import build, read_vocabulary
from bench.data import use_catalogue
from smartcity_plugin.core.placement import RING_PROJECT_LIMIT
from smartcity_plugin.layers.group import add_cooperation_layers, refresh_project_counts
from smartcity_plugin.layers.placement import OFFSET_FIELD, PROGRAMME_COUNT, PROGRAMME_LIST
from smartcity_plugin.layers.reading import count_features

SIZE = 2500


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    path = tmp_path_factory.mktemp("crowded") / "projects.gpkg"
    build(path, SIZE, read_vocabulary())
    return path


@pytest.fixture()
def layers(crowded, qgis_new_project):
    from smartcity_plugin.layers.sources import forget_cached_tables

    forget_cached_tables()
    with use_catalogue(crowded):
        result = add_cooperation_layers(QgsProject.instance())
        yield result.layers
    QgsProject.instance().clear()
    forget_cached_tables()


def sql(path, query):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute(query).fetchall()


def offsets_by_donor(projects) -> dict:
    seen: dict = {}
    for feature in projects.getFeatures():
        seen.setdefault(feature["donor_country"], set()).add(feature[OFFSET_FIELD])
    return seen


def test_each_donor_keeps_one_mark_when_the_projects_are_too_many(layers, crowded):
    projects = layers["projects"]
    assert count_features(projects) == SIZE > RING_PROJECT_LIMIT
    assert refresh_project_counts(layers["cities"], projects, programmes=layers["programmes"]) is True
    seen = offsets_by_donor(projects)
    located = {donor: offsets - {None} for donor, offsets in seen.items()}
    assert set(located) == {"KR", "US", "JP", "CN", "XM"}
    assert all(len(offsets) == 1 for offsets in located.values()), located  # one mark per donor
    assert len({next(iter(offsets)) for offsets in located.values()}) == 5  # and no two donors share it
    areas = sum(1 for f in projects.getFeatures() if f[OFFSET_FIELD] is None)
    assert areas == sql(crowded, "SELECT count(*) FROM projects WHERE location_precision >= 6")[0][0] > 0


def test_programmes_are_counted_per_country_and_donor(layers, crowded):
    refresh_project_counts(layers["cities"], layers["projects"], programmes=layers["programmes"])
    viet_nam = next(f for f in layers["programmes"].getFeatures() if f["iso_a2"] == "VN")
    expected = sql(crowded, "SELECT count(*) FROM projects WHERE location_precision >= 6 "
                            "AND ';' || recipient_country || ';' LIKE '%;VN;%'")[0][0]
    assert viet_nam[PROGRAMME_COUNT] == expected > 0
    korea = sql(crowded, "SELECT count(*) FROM projects WHERE location_precision >= 6 AND donor_country = 'KR' "
                         "AND ';' || recipient_country || ';' LIKE '%;VN;%'")[0][0]
    assert f"Korea: {korea} programmes" in viet_nam[PROGRAMME_LIST]


def test_a_narrow_filter_gets_a_ring_position_per_project_again(layers):
    projects = layers["projects"]
    projects.setSubsetString("\"donor_country\" = 'CN' AND \"recipient_country\" = 'VN'")
    assert 0 < count_features(projects) <= RING_PROJECT_LIMIT
    assert refresh_project_counts(layers["cities"], projects, programmes=layers["programmes"]) is False
    by_city: dict = {}
    for feature in projects.getFeatures():
        if feature[OFFSET_FIELD] is not None and feature["city_ids"]:
            by_city.setdefault(feature["city_ids"], []).append(feature[OFFSET_FIELD])
    shared = [offsets for offsets in by_city.values() if len(offsets) > 1]
    assert shared and all(len(set(offsets)) == len(offsets) for offsets in shared)  # each its own place on the ring


def test_the_dock_says_why_the_marks_are_per_donor(crowded, desktop_iface, qgis_new_project):
    from smartcity_plugin.gui.dock import CooperationDock
    from smartcity_plugin.layers.sources import forget_cached_tables

    forget_cached_tables()
    with use_catalogue(crowded):
        QgsProject.instance().clear()
        dock = CooperationDock(desktop_iface)
        try:
            dock.apply_now()
            text = dock.summary.toPlainText()
            assert f"{SIZE} projects" in text
            assert "each donor's projects share one mark" in text
        finally:
            dock.disconnect_project()
            dock.deleteLater()
            QgsProject.instance().clear()
    forget_cached_tables()


def test_an_exported_map_says_why_the_marks_are_per_donor(crowded, qgis_new_project, tmp_path):
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout
    from smartcity_plugin.layers.sources import forget_cached_tables

    forget_cached_tables()
    with use_catalogue(crowded):
        QgsProject.instance().clear()
        layout = build_map_layout(QgsProject.instance(), MapRequest(ProjectFilter()))
        assert "each donor's projects share one mark" in layout.itemById("sources").text()
        narrow = build_map_layout(QgsProject.instance(), MapRequest(project_filter=ProjectFilter(
            donors=("CN",), countries=("VN",))))
        assert "share one mark" not in narrow.itemById("sources").text()
        QgsProject.instance().clear()
    forget_cached_tables()


def test_the_totals_table_headings_fit_their_columns(crowded, qgis_new_project):
    """With an "Other kinds" column the money columns narrowed and "Commercial" was cut on the page."""
    from qgis.core import QgsLayoutUtils

    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.export.layouts import MapRequest, build_map_layout
    from smartcity_plugin.layers.sources import forget_cached_tables

    forget_cached_tables()
    with use_catalogue(crowded):
        QgsProject.instance().clear()
        layout = build_map_layout(QgsProject.instance(), MapRequest(ProjectFilter()))
        table = layout.itemById("summary").multiFrame()
        titles = [column.heading() for column in table.headers()]
        assert "Other kinds (US$)" in titles  # the case that cut a heading
        header = table.headerTextFormat()
        font = header.toQFont()
        font.setPointSizeF(header.size())
        for title, width in zip(titles, table.columnWidths()):
            widest = max((QgsLayoutUtils.textWidthMM(font, word) for word in title.split()), default=0.0)
            assert widest <= width, f"{title!r}: {widest:.1f} mm in a {width:.1f} mm column"
        assert table.columnWidths()[0] >= 10  # the names keep a column of their own
        QgsProject.instance().clear()
    forget_cached_tables()


@pytest.mark.parametrize("criteria", [
    {"donors": ("KR", "US")},  # the groups answer; SQLite would walk the donor index
    {"sectors": ("water",), "year_from": 2019},  # the rows' copy in memory answers
    {"donors": ("JP", "KR"), "text": "pilot"},
])
@pytest.mark.parametrize("copy_limit", [None, 10])  # 10: too large a catalogue to copy, the file answers
def test_the_docks_table_lists_the_lowest_feature_ids_whichever_way_the_rows_are_found(
        crowded, desktop_iface, qgis_new_project, monkeypatch, criteria, copy_limit):
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.gui import results_table
    from smartcity_plugin.gui.dock import CooperationDock
    from smartcity_plugin.layers import row_copy, row_groups
    from smartcity_plugin.layers.sources import forget_cached_tables

    monkeypatch.setattr(results_table, "MAX_ROWS", 100)
    if copy_limit is not None:
        monkeypatch.setattr(row_copy, "COPY_LIMIT", copy_limit)
    forget_cached_tables()
    row_groups.forget()
    with use_catalogue(crowded):
        QgsProject.instance().clear()
        dock = CooperationDock(desktop_iface)
        try:
            dock.form.set_project_filter(ProjectFilter(**criteria))
            assert dock.apply_now()
            projects = dock._layers()["projects"]
            passing = sorted(feature.id() for feature in projects.getFeatures())  # what QGIS itself shows
            assert len(passing) > 100
            assert f"first 100 of {len(passing)} projects" in dock.summary.toPlainText()
            listed = sorted(row[0] for row in dock.results.source.rows)
            assert listed == passing[:100]
        finally:
            dock.disconnect_project()
            dock.deleteLater()
            QgsProject.instance().clear()
    row_groups.forget()
    forget_cached_tables()
