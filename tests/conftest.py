"""Shared fixtures: one Prefect test API and one audit process for the whole session, sample raw folders."""

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
def audit_process():
    """One audit process for the session (`pipelines.audit.AuditProcess`), GX imported in it once."""
    from pipelines.audit import AuditProcess

    with AuditProcess() as auditor:
        yield auditor


@pytest.fixture(scope="session")
def prefect_api(audit_process):
    """A temporary Prefect API shared by every flow test (it costs seconds to start); its URL.

    Flow runs in this process audit in the session's audit process: each would start its own and
    import GX there, seconds that a few articles' NLP does not hide.  `letopis` runs in processes
    of their own still start theirs (test_crash.py, test_flow.py's `letopis` command).
    """
    from contextlib import nullcontext

    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    import pipelines.flow as flow_module

    with prefect_test_harness(server_startup_timeout=120), pytest.MonkeyPatch.context() as patch:
        patch.setattr(flow_module, "AuditProcess", lambda: nullcontext(audit_process))
        yield PREFECT_API_URL.value()


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """`sample_raw` in the test's own folder."""
    return sample_raw(tmp_path)


def sample_raw(root: Path) -> Path:
    """A raw folder with the sample article and two factRuEval texts in a sub-folder."""
    raw = root / "raw"
    (raw / "factru").mkdir(parents=True)
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    for name in ("book_58.txt", "book_100.txt"):
        shutil.copy(FACTRU / name, raw / "factru" / name)
    return raw
