"""Stories across the archive: a run's near-copies found against every published article.

Between the NLP and the audit, like `pipelines.rewrite.resolve_entities`:

- `sign_articles`: the MinHash signatures of the run's staged articles, which the NLP workers
  staged beside them (`pipelines.signatures`);
- `assign`: `transforms.stories.assign_stories` over the run's signatures and the published
  ones, which come from the signature file kept in the published version
  (`_story_signatures.parquet`: a cache for the next run, not a table), so a run never reads
  the archive's text again.  A published article the file lacks (a dataset published before
  stories existed) is signed from its published body, once.  The staged articles' story
  columns are rewritten, and the published articles whose story changed (an earlier copy
  arrived, or their story's first article was replaced) come back as a patch that
  `Dataset.publish` applies to their partitions.

The stories depend only on the set of articles, so an incremental run equals a full refresh.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
from prefect import task
from prefect.cache_policies import NO_CACHE

from pipelines.signatures import (SIGNATURES, read_signatures, sign_rows, signature_items, signature_table,
                                  staged_signatures)
from pipelines.staging import StagedRows, without_articles
from pipelines.store import Dataset
from schemas.tables import TABLES
from transforms.stories import assign_stories

STORY_COLUMNS = ("story_id", "duplicate_of", "similarity")


@dataclass
class Stories:
    signatures: pa.Table  # every article's signature after the run: written into the new version
    patch: pa.Table       # published articles whose story columns change: article_id + STORY_COLUMNS
    n_stories: int        # distinct stories of the archive after the run

    def counts(self) -> dict[str, int]:
        """For the run report: articles and stories in the dataset, published articles re-storied."""
        return {"articles": self.signatures.num_rows, "stories": self.n_stories, "restoried": self.patch.num_rows}


@task(cache_policy=NO_CACHE)
def sign_articles(staging: str) -> pa.Table:
    """The signatures of the run's staged articles, as their chunks staged them."""
    return staged_signatures(staging)


def _published_signatures(dataset: Dataset, kept: pa.Array, gone: set[str]) -> pa.Table:
    """Signatures of the published articles that stay (`kept` ids); those the file lacks, signed
    from their bodies."""
    stored = read_signatures(dataset.current)
    stored = without_articles(stored, gone) if stored is not None else SIGNATURES.empty_table()
    stored = stored.filter(pc.is_in(stored.column("article_id"), value_set=kept))
    missing = pc.invert(pc.is_in(kept, value_set=stored.column("article_id")))
    if pc.any(missing).as_py():
        ids = pa.array(sorted(kept.filter(missing).to_pylist()), pa.string())
        bodies = dataset.read("articles", columns=["article_id", "published_date", "body"])
        bodies = bodies.filter(pc.is_in(bodies.column("article_id"), value_set=ids))
        stored = pa.concat_tables([stored, signature_table(sign_rows(bodies))])
    return stored


@task(cache_policy=NO_CACHE)
def assign(out: str, staging: str, run_signatures: pa.Table, keep_published: bool, drop_ids: set[str]) -> Stories:
    """Group the run's articles and the published ones that stay into stories.

    Rewrites the staged articles' story columns; returns every signature and the patch of the
    published articles whose story changed.
    """
    dataset, staged = Dataset(out), StagedRows(staging)
    run_ids = {a for t in staged.column_tables("articles", ["article_id"]) for a in t.column(0).to_pylist()}
    mine = run_signatures.filter(pc.is_in(run_signatures.column("article_id"),
                                          value_set=pa.array(sorted(run_ids), pa.string())))
    # the published articles that stay, with their story as published: read once
    now = without_articles(dataset.read("articles", columns=["article_id", *STORY_COLUMNS]), drop_ids | run_ids) \
        if keep_published else _empty_patch()
    published = _published_signatures(dataset, now.column("article_id"), drop_ids | run_ids) \
        if keep_published else SIGNATURES.empty_table()
    signatures = pa.concat_tables([published, mine]).sort_by("article_id")
    stories = assign_stories(signature_items(signatures))
    staged.rewrite("articles", lambda t: _with_stories(t, stories))
    return Stories(signatures, _patch(now, stories), len({s.story_id for s in stories.values()}))


def _story_arrays(ids: list[str], stories) -> list[pa.Array]:
    chosen = [stories[a] for a in ids]
    return [pa.array([s.story_id for s in chosen], pa.string()),
            pa.array([s.duplicate_of for s in chosen], pa.string()),
            pa.array([s.similarity for s in chosen], pa.float32())]


def _with_stories(articles: pa.Table, stories) -> pa.Table:
    for name, values in zip(STORY_COLUMNS, _story_arrays(articles.column("article_id").to_pylist(), stories)):
        i = articles.schema.get_field_index(name)
        articles = articles.set_column(i, articles.schema.field(i), values)
    return articles


def _empty_patch() -> pa.Table:
    return TABLES["articles"].schema.empty_table().select(["article_id", *STORY_COLUMNS])


def _patch(now: pa.Table, stories) -> pa.Table:
    """The rows of `now` (published article_id + story columns) whose story changed, as they become."""
    ids = now.column("article_id").to_pylist()
    new = pa.table([pa.array(ids, pa.string()), *_story_arrays(ids, stories)],
                   schema=_empty_patch().schema)
    changed = [i for i, (a, b) in enumerate(zip(now.select(list(STORY_COLUMNS)).to_pylist(),
                                                new.select(list(STORY_COLUMNS)).to_pylist())) if a != b]
    return new.take(pa.array(changed, pa.int64()))
