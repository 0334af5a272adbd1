"""Analyses and report maps read the registry as they read the GeoPackage."""

from __future__ import annotations

import subprocess  # nosec B404 - poppler's own tools


def run(algorithm: str, **parameters):
    from qgis import processing

    return processing.run(f"smartcity:{algorithm}", parameters)


def matrix_rows(result) -> list[tuple]:
    """The cities' rows, without the columns only the registry has (fid, versions, who changed it)."""
    from smartcity_plugin.layers.registry_layers import VERSION_FIELDS

    layer = result["OUTPUT"]  # processing.run hands memory outputs back as layers
    names = [name for name in layer.fields().names() if name not in ("fid", *VERSION_FIELDS)]
    return sorted(tuple(str(feature[name]) for name in names) for feature in layer.getFeatures())


def answers() -> tuple:
    question = {"DONORS": "KR,US", "SECTORS": "water"}
    flood = run("floodcoverage", CITIES_OUTPUT="memory:", PROJECTS_OUTPUT="memory:")
    return (run("filterprojects", OUTPUT="memory:", **question)["COUNT"],
            matrix_rows(run("cooperationmatrix", OUTPUT="memory:", MATRIX="memory:", **question)),
            flood["CITIES_OUTSIDE"], flood["PROJECTS_OUTSIDE"])


def test_analyses_give_the_same_answers(registry, provider):
    bundled = answers()
    registry.use_as("carol")
    assert answers() == bundled and bundled[0] > 0 and len(bundled[1]) > 0


def test_report_map_from_the_registry(registry, provider, tmp_path):
    registry.sql("UPDATE smartcity.dataset_info SET value = '2026-12' WHERE key = 'as_of'")
    registry.use_as("alice")
    pdf = run("exportmap", OUTPUT=str(tmp_path / "map.pdf"), DONORS="KR", DPI=96, TITLE="Korea from the registry")
    text = " ".join(subprocess.run(["pdftotext", "-layout", pdf["OUTPUT"], "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Korea from the registry" in text and "as of 2026-12" in text  # the footer reads the registry
