"""Processing's lists as pick lists: words in the dialog, codes as values, from the data the plugin shows."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingParameterEnum, QgsVectorLayer
from qgis.gui import QgsCheckableComboBox
from qgis.PyQt.QtCore import Qt

from smartcity_plugin.toolbelt.paths import bundled_data_path


def run(algorithm: str, **parameters) -> dict:
    import processing

    return processing.run(f"smartcity:{algorithm}", parameters)


def bundled(sql: str, *args) -> list:
    with sqlite3.connect(f"file:{bundled_data_path()}?mode=ro", uri=True) as connection:
        return connection.execute(sql, args).fetchall()


KEPT = []  # the copies made here, alive until the end (a parameter dies with its algorithm)


def created(algorithm: str):
    """The copy QGIS makes to run the algorithm or to show its dialog."""
    KEPT.append(QgsApplication.processingRegistry().createAlgorithmById(f"smartcity:{algorithm}"))
    return KEPT[-1]


def offered(definition) -> dict[str, str]:
    """Code → the words the dialog shows for it."""
    labels = definition.metadata()["widget_wrapper"]["labels"]
    return dict(zip(definition.options(), labels))


@pytest.fixture()
def holder(provider):
    from smartcity_plugin.layers.data_sources import source_holder

    holder = source_holder()
    holder.use_geopackage(None)
    yield holder
    holder.use_geopackage(None)


KOREA_WATER = ("SELECT count(*) FROM projects WHERE donor_country = 'KR' AND (sector_primary = 'water' "
               "OR instr(';' || sectors || ';', ';water;') > 0 OR instr(';' || sectors, ';water.') > 0)")


def test_codes_typed_as_before_lists_of_codes_and_choice_numbers_give_the_same_projects(provider):
    (expected,) = bundled(KOREA_WATER)[0]
    assert expected > 0
    donors = created("filterprojects").parameterDefinition("DONORS").options()
    for donors_value, sectors_value in (("KR", "water"), (" KR ,", "water"), (["KR"], ["water"]),
                                        ([donors.index("KR")], "water")):
        result = run("filterprojects", DONORS=donors_value, SECTORS=sectors_value, OUTPUT="memory:")
        assert result["COUNT"] == expected, (donors_value, sectors_value)
    (both,) = bundled("SELECT count(*) FROM projects WHERE donor_country IN ('US', 'KR')")[0]
    assert run("filterprojects", DONORS="US, KR", OUTPUT="memory:")["COUNT"] == both
    assert run("filterprojects", DONORS=["US", "KR"], OUTPUT="memory:")["COUNT"] == both


def test_what_the_list_cannot_name_is_refused_in_words(provider):
    with pytest.raises(QgsProcessingException, match="DONORS: there is no choice number 99"):
        run("filterprojects", DONORS=[99], OUTPUT="memory:")
    with pytest.raises(QgsProcessingException, match="Unknown status: done"):
        run("filterprojects", STATUSES="done", OUTPUT="memory:")
    with pytest.raises(QgsProcessingException, match="Unknown sector: smart_water"):
        run("filterprojects", SECTORS=["water", "smart_water"], OUTPUT="memory:")


def test_the_lists_offer_the_datas_words_with_codes_as_values(provider):
    algorithm = created("filterprojects")
    donors = algorithm.parameterDefinition("DONORS")
    assert isinstance(donors, QgsProcessingParameterEnum)
    assert donors.allowMultiple() and donors.usesStaticStrings()
    assert {code for (code,) in bundled("SELECT DISTINCT donor_country FROM projects")} == set(donors.options())
    assert offered(donors)["KR"] == "Korea (KR)" and offered(donors)["US"] == "United States (US)"
    assert offered(algorithm.parameterDefinition("CITIES"))["ascn_vn_da_nang"] == "Da Nang"
    sectors = offered(algorithm.parameterDefinition("SECTORS"))
    assert sectors["water"] == "Water (ASEAN–Korea category)"
    assert sectors["kearney.smart_environment"] == "Smart environment (Kearney dimension)"
    assert sectors["ascn.quality_environment"] == "Quality environment (ASCN focus area)"
    assert sectors["security.road_depression_monitoring"] == "Security › 1.1 Road Depression Monitoring"
    assert offered(algorithm.parameterDefinition("COUNTRIES"))["KH"] == "Cambodia (KH)"
    assert list(algorithm.parameterDefinition("STATUSES").options()) == [
        "planned", "ongoing", "completed", "suspended", "unknown"]
    pages = offered(created("exportatlas").parameterDefinition("PAGES"))
    assert len(pages) == bundled("SELECT count(*) FROM ascn_cities")[0][0] and pages["ascn_ph_manila"] == "Manila"


def test_the_dialog_ticks_words_and_hands_over_codes(provider, qgis_iface):
    from processing.gui.wrappers import WidgetWrapperFactory
    from qgis.PyQt.QtWidgets import QWidget

    algorithm = created("filterprojects")
    definition = algorithm.parameterDefinition("DONORS")
    parent = QWidget()
    wrapper = WidgetWrapperFactory.create_wrapper(definition, parent)
    combo = wrapper.widget
    assert isinstance(combo, QgsCheckableComboBox)
    words = [combo.itemText(index) for index in range(combo.count())]
    assert "Korea (KR)" in words and "United States (US)" in words
    assert wrapper.value() == []  # nothing ticked: any donor
    combo.setItemCheckState(words.index("Korea (KR)"), Qt.CheckState.Checked)
    assert wrapper.value() == ["KR"] and definition.checkValueIsAcceptable(wrapper.value())
    wrapper.setValue("US, KR")  # a saved model or history entry written as text
    assert sorted(combo.checkedItems()) == ["Korea (KR)", "United States (US)"]
    assert run("filterprojects", DONORS=wrapper.value(), OUTPUT="memory:")["COUNT"] == bundled(
        "SELECT count(*) FROM projects WHERE donor_country IN ('US', 'KR')")[0][0]


def test_the_algorithm_dialog_shows_the_words(provider, qgis_iface, monkeypatch):
    import processing

    # pytest-qgis's iface has no browser model, which the panel asks for when there is an iface
    monkeypatch.setattr("processing.gui.ParametersPanel.iface", None)

    dialog = processing.createAlgorithmDialog("smartcity:filterprojects", {"DONORS": ["KR"]})
    try:
        combos = {combo.objectName(): combo for combo in dialog.findChildren(QgsCheckableComboBox)}
        assert combos["SmartCityPick_DONORS"].checkedItems() == ["Korea (KR)"]
        cities = combos["SmartCityPick_CITIES"]
        words = [cities.itemText(index) for index in range(cities.count())]
        cities.setItemCheckState(words.index("Da Nang"), Qt.CheckState.Checked)
        parameters = dialog.createProcessingParameters()  # what Run hands to the algorithm
        assert parameters["DONORS"] == ["KR"] and parameters["CITIES"] == ["ascn_vn_da_nang"]
        assert parameters["SECTORS"] == []
    finally:
        dialog.deleteLater()


def test_fetch_offers_countries_organisations_and_sectors_by_name(provider, qgis_iface):
    from processing.gui.wrappers import WidgetWrapperFactory
    from qgis.PyQt.QtWidgets import QLineEdit, QWidget

    algorithm = created("fetchiati")
    countries = algorithm.parameterDefinition("COUNTRIES")
    assert offered(countries)["VN"] == "Viet Nam (VN)" and len(countries.options()) > 240
    assert countries.defaultValue() == ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]
    sectors = offered(algorithm.parameterDefinition("SECTORS"))
    assert sectors["water"] == "Water (ASEAN–Korea category)"
    assert sectors["14020"] == "14020 Water supply and sanitation - large systems (DAC)"
    organisations = algorithm.parameterDefinition("REPORTING_ORGS")  # open: any IATI identifier may be typed
    wrapper = WidgetWrapperFactory.create_wrapper(organisations, QWidget())
    wrapper.setValue("KR-GOV-010, GB-GOV-1")
    assert wrapper.widget.findChild(QgsCheckableComboBox).checkedItems() == [
        "Korea: ODA Korea (KOICA, EDCF and other agencies) (KR-GOV-010)"]
    assert wrapper.widget.findChild(QLineEdit).text() == "GB-GOV-1"
    assert wrapper.value() == "KR-GOV-010,GB-GOV-1"
    query = algorithm.query({"COUNTRIES": "vn, KH", "SECTORS": ["14020", "water"], "REPORTING_ORGS": wrapper.value()},
                            _context())
    assert query.countries == ("VN", "KH") and query.reporting_orgs == ("KR-GOV-010", "GB-GOV-1")
    assert "14020" in query.sectors and "14010" in query.sectors  # water through its DAC codes
    assert algorithm.query({}, _context()).countries == tuple(countries.defaultValue())  # not given: ASEAN
    assert algorithm.query({"COUNTRIES": ""}, _context()).countries == ()  # given empty: every country
    countries_widget = WidgetWrapperFactory.create_wrapper(countries, QWidget())
    assert sorted(countries_widget.value()) == sorted(countries.defaultValue())  # the dialog opens with ASEAN ticked
    countries_widget.setValue([])
    assert algorithm.query({"COUNTRIES": countries_widget.value()}, _context()).countries == ()


def _context():
    from qgis.core import QgsProcessingContext

    return QgsProcessingContext()


def test_descriptions_and_choices_follow_the_data_the_plugin_shows(holder, tmp_path):
    registered = QgsApplication.processingRegistry().algorithmById("smartcity:filterprojects")
    assert "every project of the bundled data" in registered.parameterDefinition("INPUT").description()
    assert "the bundled data" in registered.parameterDefinition("DONORS").description()
    mine = tmp_path / "mekong plans.gpkg"
    shutil.copy(bundled_data_path(), mine)
    layer = QgsVectorLayer(f"{mine}|layername=projects", "projects", "ogr")  # a donor the bundled data lacks
    first = next(layer.getFeatures())
    project_id = first["project_id"]
    assert layer.dataProvider().changeAttributeValues(
        {first.id(): {layer.fields().indexOf("donor_country"): "DE"}})
    del layer
    holder.use_geopackage(mine)

    registered = QgsApplication.processingRegistry().algorithmById("smartcity:filterprojects")  # made again
    assert "every project of the GeoPackage mekong plans.gpkg" in registered.parameterDefinition("INPUT").description()
    assert "mekong plans.gpkg" in registered.shortHelpString()
    assert "mekong plans.gpkg" in created("cooperationmatrix").parameterDefinition("CITIES_LAYER").description()
    assert offered(created("filterprojects").parameterDefinition("DONORS"))["DE"] == "DE"
    result = run("filterprojects", DONORS="DE", OUTPUT="memory:")
    assert result["COUNT"] == 1 and [f["project_id"] for f in result["OUTPUT"].getFeatures()] == [project_id]

    holder.use_geopackage(None)
    assert "DE" not in created("filterprojects").parameterDefinition("DONORS").options()
    registered = QgsApplication.processingRegistry().algorithmById("smartcity:filterprojects")
    assert "the bundled data" in registered.parameterDefinition("INPUT").description()


def test_the_dialog_opened_from_the_plugin_ticks_the_docks_filter(provider, qgis_iface, monkeypatch):
    import processing

    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.core.selection import Selection
    from smartcity_plugin.processing.filter_defaults import dialog_values

    values = dialog_values("smartcity:filterprojects", Selection(ProjectFilter(donors=("KR",), cities=("ascn_vn_da_nang",))))
    assert values == {"DONORS": ["KR"], "CITIES": ["ascn_vn_da_nang"]}
    monkeypatch.setattr("processing.gui.ParametersPanel.iface", None)
    dialog = processing.createAlgorithmDialog("smartcity:filterprojects", values)
    try:
        combos = {combo.objectName(): combo for combo in dialog.findChildren(QgsCheckableComboBox)}
        assert combos["SmartCityPick_DONORS"].checkedItems() == ["Korea (KR)"]
        assert combos["SmartCityPick_CITIES"].checkedItems() == ["Da Nang"]
    finally:
        dialog.deleteLater()


def test_data_that_cannot_be_read_offers_nothing_and_the_dialog_still_opens(holder, tmp_path):
    broken = tmp_path / "broken.gpkg"
    broken.write_text("not a GeoPackage", encoding="utf-8")
    holder.use_geopackage(broken)
    algorithm = created("filterprojects")  # no exception: QGIS can make the algorithm and show its dialog
    assert list(algorithm.parameterDefinition("DONORS").options()) == []
    assert len(algorithm.parameterDefinition("STATUSES").options()) == 5
    assert "every project of the GeoPackage broken.gpkg" in algorithm.parameterDefinition("INPUT").description()
    # The sectors are read first; the message names the file and what is wrong with it.
    with pytest.raises(QgsProcessingException, match=r"broken\.gpkg: the sectors could not be read \(file is not a database\)"):
        run("filterprojects", DONORS="KR", OUTPUT="memory:")


def test_agencies_are_the_docks_groups_and_koica_finds_its_joint_projects(provider):
    """Ticking KOICA in Processing finds what the dock's KOICA finds, "KOICA; K-water" included."""
    from smartcity_plugin.core.agencies import AgencyGroups

    spellings = [value for (value,) in bundled("SELECT DISTINCT agency FROM projects WHERE agency IS NOT NULL")]
    groups = AgencyGroups(spellings)
    koica = [label for label in groups.labels() if "KOICA" in label]
    assert len(koica) == 1, koica  # one entry for KOICA, not one per joint spelling
    offered_agencies = offered(created("filterprojects").parameterDefinition("AGENCIES"))
    assert koica[0] in offered_agencies and "KOICA; K-water" not in offered_agencies
    (with_joint,) = bundled("SELECT count(*) FROM projects WHERE ';' || agency || ';' LIKE '%KOICA%'")[0]
    (alone,) = bundled("SELECT count(*) FROM projects WHERE agency = 'KOICA'")[0]
    assert with_joint > alone  # the bundled data has joint projects
    assert run("filterprojects", AGENCIES=koica, OUTPUT="memory:")["COUNT"] == with_joint
    # A spelling a script names brings its groups: KOICA's projects and K-water's.
    assert run("filterprojects", AGENCIES="KOICA; K-water", OUTPUT="memory:")["COUNT"] >= with_joint


def test_the_dialog_ticks_the_docks_agencies_as_groups(provider):
    from smartcity_plugin.core.agencies import AgencyGroups
    from smartcity_plugin.core.filter_model import ProjectFilter
    from smartcity_plugin.core.selection import Selection
    from smartcity_plugin.processing.filter_defaults import dialog_values

    spellings = [value for (value,) in bundled("SELECT DISTINCT agency FROM projects WHERE agency IS NOT NULL")]
    groups = AgencyGroups(spellings)
    (koica,) = [label for label in groups.labels() if "KOICA" in label]
    dock_filter = ProjectFilter(agencies=groups.members([koica]))  # what the dock's KOICA matches
    assert dialog_values("smartcity:filterprojects", Selection(dock_filter)) == {"AGENCIES": [koica]}
