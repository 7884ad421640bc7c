"""One parsed article → its rows in every article table.

This is the extractor chain of DESIGN.md §4: the NLP document of each field
feeds the extractors (today: named-entity mentions; dates, quotes and events
plug in here).
"""

from __future__ import annotations

import datetime as dt

from transforms.entities import link_article
from transforms.mentions import field_mentions
from transforms.nlp import analyse
from transforms.parse import ParsedArticle
from transforms.rows import article_row, mention_rows


def extract_article(article: ParsedArticle, *, run_id: str, ingested_at: dt.datetime) -> dict[str, list[dict]]:
    """Rows for `articles` and `mentions` (title and body) of one article."""
    docs = {"title": analyse(article.title), "body": analyse(article.body, article.paragraphs)}
    mentions = field_mentions("title", docs["title"]) + field_mentions("body", docs["body"])
    linked = link_article(mentions, {"title": article.title, "body": article.body})
    return {
        "articles": [article_row(article, docs["body"], run_id=run_id, ingested_at=ingested_at)],
        "mentions": mention_rows(article, mentions, linked, docs),
    }


def extract_chunk(articles: list[ParsedArticle], *, run_id: str,
                  ingested_at: dt.datetime) -> dict[str, list[dict]]:
    """Rows of every article of a chunk, concatenated per table."""
    out: dict[str, list[dict]] = {"articles": [], "mentions": []}
    for article in articles:
        for table, rows in extract_article(article, run_id=run_id, ingested_at=ingested_at).items():
            out[table].extend(rows)
    return out
