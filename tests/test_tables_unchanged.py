"""Speed work changes no row: the tables of 122 factRuEval texts are the committed ones.

The digest (`tests/table_digest.py`) covers every column but `run_id`, `ingested_at` and
`seen_at`.  A change that means to change rows regenerates it:
`letopis run --raw benchmarks/gold/factru-dev/raw --out /tmp/o --workers 2`, then
`python -m tests.table_digest /tmp/o > tests/golden/tables_digest.json` with today's date
fixed as below (rejects and dates depend on it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.flow import letopis_flow
from tests.conftest import REPO, TODAY
from tests.table_digest import table_digest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_api")]
CORPUS = REPO / "benchmarks" / "gold" / "factru-dev" / "raw"
GOLDEN = Path(__file__).parent / "golden" / "tables_digest.json"


def test_the_tables_of_a_fixed_corpus_are_the_committed_ones(tmp_path):
    letopis_flow(raw=str(CORPUS), out=str(tmp_path / "out"), today=TODAY, workers=2)
    assert table_digest(tmp_path / "out") == json.loads(GOLDEN.read_text(encoding="utf-8"))
