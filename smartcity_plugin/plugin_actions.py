"""The plugin's menu and toolbar entries, as a table (kept out of ``gui``: it is read at QGIS start)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from smartcity_plugin.toolbelt.i18n import tr


@dataclass(frozen=True)
class ActionSpec:
    """One entry: its object name, text, tip, the plugin method it calls, a theme icon ('' = the plugin's)."""

    object_name: str
    text: str
    tip: str
    slot: str
    icon: str = ""
    toolbar: bool = False
    checkable: bool = False


def menu_actions() -> list[Optional[ActionSpec]]:
    """The menu from top to bottom; None is a separator. The toolbar takes the entries marked for it."""
    return [
        ActionSpec("SmartCityAddLayersAction", tr("Add cooperation layers"),
                   tr("Add the ASCN cities, cooperation projects and flood-warning coverage, styled"),
                   "add_layers", toolbar=True),
        ActionSpec("SmartCityDockAction", tr("Cooperation dock"),
                   tr("Filter by sector, donor, country and years, with live totals"),
                   "toggle_dock", "/mActionFilter2.svg", toolbar=True, checkable=True),
        ActionSpec("SmartCityExportAction", tr("Export map for a report…"),
                   tr("The current filter as a finished map or city profiles: PDF, PNG or SVG"),
                   "open_export_dialog", "/mActionSaveAsPDF.svg", toolbar=True),
        ActionSpec("SmartCityFilterProjectsAction", tr("Filter cooperation projects…"),
                   tr("Select projects by sector, donor, country and years into a new layer (Processing)"),
                   "open_filter_algorithm", "/processingAlgorithm.svg"),
        None,
        ActionSpec("SmartCityImportAction", tr("Import projects (IATI, CSV)…"),
                   tr("Add projects from an IATI file or a CSV table to your own GeoPackage, with checks"),
                   "open_import_dialog", "/mActionAddOgrLayer.svg"),
        ActionSpec("SmartCityFetchIatiAction", tr("Fetch IATI activities…"),
                   tr("Current activities of chosen donors and countries from d-portal or the IATI Datastore, into "
                      "your GeoPackage or the team registry"), "open_fetch_dialog", "/mActionAddWmsLayer.svg"),
        ActionSpec("SmartCityRefreshIatiAction", tr("Refresh from IATI"),
                   tr("Run again the IATI queries this project keeps, updating the activities they fetched"),
                   "refresh_from_iati", "/mActionRefresh.svg"),
        ActionSpec("SmartCityCheckAction", tr("Check projects…"),
                   tr("Find swapped coordinates, points outside their country, missing sources (Processing)"),
                   "open_check_algorithm", "/algorithms/mAlgorithmCheckGeometry.svg"),
        ActionSpec("SmartCityUseGeoPackageAction", tr("Use my GeoPackage…"),
                   tr("Show your own GeoPackage (made by an import) instead of the bundled data"),
                   "choose_geopackage", "/mGeoPackage.svg"),
        ActionSpec("SmartCityUseBundledAction", tr("Use the bundled data"),
                   tr("Show the data that comes with the plugin again"), "use_bundled_data"),
        ActionSpec("SmartCityUseRegistryAction", tr("Use the team registry (PostGIS)…"),
                   tr("Show and edit the registry your team shares in PostGIS, through a saved PostgreSQL connection"),
                   "choose_registry", "/mIconPostgis.svg"),
        ActionSpec("SmartCityPublishRegistryAction", tr("Publish to the team registry…"),
                   tr("Copy the data the plugin uses into a PostGIS database for your team (Processing)"),
                   "open_publish_algorithm", "/mActionSharingExport.svg"),
        ActionSpec("SmartCityUpgradeRegistryAction", tr("Upgrade the team registry…"),
                   tr("Close the security holes of a registry published by an earlier version, keeping its data and "
                      "audit log (Processing; for the registry's administrator)"),
                   "open_upgrade_algorithm", "/mActionRefresh.svg"),
        ActionSpec("SmartCityUpdateCatalogueAction", tr("Update the catalogue"),
                   tr("Download the newest project catalogue from the address in the settings (checked before use)"),
                   "update_catalogue", "/mActionRefresh.svg"),
        None,
        ActionSpec("SmartCityHelpAction", tr("Help"), tr("Open the plugin's help"), "open_help",
                   "/mActionHelpContents.svg"),
    ]
