"""Cross-table checks that GX suites cannot express (DESIGN.md §3).

Each check takes the staged tables of a run (`{name: pyarrow.Table}`, partition
columns included) and returns example rows that break it (empty: passed).
All of them are blocking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyarrow as pa

from schemas.tables import TABLES

MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    blocking: bool
    run: Callable[[dict[str, pa.Table]], list[dict]]


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


def _name_key(name: str | None) -> str | None:
    return None if name is None else " ".join(name.lower().replace("ё", "е").split())


def entity_ids_exist(tables: dict[str, pa.Table]) -> list[dict]:
    """Every mention's entity_id is in the entities table, under the mention's entity_name.

    Names compare as entity keys do: case and ё/е aside («ВымпелКом» = «Вымпелком»), since an
    article may spell the name its own way.
    """
    entities = tables.get("entities")
    if entities is None:
        return []
    names = dict(zip(entities.column("entity_id").to_pylist(), entities.column("name").to_pylist()))
    return [{"table": "mentions", "mention_id": r["mention_id"], "entity_id": r["entity_id"],
             "entity_name": r["entity_name"], "entities.name": names.get(r["entity_id"])}
            for r in _rows(tables.get("mentions"), "mention_id", "entity_id", "entity_name")
            if r["entity_id"] is not None
            and (r["entity_id"] not in names or _name_key(names[r["entity_id"]]) != _name_key(r["entity_name"]))]


def speakers_exist(tables: dict[str, pa.Table]) -> list[dict]:
    """Every quote's speaker_entity_id is in the entities table."""
    entities = tables.get("entities")
    if entities is None:
        return []
    ids = set(entities.column("entity_id").to_pylist())
    return [{"table": "quotes", "quote_id": r["quote_id"], "speaker_entity_id": r["speaker_entity_id"]}
            for r in _rows(tables.get("quotes"), "quote_id", "speaker_entity_id")
            if r["speaker_entity_id"] is not None and r["speaker_entity_id"] not in ids]


def keys_unique(tables: dict[str, pa.Table]) -> list[dict]:
    """Table keys are unique (including composite keys)."""
    bad = []
    for name, table in tables.items():
        key = TABLES[name].key
        seen = set()
        for row in _rows(table, *key):
            k = tuple(row[c] for c in key)
            if k in seen:
                bad.append({"table": name, **row})
            seen.add(k)
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
    Check("keys_unique", "every table's key is unique", True, keys_unique),
)


def run_checks(tables: dict[str, pa.Table]) -> list[dict]:
    """Results of every cross-table check: name, description, blocking, success, examples."""
    results = []
    for check in CHECKS:
        failures = check.run(tables)
        results.append({
            "check": check.name,
            "description": check.description,
            "blocking": check.blocking,
            "success": not failures,
            "n_failures": len(failures),
            "examples": failures[:MAX_EXAMPLES],
        })
    return results
