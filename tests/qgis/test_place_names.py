"""City names in the planner's language where the data has them, English where it has not."""

from __future__ import annotations

import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsVectorLayer

from smartcity_plugin.layers.place_names import city_name, city_name_expression, city_names_of

ROWS = [  # a team registry may carry a column per language; the bundled data has none yet
    {"city_id": "ascn_vn_da_nang", "name": "Da Nang", "name_local": "Đà Nẵng", "country_iso2": "VN", "name_ko": "다낭"},
    {"city_id": "ascn_th_bangkok", "name": "Bangkok", "name_local": "กรุงเทพมหานคร", "country_iso2": "TH",
     "name_ko": None},
]


@pytest.fixture()
def cities() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=city_id:string&field=name:string&field=name_local:string"
                           "&field=country_iso2:string&field=name_ko:string", "cities", "memory")
    features = []
    for row in ROWS:
        feature = QgsFeature(layer.fields())
        for key, value in row.items():
            feature[key] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def evaluate(layer: QgsVectorLayer, expression: str) -> list[str]:
    parsed, context = QgsExpression(expression), QgsExpressionContext()
    values = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        values.append(parsed.evaluate(context))
        assert not parsed.hasEvalError(), parsed.evalErrorString()
    return values


@pytest.mark.parametrize("language, expected", [
    ("ko", ["다낭", "Bangkok"]),  # Korean where the data has it, English where not
    ("vi", ["Đà Nẵng", "Bangkok"]),  # the planner's own country in its script
    ("th", ["Da Nang", "กรุงเทพมหานคร"]),  # no name_th column: the expression does not name it
    ("en", ["Da Nang", "Bangkok"]),
])
def test_names_for_each_language(cities, language, expected):
    assert evaluate(cities, city_name_expression(language, cities.fields().names())) == expected
    assert [city_name(row, language) for row in ROWS] == expected
    assert list(city_names_of(ROWS, language).values()) == expected


def test_labels_follow_the_language(cities):
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    from smartcity_plugin.layers.group import label_in_local_script

    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    cities.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    label_in_local_script(cities, "en")
    assert cities.labeling().settings().fieldName == "name"
    label_in_local_script(cities, "ko")
    labelled = cities.labeling().settings()
    assert labelled.isExpression and evaluate(cities, labelled.fieldName) == ["다낭", "Bangkok"]
