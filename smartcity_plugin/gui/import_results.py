"""What the import and fetch dialogs share: the registry as a target, and opening what a run wrote."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject

from smartcity_plugin.gui.import_datasource import reload_layers_from
from smartcity_plugin.layers.sources import REGISTRY, active_source
from smartcity_plugin.toolbelt.i18n import tr


def problems_output(add_to_map: bool) -> str:
    """The PROBLEMS parameter: a memory layer the dialog can take and add, or a temporary output."""
    return "memory:" if add_to_map else "TEMPORARY_OUTPUT"


def offer_registry(dialog) -> None:
    """Show the dialog's registry choice (checked) when the registry is the plugin's data, hide it otherwise.

    ``dialog`` has ``into_registry`` (a check box), ``target`` (the GeoPackage) and ``use_it``.
    """
    source = active_source()
    shown = source.kind == REGISTRY
    dialog.into_registry.setText(tr("Into the team registry ({}), checked by its rules and audited")
                                 .format(source.connection))
    dialog.into_registry.setVisible(shown)
    dialog.into_registry.setChecked(shown)
    target_changed(dialog)


def target_changed(dialog) -> None:
    """Enable the GeoPackage choices only when the run goes into a GeoPackage."""
    into_file = not dialog.into_registry.isChecked()
    dialog.target.setEnabled(into_file)
    dialog.use_it.setEnabled(into_file)


def registry_target(dialog) -> str:
    """The registry's connection when the run goes there, else ''."""
    return active_source().connection if dialog.into_registry.isChecked() else ""


def open_results(dialog, results: dict, context, problems_name: str) -> None:
    """After a successful run: add the problems layer (when asked and not empty), show the data written.

    Into the team registry: ``registry_changed`` is emitted; into a GeoPackage: its layers are
    reloaded and, when ``use_it`` is checked, ``data_source_chosen`` names it.
    """
    if dialog.add_problems.isChecked() and context is not None:
        problems = context.takeResultLayer(results.get("PROBLEMS") or "")
        if problems is not None and problems.featureCount():
            problems.setName(tr("Import problems: {}").format(problems_name))
            QgsProject.instance().addMapLayer(problems)
    if not results.get("GEOPACKAGE"):
        dialog.registry_changed.emit()
        return
    target = results["GEOPACKAGE"]
    reload_layers_from(Path(target))
    if dialog.use_it.isChecked():
        dialog.data_source_chosen.emit(target)
