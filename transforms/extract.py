"""One parsed article → its rows in every article table.

This is the extractor chain of DESIGN.md §4: the NLP document of each field
feeds the extractors: named-entity mentions with their entities, date
expressions, quotes with their speakers, and events.
"""

from __future__ import annotations

import datetime as dt

from transforms.dates import find_dates
from transforms.entities import link_article
from transforms.events import extract_events
from transforms.quotes import extract_quotes
from transforms.mentions import field_mentions
from transforms.nlp import analyse
from transforms.parse import ParsedArticle
from transforms.rows import article_row, date_rows, mention_rows


def extract_article(article: ParsedArticle, *, run_id: str, ingested_at: dt.datetime) -> dict[str, list[dict]]:
    """Rows of one article for `articles`, `mentions` (named entities and dates), `quotes` and `events`."""
    docs = {"title": analyse(article.title), "body": analyse(article.body, article.paragraphs)}
    mentions = field_mentions("title", docs["title"]) + field_mentions("body", docs["body"])
    linked = link_article(mentions, {"title": article.title, "body": article.body})
    dates = [row for field, doc in docs.items()
             for row in date_rows(article, field, find_dates(doc.text, article.published_date,
                                                             [(s.start, s.stop) for s in doc.sentences]), doc)]
    mention_table = sorted(mention_rows(article, mentions, linked, docs) + dates,
                           key=lambda m: (m["field"] != "title", m["start"], m["stop"]))
    return {
        "articles": [article_row(article, docs["body"], run_id=run_id, ingested_at=ingested_at)],
        "mentions": mention_table,
        "quotes": extract_quotes(article, docs, mention_table),
        "events": extract_events(article, docs, mention_table),
    }


def extract_chunk(articles: list[ParsedArticle], *, run_id: str,
                  ingested_at: dt.datetime) -> dict[str, list[dict]]:
    """Rows of every article of a chunk, concatenated per table."""
    out: dict[str, list[dict]] = {"articles": [], "mentions": [], "quotes": [], "events": []}
    for article in articles:
        for table, rows in extract_article(article, run_id=run_id, ingested_at=ingested_at).items():
            out[table].extend(rows)
    return out
