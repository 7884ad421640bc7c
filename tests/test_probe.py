"""The probe scorer (benchmarks/probe.py): a folder of annotated news outside the repository.

The sample article stands in for a probe: two of its events and one of its quotes, annotated in
the probe format, next to what letopis finds.
"""

from __future__ import annotations

import datetime as dt
import json

from benchmarks.events import article_tables
from benchmarks.probe import main, published, quote_spans
from tests.conftest import SAMPLE, TODAY
from transforms.parse import build_article, parse_file

DOC = SAMPLE.stem
EVENTS = [
    # «Президент Казахстана Касым-Жомарт Токаев провел встречу с украинским коллегой Владимиром
    #  Зеленским …»: letopis has this meeting
    {"doc": DOC, "sentence": "Президент Казахстана Касым-Жомарт Токаев провел встречу", "code": "04",
     "actor1": ["Касым-Жомарт Токаев", "Владимир Зеленский"], "actor2": [], "date": None, "place": None},
    # a pair letopis does not give
    {"doc": DOC, "sentence": "Ранее в Казахстане заявили", "code": "19",
     "actor1": ["Россия", "Украина"], "actor2": [], "date": None, "place": None},
]
QUOTES = [
    {"doc": DOC, "field": "body", "kind": "indirect", "speaker": "Владимир Зеленский",
     "text": "они также обсуждали торгово-экономическое сотрудничество и интерес казахстанского бизнеса "
             "к восстановлению Украины"},
]


def probe(tmp_path, events, quotes):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    for name, items in (("events.jsonl", events), ("quotes.jsonl", quotes)):
        (tmp_path / name).write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), "utf-8")
    return tmp_path


def test_a_quote_written_twice_is_its_next_occurrence():
    article = parse_file(SAMPLE.name, SAMPLE.read_bytes(), today=TODAY)[0]
    word = {"field": "body", "kind": "direct", "speaker": None, "text": "Зеленский"}
    first, second = quote_spans(article, [word, word])
    assert article.body[first["start"]:first["stop"]] == article.body[second["start"]:second["stop"]] == "Зеленский"
    assert second["start"] > first["start"] == article.body.find("Зеленский")


def test_the_probe_scores_events_and_quotes(tmp_path, capsys):
    main([str(probe(tmp_path, EVENTS, QUOTES)), "--errors"])
    out = capsys.readouterr().out
    assert "events: 2 gold events in 1 texts" in out
    assert "✓ 04 владимир зеленский — жомарт касым токаев" in out
    assert "✗ 19 россия — украина" in out
    pairs = next(line for line in out.splitlines() if line.strip().startswith("pairs "))
    tp, fp, fn = map(int, pairs.split()[-3:])
    assert (tp, fn) == (1, 1)
    assert "quotes: 1 gold quotes" in out
    assert "speaker right  1.000   (1 of 1" in out


def test_as_published_a_surname_alone_takes_the_full_name_another_article_gives():
    """A probe's «pairs as published» line scores the rows a run over the whole set publishes: «Путин» alone in one
    article is «Владимир Путин», whom another article names in full (`entities_across.relinks`)."""
    def tables(article_id: str, body: str) -> dict:
        article = build_article(article_id=article_id, source_path=f"{article_id}.txt",
                                published=dt.date(2025, 9, 23), title="Новости", body=body)
        return article_tables(article)

    set_ = {"a": tables("a", "Владимир Путин встретился с Эрдоганом в Сочи."),
            "b": tables("b", "Накануне Путин обвинил Турцию в том, что та загоняет отношения в тупик.")}
    alone = [(e["event_code"], e["actor1_name"], e["actor2_name"]) for e in set_["b"]["events"]]
    linked = [(e["event_code"], e["actor1_name"], e["actor2_name"]) for e in published(set_)["b"]]
    assert alone == [("11", "Путин", "Турция")]
    assert linked == [("11", "Владимир Путин", "Турция")]


def test_the_check_lists_what_does_not_fit_its_text(tmp_path, capsys):
    wrong = [{**EVENTS[0], "code": "99"},                                    # no such code
             {**EVENTS[1], "sentence": "Казахстан ввел санкции"},            # not in the article
             {**EVENTS[1], "actor1": []}]                                    # nobody named
    missing = [{**QUOTES[0], "text": "слов, которых нет в статье"}, {**QUOTES[0], "doc": "p99"}]
    assert main([str(probe(tmp_path, wrong, missing)), "--check"]) == 1
    out = capsys.readouterr().out
    assert f"{DOC}: event 99" in out and "unknown code" in out
    assert "'Казахстан ввел санкции': sentence not in the title or body" in out
    assert "no named actor" in out
    assert "not in the body: 'слов, которых нет в статье'" in out
    assert "p99: no such text" in out
    assert "pairs" not in out  # nothing scored


def test_the_check_passes_a_probe_that_fits(tmp_path, capsys):
    assert main([str(probe(tmp_path, EVENTS, QUOTES)), "--check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 events, 1 quotes: OK"
