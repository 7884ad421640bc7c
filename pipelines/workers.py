"""Local worker processes for the NLP: each loads natasha's models once and takes chunks.

The processes are spawned (not forked from a process that runs Prefect's threads), inherit
the one-thread BLAS setting of `pipelines/__init__.py`, and load the models before the
first chunk arrives: `NlpWorkers` starts them before the flow parses, so the loading
overlaps the parsing.  Each chunk's tables are staged to disk by the process that made them
(`pipelines.staging`), with the articles an extractor failed on; only row counts travel back.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

import pyarrow as pa

from pipelines.deadline import article_deadline
from pipelines.signatures import stage_signatures
from pipelines.staging import StagedRows
from schemas.tables import ARTICLE_TABLES, to_table
from transforms.parse import ParsedArticle
from transforms.rejects import EXTRACTION_FAILED, Reject


def chunked(items: list, size: int) -> list[list]:
    """`items` in chunks of `size` (the last one shorter)."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def total_rows(counts: list[dict[str, int]]) -> dict[str, int]:
    """Rows per article table over every chunk's row counts."""
    return {name: sum(c[name] for c in counts) for name in ARTICLE_TABLES}


# the articles of a chunk an extractor failed on, staged beside its rows (not a published table)
FAILED = pa.schema([("article_id", pa.string()), ("source_path", pa.string()), ("content_sha256", pa.string()),
                    ("message", pa.string())])


def chunk_tables(chunk: list[ParsedArticle], run_id: str, ingested_at: dt.datetime) -> dict[str, pa.Table]:
    """NLP and extractors over one chunk of articles → Arrow tables, and `failed` (FAILED): the
    articles an extractor failed on or ran out of time on (`pipelines.deadline`), which have no rows."""
    from transforms.extract import extract_chunk

    extracted = extract_chunk(chunk, run_id=run_id, ingested_at=ingested_at, guard=article_deadline)
    tables = {name: to_table(name, table_rows) for name, table_rows in extracted.rows.items()}
    tables["failed"] = pa.Table.from_pylist(
        [{"article_id": a, "source_path": r.source_path, "content_sha256": r.content_sha256, "message": r.message}
         for a, r in extracted.failed.items()], schema=FAILED)
    return tables


def stage_chunk(chunk: list[ParsedArticle], seq: int, staging: str, run_id: str,
                ingested_at: dt.datetime) -> dict[str, int]:
    """NLP and extractors over chunk number `seq`, staged under `staging` with its articles' story
    signatures and the articles an extractor failed on; its row counts."""
    tables = chunk_tables(chunk, run_id, ingested_at)
    failed = tables.pop("failed", None)
    staged = StagedRows(staging)
    if failed is not None and failed.num_rows:
        staged.write_extra("failed", seq, failed)
    stage_signatures(staging, seq, tables["articles"])
    return staged.write_chunk(seq, tables)


def staged_failures(staging: str) -> dict[str, Reject]:
    """article_id → the `extraction_failed` reject of every article an extractor failed on in the run's chunks."""
    return {r["article_id"]: Reject(r["source_path"], r["content_sha256"], EXTRACTION_FAILED, r["message"])
            for t in StagedRows(staging).extra("failed") for r in t.to_pylist()}


def _start_worker() -> None:
    # BLAS threads: the worker inherits the environment pipelines/__init__.py set up.
    from transforms.nlp import models

    models()


def _ready() -> None:
    """A task that makes the pool start a process (whose initializer loads the models)."""


class NlpWorkers:
    """`workers` local NLP processes, started on creation so that their models load while this
    process goes on (parsing); each takes chunks as `map` sends them, until `close`."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_worker)
        for _ in range(workers):  # one task each: the pool spawns a process per busy task
            self.pool.submit(_ready)

    def close(self) -> None:
        """Stop the processes (again: a no-op)."""
        self.pool.shutdown(cancel_futures=True)

    def map(self, chunks: list[list[ParsedArticle]], staging: str, run_id: str, ingested_at: dt.datetime,
            on_done: Callable[[int], None] = lambda n: None) -> Iterator[dict[str, int]]:
        """Stage every chunk's tables; each chunk's row counts, as chunks finish.

        At most `2 × workers` chunks are in flight, so memory holds a bounded number of
        chunks' NLP state whatever the corpus size; a chunk is sent as soon as any other is
        done, so a slow chunk (long articles) holds up its own process only.
        """
        queue = iter(enumerate(chunks))
        size_of: dict[Future, int] = {}

        def submit_next() -> None:
            nxt = next(queue, None)
            if nxt is not None:
                seq, chunk = nxt
                size_of[self.pool.submit(stage_chunk, chunk, seq, staging, run_id, ingested_at)] = len(chunk)

        for _ in range(2 * self.workers):
            submit_next()
        while size_of:
            done, _ = wait(size_of, return_when=FIRST_COMPLETED)
            for future in done:
                result = future.result()
                on_done(size_of.pop(future))
                submit_next()
                yield result
