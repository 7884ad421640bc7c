"""Geocoding quality and cost: LOC entities against hand-checked places, held-out part apart.

    .venv/bin/python -m benchmarks.places [--show dev]

Gold: `benchmarks/gold/places.jsonl`, 571 place names in context from the 122 factRuEval-2016 dev
texts and the sample (how: benchmarks/gold/PLACES.md), each with its country, feature and, for
cities, coordinates.  The texts whose id hashes to 0 mod 3 (`held_out`) are the held-out part: the
figure to quote; the rules and the curated names were set on the rest only.

letopis runs as in a run: every text extracted, the entities table built over all of them (so an
entity's context is every article it is mentioned in), then each gold row is the entity of its
text whose canonical name has the row's key.  Scores:

- coverage: of the gold places that lie in one country, the share letopis gives a country code;
- country right: of those it gives one, the share that is the gold country;
- cities within 30 km: of the gold cities letopis places, the share within 30 km of the gold
  point (also over every gold city);
- non-places left null: of the gold rows that are no place (Земля, Запад…), the share with no
  country code.

Rows whose name letopis's NER missed or merged into another entity (`ner` ≠ `loc`) are counted
apart: they are no geocoding decision.  Cost: the gazetteer's load (once a process) and the
geocoding of the entities of 1,000 articles (the 123 texts' entities, their articles repeated
under new ids), with the process's peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import resource
import sys
import time
from pathlib import Path

from benchmarks.gold import load
from transforms import places
from transforms.entities_across import entity_rows
from transforms.extract import extract_article
from transforms.names import key
from transforms.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).parent / "gold" / "places.jsonl"
SAMPLE = ROOT / "data" / "raw" / "000_a79a80be541b1d91.txt"
TODAY = dt.date(2026, 11, 30)
KM = 30


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def extract_all() -> tuple[list[dict], list[dict]]:
    """Mentions and articles of the gold texts."""
    paths = [d.raw_path for d in load()] + [SAMPLE]
    mentions, articles = [], []
    for path in paths:
        article = parse_file(path.name, path.read_bytes(), today=TODAY)[0]
        tables = extract_article(article, run_id="bench", ingested_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        mentions += [m for m in tables["mentions"] if m["entity_id"]]
        articles += tables["articles"]
    return mentions, articles


class Tally:
    def __init__(self):
        self.places = self.resolved = self.right = 0
        self.cities = self.cities_placed = self.near = 0
        self.non_places = self.left_null = 0
        self.not_ner = 0

    def line(self, label: str) -> str:
        pct = lambda a, b: f"{a / b:.3f} ({a}/{b})" if b else "—"  # noqa: E731
        return (f"  {label:10} coverage {pct(self.resolved, self.places):18} country right {pct(self.right, self.resolved):18} "
                f"cities ≤{KM} km {pct(self.near, self.cities_placed):16} (of all gold cities {pct(self.near, self.cities)})"
                f"  non-places null {pct(self.left_null, self.non_places):12} [{self.not_ner} rows NER missed/merged]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=["dev"], help="list the dev rows letopis gets wrong")
    ap.add_argument("--population", type=int, choices=[500, 1000, 5000, 15000],
                    help="the gazetteer's city cut-off to try (default: transforms.places.CITY_POPULATION)")
    args = ap.parse_args(argv)
    if args.population:
        places.CITY_POPULATION = args.population
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    mentions, articles = extract_all()
    t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    entities = {e["entity_id"]: e for e in entity_rows(mentions, articles)}
    first = time.perf_counter() - t0
    by_doc: dict[tuple[str, str], str] = {}
    for m in mentions:
        by_doc.setdefault((m["article_id"], key(m["entity_name"])), m["entity_id"])

    tallies, wrong = {"dev": Tally(), "held-out": Tally()}, []
    for g in gold:
        t = tallies["held-out" if g["held_out"] else "dev"]
        if g.get("ner", "loc") != "loc":
            t.not_ner += 1
            continue
        e = entities.get(by_doc.get((g["doc"], key(g["name"]))), {})
        ok = True
        if not g["place"]:
            t.non_places += 1
            t.left_null += e.get("country_code") is None
            ok = e.get("country_code") is None
        elif g["country_code"]:
            t.places += 1
            if e.get("country_code"):
                t.resolved += 1
                t.right += e["country_code"] == g["country_code"]
                ok = e["country_code"] == g["country_code"]
            else:
                ok = False
        if g["place"] and g["feature"] == "city" and g["latitude"] is not None:
            t.cities += 1
            if e.get("latitude") is not None:
                t.cities_placed += 1
                near = km(g["latitude"], g["longitude"], e["latitude"], e["longitude"]) <= KM
                t.near += near
                ok = ok and near
        if not ok and not g["held_out"]:
            wrong.append((g, e))

    print(f"places gold: {len(gold)} rows in {len({g['doc'] for g in gold})} texts; cities of "
          f"{places.CITY_POPULATION:,}+ people; "
          f"{sum(1 for e in entities.values() if e.get('country_code'))} of {len(entities)} entities placed")
    for part, t in tallies.items():
        print(t.line(part))
    # cost: the gazetteer once, then the entities of about 1,000 articles
    ids = sorted({a["article_id"] for a in articles})
    copies = -(-1000 // len(ids))
    many = [{**m, "article_id": f"{m['article_id']}#{i}"} for i in range(copies) for m in mentions]
    many_articles = [{**a, "article_id": f"{a['article_id']}#{i}"} for i in range(copies) for a in articles]
    t0 = time.perf_counter()
    entity_rows(many, many_articles)
    with_places = time.perf_counter() - t0
    print(f"cost: the first entities table {first:.2f} s (the gazetteer's load in it); the entities of "
          f"{len(many_articles):,} articles {with_places:.2f} s with geocoding; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB "
          f"(+{(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - r0) / 1024:.0f} MiB from the entities step)")
    if args.show:
        print("\ndev rows letopis gets wrong (gold → letopis):")
        for g, e in wrong:
            print(f"  {g['doc']:10} {g['name']:28} {g['feature'] or 'no place'}/{g['country_code']} → "
                  f"{e.get('feature')}/{e.get('country_code')} {e.get('name', '(no entity)')}  | {g['sentence'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
