"""Entities across articles: a surname alone, or initials with a surname, joins the one known
full name it fits (`link_surnames`), and mentions aggregate into the entities table
(`entity_rows`).  Within an article, linking is `entities.py`'s.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date

from transforms.names import double_surname_parts, fits_initials, initials, key
from transforms.names import words as _words
from transforms.places import PLACE_COLUMNS, geocode


def link_surnames(rows: list[dict], known: dict[str, tuple[str, str]]) -> list[dict]:
    """Point surname-only PER mentions at the one known full name with that surname, and
    initials with a surname («В. В. Путин») at the one known full name they fit.

    `known` maps entity_id → (type, name) of the entities already published; full
    names of `rows` count too.  Rows are changed in place and returned.
    """
    full_names: dict[str, dict[str, str]] = defaultdict(dict)  # surname → {entity_id: name}
    for eid, (type_, name) in list(known.items()) + [(r["entity_id"], (r["type"], r["entity_name"])) for r in rows
                                                       if r.get("entity_id")]:
        words = _words(name)
        if type_ == "PER" and len(words) >= 2:
            for surname in (words[-1], *double_surname_parts(words[-1])):  # «Винер» of «Ирина Винер-Усманова»
                full_names[surname].setdefault(eid, name)
    for r in rows:
        if r["type"] != "PER" or not r.get("entity_name"):
            continue
        words = _words(r["entity_name"])
        if len(words) == 1 and len(full_names.get(words[0], ())) == 1:
            r["entity_id"], r["entity_name"] = next(iter(full_names[words[0]].items()))
            continue
        written = initials(r["entity_name"])  # «В. В. Путин» → the one full name it fits
        if written is not None:
            fits = {eid: n for eid, n in full_names.get(written[1], {}).items() if fits_initials(n, *written)}
            if len(fits) == 1:
                r["entity_id"], r["entity_name"] = next(iter(fits.items()))
    return rows


def relinks(entities: Iterable[tuple[str, str, str]], known: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Which of `entities` ((entity_id, name, type), any order, repeats allowed) `link_surnames` moves, given the
    `known` ones: old entity_id → (entity_id, name)."""
    ordered = sorted(set(entities))
    linked = link_surnames([{"entity_id": i, "entity_name": n, "type": t} for i, n, t in ordered], known)
    return {i: (r["entity_id"], r["entity_name"]) for (i, _, _), r in zip(ordered, linked) if r["entity_id"] != i}


def entity_rows(mentions: Iterable[dict], articles: list[dict]) -> list[dict]:
    """The entities table from every mention with an entity (read once) and the articles' dates."""
    published: dict[str, date] = {a["article_id"]: a["published_date"] for a in articles}
    acc: dict[str, dict] = {}
    for m in mentions:
        eid = m.get("entity_id")
        if not eid:
            continue
        e = acc.setdefault(eid, {"entity_id": eid, "type": m["type"], "names": Counter(), "aliases": set(),
                                 "n_mentions": 0, "articles": set()})
        e["n_mentions"] += 1
        e["articles"].add(m["article_id"])
        e["aliases"].add(m["normal"])
        e["names"][m["entity_name"]] += 1  # one key, maybe spelt «ВымпелКом» here and «Вымпелком» there
    for e in acc.values():
        e["name"] = min(e["names"].items(), key=lambda kv: (-kv[1], kv[0]))[0]  # the most frequent spelling
        e["aliases"] = sorted(a for a in e["aliases"] if key(a) != key(e["name"]))
    places = geocode((e for e in acc.values() if e["type"] in ("LOC", "ORG")),
                     {eid: e["articles"] for eid, e in acc.items() if e["type"] in ("LOC", "ORG")})
    rows = []
    for eid in sorted(acc):
        e = acc[eid]
        dates = sorted(published[a] for a in e["articles"] if a in published)
        place = places.get(eid)
        rows.append({
            "entity_id": eid, "type": e["type"], "name": e["name"], "aliases": e["aliases"],
            "n_mentions": e["n_mentions"], "n_articles": len(e["articles"]),
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
            **{c: getattr(place, c) if place else None for c in PLACE_COLUMNS},
        })
    return rows
