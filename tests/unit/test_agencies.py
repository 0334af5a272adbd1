"""Agencies grouped as a planner names them: all KOICA together, one Government of Japan (no QGIS)."""

from smartcity_plugin.core.agencies import AgencyGroups, agency_parts

BUNDLED = [  # spellings from the bundled data, 2026-12
    "KOICA", "KOICA; K-water", "KOICA; Ministry of the Interior and Safety (MOIS)",
    "Korea Rural Community Corporation (KRC); KOICA", "Korea Water Resources Corporation (K-water)",
    "Government of Japan", "Government of Japan (grant aid)", "Government of Japan (grant)",
    "Government of Japan (Non-Project Grant Aid)", "Government of Japan; JICA (grant aid)",
    "Japan International Cooperation Agency (JICA)", "Ministry of Land, Infrastructure and Transport (MOLIT)",
    "MOLIT; Korea Land and Housing Corporation (LH)", "Korea Land and Housing Corporation (LH)",
    "U.S. Department of State; Government of Japan", "U.S. Department of State",
    "U.S. Department of State (Office of Conservation and Water)",
]


def test_parts_of_a_joint_project():
    assert agency_parts(" KOICA;K-water ; ") == ["KOICA", "K-water"]
    assert agency_parts(None) == []


def test_koica_is_one_entry_and_joint_projects_count_under_both():
    groups = AgencyGroups(BUNDLED)
    koica = groups.members(["KOICA"])
    assert set(koica) == {"KOICA", "KOICA; K-water", "KOICA; Ministry of the Interior and Safety (MOIS)",
                          "Korea Rural Community Corporation (KRC); KOICA"}
    assert groups.labels_of("KOICA; K-water") == ["KOICA", "Korea Water Resources Corporation (K-water)"]
    assert set(groups.members(["Korea Water Resources Corporation (K-water)"])) == {
        "KOICA; K-water", "Korea Water Resources Corporation (K-water)"}


def test_one_government_of_japan_and_jica_by_either_name():
    groups = AgencyGroups(BUNDLED)
    labels = groups.labels()
    assert [label for label in labels if "Japan" in label] == [
        "Government of Japan", "Japan International Cooperation Agency (JICA)"]
    assert len(groups.members(["Government of Japan"])) == 6
    assert set(groups.members(["Japan International Cooperation Agency (JICA)"])) == {
        "Government of Japan; JICA (grant aid)", "Japan International Cooperation Agency (JICA)"}
    assert "Ministry of Land, Infrastructure and Transport (MOLIT)" in labels and "MOLIT" not in labels
    assert "U.S. Department of State" in labels and len(groups.members(["U.S. Department of State"])) == 3


def test_a_saved_filter_of_spellings_shows_its_groups_again():
    groups = AgencyGroups(BUNDLED)
    assert groups.labels_for_members(groups.members(["KOICA"])) == ("KOICA",)
    assert groups.labels_for_members(["KOICA"]) == ()  # a group is shown ticked only when all of it is chosen
