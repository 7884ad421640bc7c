"""The letopis Prefect flow: discover → parse → plan → NLP (in chunks) → entities → stories →
audit (GX suites in the audit's process, cross-table checks here, the version written meanwhile)
→ publish.

Orchestration only: the tasks and the flow that calls them.  Every decision about data
lives in `transforms/`, `schemas/` and the `pipelines` module named for it: `inputs`
(reading the raw folder), `plan`, `file_index`, `rewrite`, `quarantine`, `run_report`.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future
from contextlib import ExitStack
from pathlib import Path

import pyarrow as pa
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from pipelines import file_index, quarantine
from pipelines.audit import AuditFailed, AuditProcess, checks_staged, outcome
from pipelines.faults import pause_point
from pipelines.file_index import Stat
from pipelines.inputs import discover_files, read_inputs
from pipelines.plan import KnownArticle, Plan, add_rejects, plan_run
from pipelines.retention import DEFAULT_KEEP_FAILED_DAYS, DEFAULT_KEEP_RUNS, prune_runs
from pipelines.run_report import VALIDATION_DIR, RunReport, format_summary, new_run_id, write_report
from pipelines.signatures import SIGNATURES_FILE
from pipelines.staging import StagedRows
from pipelines.stories import Stories, sign_articles
from pipelines.stories import assign as assign_stories
from pipelines.store import Dataset
from pipelines.timing import Progress, Timer
from pipelines.workers import NlpWorkers, chunked, stage_chunk, staged_failures, total_rows
from schemas.tables import ARTICLE_TABLES, to_table
from transforms.parse import DEFAULT_MAX_BYTES, ParsedArticle

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


@task(cache_policy=NO_CACHE)
def discover(raw: str) -> tuple[list[str], list[str]]:
    """Relative paths of article files and of skipped files under `raw`, sorted."""
    return discover_files(Path(raw))


@task(cache_policy=NO_CACHE)
def parse(raw: str, paths: list[str], today: dt.date, max_bytes: int,
          indexed: str | None) -> tuple[list, dict[str, Stat]]:
    """The inputs of `paths`, read unless the file index of the version `indexed` vouches for
    them (None: read every file), and the (size, mtime_ns) of every file seen."""
    # the index is loaded here, not passed in: Prefect walks every task parameter
    index = file_index.load(Path(indexed), Path(raw)) if indexed else {}
    return read_inputs(Path(raw), paths, index, today=today, max_bytes=max_bytes)


@task(cache_policy=NO_CACHE)
def nlp_chunk(chunk: list[ParsedArticle], seq: int, staging: str, run_id: str,
              ingested_at: dt.datetime) -> dict[str, int]:
    """NLP and extractors over one chunk of articles, staged to disk (on the flow's task runner)."""
    return stage_chunk(chunk, seq, staging, run_id, ingested_at)


@task(cache_policy=NO_CACHE)
def nlp_local_processes(chunks: list[list[ParsedArticle]], staging: str, run_id: str, ingested_at: dt.datetime,
                        workers: NlpWorkers) -> list[dict[str, int]]:
    """NLP and extractors over every chunk, in the local processes `workers`, staged to disk;
    the processes are stopped after."""
    progress = Progress(get_run_logger(), sum(len(c) for c in chunks))
    try:
        return list(workers.map(chunks, staging, run_id, ingested_at, on_done=progress.add))
    finally:
        workers.close()


@task(cache_policy=NO_CACHE)
def write_version(out: str, run_id: str, staging: str, drop_ids: set[str], whole_tables: dict[str, pa.Table],
                  index: pa.Table, stories: Stories) -> str:
    """The next version of the dataset, written but unseen by readers until `publish`."""
    staged = StagedRows(staging)
    new_rows = {name: staged.table(name) for name in ARTICLE_TABLES}
    return str(Dataset(out).write_version(run_id, new_rows, drop_ids, whole_tables, index,
                                          patches={"articles": stories.patch},
                                          caches={SIGNATURES_FILE: stories.signatures}))


@task(cache_policy=NO_CACHE)
def check(staging: str, shared: dict[str, pa.Table]) -> list[dict]:
    """The cross-table checks of the staged rows and `shared`, in this process."""
    return checks_staged(staging, shared)


@task(cache_policy=NO_CACHE)
def validate(gx_results: Future, check_results: list[dict]) -> dict:
    """The audit's result, once the audit's process is done with the GX suites (`AuditProcess.submit`)."""
    return outcome(gx_results.result(), check_results)


@task(cache_policy=NO_CACHE)
def publish(out: str, run_id: str, written: str) -> str:
    """The version `write_version` wrote, made the published one."""
    return str(Dataset(out).commit(run_id, Path(written)))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@flow(name="letopis", log_prints=False)
def letopis_flow(raw: str = "data/raw", out: str = "data/processed", full_refresh: bool = False,
                 chunk_size: int = DEFAULT_CHUNK_SIZE, max_bytes: int = DEFAULT_MAX_BYTES,
                 today: dt.date | None = None, workers: int = 1,
                 max_quarantined: str = quarantine.DEFAULT_LIMIT, keep_runs: int = DEFAULT_KEEP_RUNS,
                 keep_failed_days: float = DEFAULT_KEEP_FAILED_DAYS) -> dict:
    """Load new and changed articles of `raw` into the dataset at `out`; return the run report
    (`pipelines.run_report`, its JSON form).

    Every run leaves `_runs/<run_id>/report.json`, also when it fails; then the reports
    `pipelines.retention` does not keep (`keep_runs`, `keep_failed_days`) are deleted.
    Articles whose rows fail an article-scoped check, or that an extractor fails on, are
    quarantined, up to `max_quarantined` (`pipelines.quarantine`).
    """
    started = _now()
    report = RunReport(new_run_id(started), started.isoformat(), str(raw), str(out), full_refresh)
    dataset = Dataset(out)
    timer = Timer()
    with dataset.lock():
        try:
            _run(report, dataset, timer, raw=raw, full_refresh=full_refresh, chunk_size=chunk_size,
                 max_bytes=max_bytes, today=today or started.date(), started=started, workers=workers,
                 max_quarantined=max_quarantined)
        except Exception as exc:
            report.failed(exc)
            raise
        finally:
            report.finished(timer.seconds, timer.peak_rss_mib, _now())
            _write_report(dataset, report)
            _prune_runs(dataset, report.run_id, keep_runs, keep_failed_days)
    return report.to_dict()


def _run(report: RunReport, dataset: Dataset, timer: Timer, *, raw: str, full_refresh: bool, chunk_size: int,
         max_bytes: int, today: dt.date, started: dt.datetime, workers: int, max_quarantined: str) -> None:
    log = get_run_logger()
    run_id = report.run_id
    report.cleaned_staging = dataset.clean_staging()
    with timer.stage("discover"):
        paths, skipped = discover(raw)
    log.info("discover: %d article files, %d skipped", len(paths), len(skipped))
    reads_every_file = full_refresh or dataset.current is None
    with ExitStack() as stack:

        def nlp_workers_for(n_articles: int) -> NlpWorkers | None:
            """Local NLP processes, stopped when the run ends, if there is more than a chunk's work for them."""
            if workers < 2 or n_articles <= chunk_size:
                return None
            started_workers = NlpWorkers(workers)
            stack.callback(started_workers.close)
            return started_workers

        # a run that reads every file analyses every article: its workers load their models while this process parses
        nlp_workers = nlp_workers_for(len(paths)) if reads_every_file else None
        with timer.stage("parse"):
            indexed = None if reads_every_file else str(dataset.current)
            items, stats = parse(raw, paths, today, max_bytes, indexed)
            published_now, rejects_now = dataset.published_state()
            published, previous_rejects = ({}, []) if full_refresh else (published_now, rejects_now)
            plan = plan_run(items, published=published, previous_rejects=previous_rejects,
                            run_id=run_id, seen_at=started)
            if any(isinstance(a, KnownArticle) for a in plan.to_process):
                # the index and the published tables disagree: read every file
                items, stats = parse(raw, paths, today, max_bytes, None)
                plan = plan_run(items, published=published, previous_rejects=previous_rejects,
                                run_id=run_id, seen_at=started)
            new_index = file_index.build(Path(raw), stats, items, plan)
            report.planned(paths, skipped, plan, items)
            del items, stats
        log.info("parse: %d new or changed, %d unchanged, %d rejected",
                 len(plan.to_process), plan.unchanged, len(plan.rejects))
        if not (plan.has_work or full_refresh):
            report.no_changes(dataset.row_counts())
            file_index.refresh(new_index, dataset.current)  # a cache beside the tables, not a table
            log.info("publish: nothing new, published files untouched")
            return

        pause_point("nlp")
        auditor = stack.enter_context(AuditProcess())
        nlp_workers = nlp_workers or nlp_workers_for(len(plan.to_process))
        _process(report, dataset, timer, plan, auditor, nlp_workers, published_now=published_now,
                 new_index=new_index, previous_rejects=previous_rejects, full_refresh=full_refresh,
                 chunk_size=chunk_size, started=started, max_quarantined=max_quarantined)


def _process(report: RunReport, dataset: Dataset, timer: Timer, plan: Plan, auditor: AuditProcess,
             nlp_workers: NlpWorkers | None, *, published_now: dict[str, str], new_index: pa.Table,
             previous_rejects: list[dict], full_refresh: bool, chunk_size: int, started: dt.datetime,
             max_quarantined: str) -> None:
    """NLP (in `nlp_workers`, or on the flow's task runner if None), entities, audit and publish
    of a run that has work."""
    # imported here: it loads the event word lists (0.2 s) that a run with nothing new never needs
    from pipelines.rewrite import quarantine_articles, resolve_entities

    log = get_run_logger()
    run_id = report.run_id
    staging = str(dataset.staging_dir(run_id) / "rows")
    with timer.stage("nlp"):
        chunks = chunked(plan.to_process, chunk_size)
        if nlp_workers is not None and len(chunks) > 1:
            counts = nlp_local_processes(chunks, staging, run_id, started, nlp_workers)
        else:  # one chunk at a time on the flow's task runner: this process, or a Dask cluster
            futures = nlp_chunk.map(chunks, range(len(chunks)), unmapped(staging), unmapped(run_id),
                                    unmapped(started))
            progress = Progress(log, sum(len(c) for c in chunks))
            size_of = {f.task_run_id: len(c) for f, c in zip(futures, chunks)}
            for future in as_completed(futures):
                progress.add(size_of[future.task_run_id])
            counts = [f.result() for f in futures]
    del chunks
    plan.to_process.clear()  # the articles' text is in the staged rows now
    rows_written = total_rows(counts)
    log.info("nlp: %s", ", ".join(f"{n} {k}" for n, k in rows_written.items()))
    # an article an extractor failed on is quarantined as an audited one is, within the same limit
    failed = staged_failures(staging)
    limit = quarantine.limit_of(max_quarantined, rows_written["articles"] + len(failed))
    report.quarantined = quarantine.failed_report(failed)
    if len(failed) > limit:
        raise quarantine.ExtractionFailed(failed, limit)
    if failed:
        log.warning("nlp: an extractor failed on %d articles: quarantined", len(failed))
    base_rejects = add_rejects(plan.rejects_rows, list(failed.values()), previous_rejects, report.run_id, started)
    new_index = file_index.without(new_index, {r.source_path for r in failed.values()})
    # with --full-refresh everything published goes; a changed article whose extraction failed keeps its version
    drop = (set(published_now) if full_refresh else plan.replaced_ids) - set(failed)
    with timer.stage("entities"):
        entities = resolve_entities(str(dataset.root), staging, not full_refresh, drop)
    log.info("entities: %d in the dataset", entities.num_rows)
    with timer.stage("stories"):
        signatures = sign_articles(staging)
        stories = assign_stories(dataset.root, staging, signatures, not full_refresh, drop)
    log.info("stories: %d articles in %d stories; %d published articles change story",
             stories.signatures.num_rows, stories.n_stories, stories.patch.num_rows)
    report.stories = stories.counts()
    report.rows_written = rows_written

    rejects = to_table("rejects", base_rejects)
    docs = dataset.run_dir(run_id) / VALIDATION_DIR
    validation, written = _audit_and_write(auditor, timer, dataset, run_id, staging, docs, drop, new_index,
                                           stories, {"entities": entities, "rejects": rejects})
    if not validation["success"]:
        decision = quarantine.decide(validation["failures"], limit - len(failed))
        if not decision.publish:
            report.audit_failed(validation)
            raise AuditFailed(validation["failures"], decision.reason())
        log.warning("validate: %d articles fail blocking checks: quarantined", len(decision.quarantined))
        with timer.stage("quarantine"):
            articles = quarantine_articles(staging, decision)
            report.quarantined += quarantine.report(decision, articles)
            drop -= set(decision.quarantined)  # a changed article keeps its published version
            entities = resolve_entities(str(dataset.root), staging, not full_refresh, drop)
            stories = assign_stories(dataset.root, staging, signatures, not full_refresh, drop)
            report.stories = stories.counts()
            rejects = to_table("rejects", add_rejects(base_rejects, quarantine.rejects(decision, articles),
                                                      previous_rejects, run_id, started))
            new_index = file_index.without(new_index, quarantine.source_paths(decision, articles))
        # the rest, audited again as it will be published
        validation, written = _audit_and_write(auditor, timer, dataset, run_id, staging, docs, drop, new_index,
                                               stories, {"entities": entities, "rejects": rejects})
        if not validation["success"]:
            report.audit_failed(validation)
            raise AuditFailed(validation["failures"], "the articles left after quarantine fail too")
    report.validated(validation)
    log.info("validate: %s", "passed" if not report.quarantined else
             f"passed, {len(report.quarantined)} articles quarantined")

    with timer.stage("publish"):
        version = Path(publish(dataset.root, run_id, written))
    report.published(version.name, dataset.row_counts())
    log.info("publish: version %s", version.name)


def _audit_and_write(auditor: AuditProcess, timer: Timer, dataset: Dataset, run_id: str, staging: str, docs: Path,
                     drop: set[str], new_index: pa.Table, stories: Stories,
                     whole: dict[str, pa.Table]) -> tuple[dict, str]:
    """The audit of the staged rows and `whole` (entities, rejects), and the version they make: the
    audit's process runs the GX suites while this one writes the version, then runs the cross-table
    checks, so neither core waits for the other.  The version is published only if the audit
    passes; a later `write_version` of the run replaces it.

    Stage `write` times the writing, `check` the cross-table checks, `validate` the wait for the
    GX suites beyond both.
    """
    pending = auditor.submit(staging, whole, docs)
    with timer.stage("write"):
        # with --full-refresh everything published before goes (`drop`), whatever is no longer in raw too
        written = write_version(dataset.root, run_id, staging, drop, whole, new_index, stories)
    with timer.stage("check"):
        check_results = check(staging, whole)
    with timer.stage("validate"):
        validation = validate(pending, check_results)
    return validation, written


def _prune_runs(dataset: Dataset, run_id: str, keep_runs: int, keep_failed_days: float) -> None:
    """Old run reports go; a failure here is logged, never raised (the run's outcome stands)."""
    try:
        pruned = prune_runs(dataset.root, keep_runs=keep_runs, keep_failed_days=keep_failed_days, protect={run_id})
        if pruned:
            get_run_logger().info("retention: %d old run reports removed", len(pruned))
    except Exception as exc:  # noqa: BLE001
        get_run_logger().warning("retention: old run reports not removed: %s", exc)


def _write_report(dataset: Dataset, report: RunReport) -> None:
    written = report.to_dict()
    write_report(dataset.run_dir(report.run_id), written)
    create_markdown_artifact(key="letopis-run", description=f"letopis run {report.run_id}",
                             markdown="```\n" + format_summary(written) + "\n```")
