"""Timing runs and the result rows every benchmark returns."""

from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Optional, TypeVar

T = TypeVar("T")


@dataclass
class Timing:
    """Repeated runs of one thing, in milliseconds; the median is what the table shows."""

    runs_ms: list[float]
    warmup_ms: Optional[float] = None  # the first, untimed run (cold caches), when there was one

    @property
    def median_ms(self) -> float:
        return statistics.median(self.runs_ms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "median_ms": round(self.median_ms, 3), "min_ms": round(min(self.runs_ms), 3),
            "max_ms": round(max(self.runs_ms), 3), "runs_ms": [round(r, 3) for r in self.runs_ms],
            "warmup_ms": None if self.warmup_ms is None else round(self.warmup_ms, 3),
        }


def timed(action: Callable[[], T]) -> tuple[T, float]:
    """What ``action`` returns, and the milliseconds it took."""
    start = time.perf_counter()
    value = action()
    return value, (time.perf_counter() - start) * 1000.0


def time_ms(action: Callable[[], Any]) -> float:
    """Milliseconds ``action`` takes, once."""
    return timed(action)[1]


def measure(action: Callable[[], Any], repeat: int, setup: Optional[Callable[[], Any]] = None,
            warmup: bool = True) -> Timing:
    """Time ``action`` ``repeat`` times, ``setup`` (untimed) before each; one untimed warm-up first."""
    first = None
    if warmup:
        if setup:
            setup()
        first = time_ms(action)
    runs = []
    for _ in range(repeat):
        if setup:
            setup()
        runs.append(time_ms(action))
    return Timing(runs, first)


@dataclass
class Target:
    """One goal of issue #11: ``value`` compared with ``limit`` (``kind`` says how)."""

    what: str
    limit: float
    value: float
    kind: str = "max"  # "max": value <= limit; "min": value >= limit

    @property
    def ok(self) -> bool:
        return self.value <= self.limit if self.kind == "max" else self.value >= self.limit

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "value": round(self.value, 3), "ok": self.ok}


@dataclass
class Result:
    """One row of the table: the plugin's measurement beside its baseline from the same run."""

    key: str  # stable identifier, e.g. "refresh.100000"
    title: str
    ours: Timing
    baseline: Optional[Timing]
    baseline_title: str
    unit: str = "ms"
    targets: list[Target] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> Optional[float]:
        if self.baseline is None or self.baseline.median_ms <= 0:
            return None
        return self.ours.median_ms / self.baseline.median_ms

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "title": self.title, "unit": self.unit,
            "ours": self.ours.to_dict(),
            "baseline": None if self.baseline is None else {**self.baseline.to_dict(), "what": self.baseline_title},
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "targets": [t.to_dict() for t in self.targets],
            "details": self.details,
        }
