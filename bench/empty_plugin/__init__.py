"""The start-up baseline: the least a QGIS plugin with a toolbar button can be."""


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    """Return the plugin instance."""
    return EmptyPlugin(iface)


class EmptyPlugin:
    """One action in one toolbar, nothing else."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.action = None

    def initGui(self) -> None:  # noqa: N802 (QGIS API)
        """Add the one action."""
        from qgis.PyQt.QtWidgets import QAction

        self.action = QAction("Empty", self.iface.mainWindow())
        self.action.triggered.connect(self.run)
        self.iface.addToolBar("Empty").addAction(self.action)

    def run(self) -> None:
        """Do nothing."""

    def unload(self) -> None:
        """Remove the action."""
        self.action.deleteLater()
        self.action = None
