"""The one error type importers and exporters raise, so every caller can show it as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Union


class DataExchangeError(Exception):
    """A file could not be read or written; the message names the file and the problem."""

    def __init__(self, path: Union[str, Path], problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class ImportCancelledError(DataExchangeError):
    """The planner cancelled; nothing was written."""


class ExportCancelledError(DataExchangeError):
    """The planner cancelled an export; the earlier file, if any, is unchanged."""


class DataUnavailableError(Exception):
    """The plugin's data cannot be opened (a file missing, a database unreachable); the message says why."""


class RegistryError(DataUnavailableError):
    """The team registry (PostGIS) refused or failed; the message names the connection and the problem."""
