"""Parsed article + NLP documents → rows of the articles and mentions tables.

Rows are plain dicts keyed by the column names of `schemas.tables`; ids are
deterministic functions of what they identify, so the same input always gives
the same rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from transforms.nlp import NlpDoc
from transforms.parse import ParsedArticle


def stable_id(*parts: object) -> str:
    """A 16-hex-digit id from the parts that identify a row."""
    key = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def partition(published: dt.date) -> dict:
    return {"year": published.year, "month": published.month}


def article_row(article: ParsedArticle, body: NlpDoc, *, run_id: str, ingested_at: dt.datetime) -> dict:
    return {
        "article_id": article.article_id,
        "source_path": article.source_path,
        "content_sha256": article.content_sha256,
        "published_date": article.published_date,
        "title": article.title,
        "lead": article.lead,
        "body": article.body,
        "headings": list(article.headings),
        "url": article.url,
        "source": article.source,
        "n_paragraphs": len(article.paragraphs),
        "n_chars": len(article.body),
        "n_sentences": len(body.sentences),
        "n_tokens": body.n_tokens,
        "ingested_at": ingested_at,
        "run_id": run_id,
        **partition(article.published_date),
    }


def mention_rows(article: ParsedArticle, field: str, doc: NlpDoc) -> list[dict]:
    """One row per named-entity span of `field` (PER, LOC, ORG)."""
    return [
        {
            "mention_id": stable_id(article.article_id, field, s.start, s.stop, s.type),
            "article_id": article.article_id,
            "field": field,
            "start": s.start,
            "stop": s.stop,
            "sentence_index": s.sentence_index,
            "text": s.text,
            "type": s.type,
            "normal": s.normal,
            "entity_id": None,
            "date_value": None,
            "date_precision": None,
            **partition(article.published_date),
        }
        for s in doc.spans
    ]
