"""IATI import: every element of hand-made files, the standard's example, 1.0x, re-import, bad files."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeedback

from smartcity_plugin.io.errors import DataExchangeError, ImportCancelledError
from smartcity_plugin.io.iati_import import iati_records, import_iati
from smartcity_plugin.io.importer import ImportOptions
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import digest, fixture, read_projects

HANDMADE = fixture("iati", "handmade-2.03.xml")


@pytest.fixture(scope="module")
def handmade(qgis_app, tmp_path_factory):
    """The hand-made 2.03 file imported once: (report, problems, projects)."""
    target = tmp_path_factory.mktemp("iati") / "planner.gpkg"
    problems = []
    report = import_iati(HANDMADE, target, ImportOptions(import_date="2026-01-20"), on_problem=problems.append)
    return report, problems, read_projects(target)


def test_report_counts_every_kind(handmade):
    report, problems, projects = handmade
    assert (report.read, report.added, report.updated, report.skipped) == (9, 7, 1, 1)
    assert (report.located, report.country_placed, report.unlocated) == (5, 2, 1)
    assert len(projects) == bundled_rows("projects") + 7  # the bundled projects stay, the new ones are added
    # one problem per record and check ("… and 1 more of this kind"); no funder and no known publisher: donor unknown
    assert report.problems == {
        "future_date": 1, "percentages": 1, "swapped_lat_lon": 1, "outside_country": 1, "at_sea": 1,
        "duplicate_id": 1, "no_id": 1, "unknown_donor": 2,
    }
    assert report.problem_count() == len(problems) == 9


def test_activity_fields(handmade):
    _, _, projects = handmade
    values, points = projects["US-GOV-1-TEST-0002"]
    assert values["title"] == "Cagayan de Oro water supply"
    assert (values["donor_country"], values["donor_name"], values["agency"]) == ("US", "United States (test)",
                                                                              "Test US Agency")
    assert (values["status"], values["start_year"], values["end_year"]) == ("completed", 2016, 2020)
    assert (values["sector_primary"], values["sectors"], values["dac_codes"]) == ("water", "water", "14030")
    assert values["finance_type"] == "loan"
    assert values["amount_usd"] is None  # commitments in USD and PHP: no conversion
    assert "PHP 25,000,000.00, USD 1,000,000.00" in values["amount_note"]
    assert values["location_precision"] == 3  # administrative region, deepest level 2
    assert "Misamis Oriental" in values["location_note"]
    assert points == [(124.6319, 8.4542)]  # pos is "latitude longitude"
    assert values["source_title"] == "IATI activity file handmade-2.03.xml (Test US Agency)"
    assert values["source_url"] == HANDMADE.resolve().as_uri()
    assert values["as_of"] == "2026-01-20"


def test_orgs_dates_money_and_english_title(qgis_app, tmp_path):
    target = tmp_path / "p.gpkg"
    import_iati(HANDMADE, target, ImportOptions(import_date="2026-01-20"))
    first, _ = read_projects(target)["KR-GOV-TEST-0001"]
    # the later duplicate in the file wins, and is flagged; read the first activity alone instead
    assert first["title"].endswith("(repeated in the same file)")
    single = tmp_path / "single.xml"
    text = HANDMADE.read_text(encoding="utf-8")
    single.write_text(text[: text.index(" <iati-activity xml:lang=\"en\" default-currency=\"USD\">\n  <iati-identifier>US")]
                      + "</iati-activities>\n", encoding="utf-8")
    import_iati(single, tmp_path / "q.gpkg", ImportOptions(import_date="2026-01-20"))
    values, points = read_projects(tmp_path / "q.gpkg")["KR-GOV-TEST-0001"]
    assert values["title"] == "Tam Ky smart city test project"  # English preferred over the Korean narrative
    assert (values["donor_country"], values["donor_name"]) == ("KR", "Korean Test Ministry")
    assert values["agency"] == "Test Cooperation Agency"  # extending organisation
    assert values["partners"] == "Test Engineering Ltd;Quang Nam People's Committee"  # implementing, accountable
    assert (values["start_year"], values["end_year"]) == (2021, 2025)  # actual start preferred to planned
    assert (values["sector_primary"], values["sectors"], values["dac_codes"]) == ("egov", "egov;security",
                                                                                "43030;41050")
    assert values["amount_usd"] == 9_000_000  # commitments first; budgets and disbursements in the note
    assert "budgets (revised): USD 4,500,000.00" in values["amount_note"]
    assert "disbursements: USD 2,500,000.00" in values["amount_note"]
    assert values["finance_type"] == "grant"
    assert values["source_url"] == "https://example.org/projects/tam-ky"
    assert values["location_precision"] == 1
    assert points == [(108.474, 15.5736)]
    assert "accountable: Quang Nam People's Committee" in values["notes"]


def test_unlocated_cancelled_suspended_and_no_country_prefix(handmade):
    _, _, projects = handmade
    mekong, points = projects["XM-DAC-41114-TEST-0003"]
    assert mekong["donor_country"] == "XM"
    assert mekong["status"] == "unknown" and "status 5 (cancelled)" in mekong["notes"]
    assert mekong["sectors"] == "water;waste" and mekong["dac_codes"] == "140"  # DAC 3-digit group 140, kept
    assert mekong["location_precision"] == 6 and len(points) == 2  # a point inside each recipient country
    assert "placed inside KH, LA" in mekong["location_note"]
    regional, points = projects["XI-IATI-TEST-0004"]
    assert points == [] and regional["location_precision"] is None  # no country to place it in: listed, no geometry
    assert regional["donor_country"] is None and "XI-IATI-TEST" in regional["notes"]
    assert regional["status"] == "suspended" and "status 6 (suspended)" in regional["notes"]


def test_checks_find_the_planted_mistakes(handmade):
    _, problems, _ = handmade
    by_check = {(p.project_id, p.check): p for p in problems}
    swapped = by_check["KR-GOV-TEST-0005", "swapped_lat_lon"]
    assert swapped.point == (105.8542, 21.0285)  # shown where the point belongs: Hanoi
    assert "lies in LA" in by_check["KR-GOV-TEST-0006", "outside_country"].message
    assert by_check["KR-GOV-TEST-0006", "at_sea"].point == (80.0, -5.0)
    assert {p.message for p in problems if p.check == "percentages"} == {  # once per record, every message in it
        "recipient countries and regions: the percentages add up to 80, not 100; "
        "sectors of vocabulary 1: the percentages add up to 90, not 100.",
    }
    assert by_check["KR-GOV-TEST-0001", "duplicate_id"]
    assert "line 149" in by_check["", "no_id"].message
    future = [p.message for p in problems if p.check == "future_date"]
    assert future == ["the project is completed but starts in 2090; the project is completed but ends in 2099."]


def test_iati_standard_example(qgis_app, tmp_path):
    """The IATI 2.03 activity-standard example (IATI-Extra-Documentation), as published."""
    target = tmp_path / "p.gpkg"
    problems = []
    report = import_iati(fixture("iati", "iati-standard-example-2.03.xml"), target, on_problem=problems.append)
    values, points = read_projects(target)["AA-AAA-123456789-ABC123"]
    assert report.added == 1 and values["title"] == "Activity title"
    assert (values["donor_name"], values["agency"], values["partners"]) == (
        "Name of Agency B", "Name of Agency A", "Name of Agency C")
    assert values["recipient_country"] == "AF;AG"
    assert (values["status"], values["start_year"], values["end_year"]) == ("ongoing", 2012, 2015)
    assert points == [(65.716944, 31.616944), (104.9167, 11.55)]  # Kandahar and Phnom Penh, latitude first
    assert values["amount_usd"] is None and "EUR 3,000.00" in values["amount_note"]
    assert values["sector_primary"] is None and "111, 112, A1 (vocabulary 99)" in values["notes"]
    assert values["finance_type"] == "grant"
    assert [(p.check, p.point) for p in problems] == [("outside_country", (104.9167, 11.55))]  # Cambodia


def test_iati_1_05(qgis_app, tmp_path):
    target = tmp_path / "p.gpkg"
    import_iati(fixture("iati", "handmade-1.05.xml"), target)
    values, points = read_projects(target)["KR-GOV-TEST-1001"]
    assert values["title"] == "Da Nang bus information system"
    assert (values["donor_country"], values["donor_name"], values["agency"], values["partners"]) == (
        "KR", "Korean Test Ministry", "Test Cooperation Agency", "Da Nang Department of Transport")
    assert (values["status"], values["start_year"], values["end_year"]) == ("completed", 2014, 2015)
    assert (values["sector_primary"], values["dac_codes"], values["amount_usd"]) == ("mobility", "21020", 3_200_000)
    assert values["location_precision"] == 3 and points == [(108.2022, 16.0544)]
    assert values["source_url"] == "https://example.org/danang-bis.pdf"


def test_reimport_updates_and_keeps_curated_fields(qgis_app, tmp_path):
    from osgeo import ogr

    target = tmp_path / "p.gpkg"
    first = import_iati(fixture("iati", "handmade-1.05.xml"), target)
    dataset = ogr.Open(str(target), update=1)
    dataset.ExecuteSQL("UPDATE projects SET city_ids = 'ascn_vn_da_nang' WHERE project_id = 'KR-GOV-TEST-1001'")
    dataset = None
    second = import_iati(fixture("iati", "handmade-1.05.xml"), target)
    assert (first.added, second.added, second.updated) == (1, 0, 1)
    projects = read_projects(target)
    assert len(projects) == bundled_rows("projects") + 1
    assert projects["KR-GOV-TEST-1001"][0]["city_ids"] == "ascn_vn_da_nang"  # the planner's own work stays


def test_bundled_data_is_never_the_target_nor_changed(qgis_app, tmp_path):
    before = digest(bundled_data_path())
    with pytest.raises(DataExchangeError, match="bundled data, which is never changed"):
        import_iati(HANDMADE, bundled_data_path())
    import_iati(HANDMADE, tmp_path / "p.gpkg")
    assert digest(bundled_data_path()) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"<iati-activities version='2.03'><iati-activity><iati-identifier>A</iati-identifier>",
     "ends too early at line 1"),
    (b"<iati-activities><iati-activity></iati-activities>", "malformed XML at line 1"),
    ("<?xml version='1.0' encoding='UTF-8'?><iati-activities><iati-activity><title>café</title>"
     "</iati-activity></iati-activities>".encode("latin-1"), "not in the file's declared encoding"),
    (b"<iati-organisations version='2.03'/>", "root element is <iati-organisations>, not <iati-activities>"),
    (b"<!DOCTYPE x [<!ENTITY a 'b'>]><iati-activities/>", "declares a DTD"),
    # after a comment longer than a chunk, and in UTF-16: found all the same, before the parser sees it
    (b"<!-- " + b"x" * 40_000 + b" --><!DOCTYPE x [<!ENTITY a 'b'>]><iati-activities>&a;</iati-activities>",
     "declares a DTD"),
    ("<!DOCTYPE x [<!ENTITY a 'b'>]><iati-activities>&a;</iati-activities>".encode("utf-16"), "declares a DTD"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "malformed XML|encoding"),
    (b"<?xml version='1.0' encoding='klingon'?><iati-activities/>", "encoding cannot be read"),
    ("<?xml version='1.0' encoding='EUC-KR'?><iati-activities><iati-activity><title>\uc11c\uc6b8</title>"
     "</iati-activity></iati-activities>".encode("euc-kr").replace(b"</title>", b"\xff</title>"),
     "not in the file's declared encoding"),
])
def test_bad_files_get_clear_errors_and_leave_the_target_alone(qgis_app, tmp_path, content, message):
    target = tmp_path / "p.gpkg"
    import_iati(fixture("iati", "handmade-1.05.xml"), target)
    before = digest(target)
    bad = tmp_path / "bad file.xml"
    bad.write_bytes(content)
    with pytest.raises(DataExchangeError, match=message) as raised:
        import_iati(bad, target)
    assert str(raised.value).startswith("bad file.xml: ")
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad file.xml", "p.gpkg"]  # no temporary file left


@pytest.mark.parametrize("encoding", ["EUC-KR", "Shift_JIS", "windows-1252", "UTF-16"])
def test_a_file_in_another_declared_encoding_reads_as_written(qgis_app, tmp_path, encoding):
    """The parser (expat) reads UTF-8, UTF-16 and Latin-1 itself; other encodings are turned into UTF-8 first."""
    title = {"EUC-KR": "서울 스마트 도시", "Shift_JIS": "スマートシティ東京", "windows-1252": "Café – Hà Noi",
             "UTF-16": "Hà Nội thông minh"}[encoding]
    source = tmp_path / "encoded.xml"
    source.write_bytes((f"<?xml version='1.0' encoding='{encoding}'?>\n<iati-activities version='2.03'>"
                        f"<iati-activity><iati-identifier>KR-GOV-ENC-1</iati-identifier><title><narrative>{title}"
                        "</narrative></title></iati-activity></iati-activities>\n").encode(encoding))
    records = list(iati_records(source, "2026-12-01"))
    assert [(r.project_id, r.get("title")) for r in records] == [("KR-GOV-ENC-1", title)]


def test_cancel_midway_writes_nothing(qgis_app, tmp_path):
    big = tmp_path / "big.xml"
    activity = HANDMADE.read_text(encoding="utf-8").split("<iati-activity", 2)[1].rsplit("</iati-activity>", 1)[0]
    with big.open("w", encoding="utf-8") as handle:
        handle.write("<iati-activities version='2.03'>")
        for number in range(300):
            handle.write("<iati-activity" + activity.replace("KR-GOV-TEST-0001", f"KR-GOV-TEST-X{number}")
                         + "</iati-activity>")
        handle.write("</iati-activities>")
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda progress: progress > 20 and feedback.cancel())
    with pytest.raises(ImportCancelledError, match="big.xml: cancelled; nothing was written"):
        import_iati(big, tmp_path / "p.gpkg", feedback=feedback)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.xml"]


def test_memory_stays_flat_on_a_large_file(qgis_app, tmp_path):
    """Only one activity is held at a time: Python's peak does not grow with the file, and stays far below it.

    Compared between a file and one three times larger, so that what loads once per session
    on first use (organisation table, codelists) is not taken for growth.
    """
    import tracemalloc

    from smartcity_plugin.io.iati_import import iati_records

    activity = HANDMADE.read_text(encoding="utf-8").split("<iati-activity", 2)[1].rsplit("</iati-activity>", 1)[0]

    def peak_reading(activities: int) -> tuple[int, int]:
        big = tmp_path / f"big-{activities}.xml"
        with big.open("w", encoding="utf-8") as handle:
            handle.write("<iati-activities version='2.03'>")
            for number in range(activities):
                handle.write("<iati-activity" + activity.replace("KR-GOV-TEST-0001", f"X{number}") + "</iati-activity>")
            handle.write("</iati-activities>")
        tracemalloc.start()
        try:
            count = sum(1 for _ in iati_records(big, "2026-01-01"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert count == activities
        return big.stat().st_size, peak

    small_size, small_peak = peak_reading(1000)
    size, peak = peak_reading(3000)
    assert size > 8_000_000
    assert peak - small_peak < small_size / 20  # flat: 2,000 more activities add (almost) nothing
    assert peak < size / 10
