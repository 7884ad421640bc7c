"""A run's rows staged on disk a chunk at a time, so no process holds a whole run.

Layout, under the run's staging folder (`_staging/<run_id>/rows/`)::

    mentions/000042.arrow    chunk 42's `mentions` rows (Arrow IPC), one record batch per
                             year/month partition, listed in the file's metadata

Every chunk holds whole articles: all rows of an article sit in one chunk, so a
chunk (or a run of consecutive chunks) can be checked on its own.  Publishing reads
one partition at a time: that partition's batch of every file.  Reading the chunks
in file-name order gives the rows in the order the chunks were made.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from schemas.tables import ARTICLE_TABLES, TABLES

_PARTITIONS = b"letopis.partitions"

Partition = tuple[int, int]  # (year, month)


def table_partitions(table: pa.Table) -> list[Partition]:
    """The year/month partitions a table's rows fall in, sorted."""
    months = table.select(["year", "month"]).group_by(["year", "month"]).aggregate([])
    return sorted(zip(months.column("year").to_pylist(), months.column("month").to_pylist()))


def partition_rows(table: pa.Table, year: int, month: int) -> pa.Table:
    """The rows of `table` in one year/month partition."""
    return table.filter(pc.and_(pc.equal(table.column("year"), year), pc.equal(table.column("month"), month)))


def without_articles(table: pa.Table, ids: Iterable[str]) -> pa.Table:
    """The rows of `table` whose `article_id` is not one of `ids`."""
    ids = sorted(ids)
    if not ids:
        return table
    return table.filter(pc.invert(pc.is_in(table.column("article_id"), value_set=pa.array(ids, pa.string()))))


class StagedRows:
    """The per-article tables of a run, one Arrow file per chunk and table."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def write_chunk(self, seq: int, tables: dict[str, pa.Table]) -> dict[str, int]:
        """Stage one chunk's tables (each file written whole, then renamed); its row counts."""
        for name in ARTICLE_TABLES:
            _write(tables.get(name, TABLES[name].schema.empty_table()), self.root / name / f"{seq:06d}.arrow")
        return {name: tables[name].num_rows if name in tables else 0 for name in ARTICLE_TABLES}

    def write_extra(self, name: str, seq: int, table: pa.Table) -> None:
        """Stage a chunk's table that is not published as it is (the story signatures)."""
        _write(table, self.root / "_extra" / name / f"{seq:06d}.arrow", partitioned=False)

    def extra(self, name: str) -> Iterator[pa.Table]:
        """A table staged with `write_extra`, a chunk at a time in chunk order."""
        folder = self.root / "_extra" / name
        for path in sorted(folder.glob("*.arrow")) if folder.is_dir() else []:
            yield self.read_file(path)

    def files(self, name: str) -> list[Path]:
        """A table's staged files in chunk order."""
        folder = self.root / name
        return sorted(folder.glob("*.arrow")) if folder.is_dir() else []

    def read_file(self, path: Path, columns: list[str] | None = None) -> pa.Table:
        """One staged file (only `columns`: the others are not read)."""
        with pa.OSFile(str(path)) as source:
            if not columns:
                return pa.ipc.open_file(source).read_all()
            names = pa.ipc.open_file(source).schema.names
            options = pa.ipc.IpcReadOptions(included_fields=[names.index(c) for c in columns])
            return pa.ipc.open_file(source, options=options).read_all().select(columns)

    def table(self, name: str) -> StagedTable:
        """One table's staged rows, readable a partition at a time (what `Dataset.publish` takes)."""
        return StagedTable(self, name)

    def column_tables(self, name: str, columns: list[str]) -> Iterator[pa.Table]:
        """Some columns of a table, one chunk at a time."""
        for path in self.files(name):
            yield self.read_file(path, columns)

    def parts(self, max_rows: int) -> Iterator[dict[str, pa.Table]]:
        """The per-article tables in parts of consecutive chunks of at most `max_rows` rows
        in every table (a single chunk may be larger), so a part holds whole articles."""
        group: dict[str, list[pa.Table]] = {name: [] for name in ARTICLE_TABLES}
        rows = dict.fromkeys(ARTICLE_TABLES, 0)
        for path in self.files("articles"):
            chunk = {name: self.read_file(self.root / name / path.name) for name in ARTICLE_TABLES}
            if group["articles"] and any(rows[n] + chunk[n].num_rows > max_rows for n in ARTICLE_TABLES):
                yield _concat(group)
                group, rows = {name: [] for name in ARTICLE_TABLES}, dict.fromkeys(ARTICLE_TABLES, 0)
            for name, table in chunk.items():
                group[name].append(table)
                rows[name] += table.num_rows
        if group["articles"]:
            yield _concat(group)

    def rewrite(self, name: str, change: Callable[[pa.Table], pa.Table | None]) -> None:
        """Replace each chunk file of a table by `change(rows)`; None leaves the file as it is."""
        for path in self.files(name):
            new = change(self.read_file(path))
            if new is not None:
                _write(new, path)


class StagedTable:
    """The staged rows of one table, a year/month partition at a time."""

    def __init__(self, staged: StagedRows, name: str):
        self.name = name
        self.index = {path: _partitions_of(path) for path in staged.files(name)}  # file → its partitions

    def partitions(self) -> set[Partition]:
        return {p for partitions in self.index.values() for p in partitions}

    def read(self, year: int, month: int) -> pa.Table:
        """Every staged row of the partition: its batch of each file, no other batch read."""
        batches = []
        for path, index in self.index.items():
            if (year, month) in index:
                with pa.OSFile(str(path)) as source:
                    batches.append(pa.ipc.open_file(source).get_batch(index.index((year, month))))
        return pa.Table.from_batches(batches, TABLES[self.name].schema)


def _partitions_of(path: Path) -> list[Partition]:
    with pa.OSFile(str(path)) as source:
        meta = pa.ipc.open_file(source).schema.metadata or {}
    return [tuple(p) for p in json.loads(meta.get(_PARTITIONS, b"[]"))]


def _concat(group: dict[str, list[pa.Table]]) -> dict[str, pa.Table]:
    return {name: pa.concat_tables(tables) if tables else TABLES[name].schema.empty_table()
            for name, tables in group.items()}


def _write(table: pa.Table, path: Path, partitioned: bool = True) -> None:
    """One record batch per year/month partition, in the order the metadata lists them (not
    `partitioned`: the table as it is).

    Uncompressed: staged rows live minutes, and zstd made writing and reading them 7× slower.
    """
    batches = _partition_batches(table) if partitioned else []
    schema = table.schema.with_metadata({**(table.schema.metadata or {}),
                                         _PARTITIONS: json.dumps([p for p, _ in batches])}) \
        if partitioned else table.schema
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
        if not partitioned:
            writer.write_table(table)
        for _, batch in batches:
            writer.write_batch(batch)
    os.replace(tmp, path)


def _partition_batches(table: pa.Table) -> list[tuple[Partition, pa.RecordBatch]]:
    """Each year/month partition of `table` (sorted) and its rows as one batch, in their order in
    `table`: one stable sort, then slices (a filter per partition took 4× as long)."""
    if not table.num_rows:
        return []
    order = pc.sort_indices(table.select(["year", "month"]), sort_keys=[("year", "ascending"), ("month", "ascending")])
    rows = table.take(order).combine_chunks()
    out, start = [], 0
    for partition, group in itertools.groupby(zip(rows.column("year").to_pylist(), rows.column("month").to_pylist())):
        n = sum(1 for _ in group)
        out.append((partition, rows.slice(start, n).to_batches()[0]))
        start += n
    return out
