"""Save the X screen named by $DISPLAY as a PNG: ``python grab_screen.py OUT.png``.

The smoke test runs this when QGIS does not finish in time, to show what blocked it.
"""

from __future__ import annotations

import sys

from qgis.PyQt.QtWidgets import QApplication


def main(out: str) -> int:
    app = QApplication(["grab_screen"])
    saved = app.primaryScreen().grabWindow(0).save(out, "PNG")
    return 0 if saved else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
