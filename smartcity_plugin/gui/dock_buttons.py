"""The dock's buttons: one per lens, and its actions (export, reload, fetch); which lens answers what."""

from __future__ import annotations

from typing import Mapping

from qgis.core import QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import QGridLayout, QPushButton

from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.gui import lenses
from smartcity_plugin.toolbelt.i18n import tr


def lens_specs() -> list[tuple[str, str, str]]:
    """(key, name, what it shows) of each lens, in the dock's order."""
    return [
        ("us_korea", tr("US–Korea co-presence"),
         tr("Cities where both the United States and Korea work, and in which sectors")),
        ("gaps", tr("Sector gaps"), tr("Sectors with no project in the chosen cities")),
        ("flood", tr("Outside flood warning"), tr("ASCN cities outside every flood-warning coverage area")),
        ("mekong", tr("Mekong focal area"), tr("Cambodia, Laos, Myanmar, Thailand, Viet Nam")),
    ]


def lens_name(key: str) -> str:
    """The lens ``key`` as the dock names it ('' for none)."""
    return next((name for lens, name, _ in lens_specs() if lens == key), "")


def lens_buttons_box(dock) -> QgsCollapsibleGroupBox:
    """The "Lenses" box of ``dock``: its lens buttons (kept in ``dock.lens_buttons``) and action buttons."""
    box = QgsCollapsibleGroupBox(tr("Lenses"))
    grid = QGridLayout(box)
    for position, (key, label, tip) in enumerate(lens_specs()):
        button = QPushButton(label)
        button.setObjectName(f"SmartCityLens_{key}")
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False, k=key: dock.run_lens(k))
        button.setCheckable(True)  # the active lens shows pressed
        grid.addWidget(button, position // 2, position % 2)
        dock.lens_buttons[key] = button
        dock.lens_labels[key] = label
    export_button = QPushButton(tr("Export map for a report…"))
    export_button.setObjectName("SmartCityDockExport")
    export_button.clicked.connect(dock.export_requested)
    grid.addWidget(export_button, 2, 0)
    reload_button = QPushButton(tr("Reload data"))
    reload_button.setObjectName("SmartCityDockReload")
    reload_button.setToolTip(
        tr("Read the data again: shows what others saved in the team registry since it was last loaded"))
    reload_button.clicked.connect(dock.reload_data)
    grid.addWidget(reload_button, 2, 1)
    fetch_button = QPushButton(tr("Fetch IATI activities…"))
    fetch_button.setObjectName("SmartCityDockFetch")
    fetch_button.setToolTip(tr("Current activities of chosen donors and countries from d-portal or the IATI "
                               "Datastore"))
    fetch_button.clicked.connect(dock.fetch_requested)
    grid.addWidget(fetch_button, 3, 0, 1, 2)
    return box


def lens_result(key: str, layers: Mapping[str, QgsVectorLayer], current: ProjectFilter,
                catalogue: SectorCatalogue) -> lenses.LensResult:
    """What the lens ``key`` finds on the group's ``layers``, starting from the planner's ``current`` filter."""
    if key == "us_korea":
        return lenses.us_korea(layers["projects"], layers["cities"], current, catalogue)
    if key == "gaps":
        return lenses.sector_gaps(layers["projects"], layers["cities"], current, catalogue)
    if key == "flood":
        return lenses.outside_flood_warning(layers["cities"], layers["flood"])
    return lenses.mekong(current)
