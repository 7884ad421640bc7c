"""Retention of run reports: `_runs/` keeps the newest runs and the recent failures.

Every run leaves `_runs/<run_id>/` (report.json, and GX Data Docs when it validated,
about 0.65 MB).  At the end of each run `prune_runs` removes the folders no rule keeps:

- the newest `keep_runs` runs (by run id, which starts with the UTC start time), whatever
  their status; a `no_changes` run counts like any other;
- every failed run (a status not in `run_report.OK_STATUSES`, or no readable
  report.json: a run that was killed) started less than `keep_failed_days` days ago;
- the run being written (`protect`) and the runs that published a version still in
  `_versions/` (the current one and the previous one), whatever their age.

`keep_runs=0` keeps everything.  Names starting with `_` or `.` are not runs (`_static`,
the GX assets the Data Docs share) and are never pruned, except `.pruned-*`: a folder is
first renamed to `.pruned-<run_id>` (one atomic step: readers see it or not), then
deleted; a deletion cut short is finished by the next prune.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipelines.run_report import RUN_ID_TIME, is_ok
from pipelines.store import RUNS, VERSIONS

DEFAULT_KEEP_RUNS = 50
DEFAULT_KEEP_FAILED_DAYS = 30
PRUNED_PREFIX = ".pruned-"


def is_run_name(name: str) -> bool:
    """A run folder's name (not `_static`, not a `.pruned-*` leftover)."""
    return not name.startswith(("_", "."))


def run_started(run_id: str) -> dt.datetime | None:
    """The UTC start time a run id begins with (`20261126T063000Z-ab12`), if it does."""
    try:
        return dt.datetime.strptime(run_id.split("-", 1)[0], RUN_ID_TIME).replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None


def run_status(run_dir: Path) -> str | None:
    """The status in a run's report.json; None when there is no readable report (a killed run)."""
    try:
        report = json.loads((run_dir / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return report.get("status") if isinstance(report, dict) else None


def published_run_ids(out: Path) -> set[str]:
    """Run ids of the versions in `_versions/` (`000002-<run_id>`): the published one and the previous."""
    versions = Path(out) / VERSIONS
    if not versions.is_dir():
        return set()
    return {p.name.split("-", 1)[1] for p in versions.iterdir() if "-" in p.name}


@dataclass(frozen=True)
class Decision:
    keep: list[str]
    prune: list[str]


def plan_pruning(runs_dir: Path, *, keep_runs: int, keep_failed_days: float, now: dt.datetime,
                 protect: set[str] = frozenset()) -> Decision:
    """Which run folders of `runs_dir` stay and which go (nothing is deleted here)."""
    names = sorted(p.name for p in runs_dir.iterdir() if is_run_name(p.name) and p.is_dir()) \
        if runs_dir.is_dir() else []
    if keep_runs <= 0:
        return Decision(names, [])
    newest = set(names[-keep_runs:])
    cutoff = now - dt.timedelta(days=keep_failed_days)
    keep, prune = [], []
    for name in names:
        if name in newest or name in protect:
            keep.append(name)
            continue
        started = run_started(name)
        if started is None:  # not a letopis run id: its age is the folder's
            try:
                started = dt.datetime.fromtimestamp((runs_dir / name).stat().st_mtime, dt.timezone.utc)
            except OSError:
                continue
        recent = started >= cutoff
        # only a recent run's report is read: an old one goes whatever its status
        if recent and not is_ok(run_status(runs_dir / name)):
            keep.append(name)
        else:
            prune.append(name)
    return Decision(keep, prune)


def prune_runs(out: str | Path, *, keep_runs: int = DEFAULT_KEEP_RUNS,
               keep_failed_days: float = DEFAULT_KEEP_FAILED_DAYS, now: dt.datetime | None = None,
               protect: set[str] = frozenset()) -> list[str]:
    """Delete the run folders of `out/_runs` no rule keeps; return their names.

    Call it holding the output folder's lock.  An OS error on one folder (permissions, a
    busy file system) leaves that folder for the next prune; it is never raised.
    """
    runs_dir = Path(out) / RUNS
    if not runs_dir.is_dir():
        return []
    for left in runs_dir.glob(PRUNED_PREFIX + "*"):  # a deletion a killed run did not finish
        shutil.rmtree(left, ignore_errors=True)
    now = now or dt.datetime.now(dt.timezone.utc)
    decision = plan_pruning(runs_dir, keep_runs=keep_runs, keep_failed_days=keep_failed_days, now=now,
                            protect=set(protect) | published_run_ids(Path(out)))
    pruned = []
    for name in decision.prune:
        trash = runs_dir / (PRUNED_PREFIX + name)
        try:
            (runs_dir / name).rename(trash)
        except OSError:
            continue
        shutil.rmtree(trash, ignore_errors=True)  # symlinks inside (validation/static) are unlinked, not followed
        pruned.append(name)
    return pruned
