"""Work letopis skips or batches leaves the tables as the full computation makes them (issue 7).

The syntax parser runs only on the sentences that need it (organisation names, quote cues,
event triggers); a chunk of articles goes through natasha's models together, in batches of
similar length, and the sentences its extractors will parse are parsed ahead in batches
too.  Here every article of the gold corpus is extracted three ways, and every row of every
table must come out the same:

- alone, one article at a time, the syntax parsed sentence by sentence as the extractors ask;
- in chunks of 32 articles, as the workers do (`extract_chunk`);
- in chunks, with every sentence parsed up front, as natasha's `Doc.parse_syntax` does.

And natasha's NER, handed the tokens letopis already has, finds the spans it finds in the
text on its own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from transforms import extract, nlp
from transforms.parse import parse_file

pytestmark = pytest.mark.slow  # the whole gold corpus through the models: `make test-fast` leaves it out

GOLD = Path(__file__).parent.parent / "benchmarks" / "gold" / "factru-dev" / "raw"
NOW = dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)
RUN = {"run_id": "r", "ingested_at": NOW}


@pytest.fixture(scope="module")
def articles():
    found = [a for p in sorted(GOLD.glob("*.txt")) for a in parse_file(p.name, p.read_bytes(), today=NOW.date())]
    assert len(found) == 122
    return found


@pytest.fixture(scope="module")
def alone(articles):
    return [extract.extract_article(a, **RUN) for a in articles]


def in_chunks(articles) -> list[dict[str, list[dict]]]:
    """Each article's rows, extracted in chunks of 32 (rows of a chunk come article by article)."""
    out = []
    for i in range(0, len(articles), 32):
        chunk = articles[i:i + 32]
        extracted = extract.extract_chunk(chunk, **RUN)
        assert extracted.failed == {}
        rows = extracted.rows
        for a in chunk:
            out.append({t: [r for r in rows[t] if r["article_id"] == a.article_id] for t in rows})
    return out


def assert_same(articles, expected, got):
    for article, rows_expected, rows_got in zip(articles, expected, got, strict=True):
        for table in rows_expected:
            assert rows_got[table] == rows_expected[table], (article.article_id, table)


def test_an_article_comes_out_the_same_alone_and_in_a_chunk(articles, alone):
    assert_same(articles, alone, in_chunks(articles))


def test_the_gold_corpus_comes_out_the_same_with_every_sentence_parsed(articles, alone, monkeypatch):
    analyse_all = nlp.analyse_all

    def analyse_and_parse_everything(items):
        docs = analyse_all(items)
        nlp.parse_syntax_all([(doc, range(len(doc.sentences))) for doc in docs])
        return docs

    monkeypatch.setattr(extract, "analyse_all", analyse_and_parse_everything)
    full = in_chunks(articles)
    assert all(len(doc.parsed) == len(doc.sentences)
               for doc in extract.analyse_article(articles[0]).values())  # the patch took
    assert_same(articles, alone, full)


def test_model_calls_take_similar_lengths_within_bounds(monkeypatch):
    monkeypatch.setitem(nlp.BATCH_ITEMS, "morph", 3)
    monkeypatch.setitem(nlp.BATCH_PADDED, "morph", 20)
    lengths = [4, 9, 5, 30, 6, 2]  # tokens of six sentences
    assert nlp._batches(lengths, "morph") == [
        [5, 0, 2],  # 2, 4, 5 tokens: three sentences at most
        [4, 1],     # 6, 9: padded to 9, 2 × 9 ≤ 20 tokens
        [3],        # 30: longer than a call may hold, so alone
    ]


def test_named_entities_are_natashas_own(articles):
    """natasha's NER tags a text it tokenizes itself; letopis hands it the tokens it has."""
    tagger = nlp.models().ner_tagger
    for article in articles:
        ours = [(s.start, s.stop, s.type) for s in nlp.analyse(article.body, article.paragraphs).spans]
        assert ours == [(s.start, s.stop, s.type) for s in tagger(article.body).spans], article.article_id
