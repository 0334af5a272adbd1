"""PYQGIS_STARTUP hook of the desktop smoke test; QGIS exec()s it before loading plugins.

It does two things, both so that a broken plugin fails the test quickly and legibly:

* every message-log entry is appended, as one JSON line, to the file named by
  ``SMARTCITY_SMOKE_LOG``, at once, so the test reads them even if QGIS hangs or crashes;
* QGIS's modal "Python error" dialog becomes a no-op: under Xvfb nobody can press its
  Close button, so it would block start-up until the test's timeout. The traceback is not
  lost: QGIS logs it (tag "Python error") before it opens the dialog.

QGIS 3.22 runs this file twice in the same interpreter, hence the guard. Everything lives
inside a function because the file is exec()'d in QGIS's ``__main__`` namespace.
"""


def _install_smoke_hooks() -> None:
    import json
    import os

    import qgis.utils
    from qgis.core import QgsApplication

    if getattr(qgis.utils, "_smartcity_smoke_hooked", False):
        return
    qgis.utils._smartcity_smoke_hooked = True
    log_path = os.environ["SMARTCITY_SMOKE_LOG"]

    def record(message: str, tag: str, level) -> None:
        entry = {"tag": tag, "level": int(level), "message": message}
        # Open per message: a few dozen writes, and nothing is lost if QGIS dies.
        with open(log_path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")

    def no_stack_dialog(*_args, **_kwargs) -> None:
        """Replaces qgis.utils.open_stack_dialog, which would block on a modal dialog."""

    QgsApplication.messageLog().messageReceived.connect(record)
    qgis.utils.open_stack_dialog = no_stack_dialog


_install_smoke_hooks()
del _install_smoke_hooks
