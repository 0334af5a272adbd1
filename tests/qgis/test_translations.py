"""The translation pipeline: strings collected from the code, compiled, and used by tr()."""

from __future__ import annotations

import subprocess

import translations

from smartcity_plugin.toolbelt import i18n


def test_strings_are_collected_in_the_plugin_context():
    strings = translations.collect()
    assert "Add cooperation layers" in strings and "Export map for a report…" in strings
    assert all(not text.startswith("f\"") for text in strings)
    assert translations.CONTEXT == i18n.TRANSLATION_CONTEXT


def test_a_compiled_translation_is_used(qgis_app, tmp_path, monkeypatch):
    ts_file = tmp_path / "smartcity_plugin_ko.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ko"><context>'
        f"<name>{i18n.TRANSLATION_CONTEXT}</name><message><source>Add cooperation layers</source>"
        "<translation>협력 레이어 추가</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(["lrelease", "-silent", str(ts_file)], check=True)
    monkeypatch.setattr(i18n, "i18n_path", lambda name: tmp_path / name)
    translator = i18n.install_translator("ko")
    try:
        assert translator is not None
        assert i18n.tr("Add cooperation layers") == "협력 레이어 추가"
    finally:
        i18n.remove_translator(translator)
    assert i18n.tr("Add cooperation layers") == "Add cooperation layers"
    assert i18n.install_translator("xx") is None  # not shipped: English
