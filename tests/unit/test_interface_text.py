"""The desktop smoke run's checks in the interface language: Korean titles found, missing ones not."""

from __future__ import annotations

import pytest

from tests.desktop.interface_text import InterfaceText

KOREAN_SUMMARY = "사업 12건, ASCN 도시 5곳\n공개 금액: US$ 7.5 M"


def test_korean_titles_come_from_the_translation_file():
    text = InterfaceText("ko")
    assert text("Smart City Cooperation") == "스마트시티 협력"
    assert text("Cooperation projects") == "협력 사업"
    assert text("Import problems: {}").format("handmade-2.03.xml") == "가져오기 문제: handmade-2.03.xml"


def test_a_translated_sentence_is_found_with_its_numbers_and_only_then():
    text = InterfaceText("ko_KR")
    assert text.shown_in(KOREAN_SUMMARY, "<b>{} projects</b> in <b>{} ASCN cities</b>", 12)
    assert not text.shown_in(KOREAN_SUMMARY, "<b>{} projects</b> in <b>{} ASCN cities</b>", 13)
    assert text.shown_in(KOREAN_SUMMARY, "Published amounts: {}")
    assert not text.shown_in("12 projects in 5 ASCN cities", "<b>{} projects</b> in <b>{} ASCN cities</b>", 12)
    read = ("{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, "
            "{} placed at their recipient country, {} without location.")
    shown = ("가져오기 완료 handmade-2.03.xml: 레코드 9건을 planner.gpkg(으)로 읽음: 추가 7건, 갱신 0건, 건너뜀 2건. "
             "위치: 좌표 있음 5건, 수원국 위치에 배치 2건, 위치 없음 0건.")
    assert text.shown_in(shown, read, "handmade-2.03.xml", 9, "planner.gpkg", 7)
    assert not text.shown_in(shown, read, "handmade-2.03.xml", 9, "planner.gpkg", 8)


def test_english_is_the_source_text():
    text = InterfaceText("en_US")
    assert text("Smart City Cooperation") == "Smart City Cooperation"
    assert text.shown_in("3 projects in 2 ASCN cities", "<b>{} projects</b> in <b>{} ASCN cities</b>", 3)


def test_a_language_without_translations_is_refused():
    with pytest.raises(ValueError, match="smartcity_plugin_xx.ts"):
        InterfaceText("xx")
