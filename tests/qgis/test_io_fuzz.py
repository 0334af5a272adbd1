"""Hundreds of malformed IATI and CSV files: each import ends in a report or a clear DataExchangeError.

Never an unhandled exception, and never a changed GeoPackage after an error.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcity_plugin.io.csv_import import import_csv
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.iati_import import import_iati
from tests.fixtures.io_support import digest, fixture

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
IATI_SAMPLE = fixture("iati", "handmade-1.05.xml").read_bytes()
CSV_SAMPLE = fixture("csv", "3w-hxl.csv").read_bytes()
ELEMENTS = ["iati-identifier", "title", "narrative", "reporting-org", "participating-org", "activity-status",
            "activity-date", "recipient-country", "recipient-region", "sector", "location", "point", "pos",
            "exactness", "location-class", "administrative", "coordinates", "budget", "transaction",
            "transaction-type", "value", "default-finance-type", "document-link", "description"]
ATTRIBUTES = ["code", "ref", "role", "type", "percentage", "vocabulary", "iso-date", "currency", "url",
              "latitude", "longitude", "precision", "level", "xml:lang", "default-currency"]
NASTY = ["", "nan", "inf", "-1e999", "1e999", "99999999999999999999", "-0", "1,5", "12.3.4", "\u202e", "ÿ", "0x1F",
         "2021-13-45", "31.6 65.7", "91 181", "abc def", " ", "Ω", "1; DROP TABLE projects"]
XML_TEXT = st.characters(blacklist_categories=("Cs", "Cc", "Co"), blacklist_characters="\ufffe\uffff")
HEADERS = ["project_id", "title", "latitude", "longitude", "recipient_country", "sectors", "amount_usd",
           "start_year", "status", "precision_code", "locations_wkt", "#geo+lat", "#geo+lon", "#activity+name",
           "#org+funder", "#country+code", "#sector", "#value+usd", "#date+start", "#adm1+name", "x", ""]


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@st.composite
def mutated(draw, sample: bytes) -> bytes:
    """A real file, cut, spliced or sprinkled with bytes."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "delete", "insert", "replace"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "cut":
            del data[at:]
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 80))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        elif data:
            data[at] = draw(st.sampled_from(list(b"<>&\"'\x00\xff\xc3;,\n")))
    return bytes(data)


@st.composite
def odd_activities(draw) -> bytes:
    """Well-formed IATI with values no publisher should write."""
    def element(depth: int) -> str:
        name = draw(st.sampled_from(ELEMENTS))
        attributes = "".join(f' {a}="{escape(draw(st.sampled_from(NASTY) | st.text(XML_TEXT, max_size=12)))}"'
                             for a in draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=4, unique=True)))
        inner = "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))))
        text = escape(draw(st.sampled_from(NASTY) | st.text(XML_TEXT, max_size=20)))
        return f"<{name}{attributes}>{text}{inner}</{name}>"

    activities = "".join(
        f"<iati-activity><iati-identifier>{escape(draw(st.sampled_from(NASTY) | st.text(XML_TEXT, max_size=8)))}"
        f"</iati-identifier>{''.join(element(0) for _ in range(draw(st.integers(0, 6))))}</iati-activity>"
        for _ in range(draw(st.integers(0, 3))))
    return f'<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03">{activities}</iati-activities>' \
        .encode()


@st.composite
def odd_tables(draw) -> bytes:
    """CSV tables with known and unknown columns and cells of every kind."""
    columns = draw(st.lists(st.sampled_from(HEADERS) | st.text(max_size=6), min_size=1, max_size=8))
    if draw(st.integers(0, 9)) < 7:  # most tables have what an import needs, so rows get read
        columns = ["title", "latitude", "longitude", "recipient_country"] + columns
    cell = st.sampled_from(NASTY) | st.text(max_size=15) | st.floats(allow_nan=True).map(repr)
    rows = [columns] + draw(st.lists(st.lists(cell, max_size=len(columns) + 2), max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    text = "\n".join(delimiter.join('"' + c.replace('"', '""') + '"' if draw(st.booleans()) else c for c in row)
                     for row in rows)
    return text.encode(draw(st.sampled_from(["utf-8"] * 8 + ["utf-16", "latin-1"])), "replace")


def attempt(importer, path, target) -> None:
    """Import; on error the message names the file and the target is as it was."""
    before = digest(target) if target.exists() else None
    try:
        importer(path, target)
    except DataExchangeError as error:
        assert str(error).startswith(f"{path.name}: ") and error.problem
        assert (digest(target) if target.exists() else None) == before
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=mutated(IATI_SAMPLE) | odd_activities() | st.binary(max_size=200))
def test_malformed_iati(qgis_app, workdir, data):
    path = workdir / "activities.xml"
    path.write_bytes(data)
    attempt(import_iati, path, workdir / "planner.gpkg")


@FUZZ
@given(data=mutated(CSV_SAMPLE) | odd_tables() | st.binary(max_size=200))
def test_malformed_csv(qgis_app, workdir, data):
    path = workdir / "table.csv"
    path.write_bytes(data)
    attempt(import_csv, path, workdir / "planner.gpkg")
