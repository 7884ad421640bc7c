"""The same rows whatever runs the NLP: one process, local worker processes, a Dask cluster."""

from __future__ import annotations

import pandas as pd
import pytest

from pipelines.flow import letopis_flow, task_runner
from tests.conftest import TODAY

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_api")]
TABLES = ("articles", "mentions", "quotes", "events", "entities", "rejects")
PER_RUN = ["run_id", "ingested_at", "seen_at"]


def rows(out) -> dict[str, pd.DataFrame]:
    return {t: pd.read_parquet(out / t).drop(columns=PER_RUN, errors="ignore") for t in TABLES}


@pytest.fixture(scope="module")
def one_process(tmp_path_factory, raw_dir_module):
    out = tmp_path_factory.mktemp("one") / "out"
    letopis_flow(raw=str(raw_dir_module), out=str(out), today=TODAY, chunk_size=1)
    return rows(out)


@pytest.fixture(scope="module")
def raw_dir_module(tmp_path_factory):
    import shutil

    from tests.conftest import FACTRU, SAMPLE

    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    for name in ("book_58.txt", "book_100.txt", "book_105.txt"):
        shutil.copy(FACTRU / name, raw / name)
    return raw


def assert_same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    for table in TABLES:
        pd.testing.assert_frame_equal(a[table], b[table], obj=table)
    assert len(a["mentions"]) > 100 and len(a["quotes"]) > 0 and len(a["events"]) > 0


def test_local_worker_processes_give_the_same_rows(one_process, raw_dir_module, tmp_path):
    out = tmp_path / "out"
    letopis_flow(raw=str(raw_dir_module), out=str(out), today=TODAY, chunk_size=1, workers=2)
    assert_same(one_process, rows(out))


def test_a_dask_cluster_gives_the_same_rows(one_process, raw_dir_module, tmp_path):
    from distributed import LocalCluster

    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        flow = letopis_flow.with_options(task_runner=task_runner(cluster.scheduler_address))
        flow(raw=str(raw_dir_module), out=str(out), today=TODAY, chunk_size=1)
    assert_same(one_process, rows(out))


def test_the_nlp_workers_start_before_any_chunk_is_sent():
    """Started before the flow parses, the workers load their models while it parses."""
    import multiprocessing

    from pipelines.workers import NlpWorkers

    before = len(multiprocessing.active_children())
    workers = NlpWorkers(2)
    try:
        assert len(multiprocessing.active_children()) == before + 2
    finally:
        workers.close()
    assert len(multiprocessing.active_children()) == before
