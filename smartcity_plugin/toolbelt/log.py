"""Log to the QGIS message log and, when asked, to the message bar (never a modal box)."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsMessageLog

LOG_TAG = "Smart City Cooperation"

_LEVEL_DURATION = {
    Qgis.MessageLevel.Info: 5,
    Qgis.MessageLevel.Success: 5,
    Qgis.MessageLevel.Warning: 10,
    Qgis.MessageLevel.Critical: 0,  # errors stay until the user closes them
}


def log(
    message: str,
    level: Qgis.MessageLevel = Qgis.MessageLevel.Info,
    push: bool = False,
    title: Optional[str] = None,
    iface=None,
    html: bool = False,
) -> None:
    """Write ``message`` to the log panel; with ``push`` also show it in the message bar.

    ``iface`` defaults to ``qgis.utils.iface``; it is None under ``qgis_process``, where
    only the log is written. The message bar shows rich text, and messages quote file
    names and data: they are escaped unless ``html`` says the caller built safe HTML.
    """
    QgsMessageLog.logMessage(message, LOG_TAG, level)
    if not push:
        return
    if iface is None:
        from qgis.utils import iface as qgis_iface  # late: not set when this module loads

        iface = qgis_iface
    if iface is None:
        return
    if not html:
        from smartcity_plugin.core.safe_text import html_text

        message = html_text(message)
    # Positional arguments: the only call form every QGIS 3.x message bar accepts.
    iface.messageBar().pushMessage(
        title or LOG_TAG, message, level, _LEVEL_DURATION.get(level, 5)
    )
