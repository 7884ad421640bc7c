"""Work letopis skips leaves the tables as the full computation makes them (issue 7).

The syntax parser runs only on the sentences that need it (organisation names, quote cues,
event triggers).  Here every article of the gold corpus is also extracted with every
sentence parsed up front, in one batch per field as natasha's `Doc.parse_syntax` does, and
every row must come out the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from transforms import extract, nlp
from transforms.parse import parse_file

GOLD = Path(__file__).parent.parent / "benchmarks" / "gold" / "factru-dev" / "raw"
NOW = dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)


def gold_articles():
    return [a for p in sorted(GOLD.glob("*.txt"))
            for a in parse_file(p.name, p.read_bytes(), today=NOW.date())]


def test_the_gold_corpus_comes_out_the_same_with_every_sentence_parsed(monkeypatch):
    articles = gold_articles()
    assert len(articles) == 122
    lazy = [extract.extract_article(a, run_id="r", ingested_at=NOW) for a in articles]

    analyse = nlp.analyse

    def analyse_and_parse_everything(*args, **kwargs):
        doc = analyse(*args, **kwargs)
        doc.parse_syntax(range(len(doc.sentences)))
        return doc

    monkeypatch.setattr(extract, "analyse", analyse_and_parse_everything)
    full = [extract.extract_article(a, run_id="r", ingested_at=NOW) for a in articles]
    for article, rows_lazy, rows_full in zip(articles, lazy, full):
        for table in rows_full:
            assert rows_lazy[table] == rows_full[table], (article.article_id, table)
