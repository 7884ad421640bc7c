"""Cross-table checks that GX suites cannot express (DESIGN.md §3).

Each check takes the staged tables of a run (`{name: pyarrow.Table}`, partition
columns included) and returns the rows that break it (empty: passed).
All of them are blocking.  An `article_scoped` check names the article of every row
that breaks it (`article_id`), so the run can quarantine those articles alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from schemas.tables import ARTICLE_TABLES, TABLES, plain_strings
from transforms.names import key

MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    blocking: bool
    run: Callable[[dict[str, pa.Table]], list[dict]]
    whole_table: bool = False  # needs every row of a table at once (else: any set of whole articles)
    article_scoped: bool = True  # a failure is one article's: its rows name their article_id


BATCH_ROWS = 20_000


def _rows(table: pa.Table | None, *columns: str) -> Iterator[dict]:
    """The rows of `table` (only `columns`), a batch at a time: a run's tables can be large."""
    if table is None:
        return
    for batch in table.select(list(columns)).to_batches(max_chunksize=BATCH_ROWS):
        yield from batch.to_pylist()


def offsets_match_text(tables: dict[str, pa.Table]) -> list[dict]:
    """articles.<field>[start:stop] == text for every mention and quote."""
    texts = {(a["article_id"], f): a[f] for a in _rows(tables.get("articles"), "article_id", "title", "body")
             for f in ("title", "body")}
    bad = []
    for name in ("mentions", "quotes"):
        for row in _rows(tables.get(name), "article_id", "field", "start", "stop", "text"):
            source = texts.get((row["article_id"], row["field"]))
            if source is None or source[row["start"]:row["stop"]] != row["text"]:
                found = None if source is None else source[row["start"]:row["stop"]]
                bad.append({"table": name, "article_id": row["article_id"], "field": row["field"],
                            "start": row["start"], "stop": row["stop"], "text": row["text"], "found": found})
    return bad


def article_ids_exist(tables: dict[str, pa.Table]) -> list[dict]:
    """Every article_id of mentions, quotes and events is an article of the run."""
    ids = {a["article_id"] for a in _rows(tables.get("articles"), "article_id")}
    return [{"table": name, "article_id": row["article_id"]}
            for name in ("mentions", "quotes", "events")
            for row in _rows(tables.get(name), "article_id") if row["article_id"] not in ids]


def partitions_match_article(tables: dict[str, pa.Table]) -> list[dict]:
    """A row sits in its article's year/month partition, and that is its publication month."""
    month = {}
    bad = []
    for a in _rows(tables.get("articles"), "article_id", "published_date", "year", "month"):
        month[a["article_id"]] = (a["year"], a["month"])
        if (a["published_date"].year, a["published_date"].month) != (a["year"], a["month"]):
            bad.append({"table": "articles", "article_id": a["article_id"], "year": a["year"], "month": a["month"]})
    for name in ("mentions", "quotes", "events"):
        for row in _rows(tables.get(name), "article_id", "year", "month"):
            expected = month.get(row["article_id"])
            if expected is not None and expected != (row["year"], row["month"]):
                bad.append({"table": name, "article_id": row["article_id"], "year": row["year"],
                            "month": row["month"]})
    return bad


def entity_ids_exist(tables: dict[str, pa.Table]) -> list[dict]:
    """Every mention's entity_id is in the entities table, under the mention's entity_name.

    Names compare by `transforms.names.key`, the rule the id is made from: an article may spell
    the name its own way («ВымпелКом» = «Вымпелком», «НК „Роснефть“» = «НК «Роснефть»»).
    """
    entities = tables.get("entities")
    if entities is None:
        return []
    names = dict(zip(entities.column("entity_id").to_pylist(), entities.column("name").to_pylist()))
    return [{"table": "mentions", "article_id": r["article_id"], "mention_id": r["mention_id"],
             "entity_id": r["entity_id"], "entity_name": r["entity_name"], "entities.name": names.get(r["entity_id"])}
            for r in _rows(tables.get("mentions"), "article_id", "mention_id", "entity_id", "entity_name")
            if r["entity_id"] is not None
            and (r["entity_id"] not in names or key(names[r["entity_id"]] or "") != key(r["entity_name"] or ""))]


def speakers_exist(tables: dict[str, pa.Table]) -> list[dict]:
    """Every quote's speaker_entity_id is in the entities table."""
    entities = tables.get("entities")
    if entities is None:
        return []
    ids = set(entities.column("entity_id").to_pylist())
    return [{"table": "quotes", "article_id": r["article_id"], "quote_id": r["quote_id"],
             "speaker_entity_id": r["speaker_entity_id"]}
            for r in _rows(tables.get("quotes"), "article_id", "quote_id", "speaker_entity_id")
            if r["speaker_entity_id"] is not None and r["speaker_entity_id"] not in ids]


def stories_consistent(tables: dict[str, pa.Table]) -> list[dict]:
    """An article copies another article (duplicate_of, with a similarity) exactly when its story
    is not its own; a story's first article copies nothing."""
    bad = []
    for a in _rows(tables.get("articles"), "article_id", "story_id", "duplicate_of", "similarity"):
        first = a["story_id"] == a["article_id"]
        if first != (a["duplicate_of"] is None) or first != (a["similarity"] is None) \
                or a["duplicate_of"] == a["article_id"]:
            bad.append({"table": "articles", **a})
    return bad


def keys_unique(tables: dict[str, pa.Table]) -> list[dict]:
    """Table keys are unique (including composite keys): one example row per repeated key."""
    bad = []
    for name, table in tables.items():
        key = list(TABLES[name].key)
        if table is None or not table.num_rows:
            continue
        counts = plain_strings(table.select(key)).group_by(key).aggregate([([], "count_all")])
        repeated = counts.filter(pc.greater(counts.column("count_all"), 1)).select(key)
        bad += [{"table": name, **row} for row in repeated.to_pylist()]
    return bad


CHECKS = (
    Check("offsets_match_text", "articles.<field>[start:stop] == text for every mention and quote",
          True, offsets_match_text),
    Check("article_ids_exist", "every row's article_id is a loaded article", True, article_ids_exist),
    Check("partitions_match_article", "rows sit in their article's year/month partition", True,
          partitions_match_article),
    Check("entity_ids_exist", "every mention's entity_id is in entities, with the same name", True,
          entity_ids_exist),
    Check("speakers_exist", "every quote's speaker_entity_id is in entities", True, speakers_exist),
    Check("stories_consistent", "an article copies another (duplicate_of, similarity) exactly when its story "
          "is not its own", True, stories_consistent),
    Check("keys_unique", "every table's key is unique", True, keys_unique, whole_table=True, article_scoped=False),
)


class CheckRun:
    """The checks over a run's tables given in parts, so no one holds a whole large table.

    Each part holds the per-article tables of whole articles (every row of an article is
    in the same part); `shared` are the tables held whole (entities, rejects), seen with
    every part.  Checks that need whole tables (`whole_table`) see the key columns of
    every part together.
    """

    def __init__(self, shared: dict[str, pa.Table]):
        self.shared = shared
        self.failures: dict[str, list[dict]] = {c.name: [] for c in CHECKS}
        self.counts = dict.fromkeys(self.failures, 0)
        self.articles: dict[str, dict[str, dict]] = {c.name: {} for c in CHECKS}  # article_id → first failure
        self.keys: dict[str, list[pa.Table]] = {name: [] for name in TABLES}

    def add(self, part: dict[str, pa.Table]) -> None:
        context = {**part, **self.shared}
        for check in CHECKS:
            if not check.whole_table:
                self._record(check, check.run(context))
        for name, table in part.items():
            # a copy: the key columns of a part read from disk are slices of the buffers of whole
            # rows, which a kept slice would keep alive (a whole run's rows, by the last part)
            keys = table.select(list(TABLES[name].key))
            self.keys[name].append(keys.take(pa.array(range(keys.num_rows), pa.int64())))

    def results(self) -> list[dict]:
        """Every check: name, description, blocking, success, n_failures, examples and, for an
        article-scoped check, `articles` (article_id → its first failing row; else None)."""
        keys = {name: pa.concat_tables(parts) for name, parts in self.keys.items() if parts}
        keys.update({name: t.select(list(TABLES[name].key)) for name, t in self.shared.items()})
        for check in CHECKS:
            if check.whole_table:
                self._record(check, check.run(keys))
        return [{"check": c.name, "description": c.description, "blocking": c.blocking,
                 "success": not self.counts[c.name], "n_failures": self.counts[c.name],
                 "examples": self.failures[c.name],
                 "articles": self.articles[c.name] if c.article_scoped else None} for c in CHECKS]

    def _record(self, check: Check, failures: list[dict]) -> None:
        self.counts[check.name] += len(failures)
        if check.article_scoped:
            for f in failures:
                self.articles[check.name].setdefault(f["article_id"], f)
        self.failures[check.name] += failures[:MAX_EXAMPLES - len(self.failures[check.name])]


def run_checks(tables: dict[str, pa.Table]) -> list[dict]:
    """Results of every cross-table check over tables held whole."""
    shared = {name: t for name, t in tables.items() if name not in ARTICLE_TABLES}
    run = CheckRun(shared)
    run.add({name: t for name, t in tables.items() if name in ARTICLE_TABLES})
    return run.results()
