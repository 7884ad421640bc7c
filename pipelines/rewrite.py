"""Tasks that rewrite a run's staged rows (`pipelines.staging`) between the NLP and the audit.

- `resolve_entities`: surname-only mentions linked across articles (`transforms.entities`), the
  staged mentions, quotes and events whose entities moved rewritten, the entities table rebuilt;
- `quarantine_articles`: the rows of the articles the audit quarantined taken out
  (`pipelines.quarantine`).
"""

from __future__ import annotations

import itertools

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from pipelines import quarantine
from pipelines.staging import StagedRows, without_articles
from pipelines.store import Dataset
from schemas.tables import ARTICLE_TABLES, plain_strings, to_table
from transforms.entities_across import entity_rows, relinks
from transforms.events import relink_actors
from transforms.quotes import relink_speakers

ENTITY_MENTION_COLUMNS = ("article_id", "type", "normal", "entity_id", "entity_name")


@task(cache_policy=NO_CACHE)
def resolve_entities(out: str, staging: str, keep_published: bool, drop_ids: set[str]) -> pa.Table:
    """Link the run's surname-only mentions across articles and rebuild the entities table.

    Rewrites the staged mentions, quotes and events whose entities moved, and returns the whole new
    entities table, counted over the published mentions that stay and the run's new ones.
    """
    dataset, staged = Dataset(out), StagedRows(staging)
    new_articles = [a for t in staged.column_tables("articles", ["article_id", "published_date"])
                    for a in t.to_pylist()]
    new_ids = {a["article_id"] for a in new_articles}
    known, old_mentions, old_articles = {}, iter(()), []
    if keep_published:
        known = {e["entity_id"]: (e["type"], e["name"])
                 for e in dataset.read("entities", columns=["entity_id", "type", "name"]).to_pylist()}
        gone = drop_ids | new_ids
        kept = without_articles(dataset.read("mentions", columns=list(ENTITY_MENTION_COLUMNS)), gone)
        old_mentions = (m for batch in kept.to_batches(max_chunksize=20_000) for m in batch.to_pylist())
        articles = dataset.read("articles", columns=["article_id", "published_date"])
        old_articles = without_articles(articles, gone).to_pylist()
    # Linking across articles decides per entity, not per mention: work on the run's distinct
    # entities, then rewrite the chunks whose mentions moved (a run's mentions can be millions of rows).
    distinct: set[tuple[str, str, str]] = set()
    for t in staged.column_tables("mentions", ["entity_id", "entity_name", "type"]):
        t = plain_strings(t)
        distinct.update((i, n, ty) for i, n, ty in zip(*(t.column(c).to_pylist() for c in t.column_names))
                        if i is not None)
    relinked = relinks(distinct, known)
    if relinked:
        staged.rewrite("mentions", lambda t: _relink_mentions(t, relinked))
        staged.rewrite("quotes", lambda t: _relink_quotes(t, relinked))
        staged.rewrite("events", lambda t: _relink_events(t, relinked))
    new_mentions = (m for t in staged.column_tables("mentions", list(ENTITY_MENTION_COLUMNS))
                    for batch in t.to_batches(max_chunksize=20_000) for m in batch.to_pylist())
    return to_table("entities", entity_rows(itertools.chain(old_mentions, new_mentions),
                                            old_articles + new_articles))


def _relink_mentions(mentions: pa.Table, relinked: dict[str, tuple[str, str]]) -> pa.Table | None:
    ids, names = mentions.column("entity_id").to_pylist(), mentions.column("entity_name").to_pylist()
    if not any(i in relinked for i in ids):
        return None
    moved = [relinked.get(i, (i, n)) for i, n in zip(ids, names)]
    for column, values in (("entity_id", [m[0] for m in moved]), ("entity_name", [m[1] for m in moved])):
        mentions = mentions.set_column(mentions.schema.get_field_index(column), mentions.schema.field(column),
                                       pa.array(values, pa.string()))
    return mentions


def _relink_quotes(quotes: pa.Table, relinked: dict[str, tuple[str, str]]) -> pa.Table | None:
    if not any(i in relinked for i in quotes.column("speaker_entity_id").to_pylist()):
        return None
    return to_table("quotes", relink_speakers(quotes.to_pylist(), relinked))


def _relink_events(events: pa.Table, relinked: dict[str, tuple[str, str]]) -> pa.Table | None:
    ids = events.column("actor1_entity_id").to_pylist() + events.column("actor2_entity_id").to_pylist()
    if not any(i in relinked for i in ids):
        return None
    return to_table("events", relink_actors(events.to_pylist(), relinked))


@task(cache_policy=NO_CACHE)
def quarantine_articles(staging: str, decision: quarantine.Decision) -> dict[str, tuple[str, str]]:
    """Take the quarantined articles' rows out of the staged tables; the run's articles'
    (source_path, content_sha256), quarantined ones included."""
    staged = StagedRows(staging)
    articles = {a["article_id"]: (a["source_path"], a["content_sha256"])
                for t in staged.column_tables("articles", ["article_id", "source_path", "content_sha256"])
                for a in t.to_pylist()}
    def without(rows: pa.Table) -> pa.Table | None:
        out = without_articles(rows, decision.quarantined)
        return out if out.num_rows < rows.num_rows else None

    for name in ARTICLE_TABLES:
        staged.rewrite(name, without)
    return articles
