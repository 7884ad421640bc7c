"""Parsed article + NLP documents → rows of the articles and mentions tables.

Rows are plain dicts keyed by the column names of `schemas.tables`; ids are
deterministic functions of what they identify, so the same input always gives
the same rows.
"""

from __future__ import annotations

import datetime as dt

from transforms.dates import DateMention
from transforms.entities import Linked, Mention
from transforms.ids import stable_id
from transforms.nlp import NlpDoc
from transforms.parse import ParsedArticle


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
        "repairs": list(article.repairs),
        "n_paragraphs": len(article.paragraphs),
        "n_chars": len(article.body),
        "n_sentences": len(body.sentences),
        "n_tokens": body.n_tokens,
        # an article alone is its own story; the run groups near-copies across the archive
        # (pipelines.stories) once every article of the run is staged
        "story_id": article.article_id,
        "duplicate_of": None,
        "similarity": None,
        "ingested_at": ingested_at,
        "run_id": run_id,
        **partition(article.published_date),
    }


def mention_rows(article: ParsedArticle, mentions: list[Mention], linked: list[Linked],
                 docs: dict[str, NlpDoc]) -> list[dict]:
    """One row per named-entity mention (PER, LOC, ORG) with its entity."""
    return [
        {
            "mention_id": stable_id(article.article_id, m.field, m.start, m.stop, e.type),
            "article_id": article.article_id,
            "field": m.field,
            "start": m.start,
            "stop": m.stop,
            "sentence_index": docs[m.field].sentence_index(m.start),
            "text": m.text,
            "type": e.type,
            "normal": m.normal,
            "entity_id": e.entity_id,
            "entity_name": e.entity_name,
            "date_value": None,
            "date_precision": None,
            **partition(article.published_date),
        }
        for m, e in zip(mentions, linked)
    ]


def date_rows(article: ParsedArticle, field: str, dates: list[DateMention], doc: NlpDoc) -> list[dict]:
    """One DATE row per date expression of `field`: ISO `normal` at its precision, or `unresolved`."""
    return [
        {
            "mention_id": stable_id(article.article_id, field, d.start, d.stop, "DATE"),
            "article_id": article.article_id,
            "field": field,
            "start": d.start,
            "stop": d.stop,
            "sentence_index": doc.sentence_index(d.start),
            "text": d.text,
            "type": "DATE",
            "normal": d.normal,
            "entity_id": None,
            "entity_name": None,
            "date_value": d.value,
            "date_precision": d.precision,
            **partition(article.published_date),
        }
        for d in dates
    ]
