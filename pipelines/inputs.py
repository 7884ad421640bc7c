"""The raw folder, read: which files are articles, and what they hold.

- `discover_files`: the article files and the skipped files under `raw` (hidden folders
  left out), sorted relative paths;
- `read_inputs`: every article file parsed (`transforms.parse`), except those the file
  index (`pipelines.file_index`) vouches for: same size and mtime as published, whose
  articles come as their `KnownArticle`s; a file that cannot be read is a `not_text` reject.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pipelines.file_index import Stat, stat_of
from pipelines.plan import KnownArticle
from transforms.parse import ParsedArticle, article_kind, parse_file
from transforms.rejects import Reject

Input = ParsedArticle | KnownArticle | Reject


def discover_files(raw: Path) -> tuple[list[str], list[str]]:
    """Relative paths of article files and of skipped files under `raw`, sorted."""
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist")
    articles, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(raw):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            rel = Path(dirpath, name).relative_to(raw).as_posix()
            (articles if article_kind(rel) else skipped).append(rel)
    return sorted(articles), sorted(skipped)


def read_inputs(raw: Path, paths: list[str], index: dict[str, tuple[Stat, list[KnownArticle]]], *,
                today: dt.date, max_bytes: int) -> tuple[list[Input], dict[str, Stat]]:
    """The inputs of the files `paths` under `raw`, and the (size, mtime_ns) of every file seen.

    A file whose stat matches its `index` entry is not read: its known articles stand for it.
    """
    items: list[Input] = []
    stats: dict[str, Stat] = {}
    for rel in paths:
        path = raw / rel
        try:
            stat = stat_of(path)  # before reading: a change while we read shows as a new mtime next run
            known = index.get(rel)
            if known is not None and known[0] == stat:
                items.extend(known[1])
                stats[rel] = stat
                continue
            data = path.read_bytes()
        except OSError as exc:
            items.append(Reject(rel, "0" * 64, "not_text", f"cannot read the file: {exc.strerror}"))
            continue
        stats[rel] = stat
        items.extend(parse_file(rel, data, today=today, max_bytes=max_bytes))
    return items, stats
