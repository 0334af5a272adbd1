"""Run a data-exchange algorithm as a QGIS background task and hand its results back."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

from smartcity_plugin.__about__ import PROVIDER_ID
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the errors an algorithm reports, to show the last one in the message bar."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


class AlgorithmTask:
    """One run: the task, its context (which owns the output layers) and its feedback, kept alive together."""

    def __init__(self, algorithm: str, parameters: dict,
                 done: Callable[[bool, dict, QgsProcessingContext, RecordingFeedback], None]) -> None:
        registry = QgsApplication.processingRegistry()
        self.algorithm = registry.createAlgorithmById(f"{PROVIDER_ID}:{algorithm}")
        if self.algorithm is None:
            raise RuntimeError(f"The algorithm {PROVIDER_ID}:{algorithm} is not registered.")
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = RecordingFeedback()
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(lambda ok, results: done(ok, results, self.context, self.feedback))
        self.result: Optional[bool] = None

    def start(self) -> None:
        """Queue the task; QGIS shows it in the task bar, where it can be cancelled."""
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        """Ask the algorithm to stop (the import then leaves the planner's file as it was)."""
        self.feedback.cancel()

    def stop(self, wait_ms: int = 10000) -> None:
        """Cancel, forget the caller (it is going away) and wait a moment for the task to end."""
        self.task.executed.disconnect()
        self.cancel()
        self.task.waitForFinished(wait_ms)


def run_check_dialog(iface) -> None:
    """Open ``smartcity:checkprojects`` in the Processing dialog; say the number of problems in the message bar."""
    from qgis import processing  # late import: pulls in the Processing GUI

    results = processing.execAlgorithmDialog(f"{PROVIDER_ID}:checkprojects")
    if results and "PROBLEM_COUNT" in results:
        count = int(results["PROBLEM_COUNT"])
        log(tr("{} problems found in the projects.").format(count),
            Qgis.MessageLevel.Warning if count else Qgis.MessageLevel.Success, push=True, iface=iface)
