"""Audit a run's staged tables: GX suites from `schemas.suites`, then `schemas.checks`."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pyarrow as pa

from schemas.checks import run_checks
from schemas.tables import plain_strings

# great_expectations takes seconds to import: only runs that validate pay for it
# (schemas.suites imports it), not the no-op runs of a schedule.
BLOCKING = "critical"  # = schemas.suites.BLOCKING, GX's severity of a blocking expectation

MAX_EXAMPLES = 5


class AuditFailed(RuntimeError):
    """A blocking check failed: nothing was published."""

    def __init__(self, failures: list[dict]):
        self.failures = failures
        lines = [f"{f['table']}: {f['check']}" + (f" on column {f['column']}" if f.get("column") else "")
                 + (f" — e.g. {f['examples'][:3]}" if f.get("examples") else "") for f in failures]
        super().__init__("audit failed, nothing published; blocking checks:\n  " + "\n  ".join(lines))


def run_gx(tables: dict[str, pa.Table], docs_dir: Path | None = None) -> dict[str, list[dict]]:
    """Every table through its suite; per table, one result per expectation.

    With `docs_dir`, GX Data Docs (HTML) of the results are built there.
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    from schemas.suites import suite_for

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        context.add_data_docs_site(site_name="letopis", site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(Path(docs_dir).resolve())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    source = context.data_sources.add_pandas("letopis")
    results: dict[str, list[dict]] = {}
    for name, table in tables.items():
        batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        suite = context.suites.add(suite_for(name))
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=f"letopis.{name}", data=batch, suite=suite))
        # dictionary columns as plain strings: GX compares values, not categories
        outcome = definition.run(batch_parameters={"dataframe": plain_strings(table).to_pandas()})
        results[name] = [_result_row(r) for r in outcome.results]
    if docs_dir is not None:
        context.build_data_docs(site_names=["letopis"])
        for heavy in ("fonts", "images"):  # 4 MB of GX branding per run; the pages render without it
            shutil.rmtree(docs_dir / "static" / heavy, ignore_errors=True)
    return results


def _result_row(r) -> dict:
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
    }


def audit(tables: dict[str, pa.Table], docs_dir: Path | None = None) -> dict:
    """Validation results of a run: GX per table, cross-table checks, and the blocking failures."""
    gx_results = run_gx(tables, docs_dir)
    checks = run_checks(tables)
    failures = [{"table": name, **r} for name, rows in gx_results.items() for r in rows
                if r["blocking"] and not r["success"]]
    failures += [{"table": "(cross-table)", **c} for c in checks if c["blocking"] and not c["success"]]
    warnings = [{"table": name, **r} for name, rows in gx_results.items() for r in rows
                if not r["blocking"] and not r["success"]]
    return {"success": not failures, "failures": failures, "warnings": warnings,
            "gx": gx_results, "checks": checks}


def audit_published(out: str | Path) -> dict:
    """Re-audit the published dataset: every Parquet file readable, then every suite and check.

    A file that cannot be read is named (and the suites are not run, since the tables
    cannot be trusted); otherwise the result has the shape of `audit`.
    """
    import pyarrow.parquet as pq

    from pipelines.store import Dataset
    from schemas.tables import TABLES

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
    expected = dataset.row_counts()
    tables = {name: dataset.read(name) for name in TABLES}
    result = audit(tables)
    counts = [{"table": n, "check": "row_count_matches_version", "examples": [f"{t.num_rows} != {expected.get(n)}"]}
              for n, t in tables.items() if t.num_rows != expected.get(n)]
    result["failures"] += counts
    result["success"] = result["success"] and not counts
    result["corrupt"] = []
    return result
