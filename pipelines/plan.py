"""What a run has to do, given what it parsed and what is already published.

Pure: no file system, no Prefect.  Decides, for every parsed input, whether it
is new, changed, unchanged, a duplicate or a reject, and what the rejects table
becomes.  Rules (also in the README):

- an article whose `article_id` and `content_sha256` are published is unchanged:
  no NLP, no rows written;
- a known `article_id` with new content replaces its rows in every table;
- content already published (or loaded earlier in this run, in path order)
  under another `article_id` is a `duplicate` reject;
- the rejects table keeps one row per rejected input as of its latest run;
  a reject seen again unchanged keeps its original row (run_id, seen_at), and
  an input that loads fine clears its old reject;
- an article the audit quarantines (`pipelines.quarantine`) is a reject `audit_failed`
  added after the audit (`add_rejects`), and is read and tried again next run;
- inputs that vanished from the raw folder keep their rows (an archive grows;
  `--full-refresh` rebuilds from what is there);
- a file whose size and modification time match the file index of the published
  version is not read again: its articles come as `KnownArticle`s (id and content
  hash as published) and are planned like parsed ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from transforms.parse import ParsedArticle
from transforms.rejects import Reject


@dataclass(frozen=True)
class KnownArticle:
    """An article of a raw file the file index says is unchanged: not read, known by its hash."""

    article_id: str
    source_path: str
    content_sha256: str


@dataclass
class Plan:
    to_process: list[ParsedArticle | KnownArticle] = field(default_factory=list)  # Known: read it again
    replaced_ids: set[str] = field(default_factory=set)
    unchanged: int = 0
    rejects: list[Reject] = field(default_factory=list)  # this run's rejects
    rejects_rows: list[dict] = field(default_factory=list)  # the whole new rejects table
    rejects_changed: bool = False

    @property
    def has_work(self) -> bool:
        return bool(self.to_process) or self.rejects_changed


def plan_run(items: list[ParsedArticle | KnownArticle | Reject], *, published: dict[str, str],
             previous_rejects: list[dict], run_id: str, seen_at: dt.datetime) -> Plan:
    """`published` maps article_id → content_sha256 of the published articles."""
    plan = Plan()
    owner_of_content = {sha: article_id for article_id, sha in sorted(published.items())}
    path_of_id: dict[str, str] = {}
    for item in sorted(items, key=lambda i: i.source_path):
        if isinstance(item, Reject):
            plan.rejects.append(item)
            continue
        if item.article_id in path_of_id:
            plan.rejects.append(Reject(item.source_path, item.content_sha256, "duplicate_id",
                                       f"article_id {item.article_id!r} is already taken by "
                                       f"{path_of_id[item.article_id]}"))
            continue
        path_of_id[item.article_id] = item.source_path
        if published.get(item.article_id) == item.content_sha256:
            plan.unchanged += 1
            continue
        owner = owner_of_content.get(item.content_sha256)
        if owner is not None and owner != item.article_id:
            plan.rejects.append(Reject(item.source_path, item.content_sha256, "duplicate",
                                       f"same content as article {owner!r}"))
            continue
        owner_of_content[item.content_sha256] = item.article_id
        if item.article_id in published:
            plan.replaced_ids.add(item.article_id)
        plan.to_process.append(item)

    plan.rejects_rows = _rejects_table(items, plan.rejects, previous_rejects, run_id, seen_at)
    plan.rejects_changed = _row_set(plan.rejects_rows) != _row_set(previous_rejects)
    return plan


def _rejects_table(items, rejects: list[Reject], previous: list[dict], run_id: str,
                   seen_at: dt.datetime) -> list[dict]:
    seen_paths = {i.source_path for i in items}
    kept = [r for r in previous if r["source_path"] not in seen_paths]
    return add_rejects(kept, rejects, previous, run_id, seen_at)


def add_rejects(rows: list[dict], rejects: list[Reject], previous: list[dict], run_id: str,
                seen_at: dt.datetime) -> list[dict]:
    """The rejects table `rows` with `rejects` added; a reject already in `previous` (same input,
    content and reason) keeps its original row."""
    before = {(r["source_path"], r["content_sha256"], r["reason"]): r for r in previous}
    rows = list(rows)
    for rej in rejects:
        old = before.get((rej.source_path, rej.content_sha256, rej.reason))
        rows.append(old if old is not None else {
            "source_path": rej.source_path,
            "content_sha256": rej.content_sha256,
            "reason": rej.reason,
            "message": rej.message,
            "run_id": run_id,
            "seen_at": seen_at,
        })
    return sorted(rows, key=lambda r: (r["source_path"], r["content_sha256"]))


def _row_set(rows: list[dict]) -> set[tuple]:
    return {(r["source_path"], r["content_sha256"], r["reason"], r["message"], r["run_id"]) for r in rows}
