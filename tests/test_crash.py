"""Crash safety: a real `letopis run` killed with SIGKILL at several points, then a healing run.

Before the commit point (the swap of `_current`) the published dataset must be exactly as
it was; after it, exactly the new version.  Either way every table reads, and the next run
removes the leftovers and completes.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import FACTRU, SAMPLE

pytestmark = pytest.mark.slow  # the flow in processes of its own, killed and rerun: `make test-fast` leaves them out

LETOPIS = str(Path(sys.executable).parent / "letopis")
TABLES = ("articles", "mentions", "quotes", "events", "entities", "rejects")


def env(api: str, **extra) -> dict:
    """This environment without Prefect's and letopis's settings, the run reporting to the Prefect API `api`.

    Without one, a run starts a temporary server of its own (some ten seconds): test_flow.py's
    `test_letopis_command_runs_without_a_prefect_server` runs it that way.
    """
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "LETOPIS_"))}
    return {**base, "PREFECT_API_URL": api, **extra}


def letopis_run(raw: Path, out: Path, api: str, **extra) -> subprocess.CompletedProcess:
    return subprocess.run([LETOPIS, "run", "--raw", str(raw), "--out", str(out)], capture_output=True, text=True,
                          env=env(api, **extra), timeout=600)


def snapshot(out: Path) -> dict[str, str]:
    """What a reader sees: every file under the table links, with its hash."""
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for t in TABLES for p in sorted((out / t).rglob("*.parquet"))}


def readable(out: Path) -> dict[str, int]:
    return {t: len(pd.read_parquet(out / t)) for t in TABLES}


def kill_at(raw: Path, out: Path, point: str, tmp: Path, api: str) -> None:
    marker = tmp / f"paused-{point.replace(':', '-')}"
    proc = subprocess.Popen([LETOPIS, "run", "--raw", str(raw), "--out", str(out)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True,
                            env=env(api, LETOPIS_PAUSE_AT=point, LETOPIS_PAUSE_MARKER=str(marker)))
    deadline = time.monotonic() + 300
    while not marker.exists():
        assert proc.poll() is None, f"the run ended before reaching {point}"
        assert time.monotonic() < deadline, f"the run never reached {point}"
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and the processes it started
    proc.wait()


@pytest.fixture(scope="module")
def published(tmp_path_factory, prefect_api):
    """A dataset holding the sample, a raw folder with two more articles to load, and the Prefect API."""
    from pipelines.flow import letopis_flow

    tmp = tmp_path_factory.mktemp("crash")
    raw, out = tmp / "raw", tmp / "out"
    raw.mkdir()
    (raw / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    letopis_flow(raw=str(raw), out=str(out))  # in this process: only the runs killed need one of their own
    for name in ("book_58.txt", "book_100.txt"):
        (raw / name).write_bytes((FACTRU / name).read_bytes())
    return tmp, raw, out, prefect_api


@pytest.mark.parametrize("point", ["nlp", "publish:staged", "publish:renamed"])
def test_kill_before_the_commit_point_leaves_the_dataset_as_it_was(published, point):
    tmp, raw, out, api = published
    before = snapshot(out)
    kill_at(raw, out, point, tmp, api)
    assert snapshot(out) == before
    assert readable(out)["articles"] == 1


def test_kill_after_the_commit_point_leaves_the_new_version_whole_and_the_next_run_heals(published):
    tmp, raw, out, api = published
    kill_at(raw, out, "publish:swapped", tmp, api)
    after = snapshot(out)
    assert readable(out)["articles"] == 3
    healed = letopis_run(raw, out, api)
    assert healed.returncode == 0, healed.stderr[-2000:]
    assert ": no_changes" in healed.stdout  # the killed run had published; the new one only cleans up
    assert snapshot(out) == after  # nothing left to do: the killed run had published
    assert not any((out / "_staging").iterdir())
    current = (out / "_current").resolve().name
    assert all(p.name <= current for p in (out / "_versions").iterdir())
