"""``python -m bench.iati_standin N``: the d-portal stand-in serving N generated activities, in a process of its own.

It prints its address on the first line and serves until its standard input closes. A process of its own:
in the benchmark's process the server's Python would take turns with QGIS's main thread and look like a
freeze of QGIS that a planner, whose d-portal runs elsewhere, never sees.
"""

from __future__ import annotations

import random
import sys

from bench.iati import SEED, activity_xml


def main(activities: int) -> None:
    from tests.fixtures.iati_services import Activity, StandInServer

    rng = random.Random(SEED)
    with StandInServer([Activity.parse(activity_xml(rng, index + 1)) for index in range(activities)]) as server:
        print(server.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main(int(sys.argv[1]))
