"""Events and quotes on a hand-annotated set of news kept outside the repository (a "probe").

    .venv/bin/python -m benchmarks.probe DIR [--errors | --check]

The texts of a probe are not ours to copy, so a probe lives outside the repository and only its
scorer lives here; docs/events.md §7 and docs/quotes.md §7 report the figures.  DIR holds:

- `raw/*.txt`, articles in the pipeline's raw input format (the stem is the text's id);
- `events.jsonl` (optional), one event per line, annotated per `benchmarks/gold/EVENTS.md`;
- `quotes.jsonl` (optional), one quote per line:
  `{"doc": "p03", "field": "body", "kind": "direct", "text": "…", "speaker": "Сергей Лавров"}`
  (`field` `title`, `lead` or `body`; the body holds the lead, so a lead quote is scored as the body's),
  `text` copied exactly from the field (its n-th line with the same words is their n-th
  occurrence), `speaker` the canonical name or null when the article names nobody.

Scoring is the gold sets' own (`benchmarks.events`: (root code, actor pair) and events (root,
an actor); `benchmarks.quotes`: detection by span overlap, speakers as word stems).  Events are scored on each
article's rows as extracted alone, and once more "as published": with a surname alone linked to the one full
name the set's other articles give it, as a run over the whole set publishes the rows (`pipelines.rewrite`).  Whether a
probe is dev or held out is the user's call: `--errors` lists the keys and quotes found, missed
and extra, so run it on dev probes only; `--check` reads the annotations against the texts and lists what does not
fit (a sentence or a quote not in its article, an unknown code or text) without scoring.  How to build a probe:
`benchmarks/gold/PROBES.md`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.events import _line, article_tables, event_score, gold_keys, key_lines, predicted_keys, score
from benchmarks.quotes import TODAY, Score, error_line, predict, report, score_article
from transforms.entities_across import relinks
from transforms.events import relink_actors
from transforms.events.taxonomy import lexicon
from transforms.parse import parse_file


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def quote_spans(article, quotes: list[dict]) -> list[dict]:
    """The gold quotes of one article as spans: each text at its next occurrence in its field."""
    out, seen = [], {}
    for q in quotes:
        # the body holds the lead, from offset 0, and quote rows of the lead are the body's
        name = "body" if q["field"] == "lead" else q["field"]
        field = getattr(article, name)
        start = field.find(q["text"], seen.get((name, q["text"]), 0))
        if start < 0:
            raise ValueError(f"{article.article_id}: not in the {q['field']}: {q['text'][:60]!r}")
        seen[(name, q["text"])] = start + 1
        out.append({"field": name, "start": start, "stop": start + len(q["text"]), "kind": q["kind"],
                    "text": q["text"], "speaker_name": q["speaker"], "speaker_aliases": q.get("aliases", [])})
    return out


def published(tables: dict[str, dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """The event rows of each article as a run over the whole set publishes them: a surname alone linked to the
    one full name the set's articles give it (`entities_across.relinks`, as `pipelines.rewrite` does)."""
    moved = relinks(((m["entity_id"], m["entity_name"], m["type"]) for t in tables.values() for m in t["mentions"]
                     if m.get("entity_id")), {})
    return {d: relink_actors([dict(e) for e in t["events"]], moved) for d, t in tables.items()}


def events_report(tables: dict[str, dict[str, list[dict]]], gold_events: dict[str, list[dict]],
                  errors: bool) -> list[str]:
    """`tables`: each article's tables as extracted alone (`benchmarks.events.article_tables`)."""
    rows = {d: t["events"] for d, t in tables.items()}
    gold = {d: [k for e in gold_events.get(d, []) for k in gold_keys(e)] for d in rows}
    pred = {d: predicted_keys(r) for d, r in rows.items()}
    linked = {d: predicted_keys(r) for d, r in published(tables).items()}
    n = sum(map(len, gold_events.values()))
    lines = [f"events: {n} gold events in {len(gold_events)} texts",
             "(root code, actor pair)           P      R     F1    tp   fp   fn",
             _line("pairs", score(gold, pred).prf),
             _line("pairs, actor order too", score(gold, pred, directed=True).prf),
             _line("events (root, an actor)", event_score(gold_events, pred)),
             _line("pairs as published", score(gold, linked).prf)]
    if errors:
        lines.append("\n(✓ found, ✗ missed, + ours, not gold)")
        for d in sorted(rows):
            lines += [f"  {d}", *key_lines(gold[d], pred[d])]
    return lines


def quotes_report(articles: dict, gold_quotes: dict[str, list[dict]], errors: bool) -> list[str]:
    total = Score()
    for doc_id, article in sorted(articles.items()):
        entry = {"article_id": doc_id, "quotes": quote_spans(article, gold_quotes.get(doc_id, [])),
                 "not_quotes": []}
        total.add(score_article(entry, predict(article)))
    lines = report("quotes", total)
    if errors:
        lines += [error_line(error, width=6) for error in total.errors]
    return lines


def problems(articles: dict, events: dict[str, list[dict]], quotes: dict[str, list[dict]]) -> list[str]:
    """What in a probe's annotations does not fit its texts: an unknown text or code, an event's sentence that is in
    neither the title nor the body, an event with no named actor, a quote not found in its field."""
    codes = lexicon().codes
    out = [f"{d}: no such text" for d in {*events, *quotes} if d not in articles]
    for d, items in sorted(events.items()):
        a = articles.get(d)
        for e in items if a is not None else ():
            where = f"{d}: event {e.get('code')} {e.get('sentence', '')[:50]!r}"
            if e.get("code") not in codes:
                out.append(f"{where}: unknown code")
            if e.get("sentence", "") not in f"{a.title}\n{a.body}":
                out.append(f"{where}: sentence not in the title or body")
            if not (e.get("actor1") or e.get("actor2")):
                out.append(f"{where}: no named actor")
    for d, items in sorted(quotes.items()):
        if d in articles:
            try:
                quote_spans(articles[d], items)
            except (ValueError, KeyError, AttributeError) as err:
                out.append(f"{d}: quote: {err}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--errors", action="store_true", help="list what was found, missed and extra (dev probes)")
    ap.add_argument("--check", action="store_true", help="check the annotations against the texts, no scoring")
    args = ap.parse_args(argv)
    articles = {p.stem: parse_file(p.name, p.read_bytes(), today=TODAY)[0]
                for p in sorted((args.dir / "raw").glob("*.txt"))}
    by_doc = lambda items: {d: [x for x in items if x["doc"] == d] for d in {x["doc"] for x in items}}
    events, quotes = by_doc(_jsonl(args.dir / "events.jsonl")), by_doc(_jsonl(args.dir / "quotes.jsonl"))
    print(f"probe {args.dir}: {len(articles)} texts")
    if args.check:
        found = problems(articles, events, quotes)
        counts = f"{sum(map(len, events.values()))} events, {sum(map(len, quotes.values()))} quotes"
        print("\n".join(found) or f"{counts}: OK")
        return 1 if found else 0
    if events:
        tables = {d: article_tables(a) for d, a in articles.items()}
        print("\n".join(events_report(tables, events, args.errors)))
    if quotes:
        print("\n".join(quotes_report(articles, quotes, args.errors)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
