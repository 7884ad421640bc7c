"""Processes started ahead of the flow, while Prefect's temporary API server starts.

`letopis run` waits seconds for that server before the flow's first task, with one core
idle.  When the run will read at least `MIN_FILES` files the file index does not vouch
for (`pipelines.file_index`), the command starts the NLP worker processes (they load
natasha's models) and the audit process (it imports GX) first.  The flow takes them
from here (`take`) instead of starting its own; what it does not take is shut down when
the command ends.  A run with little or nothing to read starts none of them early, so a
scheduled no-op run costs no more than Prefect's start-up.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

MIN_FILES = 32  # one chunk of the default size: fewer new files barely use the workers' start-up

_started: dict[str, tuple[int, ProcessPoolExecutor]] = {}


def files_to_read(raw: Path, out: Path) -> int:
    """How many article files under `raw` the published file index does not vouch for."""
    from pipelines import file_index
    from pipelines.inputs import discover_files
    from pipelines.store import Dataset

    if not raw.is_dir():
        return 0  # the flow names the missing folder
    index = file_index.load(Dataset(out).current, raw)
    paths, _ = discover_files(raw)
    return sum(not _vouched(index, raw, rel) for rel in paths)


def _vouched(index, raw: Path, rel: str) -> bool:
    from pipelines.file_index import stat_of, vouches

    try:
        return vouches(index, rel, stat_of(raw / rel))
    except OSError:
        return False


@contextmanager
def started_ahead(raw: Path, out: Path, workers: int, full_refresh: bool = False):
    """Start the NLP workers and the audit process now if the run will read `MIN_FILES`
    files or more; shut down at exit those the flow did not take."""
    from pipelines.audit import start_audit_process
    from pipelines.workers import start_pool

    if full_refresh or files_to_read(raw, out) >= MIN_FILES:
        _started["audit"] = (1, start_audit_process())
        if workers > 1:
            _started["nlp"] = (workers, start_pool(workers))
    try:
        yield
    finally:
        for _, pool in _started.values():
            pool.shutdown(cancel_futures=True)
        _started.clear()


def take(kind: str, workers: int = 1) -> ProcessPoolExecutor | None:
    """The `kind` ("nlp" or "audit") processes started ahead with `workers` processes, now the
    caller's to shut down; None when none were."""
    size, pool = _started.get(kind, (None, None))
    if pool is None or size != workers:
        return None
    del _started[kind]
    return pool
