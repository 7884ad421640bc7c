"""A digest of every published table, without the columns that differ per run.

    .venv/bin/python -m tests.table_digest OUT   # print the digest of the dataset at OUT

`tests/golden/tables_digest.json` holds the digest of `benchmarks/gold/factru-dev/raw` run
with two workers (`tests/test_tables_unchanged.py`); a change that means to change rows
writes it again from such a run.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pandas as pd

TABLES = ("articles", "mentions", "quotes", "events", "entities", "rejects")
PER_RUN = ["run_id", "ingested_at", "seen_at"]


def table_digest(out: Path) -> dict[str, dict]:
    """Per table: its rows and the sha256 of their CSV form (the published order, per-run columns dropped)."""
    digest = {}
    for name in TABLES:
        frame = pd.read_parquet(Path(out) / name).drop(columns=PER_RUN, errors="ignore")
        text = frame.to_csv(index=False, lineterminator="\n")
        digest[name] = {"rows": len(frame), "sha256": hashlib.sha256(text.encode()).hexdigest()}
    return digest


if __name__ == "__main__":
    print(json.dumps(table_digest(Path(sys.argv[1])), indent=1))
