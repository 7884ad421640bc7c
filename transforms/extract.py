"""One parsed article → its rows in every article table.

This is the extractor chain of DESIGN.md §4: the NLP document of each field
feeds the extractors: named-entity mentions with their entities, date
expressions, quotes with their speakers, and events.  `extract_chunk` runs the
models over a whole chunk of articles at once, in batches, and gives each
article the rows it would get alone, or a reject when an extractor fails on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from transforms.dates import find_dates
from transforms.entities import link_article
from transforms.events import extract_events, trigger_sentences
from transforms.field_view import article_views
from transforms.quotes import cue_sentences, extract_quotes
from transforms.mentions import field_mentions
from transforms.nlp import NlpDoc, analyse_all, parse_syntax_all
from transforms.parse import ParsedArticle
from transforms.rejects import Reject, failed_extraction
from transforms.repeated_names import repeated_surnames
from transforms.rows import article_row, date_rows, mention_rows


def extract_article(article: ParsedArticle, *, run_id: str, ingested_at: dt.datetime,
                    docs: dict[str, NlpDoc] | None = None) -> dict[str, list[dict]]:
    """Rows of one article for `articles`, `mentions` (named entities and dates), `quotes` and `events`.

    `docs`: the article's {"title": …, "body": …} NLP documents, if already analysed."""
    docs = docs or analyse_article(article)
    mentions = field_mentions("title", docs["title"]) + field_mentions("body", docs["body"])
    mentions = sorted(mentions + repeated_surnames(mentions, docs), key=lambda m: (m.field != "title", m.start))
    linked = link_article(mentions, {"title": article.title, "body": article.body})
    dates = [row for field, doc in docs.items()
             for row in date_rows(article, field, find_dates(doc.text, article.published_date,
                                                             [(s.start, s.stop) for s in doc.sentences]), doc)]
    mention_table = sorted(mention_rows(article, mentions, linked, docs) + dates,
                           key=lambda m: (m["field"] != "title", m["start"], m["stop"]))
    views = article_views(article, docs, mention_table)  # one view per field, read by quotes and events
    quotes = extract_quotes(article, docs, mention_table, views=views)
    return {
        "articles": [article_row(article, docs["body"], run_id=run_id, ingested_at=ingested_at)],
        "mentions": mention_table,
        "quotes": quotes,
        "events": extract_events(article, docs, mention_table, views=views, quotes=quotes),  # a quote is a statement
    }


@dataclass
class Extracted:
    """A chunk's rows per table, and the articles an extractor failed on (article_id → their reject)."""

    rows: dict[str, list[dict]]
    failed: dict[str, Reject] = field(default_factory=dict)


def extract_chunk(articles: list[ParsedArticle], *, run_id: str, ingested_at: dt.datetime,
                  guard: Callable[[], AbstractContextManager] = nullcontext) -> Extracted:
    """Rows of every article of a chunk, concatenated per table.  An article an extractor raises on
    gives no rows at all, only its `extraction_failed` reject: one odd text does not stop the chunk.
    `guard()` wraps each article's extraction: the pipeline's time budget (`pipelines.deadline`), whose
    exception rejects the article the same way."""
    out = Extracted({"articles": [], "mentions": [], "quotes": [], "events": []})
    analysed = analyse_all([item for a in articles for item in _fields(a)])
    # the sentences the extractors would parse one at a time, parsed ahead in batches
    parse_syntax_all([(doc, doc.org_sentences() | cue_sentences(doc) | trigger_sentences(doc)) for doc in analysed])
    for k, article in enumerate(articles):
        docs = dict(zip(("title", "body"), analysed[2 * k:2 * k + 2]))
        try:
            with guard():
                tables = extract_article(article, run_id=run_id, ingested_at=ingested_at, docs=docs)
        except Exception as exc:  # noqa: BLE001 (a bug on one article: that article is rejected, not the run)
            out.failed[article.article_id] = failed_extraction(article.source_path, article.content_sha256, exc)
            continue
        for table, rows in tables.items():
            out.rows[table].extend(rows)
    return out


def _fields(article: ParsedArticle) -> list[tuple[str, tuple[tuple[int, int], ...] | None]]:
    return [(article.title, None), (article.body, article.paragraphs)]


def analyse_article(article: ParsedArticle) -> dict[str, NlpDoc]:
    """The NLP documents of an article's title and body."""
    return dict(zip(("title", "body"), analyse_all(_fields(article))))
