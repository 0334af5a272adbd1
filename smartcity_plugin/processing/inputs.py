"""Inputs every algorithm reads the same way: a layer or the bundled one, needed fields, sectors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException

from smartcity_plugin.io.errors import DataUnavailableError
from smartcity_plugin.toolbelt.i18n import tr

if TYPE_CHECKING:  # the data and its sectors load when an algorithm runs, not when QGIS starts
    from smartcity_plugin.core.sectors import SectorCatalogue


def source_or_bundled(
    algorithm: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext, bundled_layer: str
):
    """The layer given for ``name``, or the plugin's bundled ``bundled_layer`` when none is."""
    if parameters.get(name):
        source = algorithm.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(tr("The layer {} could not be read.").format(name))
        return source
    from smartcity_plugin.layers.sources import open_data_layer

    try:
        layer = open_data_layer(bundled_layer)
    except DataUnavailableError as error:
        raise QgsProcessingException(str(error)) from error
    # The context owns it from here: deleted with the context, never after QGIS exits
    # (an error raised later would otherwise keep it alive in its traceback).
    context.temporaryLayerStore().addMapLayer(layer)
    return layer


def require_fields(source, names: Iterable[str], purpose: str = "") -> None:
    """Refuse a layer without the fields ``purpose`` needs, naming the layer and the fields."""
    missing = [name for name in names if source.fields().indexOf(name) < 0]
    if missing:
        raise QgsProcessingException(tr("{} lacks the fields {} needs: {}.").format(
            source.sourceName(), purpose or tr("the filter"), ", ".join(missing)))


def checked_catalogue(sectors: Iterable[str]) -> SectorCatalogue:
    """The sector catalogue, after checking that every chosen sector code exists."""
    from smartcity_plugin.layers.sources import sector_catalogue

    try:
        catalogue = sector_catalogue()
    except DataUnavailableError as error:
        raise QgsProcessingException(str(error)) from error
    unknown = catalogue.unknown(sectors)
    if unknown:
        raise QgsProcessingException(
            tr("Unknown sector: {}. Use codes such as water, mobility, kearney.smart_energy "
               "or ascn.quality_environment (see the plugin's sectors table).").format(", ".join(unknown))
        )
    return catalogue
