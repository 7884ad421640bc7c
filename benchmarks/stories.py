"""Story grouping quality: pair precision and recall of `transforms.stories` on a synthetic corpus.

    .venv/bin/python -m benchmarks.stories [--sweep]

The corpus (benchmarks/story_corpus.py): the 123 real texts, their near-copies of seven kinds,
texts under a shared long footer and template notes.  The real transform runs on it:
`signature(body, shingle=, min_words=)` for every record, then `assign_stories(threshold=)`.

- **pairs**: predicted pairs are the unordered pairs of articles that share a `story_id`, gold
  pairs those that share `truth`; precision, recall and F1 over pairs.
- **recall per kind**: of each copy (and footed text) with its own original.  Recall is printed
  also over the gold pairs without a footed text: a short text under a long footer is the hard part.
- **false pairs per trap**: `footer` — two texts under the same footer; `note` — two template
  notes; `other` — any other two articles of different stories (trap (c): two originals on one
  topic).  «of N» is how many such
  pairs there are to get wrong.

The corpus splits by source original (`benchmarks.gold.held_out`: an original, its copies and its
footed text on one side; a note by its index) and each part is run on its own.  `--sweep` prints
a grid of threshold × shingle × min_words on the dev part only; the held-out part is scored for
the transform's defaults alone, and only dev pairs are ever listed.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from benchmarks.story_corpus import KINDS, Record, build
from transforms.stories import MIN_WORDS, SHINGLE_WORDS, THRESHOLD, assign_stories, shingle_words, signature, similarity

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8)
SHINGLES = (3, 4, 5, 7)
MIN_WORDS_GRID = (20, 30, 40, 60)
TRAPS = ("footer", "note", "other")


def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    """Unordered pairs (sorted tuples) of keys with the same label."""
    groups: dict[str, list[str]] = {}
    for a, label in labels.items():
        groups.setdefault(label, []).append(a)
    return {p for g in groups.values() for p in combinations(sorted(g), 2)}


def trap_of(a: Record, b: Record) -> str:
    if a.kind == b.kind == "footer" and a.detail == b.detail:
        return "footer"
    return "note" if a.kind == b.kind == "note" else "other"


@dataclass
class Result:
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    plain: tuple = (0, 0)  # gold pairs without a footed text, and how many of them were found
    by_kind: dict = field(default_factory=dict)  # kind → [copies, found with their original]
    traps: Counter = field(default_factory=Counter)  # trap → false pairs
    trap_pairs: Counter = field(default_factory=Counter)  # trap → pairs that could go wrong
    missed: list = field(default_factory=list)
    false: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def signatures(corpus: list[Record], shingle: int, min_words: int) -> dict[str, object]:
    return {r.article_id: signature(r.body, shingle=shingle, min_words=min_words) for r in corpus}


def score(corpus: list[Record], sigs: dict, threshold: float) -> Result:
    stories = assign_stories([(r.article_id, r.published_date, sigs[r.article_id]) for r in corpus],
                             threshold=threshold)
    rec = {r.article_id: r for r in corpus}
    gold = pairs({r.article_id: r.truth for r in corpus})
    pred = pairs({a: s.story_id for a, s in stories.items()})
    res = Result(len(gold), len(pred), len(gold & pred))
    res.missed, res.false = sorted(gold - pred), sorted(pred - gold)
    plain = {p for p in gold if not p[0].endswith(".f") and not p[1].endswith(".f")}
    res.plain = (len(plain), len(plain & pred))
    for r in corpus:
        if r.kind not in ("original", "note"):
            n = res.by_kind.setdefault(r.kind, [0, 0])
            n[0] += 1
            n[1] += stories[r.article_id].story_id == stories[r.truth].story_id
    res.traps.update(trap_of(rec[a], rec[b]) for a, b in res.false)
    footers = Counter(r.detail for r in corpus if r.kind == "footer")
    res.trap_pairs["footer"] = sum(n * (n - 1) // 2 for n in footers.values())
    n_notes = sum(r.kind == "note" for r in corpus)
    res.trap_pairs["note"] = n_notes * (n_notes - 1) // 2
    res.trap_pairs["other"] = len(corpus) * (len(corpus) - 1) // 2 - len(gold) - sum(res.trap_pairs.values())
    return res


def line(label: str, r: Result) -> str:
    traps = "  ".join(f"{t} {r.traps[t]}/{r.trap_pairs[t]}" for t in TRAPS)
    return (f"{label:30} P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}   gold {r.gold:3}  pred {r.predicted:3}"
            f"  missed {r.gold - r.tp:2}  false {r.predicted - r.tp:2}   ({traps})")


def show(pair: tuple[str, str], corpus: list[Record], sigs: dict) -> str:
    rec = {r.article_id: r for r in corpus}
    a, b = rec[pair[0]], rec[pair[1]]
    sa, sb = sigs[a.article_id], sigs[b.article_id]
    if sa is not None and sb is not None:
        sim = f"sim {similarity(sa, sb):.2f}"
    else:
        sim = "no signature: " + ", ".join(f"{r.article_id} {len(shingle_words(r.body))} words"
                                           for r, s in ((a, sa), (b, sb)) if s is None)
    kinds = "/".join(f"{r.kind}{':' + r.detail if r.detail else ''}" for r in (a, b))
    return f"    {a.article_id} ~ {b.article_id}   {sim}   [{kinds}]"


def sweep(dev: list[Record]) -> None:
    print(f"\nsweep on dev ({len(dev)} articles); * = the defaults; traps: false pairs footer/note/other")
    print("shingle min_words threshold     P      R     F1   missed false  traps   sig ms/article")
    rows = []
    for shingle in SHINGLES:
        for min_words in MIN_WORDS_GRID:
            t0 = time.perf_counter()
            sigs = signatures(dev, shingle, min_words)
            ms = (time.perf_counter() - t0) * 1000 / len(dev)
            for threshold in THRESHOLDS:
                r = score(dev, sigs, threshold)
                star = "*" if (shingle, min_words, threshold) == (SHINGLE_WORDS, MIN_WORDS, THRESHOLD) else " "
                rows.append((r.f1, r.precision, shingle, min_words, threshold))
                print(f"{star}{shingle:5} {min_words:8} {threshold:10.2f}   {r.precision:.3f}  {r.recall:.3f}  {r.f1:.3f}"
                      f"  {r.gold - r.tp:5} {r.predicted - r.tp:5}  {'/'.join(str(r.traps[t]) for t in TRAPS):8}"
                      f"  {ms:.2f}")
    print("\nbest by dev F1 with P ≥ 0.98 (shingle, min_words, threshold):")
    for f1, p, *params in sorted((x for x in rows if x[1] >= 0.98), reverse=True)[:15]:
        print(f"  {tuple(params)}  F1 {f1:.3f}  P {p:.3f}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    corpus = build()
    parts = {"dev": [r for r in corpus if not r.held_out], "held-out": [r for r in corpus if r.held_out]}
    print(f"story corpus: {len(corpus)} articles ({Counter(r.kind for r in corpus)['original']} originals); "
          f"defaults shingle {SHINGLE_WORDS}, min_words {MIN_WORDS}, threshold {THRESHOLD}")
    results, sigs = {}, {}
    for part, recs in parts.items():
        t0 = time.perf_counter()
        sigs[part] = signatures(recs, SHINGLE_WORDS, MIN_WORDS)
        t1 = time.perf_counter()
        results[part] = score(recs, sigs[part], THRESHOLD)
        t2 = time.perf_counter()
        print(line(f"{part} ({len(recs)} articles)", results[part]))
        n, hit = results[part].plain
        print(f"{'':30} R {hit / n:.3f} of the {n} gold pairs without a footed text;"
              f" signatures {(t1 - t0) * 1000 / len(recs):.2f} ms/article, assign + score {(t2 - t1) * 1000:.0f} ms")
    print("\nrecall per kind (copy with its original)   " + "   ".join(parts))
    for kind in (*KINDS, "footer"):
        cells = [results[p].by_kind.get(kind, [0, 0]) for p in parts]
        print(f"  {kind:40}" + "   ".join(f"{hit:3}/{n:<3} {hit / n if n else 1:.2f}" for n, hit in cells))
    dev = results["dev"]
    print(f"\ndev pairs missed ({len(dev.missed)}):")
    for p in dev.missed:
        print(show(p, parts["dev"], sigs["dev"]))
    print(f"dev false pairs ({len(dev.false)}):")
    for p in dev.false:
        print(show(p, parts["dev"], sigs["dev"]))
    if "--sweep" in argv:
        sweep(parts["dev"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
