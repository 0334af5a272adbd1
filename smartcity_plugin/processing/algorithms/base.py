"""What every algorithm of the provider shares: its Toolbox group, and making a fresh copy of itself."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm

from smartcity_plugin.toolbelt.i18n import tr


def group_titles() -> dict[str, str]:
    """Toolbox group id → title in the interface language."""
    return {"analysis": tr("Analysis"), "maps": tr("Maps for reports"), "dataexchange": tr("Data exchange")}


class SmartCityAlgorithm(QgsProcessingAlgorithm):
    """An algorithm of the ``smartcity`` provider; subclasses set ``GROUP_ID``."""

    GROUP_ID = "analysis"

    def group(self) -> str:  # noqa: D102
        return group_titles()[self.GROUP_ID]

    def groupId(self) -> str:  # noqa: N802, D102
        return self.GROUP_ID

    def createInstance(self) -> SmartCityAlgorithm:  # noqa: N802, D102
        return type(self)()
