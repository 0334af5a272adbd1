"""What Processing needs to know of the exports when QGIS starts: page and content names, error types.

Kept apart from the layout code, which loads only when a map is built.
"""

from __future__ import annotations

TEMPLATES = (
    "overview_a4_landscape", "overview_a4_portrait", "overview_a3_landscape", "overview_a3_portrait",
)
ATLAS_TEMPLATE = "city_profile_a4_portrait"
CONTENTS = ("cooperation", "flood")


class ExportError(RuntimeError):
    """An export failed; the message names the file and the reason."""


class TemplateError(RuntimeError):
    """A layout template is missing or cannot be read."""
