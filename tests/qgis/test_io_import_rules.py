"""Rules issue 19 found missing on real files: CSV quoting past the sniffed sample, country names, a code
column winning over names, HXL 0.x tags, unused columns named, and the checks tuned on real data."""

from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsPointXY

from smartcity_plugin.io.checks import ProjectChecker
from smartcity_plugin.io.countries import country_index
from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.importer import ImportOptions
from tests.fixtures.io_support import planner_without_projects, read_projects

DATE = ImportOptions(import_date="2026-12-06")


def _import(tmp_path, text: str, name: str = "table.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    problems = []
    target = planner_without_projects(tmp_path / "planner.gpkg")
    report = import_csv(path, target, options=DATE, on_problem=problems.append)
    return report, problems, read_projects(target)


def test_escaped_quotes_after_the_sniffed_sample_stay_in_their_cell(qgis_app, tmp_path):
    """The sniffer sees 64 KB without a quote; a later "" must not shift the columns."""
    rows = [f"P{i},Road maintenance {i},VN,21020,2019,100000" for i in range(2000)]
    rows.append('SL-1,"Freetown urban plan ""Phase II"", the city\'s ""structure plan""",SL,43030,2021,2500000')
    text = "project_id,title,recipient_country,dac_codes,start_year,amount_usd\n" + "\n".join(rows) + "\n"
    assert len(text.split('"')[0].encode()) > 65536
    report, problems, projects = _import(tmp_path, text)
    values, _ = projects["SL-1"]
    assert values["title"] == 'Freetown urban plan "Phase II", the city\'s "structure plan"'
    assert (values["recipient_country"], values["dac_codes"], values["sector_primary"]) == ("SL", "43030", "egov")
    assert (values["start_year"], values["amount_usd"]) == (2021, 2_500_000)
    assert report.added == 2001 and not [p for p in problems if p.check == "invalid_value"]


@pytest.mark.parametrize(("cell", "expected"), [
    ("Tanzania, United Republic of", "TZ"), ("South Sudan", "SS"), ("Central African Republic", "CF"),
    ("Dominican Republic", "DO"), ("Cote d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"), ("North Macedonia", "MK"),
    ("Viet Nam", "VN"), ("Lao People's Democratic Republic", "LA"), ("Korea, Republic of", "KR"),
    ("Timor-Leste", "TL"), ("East Timor", "TL"), ("TLS", "TL"), ("Congo, The Democratic Republic of the", "CD"),
    ("Bolivia", "BO"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Vietnam; Lao PDR", "VN;LA"),
])
def test_country_names_official_short_and_natural_earth(qgis_app, cell, expected):
    codes = [country_index().code_for(part) for part in cell.split(";")] if ";" in cell else [
        country_index().code_for(cell)]
    assert ";".join(codes) == expected


def test_a_country_cell_with_a_comma_is_one_country_and_the_code_column_wins(qgis_app, tmp_path):
    text = ('id,title,country,country_code,latitude,longitude\n'
            'A,Dar es Salaam transit,"Tanzania, United Republic of",TZ,-6.8,39.28\n'
            'B,Abidjan drainage,Côte d’Ivoire,CI,5.32,-4.03\n'
            'C,Juba water,Sudan,SS,4.85,31.58\n')  # the name column is wrong here; the code column is right
    report, problems, projects = _import(tmp_path, text)
    assert {key: values["recipient_country"] for key, (values, _) in projects.items()} == {
        "A": "TZ", "B": "CI", "C": "SS"}
    assert not problems and "country" in report.unused_columns


def test_hxl_0x_tags_are_read_and_unused_columns_named(qgis_app, tmp_path):
    text = ("Activity,Funder,Programme,Implementer,Country,Lat,Lon,Committed,Remarks\n"
            "#activity_id,#funder,#prog,#impl,#country_code,#lat_deg,#lon_deg,#x_funds_committed,#x_remarks\n"
            "W-1,KOICA,KOICA Viet Nam office,Hue City,VN,16.46,107.59,1200000,first phase\n")
    report, _, projects = _import(tmp_path, text)
    values, points = projects["W-1"]
    assert (values["donor_name"], values["donor_country"], values["agency"], values["partners"]) == (
        "KOICA", "KR", "KOICA Viet Nam office", "Hue City")
    assert values["recipient_country"] == "VN" and points == [(107.59, 16.46)]
    assert "1200000" in values["amount_note"] and values["amount_usd"] is None  # no currency given: not USD
    assert report.unused_columns == ["Remarks"] and "Columns not used: Remarks." in report.summary()


def test_titles_differing_in_case_are_one_project_and_amounts_never_negative(qgis_app, tmp_path):
    text = ("project_id,title,recipient_country,latitude,longitude,amount_usd\n"
            "D-1,Hue Smart City,VN,16.46,107.59,-50000\n"
            "D-1,HUE SMART  CITY,VN,16.47,107.60,-50000\n")
    report, problems, projects = _import(tmp_path, text)
    values, points = projects["D-1"]
    assert len(points) == 2 and values["amount_usd"] is None
    assert [p.check for p in problems] == ["invalid_value"]  # negative: left empty; no duplicate_id; once per record


def _border_point(inside: str, neighbour: str, depth: float) -> tuple[float, float]:
    """A point ``depth`` degrees inside ``inside`` from its border with ``neighbour``."""
    countries = country_index()
    start = QgsGeometry.fromPointXY(QgsPointXY(102.6331, 17.9757))  # Vientiane, on the Mekong
    border = countries.geometries[neighbour].nearestPoint(start).asPoint()
    here = start.asPoint()
    length = ((here.x() - border.x()) ** 2 + (here.y() - border.y()) ** 2) ** 0.5
    x = border.x() + (here.x() - border.x()) * depth / length
    y = border.y() + (here.y() - border.y()) * depth / length
    assert countries.contains(inside, (x, y))
    return x, y


def test_land_border_tolerance(qgis_app):
    checker = ProjectChecker(country_index())
    near = _border_point("LA", "TH", 0.004)  # a few hundred metres into Laos
    assert checker.locate("P", near, ["TH"]) is None
    far = _border_point("LA", "TH", 0.05)
    assert checker.locate("P", far, ["TH"]).check == "outside_country"


def test_small_islands_and_country_level_points(qgis_app):
    countries = country_index()
    checker = ProjectChecker(countries)
    small = [code for code, geometry in countries.geometries.items() if 0 < geometry.area() < 1.0]
    assert small
    found = None
    for code in small:  # a point within a small island state's extent, far from any coastline Natural Earth has
        box = countries.geometries[code].boundingBox()
        for i in range(9):
            for j in range(9):
                x = box.xMinimum() - 0.4 + (box.width() + 0.8) * i / 8
                y = box.yMinimum() - 0.4 + (box.height() + 0.8) * j / 8
                if not countries.near_any((x, y)):
                    found = (code, (x, y))
                    break
            if found:
                break
        if found:
            break
    assert found, "no small island state with open sea inside its extent"
    code, point = found
    assert checker.locate("P", point, [code]) is None  # an atoll the coarse coastline leaves out
    assert checker.locate("P", point, ["VN"]).check == "at_sea"
    sea = (110.0, 12.0)  # the South China Sea
    exact = checker.check("A", {"recipient_country": "VN", "location_precision": 1, "source_title": "x"}, [sea])
    country_level = checker.check("B", {"recipient_country": "VN", "location_precision": 6, "source_title": "x"},
                                  [sea])
    assert [p.check for p in exact] == ["at_sea"] and country_level == []


def test_region_codes_in_recipient_country_and_a_region_without_percentage(qgis_app, tmp_path):
    """Publishers write regions as countries ("998", "298", "XX"); a country at 100 % plus a bare region passes."""
    from smartcity_plugin.io.iati_import import import_iati

    path = tmp_path / "regions.xml"
    path.write_text(
        '<iati-activities version="2.03">'
        '<iati-activity><iati-identifier>R-1</iati-identifier><reporting-org ref="US-GOV-1"/>'
        '<activity-status>Implementation</activity-status>'
        '<recipient-country code="TL" percentage="100"/><recipient-region code="789" vocabulary="1"/>'
        '</iati-activity>'
        '<iati-activity><iati-identifier>R-2</iati-identifier><reporting-org ref="US-GOV-1"/>'
        '<recipient-country code="998"/><recipient-country code="298"/><recipient-country code="XX"/>'
        '<recipient-country code="VN"/></iati-activity></iati-activities>', encoding="utf-8")
    problems = []
    import_iati(path, planner_without_projects(tmp_path / "p.gpkg"), DATE, on_problem=problems.append)
    projects = read_projects(tmp_path / "p.gpkg")
    assert projects["R-1"][0]["recipient_country"] == "TL" and projects["R-1"][0]["status"] == "ongoing"
    assert projects["R-2"][0]["recipient_country"] == "VN"
    assert "998 (a region code, not a country)" in projects["R-2"][0]["notes"]
    assert not [p for p in problems if p.project_id == "R-1"]
    assert [p.check for p in problems if p.project_id == "R-2"] == ["percentages"]  # four codes, no percentage


def test_an_id_repeated_many_times_is_reported_once(qgis_app, tmp_path):
    from smartcity_plugin.io.iati_import import import_iati

    path = tmp_path / "repeated.xml"
    activity = ('<iati-activity><iati-identifier>SAME-1</iati-identifier><reporting-org ref="US-GOV-1"/>'
                '<title><narrative>Water {}</narrative></title><recipient-country code="VN"/></iati-activity>')
    path.write_text('<iati-activities version="2.03">' + "".join(activity.format(n) for n in range(53))
                    + "</iati-activities>", encoding="utf-8")
    report = import_iati(path, planner_without_projects(tmp_path / "p.gpkg"), DATE)
    assert report.read == 53 and report.problems["duplicate_id"] == 1


def test_a_detected_code_column_wins_over_names(qgis_app, tmp_path):
    text = ("id,title,recipient,country,latitude,longitude\n"  # both headers mean recipient_country
            "A,Phnom Penh drainage,Kampuchea,KH,11.55,104.92\n"
            "B,Vientiane lamps,Lao,LA,17.97,102.63\n")
    report, problems, projects = _import(tmp_path, text)
    assert {key: values["recipient_country"] for key, (values, _) in projects.items()} == {"A": "KH", "B": "LA"}
    assert not problems and report.unused_columns == ["recipient"]
