"""IATI code lists, HXL hashtags and cell values: the pure parts of the importers (no QGIS)."""

from __future__ import annotations

import pytest

from smartcity_plugin.io import csv_values, hxl, iati_codes
from smartcity_plugin.io.records import year_of

COUNTRIES = {"US", "KR", "VN", "JP", "BB"}


@pytest.mark.parametrize(("ref", "expected"), [
    ("US-GOV-1", "US"), ("KR-GOV-010", "KR"), ("XM-DAC-41114", "XM"), ("41114", "XM"), ("XI-IATI-EC_DEVCO", None),
    ("GB-COH-123", None), ("", None), ("us-gov-1", "US"), ("USGOV", None),
])
def test_donor_country_from_organisation_identifiers(ref, expected):
    assert iati_codes.donor_country(ref, COUNTRIES) == expected


@pytest.mark.parametrize(("code", "expected"), [
    ("110", "grant"), ("111", "grant"), ("410", "loan"), ("421", "loan"), ("432", "commercial"), ("510", "commercial"),
    ("210", None), ("1100", None), ("", None), ("abc", None),
])
def test_finance_types(code, expected):
    assert iati_codes.finance_type(code) == expected


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({"exactness": "1", "location_class": "2"}, 1),
    ({"exactness": "2", "location_class": "2"}, 2),
    ({"exactness": "2", "location_class": "3"}, 5),
    ({"location_class": "1", "admin_levels": [1]}, 4),
    ({"location_class": "1", "admin_levels": [1, 2]}, 3),
    ({"location_class": "1"}, 5),
    ({"feature": "PCLI"}, 6), ({"feature": "ADM1"}, 4), ({"feature": "ADM2"}, 3), ({"feature": "ADMF", "exactness": "1"}, 1),
    ({"legacy": "3"}, 3), ({"legacy": "9"}, 6),
])
def test_precision_codes(kwargs, expected):
    assert iati_codes.location_precision(**kwargs) == expected


def test_1_0x_spellings():
    assert iati_codes.role_code("Funding") == "1" and iati_codes.role_code("4") == "4"
    assert iati_codes.date_type("end-actual") == "4" and iati_codes.date_type("1") == "1"


@pytest.mark.parametrize(("tag", "field"), [
    ("#org+funder", "donor_name"), ("#org +funder +name", "donor_name"), ("#org+funder+code", "donor_country"),
    ("#org+funder+type", None), ("#org+impl", "partners"), ("#country+code+v_iso3", "recipient_country"),
    ("#geo+lat", "latitude"), ("#geo+lon", "longitude"), ("#adm1+code", "adm1_code"), ("#activity", "title"),
    ("#value+funding+usd", "amount_usd"), ("#value+usd+required", None), ("#meta+finance_type", "finance_type"),
    ("#sector+cluster", "sectors"), ("#date+start", "start_year"), ("Country", None), ("#", None),
])
def test_hxl_tags(tag, field):
    assert hxl.field_for_tag(tag) == field


def test_every_field_is_exported_with_a_tag_the_importer_reads_back():
    for name in hxl.FIELD_NAMES:
        assert hxl.field_for_tag(hxl.export_tag(name)) == name
    assert hxl.is_tag_row(["#activity+name", "", "#geo+lat", "notes"])
    assert not hxl.is_tag_row(["Project", "Funder", "#geo+lat"])


@pytest.mark.parametrize(("header", "field"), [
    ("Latitude", "latitude"), ("lng", "longitude"), ("precision_code", "location_precision"), ("Project ID", "project_id"), ("Budget", None),
    ("project-id", "project_id"), ("Start Date", "start_year"), ("title", "title"),
])
def test_plain_headers(header, field):
    assert hxl.field_for_header(header) == field


@pytest.mark.parametrize(("text", "expected"), [
    ("1,250,000", 1_250_000), ("USD 3.5 million", 3_500_000), ("$2bn", 2e9), ("", None), ("12.5", 12.5),
])
def test_numbers(text, expected):
    assert csv_values.number(text) == expected


@pytest.mark.parametrize("text", ["abc", "nan", "1e999", "12.3.4"])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        csv_values.number(text)


def test_statuses_years_and_points():
    assert csv_values.status("Active") == ("ongoing", True)
    assert csv_values.status("2") == ("ongoing", True)
    assert csv_values.status("cancelled") == ("unknown", True)
    assert csv_values.status("paused?") == ("unknown", False)
    assert [year_of(t) for t in ("2021", "2021-04-15", "15/04/2021", "FY21", "", None, 2020)] == [
        2021, 2021, 2021, None, None, None, 2020]
    assert csv_values.wkt_points("MULTIPOINT ((108.47 15.57), (106.7 10.78))") == [(108.47, 15.57), (106.7, 10.78)]
    assert csv_values.coordinate("15,57") == 15.57
    assert csv_values.split_cell("VN; LA|TH, KH") == ["VN", "LA", "TH, KH"]  # commas split only alone
    assert csv_values.split_cell("VN, LA") == ["VN", "LA"]
    assert csv_values.split_cell("Government and civil society, general|Health") == [
        "Government and civil society, general", "Health"]  # AidData's names hold commas
