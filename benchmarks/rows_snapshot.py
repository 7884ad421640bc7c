"""Every row the extractor chain gives for a folder of raw articles, as sorted JSON Lines.

    .venv/bin/python -m benchmarks.rows_snapshot --src DIR --out FILE [--against FILE]

A refactor that promises "behaviour unchanged" shows it here: take a snapshot before, one
after, and compare (`--against` prints the tables and rows that differ, and exits 1 when any
do).  The chain runs without Prefect (`transforms.extract.extract_chunk`, chunks of 64 in path
order) with a fixed `run_id`, `ingested_at` and "today", so two snapshots of one tree of code
are identical.  A good corpus is the soak corpus: data/raw, benchmarks/gold/factru-dev/raw and
`python -m benchmarks.variants` output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

from transforms.extract import extract_chunk
from transforms.parse import ParsedArticle, parse_file

RUN = {"run_id": "snapshot", "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)}
TODAY = dt.date(2026, 11, 26)
CHUNK = 64


def articles(src: Path) -> list[ParsedArticle]:
    out = []
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        for item in parse_file(path.relative_to(src).as_posix(), path.read_bytes(), today=TODAY):
            if isinstance(item, ParsedArticle):
                out.append(item)
    return out


def lines(src: Path) -> list[str]:
    """One JSON line per row: {"table": …, "row": …}, keys sorted."""
    found = articles(src)
    out = []
    for i in range(0, len(found), CHUNK):
        extracted = extract_chunk(found[i:i + CHUNK], **RUN)
        tables = {**extracted.rows, "failed": [{"article_id": a, **vars(r)} for a, r in extracted.failed.items()]}
        for table, rows in tables.items():  # (an article an extractor failed on: a "failed" line)
            out.extend(json.dumps({"table": table, "row": r}, ensure_ascii=False, sort_keys=True, default=str)
                       for r in rows)
    return out


def compare(before: list[str], after: list[str]) -> int:
    gone, new = Counter(before) - Counter(after), Counter(after) - Counter(before)
    for sign, rows in (("-", gone), ("+", new)):
        for line in sorted(rows.elements())[:40]:
            print(sign, line[:400])
    per_table = Counter(json.loads(x)["table"] for x in (gone + new).elements())
    print(f"rows only before: {sum(gone.values())}, only after: {sum(new.values())}", dict(per_table))
    return 1 if gone or new else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, required=True, help="folder of raw articles")
    parser.add_argument("--out", type=Path, required=True, help="snapshot file to write")
    parser.add_argument("--against", type=Path, help="an earlier snapshot to compare with")
    args = parser.parse_args()
    started = time.perf_counter()
    found = lines(args.src)
    args.out.write_text("\n".join(found) + "\n", encoding="utf-8")
    counts = Counter(json.loads(x)["table"] for x in found)
    print(f"{len(found)} rows {dict(counts)} in {time.perf_counter() - started:.1f} s → {args.out}")
    if args.against:
        before = args.against.read_text(encoding="utf-8").splitlines()
        return compare(before, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
