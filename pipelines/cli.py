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
) -> None:
    """Load new and changed articles from RAW into the dataset at OUT."""
    from pipelines.audit import AuditFailed
    from pipelines.flow import letopis_flow
    from pipelines.report import format_summary
    from pipelines.store import RunLocked

    try:
        report = letopis_flow(raw=str(raw), out=str(out), full_refresh=full_refresh,
                              chunk_size=chunk_size, max_bytes=max_bytes)
    except AuditFailed as exc:
        typer.echo(f"letopis: {exc}", err=True)
        raise typer.Exit(1) from None
    except (RunLocked, FileNotFoundError) as exc:
        typer.echo(f"letopis: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2, default=str) if as_json else format_summary(report))


def main() -> None:
    app(prog_name="letopis")


if __name__ == "__main__":
    sys.exit(main())
