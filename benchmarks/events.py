"""Events quality on the factRuEval-2016 dev part: the Meeting facts as participant pairs.

    .venv/bin/python -m benchmarks.events

Gold: the `meetings` of benchmarks/gold/factru-dev/gold.jsonl (MIT), each a list of participant
names; a meeting of n participants is its n(n-1)/2 unordered pairs.  Predicted: the events
rows with `event_code` 04 and both actors set, as unordered pairs of `actor1_name`,
`actor2_name`.  Both are sets per document, scored over all 122 texts (a pair predicted in a
text without a gold meeting is a false positive).

Names are compared as word sets (lowercase, ё = е, `benchmarks.gold.words`): a predicted name
matches a gold name when it holds all of the gold name's words, so «Реджеп Тайип Эрдоган»
matches «Эрдоган Реджеп»; «matching exactly» (equal word sets) is printed too.  A predicted
pair matches a gold pair when its two names match the two gold names, in either order.
Rules and decisions: docs/events.md.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter
from itertools import combinations

from benchmarks.gold import PRF, GoldDoc, load, words
from transforms.extract import extract_article
from transforms.parse import ParsedArticle, parse_file

TODAY = dt.date(2026, 11, 26)

Name = frozenset[str]


def article_events(article: ParsedArticle) -> tuple[list[dict], list[dict]]:
    """(events rows, mention rows) of one article, from the extractor chain."""
    tables = extract_article(article, run_id="benchmark", ingested_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    return tables["events"], tables["mentions"]


def gold_pairs(doc: GoldDoc) -> set[tuple[Name, Name]]:
    pairs = set()
    for meeting in doc.meetings:
        names = sorted({words(n) for n in meeting if words(n)}, key=sorted)
        pairs.update(combinations(names, 2))
    return pairs


def predicted_pairs(events: list[dict]) -> set[tuple[Name, Name]]:
    pairs = set()
    for e in events:
        if e["event_code"] == "04" and e["actor1_name"] and e["actor2_name"]:
            a, b = words(e["actor1_name"]), words(e["actor2_name"])
            if a != b:
                pairs.add(tuple(sorted((a, b), key=sorted)))
    return pairs


def name_matches(gold: Name, predicted: Name, exact: bool) -> bool:
    return gold == predicted if exact else gold <= predicted


def pair_matches(gold: tuple[Name, Name], predicted: tuple[Name, Name], exact: bool) -> bool:
    (g1, g2), (p1, p2) = gold, predicted
    return ((name_matches(g1, p1, exact) and name_matches(g2, p2, exact))
            or (name_matches(g1, p2, exact) and name_matches(g2, p1, exact)))


def score(gold: dict[str, set], predicted: dict[str, set], exact: bool = False) -> PRF:
    """Micro-averaged over documents: tp = gold pairs found (recall) and predicted pairs
    right (precision) — the two agree unless one predicted pair matches two gold pairs."""
    result = PRF()
    for doc_id in sorted(set(gold) | set(predicted)):
        g, p = gold.get(doc_id, set()), predicted.get(doc_id, set())
        found = sum(any(pair_matches(x, y, exact) for y in p) for x in g)
        right = sum(any(pair_matches(x, y, exact) for x in g) for y in p)
        result.tp += found
        result.fn += len(g) - found
        result.fp += len(p) - right
    return result


def _show(pair) -> str:
    return " — ".join(" ".join(sorted(n)) for n in pair)


def main() -> int:
    docs = load()
    t0 = time.perf_counter()
    gold, predicted, codes, n_events = {}, {}, Counter(), 0
    for doc in docs:
        article = parse_file(doc.raw_path.name, doc.raw_path.read_bytes(), today=TODAY)[0]
        assert article.body == doc.text, doc.id
        events, _ = article_events(article)
        n_events += len(events)
        codes.update(e["event_code"] for e in events)
        gold[doc.id] = gold_pairs(doc)
        predicted[doc.id] = predicted_pairs(events)
    seconds = time.perf_counter() - t0

    print(f"factRuEval-2016 dev: {len(docs)} texts, {sum(len(d.meetings) for d in docs)} gold meetings "
          f"in {sum(bool(d.meetings) for d in docs)} texts, {sum(map(len, gold.values()))} gold pairs; "
          f"{n_events} events extracted in {seconds:.1f}s")
    print("events per code: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())) + "\n")
    print("meeting pairs (event_code 04)          P       R      F1    tp  fp  fn")
    for label, exact in (("names as word sets, gold ⊆ ours", False), ("names matching exactly", True)):
        s = score(gold, predicted, exact)
        print(f"  {label:34}{s.precision:8.3f}{s.recall:8.3f}{s.f1:8.3f}{s.tp:6}{s.fp:4}{s.fn:4}")
    print("\nper text (✓ found, ✗ missed, + predicted but not gold):")
    for doc_id in sorted(d for d in gold if gold[d] or predicted[d]):
        g, p = gold[doc_id], predicted[doc_id]
        print(f"  {doc_id}")
        for x in sorted(g, key=_show):
            print(f"    {'✓' if any(pair_matches(x, y, False) for y in p) else '✗'} {_show(x)}")
        for y in sorted(p, key=_show):
            if not any(pair_matches(x, y, False) for x in g):
                print(f"    + {_show(y)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
