"""Local worker processes for the NLP: each loads natasha's models once and takes chunks.

The processes are spawned (not forked from a process that runs Prefect's threads), inherit
the one-thread BLAS setting of `pipelines/__init__.py`, and load the models before the
first chunk arrives.  Results come
back per chunk, in chunk order, as Arrow tables.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

import pyarrow as pa

from schemas.tables import to_table
from transforms.parse import ParsedArticle


def chunk_tables(chunk: list[ParsedArticle], run_id: str, ingested_at: dt.datetime) -> dict[str, pa.Table]:
    """NLP and extractors over one chunk of articles → Arrow tables."""
    from transforms.extract import extract_chunk

    rows = extract_chunk(chunk, run_id=run_id, ingested_at=ingested_at)
    return {name: to_table(name, table_rows) for name, table_rows in rows.items()}


def _start_worker() -> None:
    # BLAS threads: the worker inherits the environment pipelines/__init__.py set up.
    from transforms.nlp import models

    models()


def map_chunks(chunks: list[list[ParsedArticle]], run_id: str, ingested_at: dt.datetime, workers: int,
               on_done: Callable[[int], None] = lambda n: None) -> Iterator[dict[str, pa.Table]]:
    """Each chunk's tables, in chunk order, computed by `workers` processes.

    At most `2 × workers` chunks are in flight, so memory holds a bounded number of
    chunks' NLP state whatever the corpus size.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker) as pool:
        pending = []
        queue = iter(chunks)
        for chunk in queue:
            pending.append((len(chunk), pool.submit(chunk_tables, chunk, run_id, ingested_at)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            size, future = pending.pop(0)
            result = future.result()
            on_done(size)
            nxt = next(queue, None)
            if nxt is not None:
                pending.append((len(nxt), pool.submit(chunk_tables, nxt, run_id, ingested_at)))
            yield result
