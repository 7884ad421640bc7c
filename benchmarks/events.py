"""Events quality: (root code, actor pair) against hand-annotated events, held-out part apart.

    .venv/bin/python -m benchmarks.events [--show dev|held-out]

Gold: `benchmarks/gold/events.jsonl`, 787 events of the 122 factRuEval-2016 dev texts and the
sample article, annotated by hand from the text alone (how: benchmarks/gold/EVENTS.md).  The texts
whose id hashes to 0 mod 3 (`held_out`) are the held-out part: the figure to quote for unseen
text; the rules are tuned on the rest (dev) only.  `--show dev` lists the keys found, missed and
extra per dev text; the held-out part is never listed.

Each text's gold events and letopis rows become sets of keys (root code, actor, actor):

- a gold event gives every actor1 × actor2 pair, an empty side as None; the participants of a
  symmetric event (all in actor1: meetings 04, fighting 19, intent to meet 036, a signing 057 and
  05/06 done together) give every pair of them;
- a letopis row gives (event_code, actor1_name, actor2_name).

Names match as word sets (`benchmarks.gold.words`: a predicted name matches a gold name when it
holds all of its words), a name the gazetteer (transforms/data/gazetteer.tsv) maps to a canonical
one read as that one («Европейский союз», «Евросоюз» → «ЕС»); a key matches a key of the same
root whose two actors match, in either order ("pairs"), or in the same order ("directed", for
every code but the symmetric ones).
Precision counts predicted keys that match a gold key, recall gold keys that match a predicted key,
micro-averaged over the texts.  Per root, and per `rule` (how the row's actors were found,
precision only), on dev.

A looser figure, "events": a gold event is found when a letopis row of its text has its root and one
of its actors (a protest of eight organisations is one event, not sixteen keys); a row is right
when a gold event of its text has its root and one of its actors.

The last score is the corpus's own Meeting facts (factRuEval-2016, all 122 texts): unordered
participant pairs against the meeting rows between people or organisations — root 04, and 036
(a meeting to come: factRuEval annotates a meeting whatever its tense); a visit to a country,
042 X → Китай, is no meeting of two participants there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations, product
from pathlib import Path

from benchmarks.gold import PRF, GoldDoc, canonical_words, held_out, load, words
from transforms.extract import extract_article
from transforms.parse import ParsedArticle, parse_file

TODAY = dt.date(2026, 11, 26)
ROOT = Path(__file__).resolve().parent.parent
EVENTS_GOLD = Path(__file__).parent / "gold" / "events.jsonl"
SAMPLE = ROOT / "data" / "raw" / "000_a79a80be541b1d91.txt"
SYMMETRIC_ROOTS = {"04", "19"}
SYMMETRIC_CODES = {"036", "057"}
TOGETHER_ROOTS = {"05", "06"}  # symmetric when the annotator put both sides in actor1

INTENT_TO_MEET = "036"         # a meeting to come counts as one of factRuEval's Meeting facts
MEETING_TYPES = {"PER", "ORG"}  # factRuEval's Meeting facts are between people and organisations, not places

Name = frozenset[str]
Key = tuple[str, Name | None, Name | None]


def root(code: str) -> str:
    return code[:2] if code.isdigit() else code


@dataclass(frozen=True)
class Scored:
    key: Key
    symmetric: bool
    rule: str | None = None


def _name(name: str | None) -> Name | None:
    """A name's words, of the canonical name the gazetteer gives it if any («Европейский союз» is
    «ЕС», as letopis names it)."""
    return (canonical_words(name) if name else None) or None


def gold_keys(event: dict) -> list[Scored]:
    code, r = event["code"], root(event["code"])
    a1 = [n for n in map(_name, event["actor1"]) if n]
    a2 = [n for n in map(_name, event["actor2"]) if n]
    together = not a2 and len(a1) >= 2 and (r in SYMMETRIC_ROOTS | TOGETHER_ROOTS or code in SYMMETRIC_CODES)
    symmetric = r in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES or together
    if together:
        return [Scored((r, x, y), True) for x, y in combinations(sorted(set(a1), key=sorted), 2)]
    return [Scored((r, x, y), symmetric) for x, y in product(a1 or [None], a2 or [None]) if x or y]


def predicted_keys(rows: list[dict]) -> list[Scored]:
    out = []
    for e in rows:
        r = e["event_code"]
        symmetric = r in SYMMETRIC_ROOTS or e["event_subcode"] in SYMMETRIC_CODES
        a, b = _name(e["actor1_name"]), _name(e["actor2_name"])
        if (a or b) and a != b:
            out.append(Scored((r, a, b), symmetric, e["rule"]))
    return out


def _names_match(gold: Name | None, predicted: Name | None) -> bool:
    return gold == predicted if gold is None or predicted is None else gold <= predicted


def key_matches(gold: Scored, predicted: Scored, directed: bool) -> bool:
    (gr, g1, g2), (pr, p1, p2) = gold.key, predicted.key
    if gr != pr:
        return False
    if _names_match(g1, p1) and _names_match(g2, p2):
        return True
    either = not directed or gold.symmetric or predicted.symmetric
    return either and _names_match(g1, p2) and _names_match(g2, p1)


@dataclass
class Tally:
    prf: PRF
    per_root: dict[str, PRF]
    per_rule: dict[str, PRF]


def score(gold: dict[str, list[Scored]], predicted: dict[str, list[Scored]], directed: bool = False) -> Tally:
    """Micro-averaged over texts; a key counts once per text (duplicates merged)."""
    total, per_root, per_rule = PRF(), defaultdict(PRF), defaultdict(PRF)
    for doc_id in sorted(set(gold) | set(predicted)):
        g = list({k.key: k for k in gold.get(doc_id, [])}.values())
        p = list({k.key: k for k in predicted.get(doc_id, [])}.values())
        for x in g:
            hit = any(key_matches(x, y, directed) for y in p)
            for t in (total, per_root[x.key[0]]):
                t.tp += hit
                t.fn += not hit
        for y in p:
            if not any(key_matches(x, y, directed) for x in g):
                total.fp += 1
                per_root[y.key[0]].fp += 1
                per_rule[y.rule].fp += 1
            else:
                per_rule[y.rule].tp += 1
    return Tally(total, dict(per_root), dict(per_rule))


def _actors(k: Scored) -> set[Name]:
    return {n for n in k.key[1:] if n}


def _shares(g: set[Name], p: set[Name]) -> bool:
    return any(_names_match(x, y) for x in g for y in p)


def event_score(gold_events: dict[str, list[dict]], predicted: dict[str, list[Scored]]) -> PRF:
    """Events found (root and one actor) and rows right, micro-averaged over texts."""
    result = PRF()
    for doc_id in sorted(set(gold_events) | set(predicted)):
        events = [(root(e["code"]), set().union(*map(_actors, gold_keys(e))))
                  for e in gold_events.get(doc_id, [])]
        rows = [(k.key[0], _actors(k)) for k in {k.key: k for k in predicted.get(doc_id, [])}.values()]
        for r, actors in events:
            hit = any(r == pr and _shares(actors, pa) for pr, pa in rows)
            result.tp += hit
            result.fn += not hit
        result.fp += sum(not any(r == pr and _shares(ga, pa) for r, ga in events) for pr, pa in rows)
    return result


def article_tables(article: ParsedArticle) -> dict[str, list[dict]]:
    """Every table's rows of one article, extracted alone (`extract_article`)."""
    return extract_article(article, run_id="benchmark", ingested_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))


def article_rows(article: ParsedArticle) -> list[dict]:
    return article_tables(article)["events"]


def load_gold() -> dict[str, list[dict]]:
    out = defaultdict(list)
    with EVENTS_GOLD.open(encoding="utf-8") as fh:
        for line in fh:
            e = json.loads(line)
            out[e["doc"]].append(e)
    return dict(out)


# -- the corpus's own Meeting facts -----------------------------------------------------------

def meeting_pairs(doc: GoldDoc) -> set[tuple[Name, Name]]:
    pairs = set()
    for meeting in doc.meetings:
        names = sorted({words(n) for n in meeting if words(n)}, key=sorted)
        pairs.update(combinations(names, 2))
    return pairs


def predicted_meetings(rows: list[dict]) -> set[tuple[Name, Name]]:
    pairs = set()
    for e in rows:
        if ((e["event_code"] == "04" or e["event_subcode"] == INTENT_TO_MEET) and e["actor1_name"]
                and e["actor2_name"]
                and {e["actor1_type"], e["actor2_type"]} <= MEETING_TYPES):
            a, b = words(e["actor1_name"]), words(e["actor2_name"])
            if a != b:
                pairs.add(tuple(sorted((a, b), key=sorted)))
    return pairs


def pair_matches(gold: tuple[Name, Name], predicted: tuple[Name, Name]) -> bool:
    (g1, g2), (p1, p2) = gold, predicted
    return (g1 <= p1 and g2 <= p2) or (g1 <= p2 and g2 <= p1)


def meeting_score(gold: dict[str, set], predicted: dict[str, set]) -> PRF:
    result = PRF()
    for doc_id in sorted(set(gold) | set(predicted)):
        g, p = gold.get(doc_id, set()), predicted.get(doc_id, set())
        found = sum(any(pair_matches(x, y) for y in p) for x in g)
        result.tp += found
        result.fn += len(g) - found
        result.fp += sum(not any(pair_matches(x, y) for x in g) for y in p)
    return result


# -- report -----------------------------------------------------------------------------------

def _line(label: str, s: PRF) -> str:
    return f"  {label:30}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6}{s.fp:5}{s.fn:5}"


def _show(k: Key) -> str:
    return f"{k[0]} " + " — ".join(" ".join(sorted(n)) if n else "·" for n in k[1:])


def key_lines(gold: list[Scored], predicted: list[Scored]) -> list[str]:
    """One text's keys: each gold key found (✓) or missed (✗), then each of ours not gold (+)."""
    g = list({k.key: k for k in gold}.values())
    p = list({k.key: k for k in predicted}.values())
    return ([f"    {'✓' if any(key_matches(x, y, False) for y in p) else '✗'} {_show(x.key)}"
             for x in sorted(g, key=lambda k: _show(k.key))]
            + [f"    + {_show(y.key)}   [{y.rule}]" for y in sorted(p, key=lambda k: _show(k.key))
               if not any(key_matches(x, y, False) for x in g)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=["dev"], help="list found / missed / extra keys per dev text")
    args = ap.parse_args(argv)
    docs = {d.id: d for d in load()}
    events_gold = load_gold()
    t0 = time.perf_counter()
    rows, meetings_gold, meetings_pred = {}, {}, {}
    for doc in docs.values():
        article = parse_file(doc.raw_path.name, doc.raw_path.read_bytes(), today=TODAY)[0]
        assert article.body == doc.text, doc.id
        rows[doc.id] = article_rows(article)
        meetings_gold[doc.id] = meeting_pairs(doc)
        meetings_pred[doc.id] = predicted_meetings(rows[doc.id])
    sample = parse_file(SAMPLE.name, SAMPLE.read_bytes(), today=TODAY)[0]
    rows[SAMPLE.stem] = article_rows(sample)
    seconds = time.perf_counter() - t0

    parts = {"dev": [d for d in rows if not held_out(d)], "held-out": [d for d in rows if held_out(d)]}
    gold = {d: [k for e in events_gold.get(d, []) for k in gold_keys(e)] for d in rows}
    pred = {d: predicted_keys(r) for d, r in rows.items()}
    n_rows = sum(map(len, rows.values()))
    print(f"event gold: {sum(map(len, events_gold.values()))} events in {len(events_gold)} texts "
          f"({len(rows)} texts: 122 factRuEval-2016 dev + the sample); {n_rows} letopis rows in {seconds:.1f}s")
    print(f"held out: {len(parts['held-out'])} texts (sha1(id) % 3 == 0), looked at only to report\n")
    print("(root code, actor pair)           P      R     F1    tp   fp   fn")
    tallies = {}
    for part, ids in parts.items():
        g, p = {d: gold[d] for d in ids}, {d: pred[d] for d in ids}
        tallies[part] = score(g, p)
        n_events = sum(len(events_gold.get(d, [])) for d in ids)
        print(_line(f"{part} ({len(ids)} texts, {n_events} events)", tallies[part].prf))
        print(_line(f"{part}, actor order too", score(g, p, directed=True).prf))
        e = event_score({d: events_gold.get(d, []) for d in ids}, p)
        print(_line(f"{part}, events (root, an actor)", e))

    print("\nper root            dev: gold  ours    P     R  | held-out: gold  ours    P     R")
    roots = sorted(set(tallies["dev"].per_root) | set(tallies["held-out"].per_root))
    for r in roots:
        cells = []
        for part in ("dev", "held-out"):
            s = tallies[part].per_root.get(r, PRF())
            cells.append(f"{s.tp + s.fn:5} {s.tp + s.fp:5} {s.precision:5.2f} {s.recall:5.2f}")
        print(f"  {r:4}  {cells[0]:>34}  | {cells[1]:>26}")

    print("\nprecision per rule (dev)   P     keys")
    for rule, s in sorted(tallies["dev"].per_rule.items(), key=lambda x: str(x[0])):
        print(f"  {rule!s:22}{s.precision:6.3f}{s.tp + s.fp:6}")

    m = meeting_score(meetings_gold, meetings_pred)
    print(f"\nfactRuEval-2016 Meeting facts (all 122 texts, {m.tp + m.fn} pairs), root-04 rows:")
    print("                                  P      R     F1    tp   fp   fn")
    print(_line("meeting pairs", m))

    if args.show:
        print("\ndev texts (✓ found, ✗ missed, + ours, not gold):")
        for d in sorted(parts["dev"]):
            if gold[d] or pred[d]:
                print(f"  {d}")
                print("\n".join(key_lines(gold[d], pred[d])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
