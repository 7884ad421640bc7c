"""An extractor that raises on one article of a chunk costs that article only (transforms.extract, no Prefect)."""

from __future__ import annotations

import datetime as dt

import transforms.extract as extract
from tests.test_events import RUN
from transforms.parse import build_article


def article(article_id: str, body: str):
    return build_article(article_id=article_id, source_path=f"{article_id}.txt", published=dt.date(2025, 9, 23),
                         title="Новости", body=body)


def test_an_article_an_extractor_raises_on_gets_a_reject_and_the_others_their_rows(monkeypatch):
    bad = article("a", "Президент Казахстана Касым-Жомарт Токаев прибыл в Астану.")
    good = article("b", "Владимир Путин встретился с Реджепом Эрдоганом в Сочи.")
    real = extract.extract_events

    def failing(article, *args, **kwargs):
        if article.article_id == bad.article_id:
            raise KeyError(49)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_events", failing)
    extracted = extract.extract_chunk([bad, good], **RUN)
    assert {r["article_id"] for rows in extracted.rows.values() for r in rows} == {good.article_id}
    assert [(r["event_subcode"], r["actor1_name"], r["actor2_name"]) for r in extracted.rows["events"]] == [
        ("04", "Владимир Путин", "Реджеп Эрдоган")]
    assert list(extracted.failed) == [bad.article_id]
    reject = extracted.failed[bad.article_id]
    assert (reject.source_path, reject.content_sha256, reject.reason) == (
        bad.source_path, bad.content_sha256, "extraction_failed")
    assert reject.message == ("an extractor failed: KeyError: 49 at test_extract_chunk.py:24 in failing; the article "
                              "is tried again next run")


def test_an_article_whose_extraction_never_ends_runs_out_of_time_and_gets_a_reject(monkeypatch):
    # probe JI's ji16 once sent the events extractor round a cycle of the parse tree for ever; whatever does that
    # next costs its article only (pipelines.deadline, armed by the NLP workers)
    import time

    from pipelines.deadline import article_deadline

    stuck = article("a", "Президент Казахстана Касым-Жомарт Токаев прибыл в Астану.")
    good = article("b", "Владимир Путин встретился с Реджепом Эрдоганом в Сочи.")
    real = extract.extract_events

    def endless(article, *args, **kwargs):
        while article.article_id == stuck.article_id:
            time.sleep(0.01)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(extract, "extract_events", endless)
    extracted = extract.extract_chunk([stuck, good], **RUN, guard=lambda: article_deadline(0.3))
    assert [(r["event_subcode"], r["actor1_name"], r["actor2_name"]) for r in extracted.rows["events"]] == [
        ("04", "Владимир Путин", "Реджеп Эрдоган")]
    assert list(extracted.failed) == [stuck.article_id]
    assert extracted.failed[stuck.article_id].message == (
        "an extractor failed: ArticleTimeout: extraction took more than 0.3 s at test_extract_chunk.py:53 in endless; "
        "the article is tried again next run")
