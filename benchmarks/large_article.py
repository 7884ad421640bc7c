"""One very large article through `letopis run`: time and peak memory.

    .venv/bin/python -m benchmarks.large_article [--mb 1]

Builds one article of about `--mb` MB from the gold paragraphs (a legal article: the
default size limit is 20 MB) and prints the run's wall time, its status and the peak RSS
of the largest process.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from benchmarks.throughput import GOLD_RAW, LETOPIS, timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the article in MB (UTF-8)")
    args = parser.parse_args()
    paragraphs = []
    for path in sorted(GOLD_RAW.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    parts, size, i = [], 0, 0
    while size < args.mb * 1e6:
        parts.append(paragraphs[i % len(paragraphs)])
        size += len(parts[-1].encode()) + 2
        i += 1
    with tempfile.TemporaryDirectory(prefix="letopis-large-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        text = " date 2016-02-29 Очень большая статья\n\n" + "\n\n".join(parts) + "\n"
        (raw / "large.txt").write_text(text, encoding="utf-8")
        seconds, proc, rss = timed([LETOPIS, "run", "--raw", str(raw), "--out", str(Path(tmp) / "out"), "--json"])
        report = json.loads(proc.stdout)
    print(f"one article of {len(text.encode()) / 1e6:.2f} MB ({len(text):,} characters): {seconds:.1f} s, "
          f"status {report['status']}, rows {report['rows_written']}, "
          f"peak RSS (largest process) {rss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
