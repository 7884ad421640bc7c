"""The letopis Prefect flow: discover → parse → plan → NLP (in chunks) → audit → publish.

Orchestration only: every decision about data lives in `transforms/`,
`pipelines/plan.py` and `schemas/`.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import secrets
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from pipelines import file_index, quarantine
from pipelines.audit import AuditFailed, AuditProcess, brief
from pipelines.faults import pause_point
from pipelines.file_index import Stat, stat_of
from pipelines.plan import KnownArticle, Plan, add_rejects, plan_run
from pipelines.report import format_summary, write_report
from pipelines.retention import DEFAULT_KEEP_FAILED_DAYS, DEFAULT_KEEP_RUNS, prune_runs
from pipelines.rewrite import quarantine_articles, resolve_entities
from pipelines.store import Dataset
from pipelines.staging import StagedRows
from pipelines.workers import map_chunks, stage_chunk
from schemas.tables import ARTICLE_TABLES, to_table
from transforms.parse import DEFAULT_MAX_BYTES, ParsedArticle, article_kind, parse_file
from transforms.rejects import Reject

DEFAULT_CHUNK_SIZE = 32


def task_runner(dask_address: str | None = None):
    """The flow's task runner: an existing Dask cluster's, or threads in this process.

    (Local worker processes are not a task runner: `nlp_local_processes` runs them, since
    Prefect's process-pool runner costs seconds of engine start-up per task.)
    """
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=1)


def new_run_id(now: dt.datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(2)}"


@task(cache_policy=NO_CACHE)
def discover(raw: str) -> tuple[list[str], list[str]]:
    """Relative paths of article files and of skipped files under `raw`, sorted."""
    root = Path(raw)
    if not root.is_dir():
        raise FileNotFoundError(f"raw folder {root} does not exist")
    articles, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            rel = Path(dirpath, name).relative_to(root).as_posix()
            (articles if article_kind(rel) else skipped).append(rel)
    return sorted(articles), sorted(skipped)


@task(cache_policy=NO_CACHE)
def parse(raw: str, paths: list[str], today: dt.date, max_bytes: int,
          indexed: str | None) -> tuple[list, dict[str, Stat]]:
    """Read and parse every article file the file index of the version `indexed` does not
    vouch for (None: read every file); unreadable files become rejects.  Returns the inputs
    and the (size, mtime_ns) of every file seen."""
    # the index is loaded here, not passed in: Prefect walks every task parameter
    index = file_index.load(Path(indexed), Path(raw)) if indexed else {}
    items: list[ParsedArticle | KnownArticle | Reject] = []
    stats: dict[str, Stat] = {}
    for rel in paths:
        path = Path(raw, rel)
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


@task(cache_policy=NO_CACHE)
def nlp_chunk(chunk: list[ParsedArticle], seq: int, staging: str, run_id: str,
              ingested_at: dt.datetime) -> dict[str, int]:
    """NLP and extractors over one chunk of articles, staged to disk (on the flow's task runner)."""
    return stage_chunk(chunk, seq, staging, run_id, ingested_at)


@task(cache_policy=NO_CACHE)
def nlp_local_processes(chunks: list[list[ParsedArticle]], staging: str, run_id: str, ingested_at: dt.datetime,
                        workers: int) -> list[dict[str, int]]:
    """NLP and extractors over every chunk, in `workers` local processes, staged to disk."""
    log = get_run_logger()
    progress = _Progress(log, sum(len(c) for c in chunks))
    return list(map_chunks(chunks, staging, run_id, ingested_at, workers, on_done=progress.add))


@task(cache_policy=NO_CACHE)
def validate(auditor: AuditProcess, staging: str, shared: dict[str, pa.Table], docs_dir: Path) -> dict:
    """The audit of the staged rows, in the audit's own process."""
    return auditor.audit(staging, shared, docs_dir)


@task(cache_policy=NO_CACHE)
def publish(out: str, run_id: str, staging: str, drop_ids: set[str], whole_tables: dict[str, pa.Table],
            index: pa.Table) -> str:
    staged = StagedRows(staging)
    new_rows = {name: staged.table(name) for name in ARTICLE_TABLES}
    return str(Dataset(out).publish(run_id, new_rows, drop_ids, whole_tables, index))


class Timer:
    """Seconds per stage, and this process's peak RSS (MiB) when each stage ended."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.peak_rss_mib: dict[str, int] = {}

    @contextmanager
    def stage(self, name: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = round(self.seconds.get(name, 0.0) + time.perf_counter() - t0, 3)
            self.peak_rss_mib[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _published_state(dataset: Dataset) -> tuple[dict[str, str], list[dict]]:
    """article_id → content_sha256 of the published articles, and the published rejects."""
    articles = dataset.read("articles", columns=["article_id", "content_sha256"]).to_pylist()
    return {r["article_id"]: r["content_sha256"] for r in articles}, dataset.read("rejects").to_pylist()


@flow(name="letopis", log_prints=False)
def letopis_flow(raw: str = "data/raw", out: str = "data/processed", full_refresh: bool = False,
                 chunk_size: int = DEFAULT_CHUNK_SIZE, max_bytes: int = DEFAULT_MAX_BYTES,
                 today: dt.date | None = None, workers: int = 1,
                 max_quarantined: str = quarantine.DEFAULT_LIMIT, keep_runs: int = DEFAULT_KEEP_RUNS,
                 keep_failed_days: float = DEFAULT_KEEP_FAILED_DAYS) -> dict:
    """Load new and changed articles of `raw` into the dataset at `out`; return the run report.

    Every run leaves `_runs/<run_id>/report.json`, also when it fails; then the reports
    `pipelines.retention` does not keep (`keep_runs`, `keep_failed_days`) are deleted.
    Articles whose rows fail an article-scoped check are quarantined, up to
    `max_quarantined` (`pipelines.quarantine`).
    """
    started = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    run_id = new_run_id(started)
    dataset = Dataset(out)
    timer = Timer()
    report: dict = {"run_id": run_id, "started_at": started.isoformat(), "raw": str(raw), "out": str(out),
                    "full_refresh": full_refresh}
    with dataset.lock():
        try:
            _run(report, dataset, timer, raw=raw, full_refresh=full_refresh, chunk_size=chunk_size,
                 max_bytes=max_bytes, today=today or started.date(), started=started, workers=workers,
                 max_quarantined=max_quarantined)
        except Exception as exc:
            report.setdefault("status", "failed")
            report.setdefault("error", f"{type(exc).__name__}: {exc}")
            raise
        finally:
            report["timings"] = timer.seconds
            report["peak_rss_mib"] = timer.peak_rss_mib
            report["finished_at"] = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
            _write_report(dataset, run_id, report)
            _prune_runs(dataset, run_id, keep_runs, keep_failed_days)
    return report


def _run(report: dict, dataset: Dataset, timer: Timer, *, raw: str, full_refresh: bool, chunk_size: int,
         max_bytes: int, today: dt.date, started: dt.datetime, workers: int, max_quarantined: str) -> None:
    log = get_run_logger()
    run_id = report["run_id"]
    report["cleaned_staging"] = dataset.clean_staging()
    with timer.stage("discover"):
        paths, skipped = discover(raw)
    log.info("discover: %d article files, %d skipped", len(paths), len(skipped))
    with timer.stage("parse"):
        indexed = None if full_refresh or dataset.current is None else str(dataset.current)
        items, stats = parse(raw, paths, today, max_bytes, indexed)
        published_now, rejects_now = _published_state(dataset)
        published, previous_rejects = ({}, []) if full_refresh else (published_now, rejects_now)
        plan = plan_run(items, published=published, previous_rejects=previous_rejects,
                        run_id=run_id, seen_at=started)
        if any(isinstance(a, KnownArticle) for a in plan.to_process):
            # the index and the published tables disagree: read every file
            items, stats = parse(raw, paths, today, max_bytes, None)
            plan = plan_run(items, published=published, previous_rejects=previous_rejects,
                            run_id=run_id, seen_at=started)
        new_index = file_index.build(Path(raw), stats, items, plan)
        repairs = Counter(r for a in items if isinstance(a, ParsedArticle) for r in a.repairs)
        del items, stats
    log.info("parse: %d new or changed, %d unchanged, %d rejected",
             len(plan.to_process), plan.unchanged, len(plan.rejects))
    report.update(_plan_summary(paths, skipped, plan), repairs=dict(sorted(repairs.items())))
    if not (plan.has_work or full_refresh):
        report.update(status="no_changes", rows_written={}, rows_published=dataset.row_counts())
        if dataset.current is not None and not file_index.same(new_index, dataset.current):
            file_index.write(new_index, dataset.current)  # a cache beside the tables, not a table
        log.info("publish: nothing new, published files untouched")
        return

    pause_point("nlp")
    with AuditProcess() as auditor:
        _process(report, dataset, timer, plan, auditor, published_now=published_now, new_index=new_index,
                 previous_rejects=previous_rejects, full_refresh=full_refresh, chunk_size=chunk_size,
                 started=started, workers=workers, max_quarantined=max_quarantined)


def _process(report: dict, dataset: Dataset, timer: Timer, plan: Plan, auditor: AuditProcess, *,
             published_now: dict[str, str], new_index: pa.Table, previous_rejects: list[dict],
             full_refresh: bool, chunk_size: int, started: dt.datetime, workers: int, max_quarantined: str) -> None:
    """NLP, entities, audit and publish of a run that has work."""
    log = get_run_logger()
    run_id = report["run_id"]
    staging = str(dataset.staging_dir(run_id) / "rows")
    with timer.stage("nlp"):
        chunks = _chunks(plan.to_process, chunk_size)
        if workers > 1 and len(chunks) > 1:
            counts = nlp_local_processes(chunks, staging, run_id, started, workers)
        else:  # one chunk at a time on the flow's task runner: this process, or a Dask cluster
            futures = nlp_chunk.map(chunks, range(len(chunks)), unmapped(staging), unmapped(run_id),
                                    unmapped(started))
            progress = _Progress(log, sum(len(c) for c in chunks))
            size_of = {f.task_run_id: len(c) for f, c in zip(futures, chunks)}
            for future in as_completed(futures):
                progress.add(size_of[future.task_run_id])
            counts = [f.result() for f in futures]
    del chunks
    plan.to_process.clear()  # the articles' text is in the staged rows now
    rows_written = {name: sum(c[name] for c in counts) for name in ARTICLE_TABLES}
    log.info("nlp: %s", ", ".join(f"{n} {k}" for n, k in rows_written.items()))
    drop = set(published_now) if full_refresh else plan.replaced_ids
    with timer.stage("entities"):
        entities = resolve_entities(str(dataset.root), staging, not full_refresh, drop)
    log.info("entities: %d in the dataset", entities.num_rows)
    report["rows_written"] = rows_written

    rejects = to_table("rejects", plan.rejects_rows)
    docs = dataset.run_dir(run_id) / "validation"
    with timer.stage("validate"):
        validation = validate(auditor, staging, {"entities": entities, "rejects": rejects}, docs)
    report["quarantined"] = []
    if not validation["success"]:
        decision = quarantine.decide(validation["failures"],
                                     quarantine.limit_of(max_quarantined, rows_written["articles"]))
        if not decision.publish:
            report.update(status="audit_failed", validation=_validation_report(validation))
            raise AuditFailed(validation["failures"], decision.reason())
        log.warning("validate: %d articles fail blocking checks: quarantined", len(decision.quarantined))
        with timer.stage("quarantine"):
            articles = quarantine_articles(staging, decision)
            report["quarantined"] = quarantine.report(decision, articles)
            drop -= set(decision.quarantined)  # a changed article keeps its published version
            entities = resolve_entities(str(dataset.root), staging, not full_refresh, drop)
            rejects = to_table("rejects", add_rejects(plan.rejects_rows, quarantine.rejects(decision, articles),
                                                      previous_rejects, run_id, started))
            new_index = file_index.without(new_index, {articles[a][0] for a in decision.quarantined
                                                       if a in articles})
        with timer.stage("validate"):  # the rest, audited again as it will be published
            validation = validate(auditor, staging, {"entities": entities, "rejects": rejects}, docs)
        if not validation["success"]:
            report.update(status="audit_failed", validation=_validation_report(validation))
            raise AuditFailed(validation["failures"], "the articles left after quarantine fail too")
    report["validation"] = _validation_report(validation)
    log.info("validate: %s", "passed" if not report["quarantined"] else
             f"passed, {len(report['quarantined'])} articles quarantined")

    # with --full-refresh everything published before goes, whatever is no longer in raw too
    whole = {"rejects": rejects, "entities": entities}
    with timer.stage("publish"):
        version = Path(publish(dataset.root, run_id, staging, drop, whole, new_index))
    report.update(status="published", published_version=version.name, rows_published=dataset.row_counts())
    log.info("publish: version %s", version.name)


class _Progress:
    """A progress line (articles done, articles/s, ETA) at most every 10 s."""

    EVERY_SECONDS = 10.0

    def __init__(self, log, total: int):
        self.log, self.total, self.done = log, total, 0
        self.t0 = self.last = time.perf_counter()

    def add(self, n: int) -> None:
        self.done += n
        now = time.perf_counter()
        if now - self.last >= self.EVERY_SECONDS and self.done < self.total:
            rate = self.done / (now - self.t0)
            self.log.info("nlp: %d/%d articles, %.1f articles/s, ETA %.0fs", self.done, self.total, rate,
                          (self.total - self.done) / rate)
            self.last = now


def _validation_report(validation: dict) -> dict:
    return {**validation, "failures": [brief(f) for f in validation["failures"]], "data_docs": "validation/index.html"}


def _plan_summary(paths: list[str], skipped: list[str], plan: Plan) -> dict:
    return {
        "files": {"articles": len(paths), "skipped": len(skipped), "skipped_examples": skipped[:20]},
        "articles": {"new": len(plan.to_process) - len(plan.replaced_ids), "changed": len(plan.replaced_ids),
                     "unchanged": plan.unchanged},
        "rejects": {"total": len(plan.rejects), "by_reason": dict(sorted(Counter(r.reason for r in plan.rejects).items())),
                    "examples": [{"source_path": r.source_path, "reason": r.reason, "message": r.message}
                                 for r in plan.rejects[:50]]},
    }


def _prune_runs(dataset: Dataset, run_id: str, keep_runs: int, keep_failed_days: float) -> None:
    """Old run reports go; a failure here is logged, never raised (the run's outcome stands)."""
    try:
        pruned = prune_runs(dataset.root, keep_runs=keep_runs, keep_failed_days=keep_failed_days, protect={run_id})
        if pruned:
            get_run_logger().info("retention: %d old run reports removed", len(pruned))
    except Exception as exc:  # noqa: BLE001
        get_run_logger().warning("retention: old run reports not removed: %s", exc)


def _write_report(dataset: Dataset, run_id: str, report: dict) -> None:
    write_report(dataset.run_dir(run_id), report)
    create_markdown_artifact(key="letopis-run", description=f"letopis run {run_id}",
                             markdown="```\n" + format_summary(report) + "\n```")
