"""The story signatures: one MinHash signature per article (`transforms.stories.signature`).

They are made in the NLP worker that made the article's rows and staged beside them
(`stage_signatures`, `staged_signatures`), and kept in each published version as
`SIGNATURES_FILE`: a cache for the next run, not a table (`pipelines.stories`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.staging import StagedRows
from transforms.stories import NUM_PERM, signature

SIGNATURES_FILE = "_story_signatures.parquet"
SIGNATURES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("published_date", pa.date32(), nullable=False),
    pa.field("signature", pa.binary(4 * NUM_PERM)),  # uint32 values; null: too short to be a copy
])


def signature_table(rows: list[tuple]) -> pa.Table:
    """(article_id, published_date, signature or None) rows as the signature file's table."""
    ids, dates, sigs = zip(*rows) if rows else ((), (), ())
    return pa.table([pa.array(ids, pa.string()), pa.array(dates, pa.date32()),
                     pa.array([None if s is None else s.tobytes() for s in sigs], pa.binary(4 * NUM_PERM))],
                    schema=SIGNATURES)


def signature_items(table: pa.Table) -> list[tuple]:
    """The signature file's rows as (article_id, published_date, uint32 array or None)."""
    column = table.column("signature").combine_chunks()
    values = np.frombuffer(column.buffers()[1], np.uint32, count=len(column) * NUM_PERM,
                           offset=column.offset * 4 * NUM_PERM).reshape(-1, NUM_PERM) if len(column) else None
    valid = column.is_valid().to_numpy(zero_copy_only=False)
    return [(a, d, values[i] if valid[i] else None) for i, (a, d) in
            enumerate(zip(table.column("article_id").to_pylist(), table.column("published_date").to_pylist()))]


def sign_rows(table: pa.Table) -> list[tuple]:
    """(article_id, published_date, signature or None) of `articles` rows (their `body`)."""
    return [(a, d, signature(b)) for a, d, b in zip(*(table.column(c).to_pylist()
                                                      for c in ("article_id", "published_date", "body")))]


def stage_signatures(staging: str, seq: int, articles: pa.Table) -> None:
    """Sign one chunk's `articles` rows and stage the signatures beside them (in the NLP worker
    that made the rows, so signing runs on every core)."""
    StagedRows(staging).write_extra("signatures", seq, signature_table(sign_rows(articles)))


def staged_signatures(staging: str) -> pa.Table:
    """Every signature the run's chunks staged, in chunk order."""
    return pa.concat_tables([SIGNATURES.empty_table(), *StagedRows(staging).extra("signatures")])


def read_signatures(version_dir: Path | None) -> pa.Table | None:
    """The signature file of a published version; None when it has none (or a damaged one)."""
    path = version_dir / SIGNATURES_FILE if version_dir is not None else None
    if path is None or not path.is_file():
        return None
    try:
        return pq.read_table(path, schema=SIGNATURES)
    except Exception:  # a damaged cache is rebuilt from the published bodies
        return None
