"""Shared fixtures: one Prefect test API for the whole session, sample raw folders."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
# A flow run outside `prefect_api` fails at once instead of starting a server of its own: one that
# is stopped only at exit, and then logs to the output pytest has already closed.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "raw" / "000_a79a80be541b1d91.txt"
FACTRU = REPO / "data" / "raw" / "factru-dev"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="session")
def prefect_api():
    """A temporary Prefect API shared by every flow test (it costs seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """A raw folder with the sample article and two factRuEval texts in a sub-folder."""
    raw = tmp_path / "raw"
    (raw / "factru").mkdir(parents=True)
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    for name in ("book_58.txt", "book_100.txt"):
        shutil.copy(FACTRU / name, raw / "factru" / name)
    return raw
