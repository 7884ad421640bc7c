"""The run report: `_runs/<run_id>/report.json` and the summary a person reads."""

from __future__ import annotations

import json
from pathlib import Path


def format_summary(report: dict) -> str:
    """The short table printed at the end of a run."""
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
    rows.append(("quarantined by the audit", len(quarantined)))
    rows += [(f"  repaired: {kind}", n) for kind, n in report.get("repairs", {}).items()]
    for name, n in report.get("rows_written", {}).items():
        rows.append((f"rows written: {name}", n))
    for name, n in report.get("rows_published", {}).items():
        rows.append((f"rows published: {name}", n))
    width = max(len(r[0]) for r in rows)
    lines += [f"  {label:<{width}}  {value:>8}" for label, value in rows]
    lines += [f"  quarantined: {q['source_path']} — {q['message']}" for q in quarantined[:20]]
    if len(quarantined) > 20:
        lines.append(f"  … and {len(quarantined) - 20} more quarantined articles (see the report)")
    timings = report.get("timings", {})
    if timings:
        lines.append("  timings: " + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()))
    lines.append(f"  report: {Path(report['out']) / '_runs' / report['run_id'] / 'report.json'}")
    return "\n".join(lines)


def write_report(run_dir: Path, report: dict) -> Path:
    path = run_dir / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    return path
