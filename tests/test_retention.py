"""Retention of run reports (`pipelines.retention`) on synthetic `_runs` folders, the shared
static assets of the Data Docs (`pipelines.data_docs`), and `letopis report` reading only
the recent runs."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipelines.retention import (DEFAULT_KEEP_FAILED_DAYS, DEFAULT_KEEP_RUNS, PRUNED_PREFIX, plan_pruning,
                                 prune_runs)

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.timezone.utc)


def run_id(t: dt.datetime, n: int = 0) -> str:
    return f"{t:%Y%m%dT%H%M%SZ}-{n:04x}"


def make_run(out: Path, rid: str, status: str | None, *, docs: bool = True) -> Path:
    d = out / "_runs" / rid
    d.mkdir(parents=True)
    if status is not None:
        report = {"run_id": rid, "status": status}
        if docs:
            report["validation"] = {"success": status != "audit_failed", "data_docs": "validation/index.html"}
        (d / "report.json").write_text(json.dumps(report))
    if docs:
        (d / "validation").mkdir()
        (d / "validation" / "index.html").write_text("<html></html>")
    return d


def runs_left(out: Path) -> set[str]:
    return {p.name for p in (out / "_runs").iterdir()}


@pytest.fixture
def history(tmp_path):
    """100 runs every 30 minutes up to NOW: published, no-op, audit-failed and killed ones."""
    out = tmp_path / "out"
    ids = {}
    for i in range(100):
        t = NOW - dt.timedelta(minutes=30 * (99 - i))
        status = ("audit_failed" if i % 10 == 3 else "failed" if i % 10 == 7 else
                  "no_changes" if i % 2 else "published")
        if i == 5:
            status = None  # killed: no report.json
        rid = run_id(t, i)
        make_run(out, rid, status, docs=status != "no_changes")
        ids[i] = rid
    return out, ids


def test_keeps_the_newest_runs_and_the_recent_failures(history):
    out, ids = history
    # 100 runs span 49.5 hours: failures from the last day are kept
    pruned = prune_runs(out, keep_runs=10, keep_failed_days=1, now=NOW)
    left = runs_left(out)
    newest = {ids[i] for i in range(90, 100)}
    day_ago = NOW - dt.timedelta(days=1)
    recent_failures = {ids[i] for i in range(100) if i % 10 in (3, 7)
                       and NOW - dt.timedelta(minutes=30 * (99 - i)) >= day_ago}
    assert recent_failures and not recent_failures <= newest
    assert left == newest | recent_failures
    assert set(pruned) == set(ids.values()) - left
    assert ids[5] not in left  # a killed run older than the window goes too


def test_no_report_counts_as_failed_while_recent(tmp_path):
    out = tmp_path / "out"
    killed = run_id(NOW - dt.timedelta(hours=2))
    make_run(out, killed, None)
    for i in range(5):
        make_run(out, run_id(NOW - dt.timedelta(minutes=10 - i), i), "published")
    prune_runs(out, keep_runs=2, keep_failed_days=1, now=NOW)
    assert killed in runs_left(out) and len(runs_left(out)) == 3


def test_protects_the_current_run_and_the_published_versions(history):
    out, ids = history
    (out / "_versions" / f"000007-{ids[0]}").mkdir(parents=True)
    (out / "_versions" / f"000008-{ids[2]}").mkdir(parents=True)
    prune_runs(out, keep_runs=1, keep_failed_days=0, now=NOW, protect={ids[40]})
    assert runs_left(out) == {ids[99], ids[40], ids[0], ids[2]}


def test_keep_runs_zero_keeps_everything(history):
    out, ids = history
    assert prune_runs(out, keep_runs=0, keep_failed_days=0, now=NOW) == []
    assert runs_left(out) == set(ids.values())


def test_keeping_more_than_there_are_removes_nothing(history):
    out, ids = history
    assert prune_runs(out, keep_runs=500, keep_failed_days=0, now=NOW) == []


def test_shared_static_and_leftovers(history):
    out, ids = history
    static = out / "_runs" / "_static" / "images" / "favicon.ico"
    static.parent.mkdir(parents=True)
    static.write_bytes(b"ico")
    for rid in ids.values():  # every run's Data Docs link the shared copy
        (out / "_runs" / rid / "validation").mkdir(exist_ok=True)
        (out / "_runs" / rid / "validation" / "static").symlink_to("../../_static")
    leftover = out / "_runs" / (PRUNED_PREFIX + "20200101T000000Z-dead")
    (leftover / "validation").mkdir(parents=True)
    prune_runs(out, keep_runs=3, keep_failed_days=0, now=NOW)
    assert static.read_bytes() == b"ico"  # the symlinks were removed, not followed
    assert not leftover.exists()
    assert runs_left(out) == {"_static"} | {ids[i] for i in (97, 98, 99)}


def test_a_folder_that_is_not_a_run_id_ages_by_its_mtime(tmp_path):
    out = tmp_path / "out"
    make_run(out, "manual-copy", "audit_failed")
    for i in range(3):
        make_run(out, run_id(NOW - dt.timedelta(minutes=5 - i), i), "published")
    decision = plan_pruning(out / "_runs", keep_runs=1, keep_failed_days=1, now=dt.datetime.now(dt.timezone.utc))
    assert "manual-copy" in decision.keep  # failed, made just now


def test_an_unreadable_run_folder_is_left_for_the_next_prune(history, monkeypatch):
    out, ids = history
    real_rename = Path.rename

    def rename(self, target):
        if self.name == ids[0]:
            raise PermissionError("busy")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    pruned = prune_runs(out, keep_runs=5, keep_failed_days=0, now=NOW)
    assert ids[0] not in pruned and ids[0] in runs_left(out) and len(pruned) == 94


def test_cli_defaults_are_the_documented_ones():
    import inspect

    from pipelines.cli import run

    params = inspect.signature(run).parameters
    assert params["keep_runs"].default.default == DEFAULT_KEEP_RUNS == 50
    assert params["keep_failed_days"].default.default == DEFAULT_KEEP_FAILED_DAYS == 30
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    assert "--keep-runs N" in readme and "--keep-failed-days D" in readme


# -- `letopis report` reads the recent runs only -----------------------------------------------

def test_report_reads_only_the_recent_runs(tmp_path, monkeypatch):
    from pipelines import report_data, report_page

    out = tmp_path / "out"
    for i in range(300):  # 300 runs, the newest 40 of them no-ops
        make_run(out, run_id(NOW - dt.timedelta(minutes=300 - i), i), "published" if i < 260 else "no_changes",
                 docs=i < 260)
    audited = run_id(NOW - dt.timedelta(minutes=300 - 259), 259)
    (out / "_runs" / "_static").mkdir()
    (out / "_runs" / (PRUNED_PREFIX + run_id(NOW))).mkdir()
    read = []
    real = report_data._load_json
    monkeypatch.setattr(report_data, "_load_json", lambda p: read.append(p) or real(p))
    runs = report_data.load_runs(out)
    assert [r for r, _ in runs][0] == audited and len(runs) == report_data.RECENT_RUNS + 1
    assert len(read) == 41  # back to the newest run that validated, not one report more
    page = report_page.build_html(out)
    assert f"<code>{audited}</code>" in page  # its checks are the latest validation
    assert "300 run reports under _runs/" in page


# -- the Data Docs share one static folder ---------------------------------------------------------

LINK = re.compile(r'(?:href|src)="([^"#?]+)[^"]*"')


def local_links(site: Path) -> list[tuple[Path, str]]:
    links = []
    for page in site.rglob("*.html"):
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if not re.match(r"[a-z]+:", target):
                links.append((page, target))
    return links


def test_data_docs_link_the_shared_static_folder_and_every_link_resolves(tmp_path):
    import os

    from pipelines.audit import audit
    from schemas.tables import TABLES

    out = tmp_path / "out"
    sites = [out / "_runs" / run_id(NOW, i) / "validation" for i in range(2)]
    for site in sites:
        audit({"rejects": TABLES["rejects"].schema.empty_table()}, site)
    shared = out / "_runs" / "_static"
    for site in sites:
        assert (site / "static").is_symlink() and os.readlink(site / "static") == "../../_static"
        links = local_links(site)
        assert any("favicon.ico" in t for _, t in links)
        broken = [(str(p.relative_to(site)), t) for p, t in links if not (p.parent / t).exists()]
        assert not broken
    assert sum(f.stat().st_size for f in shared.rglob("*") if f.is_file()) < 64 * 1024
    assert not (shared / "fonts").exists()

    elsewhere = tmp_path / "docs"  # not under _runs: a small copy of its own
    audit({"rejects": TABLES["rejects"].schema.empty_table()}, elsewhere)
    assert (elsewhere / "static").is_dir() and not (elsewhere / "static").is_symlink()
    assert not [t for p, t in local_links(elsewhere) if not (p.parent / t).exists()]


def test_without_symlinks_a_small_copy_and_a_full_disk_stays_an_error(tmp_path, monkeypatch):
    import errno

    from pipelines import data_docs

    site = tmp_path / "out" / "_runs" / run_id(NOW) / "validation"

    def no_symlinks(self, target, target_is_directory=False):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(Path, "symlink_to", no_symlinks)
    data_docs.link_static(site)
    assert (site / "static" / "images" / "favicon.ico").is_file() and not (site / "static").is_symlink()

    def full(self, target, target_is_directory=False):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "symlink_to", full)
    with pytest.raises(OSError) as exc:
        data_docs.link_static(tmp_path / "out" / "_runs" / run_id(NOW, 1) / "validation")
    assert exc.value.errno == errno.ENOSPC
