"""Changing the sector list keeps the chosen sectors, said in the new list, or says what became of them."""

from __future__ import annotations

from tests.qgis import test_dock
from tests.qgis.test_dock import layers, tick

dock = test_dock.dock  # the dock tests' fixture (bundled_data: conftest)


def choose_list(form, taxonomy: str) -> None:
    form.taxonomy.setCurrentIndex(form.taxonomy.findData(taxonomy))


def shown() -> set[str]:
    return {f["project_id"] for f in layers()["projects"].getFeatures()}


def test_water_and_waste_become_smart_environment(dock):
    form = dock.form
    tick(form.sectors, ["water", "waste"])
    dock.apply_now()
    before = shown()
    choose_list(form, "kearney")
    dock.apply_now()
    assert form.sectors.codes() == ("kearney.smart_environment", "kearney.smart_buildings")
    assert "said in this list" in form.sector_note.text() and "less" not in form.sector_note.text()
    assert shown() == before  # the same projects, named in the other list


def test_a_choice_no_sector_can_say_alone_is_cleared_and_the_dock_says_so(dock):
    form = dock.form
    tick(form.sectors, ["water"])  # Kearney's environment also stands for waste: it would widen the choice
    dock.apply_now()
    choose_list(form, "kearney")
    assert form.sectors.codes() == ()
    assert "was cleared" in form.sector_note.text() and form.sector_note.isVisibleTo(form)


def test_a_narrower_translation_is_flagged(dock):
    form = dock.form
    tick(form.sectors, ["energy", "water"])
    choose_list(form, "kearney")
    assert form.sectors.codes() == ("kearney.smart_energy",)  # environment would add waste
    assert "covers less than before" in form.sector_note.text()


def test_an_exact_translation_between_other_lists(dock):
    form = dock.form
    choose_list(form, "kearney")
    tick(form.sectors, ["kearney.smart_it"])  # security, e-government, participation
    choose_list(form, "ascn")
    assert form.sectors.codes() == ("ascn.civic_social", "ascn.safety_security")
    assert "covers less" not in form.sector_note.text()
    form.reset()
    assert form.sector_note.text() == "" and not form.sector_note.isVisibleTo(form)
