"""The file index: the raw files a published version holds, by size and modification time.

A run reads a raw file again only when it is not in the index, or its size or
modification time (ns) changed: the articles of an indexed file come as
`KnownArticle`s, with the id and content hash they were published with.  So a
scheduled run over an archive that did not change reads no article file.

Only files whose every article is published are indexed (a file with a rejected
line is read every run: a reject may stop being one, e.g. a date no longer in the
future).  Like make or rsync, a change that keeps a file's size and modification
time is not seen; `--full-refresh` reads everything again.  The index is a cache:
losing it costs one full read, never a wrong table.  It is kept as
`_files.parquet` in the published version, and names the raw folder it describes.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.plan import KnownArticle, Plan
from transforms.parse import ParsedArticle, article_kind

INDEX_FILE = "_files.parquet"
SCHEMA = pa.schema([
    pa.field("path", pa.string(), nullable=False),
    pa.field("size", pa.int64(), nullable=False),
    pa.field("mtime_ns", pa.int64(), nullable=False),
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("content_sha256", pa.string(), nullable=False),
])

Stat = tuple[int, int]  # (size, mtime_ns)


def stat_of(path: Path) -> Stat:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def file_of(source_path: str) -> str:
    """The raw file of an input: `a.jsonl#3` → `a.jsonl`."""
    head, sep, line = source_path.rpartition("#")
    return head if sep and line.isdigit() and article_kind(head) == "jsonl" else source_path


def _read(version_dir: Path | None) -> pa.Table | None:
    """The index in a version folder; None when it has none (or a damaged one: no cache)."""
    path = version_dir / INDEX_FILE if version_dir is not None else None
    if path is None or not path.is_file():
        return None
    try:
        return pq.read_table(path)
    except Exception:  # a damaged cache is no cache
        return None


def load(version_dir: Path | None, raw: Path) -> dict[str, tuple[Stat, list[KnownArticle]]]:
    """raw file → (its stat when published, its articles); empty when there is no index for `raw`."""
    table = _read(version_dir)
    if table is None or (table.schema.metadata or {}).get(b"raw") != str(raw.resolve()).encode():
        return {}
    index: dict[str, tuple[Stat, list[KnownArticle]]] = {}
    for row in table.to_pylist():
        entry = index.setdefault(row["path"], ((row["size"], row["mtime_ns"]), []))
        entry[1].append(KnownArticle(row["article_id"], row["source_path"], row["content_sha256"]))
    return index


def build(raw: Path, stats: dict[str, Stat], items: list, plan: Plan) -> pa.Table:
    """The index after a run: every file read or known this run none of whose inputs is a reject."""
    rejected = {file_of(r.source_path) for r in plan.rejects}
    by_file: dict[str, list] = defaultdict(list)
    for item in items:
        if isinstance(item, (ParsedArticle, KnownArticle)):
            by_file[file_of(item.source_path)].append(item)
    rows = [{"path": path, "size": stats[path][0], "mtime_ns": stats[path][1], "article_id": a.article_id,
             "source_path": a.source_path, "content_sha256": a.content_sha256}
            for path in sorted(by_file) if path in stats and path not in rejected
            for a in sorted(by_file[path], key=lambda a: a.source_path)]
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    return table.replace_schema_metadata({"raw": str(raw.resolve())})


def without(table: pa.Table, source_paths: set[str]) -> pa.Table:
    """The index less the files of these inputs (quarantined articles: read again next run)."""
    files = pa.array(sorted({file_of(p) for p in source_paths}), pa.string())
    return table.filter(pc.invert(pc.is_in(table.column("path"), value_set=files)))


def write(table: pa.Table, version_dir: Path) -> None:
    """Write the index into a version folder (whole, then renamed: a reader never sees half)."""
    tmp = version_dir / f"{INDEX_FILE}.tmp"
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, version_dir / INDEX_FILE)


def refresh(table: pa.Table, version_dir: Path | None) -> None:
    """Write the index into the published version (None: nothing published) unless it is there already."""
    if version_dir is not None and not same(table, version_dir):
        write(table, version_dir)


def same(a: pa.Table, version_dir: Path | None) -> bool:
    """Whether `a` is the index already in `version_dir`."""
    b = _read(version_dir)
    return b is not None and a.equals(b) and a.schema.metadata == b.schema.metadata
