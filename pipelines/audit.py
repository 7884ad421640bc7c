"""Audit a run's staged tables: GX suites from `schemas.suites`, then `schemas.checks`."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pyarrow as pa

from schemas.checks import CheckRun
from schemas.tables import ARTICLE_TABLES, TABLES, plain_strings

# great_expectations takes seconds to import: only runs that validate pay for it
# (schemas.suites imports it), not the no-op runs of a schedule.
BLOCKING = "critical"  # = schemas.suites.BLOCKING, GX's severity of a blocking expectation

MAX_EXAMPLES = 5
# Rows a failing per-row expectation may have in one part for GX to name their articles; more is
# no odd article but a systemic bug (and GX lists unexpected rows slowly).
MAX_QUARANTINE_ROWS = 20_000
_ARTICLE_IDS = {"result_format": "COMPLETE", "unexpected_index_column_names": ["article_id"],
                "return_unexpected_index_query": False}


class AuditFailed(RuntimeError):
    """A blocking check failed beyond what quarantine covers (`pipelines.quarantine`): nothing was published."""

    def __init__(self, failures: list[dict], reason: str | None = None):
        self.failures = failures
        lines = [f"{f['table']}: {f['check']}" + (f" on column {f['column']}" if f.get("column") else "")
                 + (f" in {len(f['articles'])} articles" if f.get("articles") else "")
                 + (f" — e.g. {f['examples'][:3]}" if f.get("examples") else "") for f in failures]
        because = f" ({reason})" if reason else ""
        super().__init__(f"audit failed, nothing published{because}; blocking checks:\n  " + "\n  ".join(lines))


class GxRun:
    """Tables through their GX suites, a table possibly in several parts.

    A table given in parts (`add`) is validated in frames of consecutive parts, each of at most
    `max_rows` rows and `max_bytes` of Arrow data (a single larger part alone): one pandas
    frame at a time, and no more GX validations than that needs (each costs about 0.3 s
    whatever its size).  The frames' results merge per expectation: a table passes when every
    frame passes, unexpected counts add up.  Uniqueness across parts is `keys_unique`'s job
    (`schemas.checks`), which sees every key at once.  With `docs_dir`, GX Data Docs (HTML)
    of every validation are built there.

    A per-row expectation of a per-article table is article-scoped: when it fails, GX is asked
    again for the `article_id` of each failing row, and the result's `articles` maps each such
    article to its first failing row.  `articles` is None for a result that is not article-scoped.
    """

    def __init__(self, docs_dir: Path | None = None, max_rows: int | None = None, max_bytes: int | None = None):
        _import_gx()
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        for name in ("great_expectations", "great_expectations.data_context.types.base"):
            logging.getLogger(name).setLevel(logging.ERROR)
        self.gx, self.docs_dir = gx, docs_dir
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        if docs_dir is not None:
            self.context.add_data_docs_site(site_name="letopis", site_config={
                # GX's SiteBuilder, but static/ shared by every run instead of copied (pipelines.data_docs)
                "module_name": "pipelines.data_docs", "class_name": "SharedStaticSiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                                  "base_directory": str(Path(docs_dir).resolve())},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            })
        self.source = self.context.data_sources.add_pandas("letopis")
        self.definitions: dict = {}
        self.results: dict[str, list[dict]] = {}
        self.held: dict[str, list[pa.Table]] = {}
        self.max_rows, self.max_bytes = max_rows or PART_ROWS, max_bytes or PART_BYTES

    def add(self, name: str, table: pa.Table) -> None:
        """Rows of `name` to validate, in a frame with the parts added before them while it has room."""
        held = self.held.setdefault(name, [])
        if held and (sum(t.num_rows for t in held) + table.num_rows > self.max_rows
                     or sum(t.nbytes for t in held) + table.nbytes > self.max_bytes):
            self.validate(name, pa.concat_tables(held))
            held.clear()
        held.append(table)

    def add_part(self, part: dict[str, pa.Table]) -> None:
        for name, table in part.items():
            self.add(name, table)

    def flush(self) -> None:
        """Validate the parts `add` still holds."""
        for name, held in self.held.items():
            if held:
                self.validate(name, pa.concat_tables(held))
        self.held.clear()

    def finish(self, shared: dict[str, pa.Table]) -> dict[str, list[dict]]:
        """Validate `shared` (tables held whole) and every part still held, build the Data Docs;
        the results per table."""
        for name, table in shared.items():
            self.add(name, table)
        self.flush()
        self.build_docs()
        return self.results

    def validate(self, name: str, table: pa.Table) -> None:
        """Run `name`'s suite on these rows and merge the outcome into `results[name]`."""
        from schemas.suites import suite_for

        if name not in self.definitions:
            batch = self.source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
            suite = self.context.suites.add(suite_for(name))
            self.definitions[name] = self.context.validation_definitions.add(
                self.gx.ValidationDefinition(name=f"letopis.{name}", data=batch, suite=suite))
        frame = _gx_frame(table)
        # pass or fail first (GX's BOOLEAN_ONLY: half the time of SUMMARY, which also counts and lists
        # the unexpected rows of every expectation); counts and examples only for a part that fails,
        # stored under the same run id so that Data Docs show them in place of the bare outcome
        outcome = self.definitions[name].run(batch_parameters={"dataframe": frame}, result_format="BOOLEAN_ONLY")
        if not all(r.success for r in outcome.results):
            outcome = self.definitions[name].run(batch_parameters={"dataframe": frame}, result_format="SUMMARY",
                                                 run_id=outcome.meta["run_id"])
        rows = [_result_row(r, article_scoped=name in ARTICLE_TABLES) for r in outcome.results]
        failing = [r for r in rows if not r["success"] and r["articles"] is not None]
        if failing and sum(r["unexpected_count"] or 0 for r in failing) <= MAX_QUARANTINE_ROWS:
            detail = self.definitions[name].run(batch_parameters={"dataframe": frame}, result_format=_ARTICLE_IDS)
            for row, r in zip(rows, detail.results, strict=True):
                if not row["success"] and row["articles"] is not None:
                    for item in (r.result or {}).get("unexpected_index_list") or ():
                        row["articles"].setdefault(item["article_id"], {k: str(v) for k, v in item.items()})
        else:
            for row in failing:
                row["articles"] = None
        self.results[name] = _merge(self.results[name], rows) if name in self.results else rows

    def build_docs(self) -> None:
        if self.docs_dir is not None:
            self.context.build_data_docs(site_names=["letopis"])


def _gx_frame(table: pa.Table):
    """The rows as GX's pandas frame: dictionary columns as plain strings (GX compares values, not
    categories), integers as int64 and floats as float64 (the same values: GX's range check runs
    vectorised only on those two dtypes, and row by row in Python on any other)."""
    # one chunk per column: pandas' Arrow-backed strings take rows chunk by chunk, and a staged
    # table is as many chunks as the NLP wrote (GX took twice as long on 94 chunks as on one)
    table = plain_strings(table).combine_chunks()
    wide = pa.schema([pa.field(f.name, pa.int64() if pa.types.is_integer(f.type) else pa.float64(), f.nullable)
                      if pa.types.is_integer(f.type) or pa.types.is_floating(f.type) else f for f in table.schema])
    return table.cast(wide).to_pandas()


def _merge(before: list[dict], part: list[dict]) -> list[dict]:
    """Results of one suite on two parts of a table, expectation by expectation."""
    merged = []
    for a, b in zip(before, part, strict=True):
        counts = [c for c in (a["unexpected_count"], b["unexpected_count"]) if c is not None]
        merged.append({**a, "success": a["success"] and b["success"],
                       "unexpected_count": sum(counts) if counts else None,
                       "examples": (a["examples"] + b["examples"])[:MAX_EXAMPLES],
                       "error": a["error"] or b["error"],
                       "articles": None if a["articles"] is None or b["articles"] is None
                       else {**b["articles"], **a["articles"]}})
    return merged


def _per_row(expectation_type: str) -> bool:
    """An expectation that judges each row alone (not uniqueness, not the table's shape)."""
    return expectation_type.startswith("expect_column_values_to_") and not expectation_type.endswith("_unique")


def _result_row(r, article_scoped: bool) -> dict:
    config = r.expectation_config
    kwargs = dict(config.kwargs)
    kwargs.pop("batch_id", None)
    severity = getattr(config, "severity", None)
    severity = getattr(severity, "value", severity) or BLOCKING
    examples = (r.result or {}).get("partial_unexpected_list") or []
    return {
        "check": config.type,
        "column": kwargs.pop("column", None),
        "kwargs": {k: v for k, v in kwargs.items() if k != "column"},
        "severity": severity,
        "blocking": severity == BLOCKING,
        "success": bool(r.success),
        "unexpected_count": (r.result or {}).get("unexpected_count"),
        "examples": [str(e) for e in examples[:MAX_EXAMPLES]],
        "error": (r.exception_info or {}).get("exception_message") if not r.success else None,
        "articles": {} if article_scoped and _per_row(config.type) else None,
    }


PART_ROWS = 50_000  # rows per table a part of a large run is validated in: one pandas frame each.  A GX
#                      validation costs about 0.3 s whatever its size, and at 20,000 articles the audit's GX
#                      is done before the flow has written the version and run the checks: larger frames
#                      would only add memory (200,000 rows took the audit's process to 1,075 MiB)
PART_BYTES = 16 << 20  # Arrow bytes a frame may hold: 50,000 mention rows are 7 MiB, 2,000 articles 8 MiB


def audit(tables: dict[str, pa.Table], docs_dir: Path | None = None) -> dict:
    """Validation results of tables held whole: GX per table, cross-table checks, blocking failures."""
    articles = {name: t for name, t in tables.items() if name in ARTICLE_TABLES}
    shared = {name: t for name, t in tables.items() if name not in ARTICLE_TABLES}
    return audit_parts([articles] if articles else [], shared, docs_dir)


def audit_parts(parts: Iterable[dict[str, pa.Table]], shared: dict[str, pa.Table],
                docs_dir: Path | None = None, frame_rows: int | None = None) -> dict:
    """Validation results of a run given in parts (`StagedRows.parts`) and tables held whole.

    Each part holds the per-article tables of whole articles; `shared` (entities, rejects)
    is validated once and seen by the cross-table checks of every part.  GX validates frames
    of at most `frame_rows` rows (default `PART_ROWS`) per table.
    """
    gx_run, checks = GxRun(docs_dir, max_rows=frame_rows), CheckRun(shared)
    for part in parts:
        gx_run.add_part(part)
        checks.add(part)
    return outcome(gx_run.finish(shared), checks.results())


def outcome(gx_results: dict[str, list[dict]], check_results: list[dict]) -> dict:
    """The audit's result from the GX results of every table and the cross-table checks' results."""
    failures = [{"table": name, **r} for name, rows in gx_results.items() for r in rows
                if r["blocking"] and not r["success"]]
    failures += [{"table": "(cross-table)", **c} for c in check_results if c["blocking"] and not c["success"]]
    warnings = [{"table": name, **r} for name, rows in gx_results.items() for r in rows
                if not r["blocking"] and not r["success"]]
    return {"success": not failures, "failures": failures, "warnings": [brief(w) for w in warnings],
            "gx": {name: [brief(r) for r in rows] for name, rows in gx_results.items()},
            "checks": [brief(c) for c in check_results]}


def brief(result: dict) -> dict:
    """A result for the report: the number of failing articles, not each one."""
    articles = result.get("articles")
    return {**{k: v for k, v in result.items() if k != "articles"},
            "n_articles": None if articles is None else len(articles)}


def gx_staged(staging: str, shared: dict[str, pa.Table], docs_dir: Path | None = None) -> dict[str, list[dict]]:
    """The GX results of a run's rows staged on disk (`pipelines.staging`), `PART_ROWS` rows at a time,
    and of `shared` (run in the audit's process: `AuditProcess`); a run's audit is their `outcome`
    with `checks_staged`'s, which the flow's process runs meanwhile."""
    from pipelines.staging import StagedRows

    gx_run = GxRun(docs_dir)
    for part in StagedRows(staging).parts(PART_ROWS):
        gx_run.add_part(part)
    return gx_run.finish(shared)


def checks_staged(staging: str, shared: dict[str, pa.Table]) -> list[dict]:
    """The cross-table checks' results over a run's staged rows and `shared` (no GX: any process)."""
    from pipelines.staging import StagedRows

    checks = CheckRun(shared)
    for part in StagedRows(staging).parts(PART_ROWS):
        checks.add(part)
    return checks.results()


def _import_gx() -> None:
    """great_expectations and the suites, without GX's usage analytics."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations  # noqa: F401
    import schemas.suites  # noqa: F401


class AuditProcess:
    """A process of its own for the audit, started ahead of it.

    great_expectations takes seconds to import and its pandas frames weigh hundreds of MB
    on a large run: in a process of its own they never add to the flow process's memory,
    and started when the NLP starts, the import happens while the NLP runs.
    """

    def __enter__(self) -> AuditProcess:
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self.pool.submit(_import_gx)  # starts the process now
        return self

    def submit(self, staging: str, shared: dict[str, pa.Table], docs_dir: Path | None = None) -> Future:
        """`gx_staged` in the audit's process; its results when the future is done."""
        return self.pool.submit(gx_staged, staging, shared, docs_dir)

    def __exit__(self, *exc) -> None:
        self.pool.shutdown(cancel_futures=True)


def audit_published(out: str | Path) -> dict:
    """Re-audit the published dataset: every Parquet file readable, then every suite and check.

    A file that cannot be read is named (and the suites are not run, since the tables
    cannot be trusted); otherwise the result has the shape of `audit`.  The per-article
    tables are audited a partition at a time.
    """
    import pyarrow.parquet as pq

    from pipelines.store import Dataset

    dataset = Dataset(out)
    if dataset.current is None:
        return {"success": False, "corrupt": [], "failures": [
            {"table": "(dataset)", "check": "published", "examples": [f"nothing is published in {out}"]}]}
    corrupt = []
    for name in TABLES:
        for path in sorted((dataset.current / name).rglob("*.parquet")):
            try:
                pq.read_table(path)
            except Exception as exc:  # any reader error means the file is damaged
                corrupt.append({"file": str(path.relative_to(dataset.current)), "error": str(exc)[:300]})
    if corrupt:
        return {"success": False, "corrupt": corrupt, "failures": [
            {"table": c["file"].split("/")[0], "check": "readable_parquet", "examples": [c["file"], c["error"]]}
            for c in corrupt]}
    expected, counted = dataset.row_counts(), dict.fromkeys(TABLES, 0)
    shared = {name: dataset.read(name) for name in TABLES if name not in ARTICLE_TABLES}
    for name, table in shared.items():
        counted[name] = table.num_rows
    result = audit_parts(_published_parts(dataset.current, counted), shared)
    result["failures"] = [brief(f) for f in result["failures"]]  # the articles at fault are counted, not listed
    counts = [{"table": n, "check": "row_count_matches_version", "examples": [f"{k} != {expected.get(n)}"]}
              for n, k in counted.items() if k != expected.get(n)]
    result["failures"] += counts
    result["success"] = result["success"] and not counts
    result["corrupt"] = []
    return result


def _published_parts(version: Path, counted: dict[str, int]) -> Iterable[dict[str, pa.Table]]:
    """The per-article tables of a published version a year/month partition at a time (an
    article's rows all sit in its partition), counting the rows read into `counted`."""
    from pipelines.store import partition_folders, read_partition

    folders = {name: partition_folders(version / name) for name in ARTICLE_TABLES}
    for year, month in sorted(set().union(*folders.values())):
        part = {}
        for name in ARTICLE_TABLES:
            folder = folders[name].get((year, month))
            part[name] = (read_partition(name, folder, year, month) if folder is not None
                          else TABLES[name].schema.empty_table())
            counted[name] += part[name].num_rows
        yield part
