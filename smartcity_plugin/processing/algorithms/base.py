"""What every algorithm of the provider shares: its Toolbox group, making a fresh copy of itself,
and reading its pick lists however they are written."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from smartcity_plugin.processing.pick_lists import relaxed_parameters
from smartcity_plugin.toolbelt.i18n import tr


def group_titles() -> dict[str, str]:
    """Toolbox group id → title in the interface language."""
    return {"analysis": tr("Analysis"), "maps": tr("Maps for reports"), "dataexchange": tr("Data exchange")}


class SmartCityAlgorithm(QgsProcessingAlgorithm):
    """An algorithm of the ``smartcity`` provider; subclasses set ``GROUP_ID``.

    ``with_choices`` is True for a copy made to run or to show in a dialog (``create()``):
    only such a copy reads its pick lists' choices from the data. The provider's own copies,
    made when QGIS starts, do not open the data (a team registry may be far away).
    """

    GROUP_ID = "analysis"
    with_choices = False

    def group(self) -> str:  # noqa: D102
        return group_titles()[self.GROUP_ID]

    def groupId(self) -> str:  # noqa: N802, D102
        return self.GROUP_ID

    def createInstance(self) -> SmartCityAlgorithm:  # noqa: N802, D102
        instance = type(self)()
        instance.with_choices = True
        return instance

    def checkParameterValues(self, parameters, context):  # noqa: N802, D102
        # Pick lists take "US, KR" and codes the list does not offer: the algorithm checks them itself.
        try:
            relaxed = relaxed_parameters(self, parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues(relaxed, context)
