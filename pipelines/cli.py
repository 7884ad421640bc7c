"""`letopis` command line: `letopis run [--raw data/raw] [--out data/processed] [--full-refresh]`."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

# Before Prefect is imported: no telemetry from a pipeline that runs on a schedule.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
# A fresh Prefect home migrates its database on the temporary server's first start: on 2 busy cores
# that took 22 s, past Prefect's default 20 s.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="letopis: raw Russian news articles → validated, partitioned Parquet tables.")


@app.callback()
def _main() -> None:
    """letopis: raw Russian news articles → validated, partitioned Parquet tables."""


@app.command()
def run(
    raw: Path = typer.Option(Path("data/raw"), help="Folder of raw article files (read only)."),
    out: Path = typer.Option(Path("data/processed"), help="Output folder of the Parquet tables."),
    full_refresh: bool = typer.Option(False, "--full-refresh", help="Rebuild every table from scratch."),
    chunk_size: int = typer.Option(32, help="Articles per NLP task."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, help="Size limit of one article, in bytes."),
    as_json: bool = typer.Option(False, "--json", help="Print the run report as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    workers: int = typer.Option(0, help="Local worker processes for the NLP (0: one per core)."),
    dask_address: str = typer.Option(None, help="Run the NLP on this Dask cluster (tcp://host:8786)."),
    max_quarantined: str = typer.Option(
        "1%", help="Most articles a failed audit and failed extractions together may quarantine while the rest "
                   "publishes: a number, or a share of the run's articles (at least one); beyond it nothing is "
                   "published."),
    keep_runs: int = typer.Option(50, min=0, help="Run reports kept in OUT/_runs: the newest N (0: all)."),
    keep_failed_days: float = typer.Option(30, min=0, help="Also keep every failed run's report this many days."),
) -> None:
    """Load new and changed articles from RAW into the dataset at OUT."""
    if quiet or as_json:  # before Prefect is imported: its log level is read once
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    _check_max_quarantined(max_quarantined)
    from pipelines.prefect_server import PrefectServerError, prefect_api

    # with no Prefect API configured, a temporary server boots while the flow's modules import
    with prefect_api(float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])) as ready:
        from pipelines.audit import AuditFailed
        from pipelines.flow import letopis_flow, task_runner
        from pipelines.quarantine import ExtractionFailed
        from pipelines.run_report import format_summary
        from pipelines.store import RunLocked

        try:
            ready()
            report = letopis_flow.with_options(task_runner=task_runner(dask_address))(
                raw=str(raw), out=str(out), full_refresh=full_refresh, chunk_size=chunk_size, max_bytes=max_bytes,
                workers=(workers or os.cpu_count() or 1) if not dask_address else 1,
                max_quarantined=max_quarantined, keep_runs=keep_runs, keep_failed_days=keep_failed_days)
        except (AuditFailed, ExtractionFailed) as exc:  # a systemic bug: nothing was published
            typer.echo(f"letopis: {exc}", err=True)
            raise typer.Exit(1) from None
        except (RunLocked, FileNotFoundError) as exc:
            typer.echo(f"letopis: {exc}", err=True)
            raise typer.Exit(2) from None
        except OSError as exc:  # unwritable output, full disk: nothing was published
            typer.echo(f"letopis: cannot write the dataset at {out}: {exc}; nothing was published", err=True)
            raise typer.Exit(3) from None
        except PrefectServerError as exc:  # nothing ran
            typer.echo(f"letopis: {exc}", err=True)
            raise typer.Exit(4) from None
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    elif not quiet:
        typer.echo(format_summary(report))


def _check_max_quarantined(value: str) -> None:
    """Refuse a `--max-quarantined` that is no count or share before any run starts (exit 2)."""
    from pipelines.quarantine import limit_of

    try:
        limit_of(value, 100)
    except ValueError as exc:
        typer.echo(f"letopis: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def serve(
    cron: str = typer.Option(..., help='When to run, as a cron expression (UTC), e.g. "0 * * * *".'),
    raw: Path = typer.Option(Path("data/raw"), help="Folder of raw article files (read only)."),
    out: Path = typer.Option(Path("data/processed"), help="Output folder of the Parquet tables."),
    name: str = typer.Option("letopis", help="Name of the Prefect deployment."),
    retries: int = typer.Option(2, help="Retries of a failed run (transient failures: a busy output folder, I/O)."),
    retry_delay: int = typer.Option(300, help="Seconds between retries."),
    max_quarantined: str = typer.Option("1%", help="As for `letopis run`."),
    keep_runs: int = typer.Option(50, min=0, help="As for `letopis run`."),
    keep_failed_days: float = typer.Option(30, min=0, help="As for `letopis run`."),
) -> None:
    """Serve the flow as a Prefect deployment on a schedule; runs never overlap. Stop with Ctrl-C."""
    from prefect.settings import PREFECT_API_URL

    from pipelines.flow import letopis_flow

    _check_max_quarantined(max_quarantined)
    if not (os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value()):
        typer.echo("letopis: schedules need a Prefect server: start one (`prefect server start`) and set "
                   "PREFECT_API_URL=http://127.0.0.1:4200/api, or run `letopis run` from cron instead "
                   "(see the README)", err=True)
        raise typer.Exit(2)
    flow = letopis_flow.with_options(retries=retries, retry_delay_seconds=retry_delay)
    # limit=1: this process starts one run at a time, so a slow run delays the next instead of
    # overlapping it; the output folder's lock also stops runs from other processes.
    flow.serve(name=name, cron=cron, limit=1,
               parameters={"raw": str(raw.resolve()), "out": str(out.resolve()), "max_quarantined": max_quarantined,
                           "keep_runs": keep_runs, "keep_failed_days": keep_failed_days},
               description="letopis: raw news articles → validated, partitioned Parquet tables")


@app.command()
def validate(
    out: Path = typer.Option(Path("data/processed"), help="Output folder of the Parquet tables."),
    as_json: bool = typer.Option(False, "--json", help="Print the results as JSON."),
) -> None:
    """Re-audit the published dataset: readable files, every suite and cross-table check."""
    from pipelines.audit import audit_published

    result = audit_published(out)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    elif result["success"]:
        typer.echo(f"letopis validate {out}: all checks passed")
    else:
        typer.echo(f"letopis validate {out}: FAILED", err=True)
        for f in result["failures"]:
            column = f" on column {f['column']}" if f.get("column") else ""
            typer.echo(f"  {f['table']}: {f['check']}{column} — e.g. {f.get('examples', [])[:3]}", err=True)
    raise typer.Exit(0 if result["success"] else 1)


@app.command()
def inspect(
    article_id: str = typer.Argument(..., help="The article, e.g. 000_a79a80be541b1d91."),
    out: Path = typer.Option(Path("data/processed"), help="Output folder of the Parquet tables."),
    width: int = typer.Option(100, help="Line width of the printout."),
) -> None:
    """Print one article with its mentions, quotes and events drawn over the text."""
    import pyarrow.compute as pc

    from pipelines.store import Dataset
    from transforms.markup import draw_article

    dataset = Dataset(out)

    def rows(table: str) -> list[dict]:
        t = dataset.read(table)
        return t.filter(pc.equal(t.column("article_id"), article_id)).to_pylist()

    articles = rows("articles")
    if not articles:
        typer.echo(f"letopis: no article {article_id!r} in {out}", err=True)
        raise typer.Exit(2)
    typer.echo(draw_article(articles[0], rows("mentions"), rows("quotes"), rows("events"), width=width))


@app.command()
def report(out: Path = typer.Option(Path("data/processed"), help="Output folder of the Parquet tables.")) -> None:
    """Write a self-contained HTML report (charts, validation) into OUT/_report/index.html."""
    from pipelines.report_page import render_report

    typer.echo(str(render_report(out)))


def main() -> None:
    app(prog_name="letopis")


if __name__ == "__main__":
    sys.exit(main())
