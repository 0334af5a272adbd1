"""The bundled reference data of the importers: the DAC crosswalk against IATI's full Sector codelist,
and the organisation table (identifiers and names in English and the donors' own languages). No QGIS."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET  # nosec B405 - the bundled codelists

import pytest

from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.io.dac_codes import OUTSIDE, dac_codes
from smartcity_plugin.io.organisations import country_of_ref, organisation_table
from smartcity_plugin.io.sector_mapping import SectorMapper
from smartcity_plugin.toolbelt.paths import resources_path

REFERENCE = resources_path("data", "reference")
CATEGORIES = {"security", "health", "mobility", "energy", "water", "waste", "egov", "participation"}
COUNTRIES = {"US", "KR", "JP", "AU", "GB", "SE", "ES", "VN", "TL", "CN"}


@pytest.fixture(scope="module")
def mapper() -> SectorMapper:
    with open(resources_path("data", "sources", "sectors.csv"), encoding="utf-8", newline="") as handle:
        return SectorMapper(SectorCatalogue.from_rows(csv.DictReader(handle)))


def _codelist(name: str) -> list[tuple[str, str]]:
    root = ET.parse(REFERENCE / name).getroot()  # nosec B314 - bundled file
    return [(item.findtext("code"), item.get("status") or "active") for item in root.iter("codelist-item")]


def test_every_current_crs_code_maps_to_a_category_or_is_marked_outside(mapper):
    codes = dac_codes()
    current = [code for code, status in _codelist("Sector.xml") if status != "withdrawn"]
    assert len(current) > 280  # the full list, as IATI publishes it
    for code in current:
        rule = codes.rule(code)
        assert rule is not None, code  # the crosswalk says something about every code
        category, reason = rule
        assert (category in CATEGORIES or category == OUTSIDE) and reason, code
        assert set(mapper.for_dac(code)) <= CATEGORIES, code
        if category != OUTSIDE:  # the catalogue's own listing wins (15112 is on Participation), else the rule
            assert mapper.for_dac(code), code
    assert set(codes.rules) and all(cat in CATEGORIES | {OUTSIDE} for cat, _ in codes.rules.values())


def test_every_group_maps_through_its_members(mapper):
    codes = dac_codes()
    for group, status in _codelist("SectorCategory.xml"):
        if status == "withdrawn":  # 920 (support to NGOs) has no current codes left
            continue
        members = codes.members(group)
        assert members, group
        expected = {category for member in members for category in [codes.category(member)] if category}
        assert expected <= set(mapper.for_dac(group)) | {None}, group


@pytest.mark.parametrize(("code", "category"), [
    # the codes ADB and the World Bank publish, named in issue 19
    ("21023", "mobility"), ("21011", "mobility"), ("21050", "mobility"), ("23310", "energy"), ("14031", "water"),
    ("43032", "egov"), ("15111", "egov"), ("15152", "participation"), ("16010", "participation"),
    ("16020", "participation"), ("41010", "security"), ("41030", "security"), ("12230", "health"),
    ("12263", "health"), ("14050", "waste"), ("74020", "security"),
    # 3-digit groups and DAC sector headings
    ("150", "egov"), ("120", "health"), ("700", "security"), ("230", "energy"), ("210", "mobility"), ("140", "water"),
    # a code listed on a solution counts for its category
    ("14021", "water"), ("15114", "egov"),
])
def test_codes_publishers_use_have_a_category(mapper, code, category):
    assert category in mapper.for_dac(code)


def test_outside_codes_and_solution_codes_do_not_spread_to_groups(mapper):
    assert mapper.for_dac("11220") == [] and mapper.for_dac("31110") == [] and mapper.for_dac("72010") == []
    assert mapper.for_dac("111") == []  # 11110 is on a solution (a maths platform): education is no E-Government
    assert mapper.for_dac("11110") == ["egov"]


def test_dac_codes_kept_whatever_their_length(mapper):
    tally = mapper.tally([("150", 50.0), ("21023", 30.0), ("311", 20.0)])
    assert tally.dac_codes == ["150", "21023", "311"]
    # 150 spreads its half over E-Government, Security and Participation; 21023 gives Mobility 30
    assert tally.primary() == "mobility" and "egov" in tally.codes() and tally.unmatched == ["311"]


@pytest.mark.parametrize(("ref", "name", "expected"), [
    ("", "Korean International Cooperation Agency", "KR"), ("", "KOICA", "KR"), ("", "한국국제협력단", "KR"),
    ("", "한국수출입은행", "KR"), ("", "Korea Eximbank", "KR"), ("", "국토교통부", "KR"), ("", "K-water", "KR"),
    ("", "한국토지주택공사", "KR"), ("", "Korea Meteorological Administration", "KR"), ("", "기상청", "KR"),
    ("", "Japan International Cooperation Agency", "JP"), ("", "国際協力機構", "JP"), ("", "外務省", "JP"),
    ("", "Government Of Japan", "JP"), ("", "DFAT - Australian Aid Program", "AU"), ("", "AusAID", "AU"),
    ("", "Millennium Challenge Corporation", "US"), ("", "U.S. Department of State", "US"), ("", "USAID", "US"),
    ("", "Asian Development Bank", "XM"), ("", "Asian Infrastructure Investment Bank", "XM"),
    ("", "World Bank", "XM"), ("", "United Nations Development Programme", "XM"), ("", "中国进出口银行", "CN"),
    ("XM-DAC-701-8", "", "JP"), ("XM-DAC-742-1", "", "KR"), ("XM-DAC-801-2", "", "AU"), ("XM-DAC-302-1", "", "US"),
    ("XM-DAC-41114", "", "XM"), ("44000", "", "XM"), ("XM-OCHA-CERF", "", "XM"), ("XI-IATI-EC_DEVCO", "", "XM"),
    ("US-GOV-1", "anything", "US"), ("AU-5", "", "AU"),
    ("", "AidData", None), ("", "Unspecified", None), ("US-501c3-522318905", "", "US"), ("XI-IATI-XYZ", "", None),
    ("DAC-1601", "Bill and Melinda Gates Foundation", None),
])
def test_organisation_table_names_the_donor_country(ref, name, expected):
    assert organisation_table().country(ref, name, COUNTRIES) == expected


def test_identifiers_alone():
    assert country_of_ref("XM-DAC-3-1", {"DK"}) == "DK"
    assert country_of_ref("XM-DAC-903", COUNTRIES) == "XM"
    assert country_of_ref("GB-CHC-202918", COUNTRIES) == "GB" and country_of_ref("ZZ-1", COUNTRIES) is None
