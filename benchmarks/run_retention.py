"""Run reports that do not grow forever: many real runs with a change each, then `_runs/`.

    .venv/bin/python -m benchmarks.run_retention [--runs 200] [--keep-runs 50] [--keep-failed-days 30]
                                                 [--fail-every 20] [--base /tmp] [--keep]

Runs the `letopis` flow `--runs` times in this process (one temporary Prefect API for all
of them), each time after adding one new small article to a temporary raw folder, so
every run has work: NLP, a validation with its GX Data Docs, a publish.  Every
`--fail-every`-th run has its audit made to fail (a failed run, whose report retention
keeps for `--keep-failed-days`).  Then prints how many run folders `_runs/` holds and
their size on disk, checks that exactly the folders the retention rule keeps are left,
and times `letopis report` (the command, as a user runs it, and `render_report` alone).
`--base /dev/shm` puts the output folder on tmpfs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_a79a80be541b1d91.txt"
LETOPIS = str(Path(sys.executable).parent / "letopis")


def article(i: int) -> str:
    """A small article of its own: the sample's lead with a numbered title and sentence."""
    lead = SAMPLE.read_text(encoding="utf-8").split("\n\n")[1].strip()
    return (f" date 2025-09-{1 + i % 28:02d} Выпуск {i}: Токаев и Зеленский провели встречу\n\n"
            f"{lead}\n\nЭто сообщение номер {i} в серии выпусков.\n")


def disk_usage(root: Path) -> tuple[int, int, int]:
    """(bytes on disk like `du`, apparent bytes, files) under root, symlinks not followed."""
    on_disk = apparent = files = 0
    seen = set()
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            on_disk += st.st_blocks * 512
            if name in filenames:
                apparent += st.st_size
                files += 1
    return on_disk, apparent, files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--keep-runs", type=int, default=50)
    ap.add_argument("--keep-failed-days", type=float, default=30)
    ap.add_argument("--fail-every", type=int, default=20, help="every k-th run's audit fails (0: none)")
    ap.add_argument("--base", default=None, help="folder to work in (default: the system's temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()

    import pipelines.flow as flow_module
    from pipelines.audit import AuditFailed
    from pipelines.retention import published_run_ids
    from pipelines.run_report import OK_STATUSES, RunStatus

    work = Path(tempfile.mkdtemp(prefix="letopis-retention-", dir=args.base))
    raw, out = work / "raw", work / "out"
    (raw / "bench").mkdir(parents=True)
    shutil.copy(SAMPLE, raw / SAMPLE.name)

    real_validate = flow_module.validate
    fail_now = {"on": False}

    def validate(*a, **k):
        result = real_validate(*a, **k)
        if fail_now["on"]:
            result = {**result, "success": False,
                      "failures": [{"table": "(benchmark)", "check": "injected_failure", "examples": []}]}
        return result

    flow_module.validate = validate
    print(f"work folder {work} ({args.runs} runs, --keep-runs {args.keep_runs}, "
          f"--keep-failed-days {args.keep_failed_days:g}, an audit failure every {args.fail_every or 'never'})")
    seconds, statuses, peak_runs = [], {}, 0
    t_all = time.perf_counter()
    for i in range(args.runs):
        (raw / "bench" / f"{i:04d}.txt").write_text(article(i), encoding="utf-8")
        fail_now["on"] = bool(args.fail_every) and (i + 1) % args.fail_every == 0
        t0 = time.perf_counter()
        try:
            report = flow_module.letopis_flow(raw=str(raw), out=str(out), workers=1, keep_runs=args.keep_runs,
                                              keep_failed_days=args.keep_failed_days)
            status = report["status"]
        except AuditFailed:
            status = RunStatus.AUDIT_FAILED.value
        seconds.append(time.perf_counter() - t0)
        statuses[status] = statuses.get(status, 0) + 1
        n_runs = sum(1 for p in (out / "_runs").iterdir() if not p.name.startswith(("_", ".")))
        peak_runs = max(peak_runs, n_runs)
        if i < 3 or (i + 1) % 25 == 0:
            print(f"  run {i + 1:4d}: {status:<13} {seconds[-1]:5.1f} s, _runs/ holds {n_runs} runs", flush=True)
    total = time.perf_counter() - t_all

    runs_dir = out / "_runs"
    folders = sorted(p.name for p in runs_dir.iterdir() if not p.name.startswith(("_", ".")))
    kept = {}
    for name in folders:
        status = json.loads((runs_dir / name / "report.json").read_text()).get("status")
        kept[status] = kept.get(status, 0) + 1
    failed_total = sum(n for s, n in statuses.items() if s not in OK_STATUSES)
    # every run here is younger than --keep-failed-days: the rule keeps the newest N and every failure
    newest = set(folders[-args.keep_runs:]) if args.keep_runs else set(folders)
    expected = args.keep_runs + sum(1 for s, n in statuses.items() for _ in range(n) if s not in OK_STATUSES)
    protected = published_run_ids(out)
    on_disk, apparent, files = disk_usage(runs_dir)
    static_disk = disk_usage(runs_dir / "_static")[0] if (runs_dir / "_static").is_dir() else 0
    with_docs = [n for n in folders if (runs_dir / n / "validation").is_dir()]
    per_run = [disk_usage(runs_dir / n)[0] for n in with_docs]

    print(f"\n{args.runs} runs in {total:.0f} s (median {statistics.median(seconds):.1f} s a run, "
          f"first {seconds[0]:.1f} s); outcomes: {statuses}")
    print(f"_runs/: {len(folders)} run folders (at most {peak_runs} at any time) + _static; "
          f"by status: {kept}")
    print(f"  retention rule: newest {args.keep_runs} + {failed_total} failed runs (all younger than "
          f"{args.keep_failed_days:g} days) -> at most {min(args.runs, expected)}; "
          f"published versions' runs {sorted(protected)} {'kept' if protected <= set(folders) else 'MISSING'}")
    assert len(folders) <= min(args.runs, expected) + len(protected), "more folders than the rule keeps"
    assert newest <= set(folders)
    print(f"  size on disk {on_disk / 2**20:.1f} MiB ({apparent / 2**20:.1f} MiB apparent, {files} files); "
          f"_static {static_disk / 1024:.0f} KiB; a run folder with Data Docs "
          f"{statistics.median(per_run) / 2**20:.2f} MiB on disk (median of {len(per_run)})")

    from pipelines.report_page import render_report

    command, inproc = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([LETOPIS, "report", "--out", str(out)], check=True, capture_output=True)
        command.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        page = render_report(out)
        inproc.append(time.perf_counter() - t0)
    print(f"letopis report: {min(command):.2f} s (command, best of 3; {', '.join(f'{s:.2f}' for s in command)}), "
          f"render_report {min(inproc):.2f} s in process; page {page.stat().st_size / 1024:.0f} KiB")
    if args.keep:
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
