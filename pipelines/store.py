"""The published dataset on disk: snapshot versions swapped atomically.

Layout of the output folder::

    articles -> _current/articles        one symlink per table, made once
    _current -> _versions/000003-<run_id> the published version (swapped atomically)
    _versions/000003-<run_id>/articles/year=2025/month=09/part-0.parquet ...
    _staging/<run_id>/rows/              a run's rows, staged a chunk at a time
    _staging/<run_id>/snapshot/          the next version, being built
    _runs/<run_id>/                      run reports
    _lock                                held by the run that writes

A publish builds the next version in `_staging`: the partitions it touches are
rewritten, every other file is hard-linked from the current version (no copy).
The finished version is renamed into `_versions/` and `_current` is replaced by
one `rename(2)`, so a reader sees the old dataset or the new one, never a mix,
and a run killed at any point leaves the published dataset as it was.  The
version before the current one is kept for readers still reading it.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from pipelines import file_index
from pipelines.faults import pause_point
from pipelines.staging import StagedTable, partition_rows, table_partitions, without_articles
from schemas.tables import TABLES, plain_strings

CURRENT = "_current"
VERSIONS = "_versions"
STAGING = "_staging"
RUNS = "_runs"
LOCK = "_lock"
PART = "part-0.parquet"
KEEP_PREVIOUS = 1


class RunLocked(RuntimeError):
    """Another run holds the output folder."""


def partition_dir(year: int, month: int) -> str:
    return f"year={year}/month={month:02d}"


def write_parquet(table_name: str, table: pa.Table, path: Path) -> None:
    """Write rows of a table (partition columns dropped) sorted by its key, zstd-compressed."""
    t = TABLES[table_name]
    if table.num_rows:
        # Arrow cannot sort dictionary columns: sort on their plain values.
        keys = plain_strings(table.select(list(t.sort_by)))
        table = table.take(pc.sort_indices(keys, sort_keys=[(c, "ascending") for c in t.sort_by]))
    table = table.select(t.file_schema.names).cast(t.file_schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def read_table_dir(table_name: str, path: Path, columns: list[str] | None = None) -> pa.Table:
    """A table folder (Hive-partitioned or not) as one Arrow table in the logical schema."""
    t = TABLES[table_name]
    if not path.exists():
        return t.schema.empty_table()
    if t.partitioned:
        part_schema = pa.schema([t.schema.field(c) for c in t.partition_columns])
        dataset = pads.dataset(path, format="parquet", schema=t.schema,
                               partitioning=pads.partitioning(part_schema, flavor="hive"))
    else:
        dataset = pads.dataset(path, format="parquet", schema=t.schema)
    return dataset.to_table(columns=columns)


def partition_folders(table_dir: Path) -> dict[tuple[int, int], Path]:
    """(year, month) → folder of every `year=/month=` partition under a table folder."""
    if not table_dir.is_dir():
        return {}
    return {(int(d.parent.name[5:]), int(d.name[6:])): d for d in table_dir.glob("year=*/month=*")}


def read_partition(table_name: str, path: Path, year: int, month: int) -> pa.Table:
    """One `year=/month=` folder of a table, with its partition columns restored."""
    t = TABLES[table_name]
    table = pads.dataset(path, format="parquet", schema=t.file_schema).to_table()
    n = table.num_rows
    table = table.append_column("year", pa.array([year] * n, t.schema.field("year").type))
    table = table.append_column("month", pa.array([month] * n, t.schema.field("month").type))
    return table.select(t.schema.names)


class TableRows:
    """Rows held in memory, read a year/month partition at a time as `StagedTable` reads them."""

    def __init__(self, table: pa.Table):
        self.table = table

    def partitions(self) -> set[tuple[int, int]]:
        return set(table_partitions(self.table))

    def read(self, year: int, month: int) -> pa.Table:
        return partition_rows(self.table, year, month)


class Dataset:
    """The output folder of letopis."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    # -- reading -----------------------------------------------------------------------------

    @property
    def current(self) -> Path | None:
        link = self.root / CURRENT
        return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None

    def read(self, table_name: str, columns: list[str] | None = None) -> pa.Table:
        """The published rows of a table (empty when nothing is published yet)."""
        current = self.current
        table = (read_table_dir(table_name, current / table_name, columns) if current is not None
                 else TABLES[table_name].schema.empty_table())
        return table.select(columns) if columns else table

    def published_state(self) -> tuple[dict[str, str], list[dict]]:
        """article_id → content_sha256 of the published articles, and the published rejects rows."""
        articles = self.read("articles", columns=["article_id", "content_sha256"]).to_pylist()
        return {r["article_id"]: r["content_sha256"] for r in articles}, self.read("rejects").to_pylist()

    def row_counts(self) -> dict[str, int]:
        """Rows per table of the published version (from its `_version.json`)."""
        current = self.current
        if current is None:
            return {}
        return json.loads((current / "_version.json").read_text())["rows"]

    # -- locking and clean-up ------------------------------------------------------------------

    @contextmanager
    def lock(self):
        """Exclusive hold of the output folder; the OS releases it if the process dies."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK, "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RunLocked(f"another letopis run is writing to {self.root} (lock {self.root / LOCK})") from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def clean_staging(self) -> list[str]:
        """Remove what killed runs left: `_staging/*` and versions never made current (call under the lock)."""
        staging = self.root / STAGING
        left = sorted(p.name for p in staging.iterdir()) if staging.is_dir() else []
        for name in left:
            shutil.rmtree(staging / name, ignore_errors=True)
        current = self.current
        versions = self.root / VERSIONS
        if versions.is_dir():
            for p in sorted(versions.iterdir()):
                if current is None or p.name > current.name:  # built, never published
                    shutil.rmtree(p, ignore_errors=True)
                    left.append(f"{VERSIONS}/{p.name}")
        tmp = self.root / f"{CURRENT}.tmp"
        if tmp.is_symlink():
            tmp.unlink()
        return left

    def staging_dir(self, run_id: str) -> Path:
        """Where a run stages its work (removed when it publishes, or by the next run)."""
        return self.root / STAGING / run_id

    def run_dir(self, run_id: str) -> Path:
        path = self.root / RUNS / run_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    # -- publishing ----------------------------------------------------------------------------

    def publish(self, run_id: str, new_rows: dict[str, pa.Table | StagedTable], drop_article_ids: set[str],
                whole_tables: dict[str, pa.Table], raw_index: pa.Table | None = None,
                patches: dict[str, pa.Table] | None = None, caches: dict[str, pa.Table] | None = None) -> Path:
        """Publish a new version atomically and return its folder: `write_version`, then `commit`."""
        return self.commit(run_id, self.write_version(run_id, new_rows, drop_article_ids, whole_tables, raw_index,
                                                      patches, caches))

    def write_version(self, run_id: str, new_rows: dict[str, pa.Table | StagedTable], drop_article_ids: set[str],
                      whole_tables: dict[str, pa.Table], raw_index: pa.Table | None = None,
                      patches: dict[str, pa.Table] | None = None,
                      caches: dict[str, pa.Table] | None = None) -> Path:
        """Write the next version in the run's staging folder, unseen by readers until `commit`; its folder.

        `new_rows` are the run's rows of the per-article tables (in memory, or staged on
        disk: `StagedRows.table`); every published
        row whose article_id is in `drop_article_ids` is removed first.
        `whole_tables` replace unpartitioned tables (entities, rejects) entirely.
        Files of partitions nobody touched are hard-linked, not rewritten.
        `raw_index` is the run's file index (`pipelines.file_index`), kept in the version.
        `patches` change columns of published rows in place of a re-load: a table of `article_id`
        and the new values of some columns, one row per article (the articles whose story
        changed, `pipelines.stories`); their partitions are rewritten.  `caches` are files kept
        in the version beside the tables (file name → table), such as the story signatures.
        """
        patches = patches or {}
        previous = self.current
        versions = self.root / VERSIONS
        versions.mkdir(parents=True, exist_ok=True)
        snapshot = self.staging_dir(run_id) / "snapshot"
        if snapshot.exists():
            shutil.rmtree(snapshot)
        snapshot.mkdir(parents=True)

        patched_ids = {name: set(p.column("article_id").to_pylist()) for name, p in patches.items() if p.num_rows}
        located = self._article_partitions(drop_article_ids.union(*patched_ids.values()))  # one read
        old_partition = {a: located[a] for a in drop_article_ids if a in located}
        for name, t in TABLES.items():
            old_dir = previous / name if previous else None
            if t.partitioned:
                patched = {a: located[a] for a in patched_ids.get(name, ()) if a in located}
                self._stage_partitioned(name, old_dir, snapshot / name, new_rows.get(name),
                                        drop_article_ids, old_partition, patches.get(name), patched)
            elif name in whole_tables:
                write_parquet(name, whole_tables[name], snapshot / name / PART)
            else:
                self._link_or_empty(name, old_dir, snapshot / name)

        if raw_index is not None:
            file_index.write(raw_index, snapshot)
        for file_name, table in (caches or {}).items():
            pq.write_table(table, snapshot / file_name, compression="zstd")
        seq = 1 + max((int(p.name.split("-", 1)[0]) for p in versions.iterdir() if p.name[:6].isdigit()),
                      default=0)
        (snapshot / "_version.json").write_text(json.dumps(
            {"version": seq, "run_id": run_id,
             "rows": {name: pq.ParquetDataset(snapshot / name).read(columns=[]).num_rows for name in TABLES}},
            indent=2))
        return snapshot

    def commit(self, run_id: str, written: Path) -> Path:
        """Make the version `write_version` wrote the published one, atomically; its folder.  Call it
        under the same lock, with no other version committed in between."""
        previous = self.current
        seq = json.loads((written / "_version.json").read_text())["version"]
        final = self.root / VERSIONS / f"{seq:06d}-{run_id}"
        pause_point("publish:staged")
        os.rename(written, final)
        pause_point("publish:renamed")
        self._swap_current(final)  # the commit point: readers see the new version from here on
        self._ensure_table_links()
        pause_point("publish:swapped")
        self._collect_garbage(final, previous)
        shutil.rmtree(self.staging_dir(run_id), ignore_errors=True)
        return final

    def _article_partitions(self, article_ids: set[str]) -> dict[str, tuple[int, int]]:
        if not article_ids or self.current is None:
            return {}
        articles = self.read("articles", columns=["article_id", "year", "month"])
        mask = pc.is_in(articles.column("article_id"), value_set=pa.array(sorted(article_ids)))
        return {r["article_id"]: (r["year"], r["month"]) for r in articles.filter(mask).to_pylist()}

    def _stage_partitioned(self, name, old_dir, new_dir, rows, drop_ids, old_partition, patch=None,
                           patched=None) -> None:
        # one partition's new rows at a time: a run's rows may be staged on disk, larger than memory
        source = rows if hasattr(rows, "partitions") else TableRows(
            rows if rows is not None else TABLES[name].schema.empty_table())
        new_parts = source.partitions()
        touched = new_parts | set(old_partition.values()) | set((patched or {}).values())
        old_parts = partition_folders(old_dir) if old_dir is not None else {}
        for part in sorted(set(old_parts) | touched):
            target = new_dir / partition_dir(*part)
            if part not in touched:
                _link_tree(old_parts[part], target)
                continue
            pieces = [source.read(*part)] if part in new_parts else []
            if part in old_parts:
                old = read_partition(name, old_parts[part], *part)
                old = without_articles(old, drop_ids)
                if patch is not None and patch.num_rows:
                    old = _patched(old, patch)
                pieces.insert(0, old)
            merged = pa.concat_tables([p.cast(TABLES[name].schema) for p in pieces]) if pieces else None
            if merged is not None and merged.num_rows:
                write_parquet(name, merged, target / PART)
        if not any(new_dir.glob("year=*/month=*/*.parquet")):
            # An empty table is still a readable table: one zero-row file with the schema.
            write_parquet(name, TABLES[name].schema.empty_table(), new_dir / PART)

    def _link_or_empty(self, name: str, old_dir: Path | None, new_dir: Path) -> None:
        if old_dir is not None and old_dir.is_dir():
            _link_tree(old_dir, new_dir)
        else:
            write_parquet(name, TABLES[name].schema.empty_table(), new_dir / PART)

    def _swap_current(self, final: Path) -> None:
        tmp = self.root / f"{CURRENT}.tmp"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(os.path.relpath(final, self.root), tmp)
        os.replace(tmp, self.root / CURRENT)

    def _ensure_table_links(self) -> None:
        for name in TABLES:
            link = self.root / name
            if not link.is_symlink():
                if link.exists():
                    raise RuntimeError(f"{link} exists and is not letopis's table link; move it away")
                os.symlink(f"{CURRENT}/{name}", link)

    def _collect_garbage(self, final: Path, previous: Path | None) -> None:
        keep = {final.name} | ({previous.name} if previous else set())
        for p in (self.root / VERSIONS).iterdir():
            if p.name not in keep:
                shutil.rmtree(p, ignore_errors=True)


def _patched(rows: pa.Table, patch: pa.Table) -> pa.Table:
    """`rows` with the columns of `patch` replaced where their article_id is patched."""
    at = pc.index_in(rows.column("article_id"), value_set=patch.column("article_id"))
    hit = pc.is_valid(at)
    for name in patch.column_names:
        if name != "article_id":
            i = rows.schema.get_field_index(name)
            values = pc.take(patch.column(name), at).cast(rows.schema.field(i).type)
            rows = rows.set_column(i, rows.schema.field(i), pc.if_else(hit, values, rows.column(i)))
    return rows


def _link_tree(src: Path, dst: Path) -> None:
    """Hard-link every file of `src` under `dst` (published files are never modified in place)."""
    for path in src.rglob("*"):
        if path.is_file():
            target = dst / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
