"""Quote quality on the gold set benchmarks/gold/quotes.jsonl (docs/quotes.md §Quality).

    .venv/bin/python -m benchmarks.quotes [--errors] [--split dev|test]

`--errors` lists the errors of the dev articles only, whatever `--split` says.

The gold set annotates every quote — direct and reported speech, with its speaker — of 87
real articles: the sample article and 86 factRuEval-2016 texts (MIT); plus every span in quote
marks that is not a quote (names, titles, scare quotes, fragments). Articles are marked `dev`
(looked at while the rules were written) or `test` (annotated before the extractor first ran
on them; docs/quotes.md §7 keeps the figures of that first run). Scoring:

- a predicted row **detects** a gold quote when both are in the same field and their spans
  overlap by at least half of their union (one-to-one, best overlap first); precision and
  recall of detection count rows of either kind; predictions on the few `ignore` spans
  (quoted fragments whose status an annotator cannot settle) are not counted;
- **speaker** accuracy: among detected gold quotes whose speaker is named in the article, the
  share whose `speaker_name` names the same person or organisation (compared as sets of
  word stems, the first five letters of each lowercased word, so «Сарым» = «Айдос Сарым» and
  «… в Европе» = «… в Европа»; a gold quote may list accepted aliases);
- **not-quote** spans taken for quotes: predicted rows whose span is exactly a gold non-quote.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from transforms.extract import extract_article
from transforms.names import fold
from transforms.nlp import analyse
from transforms.parse import parse_file
from transforms.quotes import extract_quotes

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "gold" / "quotes.jsonl"
RUN = {"run_id": "benchmark", "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)}
TODAY = dt.date(2026, 11, 26)


def load_gold(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def article_of(entry: dict):
    path = REPO / entry["path"]
    return parse_file(path.name, path.read_bytes(), today=TODAY)[0]


def predict(article) -> list[dict]:
    """The quote rows letopis writes for an article."""
    rows = extract_article(article, **RUN)
    if "quotes" in rows:
        return rows["quotes"]
    docs = {"title": analyse(article.title), "body": analyse(article.body, article.paragraphs)}
    return extract_quotes(article, docs, rows["mentions"])


def _words(name: str | None) -> set[str]:
    """Word stems of a name: lower case, ё = е, no quotes, the first five letters of each word."""
    text = fold(name or "")
    return {w[:5] for w in re.findall(r"\w[\w-]*", text)}


def same_speaker(predicted: str | None, gold: dict) -> bool:
    p = _words(predicted)
    if not p:
        return False
    for name in [gold["speaker_name"], *gold.get("speaker_aliases", [])]:
        g = _words(name)
        if g and (p <= g or g <= p):
            return True
    return False


def overlap(a: dict, b: dict) -> float:
    if a["field"] != b["field"]:
        return 0.0
    inter = min(a["stop"], b["stop"]) - max(a["start"], b["start"])
    union = max(a["stop"], b["stop"]) - min(a["start"], b["start"])
    return max(0, inter) / union if union else 0.0


def match(gold: list[dict], pred: list[dict], threshold: float = 0.5) -> list[tuple[int, int]]:
    pairs = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
                   reverse=True)
    used_g, used_p, out = set(), set(), []
    for score, gi, pi in pairs:
        if score < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


@dataclass
class Score:
    n_gold: int = 0
    n_pred: int = 0
    matched: int = 0
    by_kind: dict = field(default_factory=lambda: {k: [0, 0, 0] for k in ("direct", "indirect")})  # gold, pred, hit
    kind_right: int = 0
    exact: int = 0
    named: int = 0
    speaker_right: int = 0
    named_all: int = 0
    not_quotes: int = 0
    not_quotes_taken: int = 0
    errors: list = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("n_gold", "n_pred", "matched", "kind_right", "exact", "named", "speaker_right", "named_all",
                     "not_quotes", "not_quotes_taken"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.by_kind.items():
            self.by_kind[k] = [a + b for a, b in zip(self.by_kind[k], v)]
        self.errors += other.errors

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0


def score_article(entry: dict, pred: list[dict]) -> Score:
    s = Score()
    gold = entry["quotes"]
    ignore = entry.get("ignore", [])
    pred = [p for p in pred if not any(overlap(p, i) >= 0.5 for i in ignore)]
    pairs = match(gold, pred)
    s.n_gold, s.n_pred, s.matched = len(gold), len(pred), len(pairs)
    hit_g = {gi: pi for gi, pi in pairs}
    hit_p = {pi for _, pi in pairs}
    for g in gold:
        s.by_kind[g["kind"]][0] += 1
    for p in pred:
        s.by_kind[p["kind"]][1] += 1
    for gi, g in enumerate(gold):
        if g["speaker_name"]:
            s.named_all += 1
        if gi not in hit_g:
            s.errors.append(("missed", entry["article_id"], g["kind"], g["text"], g["speaker_name"], None))
            continue
        p = pred[hit_g[gi]]
        s.by_kind[g["kind"]][2] += 1
        s.kind_right += p["kind"] == g["kind"]
        s.exact += (p["start"], p["stop"]) == (g["start"], g["stop"])
        if (p["start"], p["stop"]) != (g["start"], g["stop"]) or p["kind"] != g["kind"]:
            s.errors.append(("boundary", entry["article_id"], g["kind"] + "/" + p["kind"], p["text"],
                             g["text"][:40] + "…" + g["text"][-20:], None))
        if g["speaker_name"]:
            s.named += 1
            if same_speaker(p["speaker_name"], g):
                s.speaker_right += 1
            else:
                s.errors.append(("speaker", entry["article_id"], g["kind"], g["text"], g["speaker_name"],
                                 f"{p['speaker']} → {p['speaker_name']}"))
    for pi, p in enumerate(pred):
        if pi not in hit_p:
            s.errors.append(("spurious", entry["article_id"], p["kind"], p["text"], None,
                             f"{p['speaker']} → {p['speaker_name']}"))
    spans = {(p["field"], p["start"], p["stop"]) for p in pred}
    for n in entry["not_quotes"]:
        s.not_quotes += 1
        if (n["field"], n["start"], n["stop"]) in spans:
            s.not_quotes_taken += 1
            s.errors.append(("not-quote", entry["article_id"], "", n["text"], None, None))
    return s


def report(title: str, s: Score) -> list[str]:
    r = Score.ratio
    p, rc = r(s.matched, s.n_pred), r(s.matched, s.n_gold)
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    lines = [f"{title}: {s.n_gold} gold quotes, {s.n_pred} predicted",
             f"  detection      precision {p:.3f}   recall {rc:.3f}   F1 {f1:.3f}"]
    for k, (g, pr, hit) in s.by_kind.items():
        lines.append(f"    {k:9}    gold {g:3}  predicted {pr:3}  recall {r(hit, g):.3f}")
    lines += [f"  kind right     {r(s.kind_right, s.matched):.3f}   exact span {r(s.exact, s.matched):.3f}"
              f"   (of {s.matched} detected)",
              f"  speaker right  {r(s.speaker_right, s.named):.3f}   ({s.speaker_right} of {s.named} detected quotes"
              f" whose speaker is named; end to end {r(s.speaker_right, s.named_all):.3f} of {s.named_all})",
              f"  not-quote spans taken for quotes: {s.not_quotes_taken} of {s.not_quotes}"]
    return lines


def error_line(error: tuple, width: int = 22) -> str:
    """One entry of `Score.errors`, a line: what went wrong, the article (in a column of `width`),
    the kinds, the words (shortened), the gold speaker and ours."""
    kind, aid, k, text, gold, pred = error
    short = text if len(text) < 90 else text[:55] + " … " + text[-30:]
    return f"{kind:9} {aid:{width}} {k:17} [{short}]  gold={gold}  pred={pred}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    entries = load_gold()
    if "--split" in argv:
        wanted = argv[argv.index("--split") + 1]
        entries = [e for e in entries if e["split"] == wanted]
    t0 = time.perf_counter()
    totals = {"dev": Score(), "test": Score(), "all": Score()}
    for entry in entries:
        article = article_of(entry)
        s = score_article(entry, predict(article))
        totals[entry["split"]].add(s)
        totals["all"].add(s)
    seconds = time.perf_counter() - t0
    n = {k: sum(e["split"] == k for e in entries) for k in ("dev", "test")}
    print(f"quotes gold set: {len(entries)} articles ({n['dev']} dev, {n['test']} held-out test), {seconds:.1f}s\n")
    for name, label in (("all", "all articles"), ("dev", "dev"), ("test", "held-out test")):
        if not totals[name].n_gold:
            continue
        print("\n".join(report(label, totals[name])))
        print()
    if "--errors" in argv:  # the dev part's only: the held-out part is looked at only to report
        for error in totals["dev"].errors:
            print(error_line(error))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
