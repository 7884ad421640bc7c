"""How long a run's stages take: seconds and peak memory per stage, and the NLP's progress line."""

from __future__ import annotations

import resource
import time
from contextlib import contextmanager


class Timer:
    """Seconds per stage, and this process's peak RSS (MiB) when each stage ended."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.peak_rss_mib: dict[str, int] = {}

    @contextmanager
    def stage(self, name: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - t0, 3)
            self.peak_rss_mib[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


class Progress:
    """A progress line (articles done, articles/s, ETA) at most every 10 s."""

    EVERY_SECONDS = 10.0

    def __init__(self, log, total: int):
        self.log, self.total, self.done = log, total, 0
        self.t0 = self.last = time.perf_counter()

    def add(self, n: int) -> None:
        self.done += n
        now = time.perf_counter()
        if now - self.last >= self.EVERY_SECONDS and self.done < self.total:
            rate = self.done / (now - self.t0)
            self.log.info("nlp: %d/%d articles, %.1f articles/s, ETA %.0fs", self.done, self.total, rate,
                          (self.total - self.done) / rate)
            self.last = now
