"""What a run decides to do with each parsed input (pipelines/plan.py, no Prefect)."""

from __future__ import annotations

import datetime as dt

from pipelines.plan import plan_run
from transforms.parse import build_article
from transforms.rejects import Reject

SEEN = dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.timezone.utc)


def article(article_id: str, body: str = "Текст статьи.", path: str | None = None):
    return build_article(article_id=article_id, source_path=path or f"{article_id}.txt",
                         published=dt.date(2025, 9, 23), title="Заголовок", body=body)


def plan(items, published=None, previous_rejects=None):
    return plan_run(items, published=published or {}, previous_rejects=previous_rejects or [],
                    run_id="run-2", seen_at=SEEN)


def test_new_articles_are_processed_in_path_order():
    p = plan([article("b", "Второй."), article("a", "Первый.")])
    assert [a.article_id for a in p.to_process] == ["a", "b"]
    assert (p.unchanged, p.replaced_ids, p.rejects) == (0, set(), [])


def test_unchanged_article_does_no_work():
    a = article("a")
    p = plan([a], published={"a": a.content_sha256})
    assert (p.to_process, p.unchanged, p.has_work) == ([], 1, False)


def test_changed_article_replaces_its_rows():
    old, new = article("a", "Старый текст."), article("a", "Новый текст.")
    p = plan([new], published={"a": old.content_sha256})
    assert [a.article_id for a in p.to_process] == ["a"]
    assert p.replaced_ids == {"a"}


def test_same_content_under_another_name_is_a_duplicate():
    a, copy = article("a"), article("copy")
    p = plan([copy, a])
    assert [x.article_id for x in p.to_process] == ["a"]
    assert [(r.source_path, r.reason, r.message) for r in p.rejects] == [
        ("copy.txt", "duplicate", "same content as article 'a'")]
    assert p.rejects[0].content_sha256 == a.content_sha256


def test_duplicate_of_a_published_article():
    a = article("z")
    p = plan([article("a")], published={"z": a.content_sha256})
    assert [r.reason for r in p.rejects] == ["duplicate"]


def test_two_files_with_one_article_id():
    p = plan([article("a", "Один.", path="a.txt"), article("a", "Два.", path="a.txt.gz")])
    assert [(r.source_path, r.reason) for r in p.rejects] == [("a.txt.gz", "duplicate_id")]


def test_reject_seen_again_keeps_its_first_row():
    bad = Reject("bad.txt", "0" * 64, "empty", "the file is empty (0 bytes)")
    first = plan([bad])
    assert first.rejects_changed and first.rejects_rows[0]["run_id"] == "run-2"
    old_row = {**first.rejects_rows[0], "run_id": "run-1"}
    again = plan_run([bad], published={}, previous_rejects=[old_row], run_id="run-3", seen_at=SEEN)
    assert again.rejects_rows == [old_row]
    assert not again.rejects_changed and not again.has_work


def test_fixed_file_clears_its_reject_and_vanished_files_keep_theirs():
    previous = [
        {"source_path": "a.txt", "content_sha256": "1" * 64, "reason": "no_body", "message": "m",
         "run_id": "run-1", "seen_at": SEEN},
        {"source_path": "gone.txt", "content_sha256": "2" * 64, "reason": "empty", "message": "m",
         "run_id": "run-1", "seen_at": SEEN},
    ]
    p = plan([article("a")], previous_rejects=previous)
    assert [r["source_path"] for r in p.rejects_rows] == ["gone.txt"]
    assert p.rejects_changed
