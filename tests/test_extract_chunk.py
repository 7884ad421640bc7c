"""An extractor that raises on one article of a chunk costs that article only (transforms.extract, no Prefect)."""

from __future__ import annotations

import datetime as dt
import time

import transforms.extract as extract
from pipelines.deadline import article_deadline
from tests.test_events import RUN
from transforms.parse import build_article


def article(article_id: str, body: str):
    return build_article(article_id=article_id, source_path=f"{article_id}.txt", published=dt.date(2025, 9, 23),
                         title="Новости", body=body)


BAD = article("a", "Президент Казахстана Касым-Жомарт Токаев прибыл в Астану.")
GOOD = article("b", "Владимир Путин встретился с Реджепом Эрдоганом в Сочи.")


def extracted_with(monkeypatch, broken, **kwargs):
    """`extract_chunk` over BAD and GOOD, with `broken()` run in the events extractor on BAD."""
    real = extract.extract_events

    def events(article, *args, **kw):
        if article.article_id == BAD.article_id:
            broken()
        return real(article, *args, **kw)

    monkeypatch.setattr(extract, "extract_events", events)
    extracted = extract.extract_chunk([BAD, GOOD], **RUN, **kwargs)
    assert {r["article_id"] for rows in extracted.rows.values() for r in rows} == {GOOD.article_id}
    assert [(r["event_subcode"], r["actor1_name"], r["actor2_name"]) for r in extracted.rows["events"]] == [
        ("04", "Владимир Путин", "Реджеп Эрдоган")]
    assert list(extracted.failed) == [BAD.article_id]
    return extracted


def test_an_article_an_extractor_raises_on_gets_a_reject_and_the_others_their_rows(monkeypatch):
    def failing():
        raise KeyError(49)

    reject = extracted_with(monkeypatch, failing).failed[BAD.article_id]
    assert (reject.source_path, reject.content_sha256, reject.reason) == (
        BAD.source_path, BAD.content_sha256, "extraction_failed")
    assert reject.message == ("an extractor failed: KeyError: 49 at test_extract_chunk.py:43 in failing; the article "
                              "is tried again next run")


def test_an_article_whose_extraction_never_ends_runs_out_of_time_and_gets_a_reject(monkeypatch):
    # probe JI's ji16 once sent the events extractor round a cycle of the parse tree for ever; whatever does that
    # next costs its article only (pipelines.deadline, armed by the NLP workers)
    def endless():
        while True:
            time.sleep(0.01)

    extracted = extracted_with(monkeypatch, endless, guard=lambda: article_deadline(0.3))
    assert extracted.failed[BAD.article_id].message == (
        "an extractor failed: ArticleTimeout: extraction took more than 0.3 s at test_extract_chunk.py:57 in endless; "
        "the article is tried again next run")
