"""Quarantine: the articles whose rows fail an article-scoped blocking check stay out, the rest publishes.

Pure: the audit's failures in, a decision out.  Rules (also in the README):

- a blocking failure is article-scoped when it names the articles of its failing rows
  (`articles` in the audit's result: per-row GX expectations of the per-article tables and the
  article-scoped cross-table checks); those articles are quarantined: none of their rows is
  published, each gets a rejects row `audit_failed` naming the check and the offending value,
  and the next run tries them again;
- an article an extractor raised on has no rows at all: it is quarantined the same way, its
  rejects row `extraction_failed` naming the error and the line of code it came from;
- nothing is published when any blocking failure is not article-scoped (keys unique across
  the dataset, a table's columns, the entities or rejects table), or when more articles would
  be quarantined than the limit (`--max-quarantined`, default 1% of the run's articles, at least
  one; extraction failures and audit failures count together): then the cause is a systemic bug,
  not an odd article.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from transforms.rejects import Reject

DEFAULT_LIMIT = "1%"
MESSAGE_CHARS = 300


def limit_of(spec: str | int, n_articles: int) -> int:
    """`--max-quarantined`: a number of articles («5») or a share of the run's («1%», at least one)."""
    text = str(spec).strip()
    try:
        if text.endswith("%"):
            share = float(text[:-1])
            if not 0 <= share <= 100:
                raise ValueError
            return max(1, math.floor(n_articles * share / 100))
        value = int(text)
        if value < 0:
            raise ValueError
        return value
    except ValueError:
        raise ValueError(f"--max-quarantined takes a number of articles or a percentage, not {spec!r}") from None


@dataclass
class Decision:
    """What to do with an audit that failed."""

    limit: int
    quarantined: dict[str, list[dict]] = field(default_factory=dict)  # article_id → its failures
    systemic: list[dict] = field(default_factory=list)  # blocking failures that are not article-scoped

    @property
    def publish(self) -> bool:
        """Whether the rest of the run may publish."""
        return not self.systemic and len(self.quarantined) <= self.limit

    def reason(self) -> str:
        if self.systemic:
            return "a blocking check failed that is not one article's"
        return (f"{len(self.quarantined)} articles fail blocking checks, more than --max-quarantined "
                f"({self.limit}): a systemic bug, not odd articles")


def decide(failures: list[dict], limit: int) -> Decision:
    """Sort the audit's blocking failures into quarantined articles and systemic failures."""
    decision = Decision(limit)
    for f in failures:
        if f.get("articles") is None:
            decision.systemic.append(f)
            continue
        for article_id, example in sorted(f["articles"].items()):
            decision.quarantined.setdefault(article_id, []).append(
                {"table": example.get("table") or f["table"],  # a cross-table check names the row's table
                 "check": f["check"], "column": f.get("column"), "example": example})
    return decision


def describe(failure: dict) -> str:
    """One failure of an article, for a person: the check, where, and the offending value."""
    where = failure["table"] + (f".{failure['column']}" if failure.get("column") else "")
    values = ", ".join(f"{k}={v!r}" for k, v in failure["example"].items() if k not in ("table", "article_id"))
    return f"{failure['check']} on {where}: {values}"


def rejects(decision: Decision, articles: dict[str, tuple[str, str]]) -> list[Reject]:
    """One `audit_failed` reject per quarantined article; `articles` maps article_id →
    (source_path, content_sha256) of the run's articles."""
    out = []
    for article_id, failures in sorted(decision.quarantined.items()):
        source_path, sha = articles.get(article_id, (article_id, "0" * 64))
        message = "quarantined by the audit: " + "; ".join(describe(f) for f in failures)
        if len(message) > MESSAGE_CHARS:
            message = message[:MESSAGE_CHARS - 1] + "…"
        out.append(Reject(source_path, sha, "audit_failed", message))
    return out


def source_paths(decision: Decision, articles: dict[str, tuple[str, str]]) -> set[str]:
    """The inputs of the quarantined articles among the run's `articles` (article_id →
    (source_path, content_sha256)): their files are read again next run."""
    return {articles[a][0] for a in decision.quarantined if a in articles}


def report(decision: Decision, articles: dict[str, tuple[str, str]]) -> list[dict]:
    """The quarantined articles for the run report: id, file, checks, message."""
    return [{"article_id": r_id, "source_path": articles.get(r_id, (r_id, ""))[0],
             "checks": sorted({f["check"] for f in failures}), "message": describe(failures[0])}
            for r_id, failures in sorted(decision.quarantined.items())]


class ExtractionFailed(RuntimeError):
    """An extractor failed on more articles than `--max-quarantined`: a systemic bug, nothing was published."""

    def __init__(self, failed: dict[str, Reject], limit: int):
        self.failed = failed
        shown = [f"{r.source_path}: {r.message}" for r in list(failed.values())[:3]]
        super().__init__(f"an extractor failed on {len(failed)} articles, more than --max-quarantined ({limit}): a "
                         f"systemic bug, not odd articles; nothing published. First:\n  " + "\n  ".join(shown))


def failed_report(failed: dict[str, Reject]) -> list[dict]:
    """The articles an extractor failed on, for the run report, as `report` gives the audited ones."""
    return [{"article_id": a, "source_path": r.source_path, "checks": [r.reason], "message": r.message}
            for a, r in sorted(failed.items())]
