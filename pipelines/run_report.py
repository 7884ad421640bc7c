"""The run report: what a run did, `_runs/<run_id>/report.json` and the summary a person reads.

`RunReport` is filled in by the flow as the run goes; `to_dict()` is its JSON form, the one
the flow returns, writes (`write_report`) and prints (`format_summary`), and the one
`pipelines.retention` and the HTML report read back.  `RunStatus` is how a run ended.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections import Counter
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path

from pipelines.audit import brief
from pipelines.plan import Plan
from pipelines.store import RUNS
from transforms.parse import ParsedArticle

RUN_ID_TIME = "%Y%m%dT%H%M%SZ"  # a run id starts with its UTC start time
VALIDATION_DIR = "validation"  # the run's GX Data Docs, under `_runs/<run_id>/`
DATA_DOCS = f"{VALIDATION_DIR}/index.html"


class RunStatus(StrEnum):
    """How a run ended; the value is report.json's `status` (a killed run's report has none)."""

    PUBLISHED = "published"  # a new version is current
    NO_CHANGES = "no_changes"  # nothing new: the published files untouched
    AUDIT_FAILED = "audit_failed"  # a blocking check failed beyond quarantine: nothing published
    FAILED = "failed"  # an error: nothing published


OK_STATUSES = (RunStatus.PUBLISHED, RunStatus.NO_CHANGES)


def is_ok(status: str | None) -> bool:
    """Whether a report's `status` counts as fine (`OK_STATUSES`); None (no status) does not."""
    return status in OK_STATUSES


def new_run_id(now: dt.datetime) -> str:
    """`<UTC start time>-<4 hex digits>`, e.g. `20261126T063000Z-ab12`: sorts by start time."""
    return f"{now:{RUN_ID_TIME}}-{secrets.token_hex(2)}"


@dataclass
class RunReport:
    """One run's report.  A field left None was not reached and is not written."""

    run_id: str
    started_at: str
    raw: str
    out: str
    full_refresh: bool
    cleaned_staging: list[str] | None = None
    files: dict | None = None  # article files, skipped files
    articles: dict | None = None  # new, changed, unchanged
    rejects: dict | None = None  # this run's rejects: total, by reason, examples
    repairs: dict[str, int] | None = None
    rows_written: dict[str, int] | None = None
    stories: dict[str, int] | None = None  # articles and stories in the dataset, published articles re-storied
    quarantined: list[dict] | None = None
    validation: dict | None = None
    status: RunStatus | None = None
    published_version: str | None = None
    rows_published: dict[str, int] | None = None
    error: str | None = None
    timings: dict[str, float] | None = None
    peak_rss_mib: dict[str, int] | None = None
    finished_at: str | None = None

    def planned(self, paths: list[str], skipped: list[str], plan: Plan, items: list) -> None:
        """What discovery, parsing (`items`) and the plan found: files, articles, rejects, repairs."""
        self.files = {"articles": len(paths), "skipped": len(skipped), "skipped_examples": skipped[:20]}
        self.articles = {"new": len(plan.to_process) - len(plan.replaced_ids), "changed": len(plan.replaced_ids),
                         "unchanged": plan.unchanged}
        self.rejects = {"total": len(plan.rejects),
                        "by_reason": dict(sorted(Counter(r.reason for r in plan.rejects).items())),
                        "examples": [{"source_path": r.source_path, "reason": r.reason, "message": r.message}
                                     for r in plan.rejects[:50]]}
        repairs = Counter(r for a in items if isinstance(a, ParsedArticle) for r in a.repairs)
        self.repairs = dict(sorted(repairs.items()))

    def validated(self, validation: dict) -> None:
        """The audit's result, failures in brief, with the run's Data Docs."""
        self.validation = {**validation, "failures": [brief(f) for f in validation["failures"]],
                           "data_docs": DATA_DOCS}

    def no_changes(self, rows_published: dict[str, int]) -> None:
        """Nothing new: no rows written, the published version stays."""
        self.status, self.rows_written, self.rows_published = RunStatus.NO_CHANGES, {}, rows_published

    def audit_failed(self, validation: dict) -> None:
        """The audit failed beyond quarantine: nothing is published."""
        self.status = RunStatus.AUDIT_FAILED
        self.validated(validation)

    def published(self, version: str, rows_published: dict[str, int]) -> None:
        """`version` (its folder name) is now current."""
        self.status, self.published_version, self.rows_published = RunStatus.PUBLISHED, version, rows_published

    def failed(self, exc: BaseException) -> None:
        """An exception ended the run: `failed`, unless an outcome was set already."""
        if self.status is None:
            self.status = RunStatus.FAILED
        if self.error is None:
            self.error = f"{type(exc).__name__}: {exc}"

    def finished(self, seconds: dict[str, float], peak_rss_mib: dict[str, int], at: dt.datetime) -> None:
        """Seconds and peak RSS (MiB) per stage, and the end time: set however the run ended."""
        self.timings, self.peak_rss_mib, self.finished_at = seconds, peak_rss_mib, at.isoformat()

    def to_dict(self) -> dict:
        """The JSON form: the fields reached, in the order the run reached them, the status as its string."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        if self.status is not None:
            values["status"] = self.status.value
        return {key: values[key] for key in _ORDER[self.status] if values[key] is not None}


# The keys of report.json in the order a run sets them: the outcome's keys come where the run
# decided it (a run without work decides after planning; a failed audit before the validation).
_OPENING = ("run_id", "started_at", "raw", "out", "full_refresh", "cleaned_staging", "files", "articles",
            "rejects", "repairs")
_CLOSING = ("timings", "peak_rss_mib", "finished_at")
_AFTER_VALIDATION = ("rows_written", "stories", "quarantined", "validation", "status", "published_version",
                     "rows_published", "error")
_MIDDLE = {
    RunStatus.NO_CHANGES: ("status", "rows_written", "stories", "rows_published", "quarantined", "validation",
                           "published_version", "error"),
    RunStatus.AUDIT_FAILED: ("rows_written", "stories", "quarantined", "status", "validation", "published_version",
                             "rows_published", "error"),
    RunStatus.PUBLISHED: _AFTER_VALIDATION,
    RunStatus.FAILED: _AFTER_VALIDATION,
    None: _AFTER_VALIDATION,
}
_ORDER = {status: _OPENING + middle + _CLOSING for status, middle in _MIDDLE.items()}


def format_summary(report: dict) -> str:
    """The short table printed at the end of a run, from the report's JSON form."""
    lines = [f"letopis run {report['run_id']}: {report.get('status', '?')}"]
    files = report.get("files", {})
    arts = report.get("articles", {})
    rej = report.get("rejects", {})
    rows = [
        ("article files", files.get("articles", 0)),
        ("skipped (not articles)", files.get("skipped", 0)),
        ("articles new", arts.get("new", 0)),
        ("articles changed", arts.get("changed", 0)),
        ("articles unchanged", arts.get("unchanged", 0)),
        ("rejected", rej.get("total", 0)),
    ]
    rows += [(f"  reject: {reason}", n) for reason, n in rej.get("by_reason", {}).items()]
    quarantined = report.get("quarantined") or []
    rows.append(("quarantined articles", len(quarantined)))  # by the audit or an extractor's error
    rows += [(f"  repaired: {kind}", n) for kind, n in report.get("repairs", {}).items()]
    for name, n in report.get("rows_written", {}).items():
        rows.append((f"rows written: {name}", n))
    for name, n in report.get("rows_published", {}).items():
        rows.append((f"rows published: {name}", n))
    stories = report.get("stories")
    if stories:
        rows.append(("stories in the dataset", stories["stories"]))  # near-copies counted once
        rows.append(("  articles re-storied", stories["restoried"]))
    width = max(len(r[0]) for r in rows)
    lines += [f"  {label:<{width}}  {value:>8}" for label, value in rows]
    lines += [f"  quarantined: {q['source_path']} — {q['message']}" for q in quarantined[:20]]
    if len(quarantined) > 20:
        lines.append(f"  … and {len(quarantined) - 20} more quarantined articles (see the report)")
    timings = report.get("timings", {})
    if timings:
        lines.append("  timings: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()))
    lines.append(f"  report: {Path(report['out']) / RUNS / report['run_id'] / 'report.json'}")
    return "\n".join(lines)


def write_report(run_dir: Path, report: dict) -> Path:
    """Write the report's JSON form to `run_dir/report.json`."""
    path = run_dir / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    return path
