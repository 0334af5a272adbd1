"""IATI and CSV imports straight into the team registry: checked, audited, atomic."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeedback

from smartcity_plugin.io.errors import ImportCancelledError, RegistryError
from smartcity_plugin.io.iati_import import import_iati
from smartcity_plugin.io.registry.store import RegistryTarget
from smartcity_plugin.toolbelt.paths import bundled_data_path
from tests.bundled_counts import bundled_rows
from tests.fixtures.io_support import fixture

HANDMADE = fixture("iati", "handmade-2.03.xml")


def projects(registry) -> int:
    return registry.sql("SELECT count(*) FROM smartcity.projects")[0][0]


def test_import_into_the_registry_as_into_a_geopackage(registry, tmp_path):
    into_file = import_iati(HANDMADE, tmp_path / "mine.gpkg")
    report = import_iati(HANDMADE, RegistryTarget(registry.connections["alice"]))
    assert (report.read, report.added, report.updated, report.skipped) == (
        into_file.read, into_file.added, into_file.updated, into_file.skipped)
    assert report.problems == into_file.problems
    assert "records read into the team registry (" in report.summary()
    assert projects(registry) == bundled_rows("projects") + report.added
    inserted = registry.sql("SELECT count(*), min(changed_by), max(changed_by) FROM smartcity.audit_log "
                            "WHERE action = 'insert'")
    assert inserted == [(report.added, "alice", "alice")]
    located = registry.sql("SELECT ST_AsText(geom) FROM smartcity.projects WHERE project_id = 'KR-GOV-TEST-0001'")
    assert located[0][0].startswith("MULTIPOINT(")

    again = import_iati(HANDMADE, RegistryTarget(registry.connections["bob"]))  # the same file once more
    assert again.added == 0 and again.updated == report.added + report.updated
    versions = registry.sql("SELECT row_version, updated_by FROM smartcity.projects "
                            "WHERE project_id = 'KR-GOV-TEST-0001'")
    # The file names this project twice (one of its planted mistakes): two updates per import.
    assert versions == [(4, "bob")]  # Bob's import, each update counted and in the audit log


def test_a_record_the_rules_refuse_is_skipped_and_reported(registry, tmp_path):
    text = HANDMADE.read_text(encoding="utf-8").replace('iso-date="2016-01-01" type="2"', 'iso-date="1850-01-01" type="2"')
    source = tmp_path / "old.xml"
    source.write_text(text, encoding="utf-8")
    report = import_iati(source, RegistryTarget(registry.connections["alice"]))
    assert report.problems["registry_rule"] == 1 and report.skipped >= 1
    assert any("projects_start_year_sane" in example for example in report.examples)
    assert projects(registry) == bundled_rows("projects") + report.added


def test_cancel_and_a_reader_leave_the_registry_as_it_was(registry):
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(ImportCancelledError):
        import_iati(HANDMADE, RegistryTarget(registry.connections["alice"]), feedback=feedback)
    with pytest.raises(RegistryError, match="smartcity_editor"):
        import_iati(HANDMADE, RegistryTarget(registry.connections["carol"]))
    assert projects(registry) == bundled_rows("projects")
    assert registry.sql("SELECT count(*) FROM smartcity.audit_log") == [(0,)]
    assert bundled_data_path().is_file()


def test_processing_imports_into_the_registry(registry, provider):
    from qgis import processing
    from qgis.core import QgsProcessingException

    result = processing.run("smartcity:importiati", {"INPUT": str(HANDMADE), "REGISTRY": registry.connections["alice"],
                                                      "PROBLEMS": "memory:"})
    assert result["ADDED"] == projects(registry) - bundled_rows("projects") > 0 and result["GEOPACKAGE"] == ""
    assert "the team registry (" in result["REPORT"]
    with pytest.raises(QgsProcessingException, match="your GeoPackage or the team registry"):
        processing.run("smartcity:importiati", {"INPUT": str(HANDMADE), "PROBLEMS": "memory:"})
