"""Verbless sentences that go on with the event of one before (gapping across sentences).

«Алексея Беспрозванных назначили на должность врио губернатора Калининградской области. … Алексея Смирнова -
Курской области.»: the second sentence, a person's name and a dash, or a phrase, a dash and a name, with no verb,
tells the same event of another person.  Its name stands in for the actor of the event's sentence in the same
case, and a name in its other part for the other actor, when that one was named after the first there too
(the place of the post: → L01 Смирнов → Курская область); an actor named before the first stays (the appointer,
«Путин назначил X …», or one resolved from further back).  Within one sentence the parser's tree is mended
instead (`conjuncts.gapped_list`).
"""

from __future__ import annotations

from transforms.events.actor import Actor
from transforms.field_view import FieldView, name_cases
from transforms.ids import stable_id
from transforms.parse import ParsedArticle
from transforms.quotes.marks import DASHES

GAP_WINDOW = 3  # sentences back to the event a verbless sentence goes on with (a paragraph may tell more of each)
GAP_REACH = 8  # tokens of the phrase beside the name at most


def gapped_rows(article: ParsedArticle, view: FieldView, rows: list[dict]) -> list[dict]:
    """The rows of the verbless sentences of the body that go on with a row of one before."""
    told = {r["sentence_index"] for r in rows}
    out: list[dict] = []
    for si in range(len(view.sent_tokens)):
        if si in told:
            continue
        gap = _gap(view, si)
        if gap is None:
            continue
        person, other = gap
        for sj in range(si - 1, max(-1, si - 1 - GAP_WINDOW), -1):
            made = [row for r in rows + out if r["sentence_index"] == sj
                    for row in [_continued(article, view, r, si, person, other)] if row is not None]
            if made:
                out += list({r["event_id"]: r for r in made}.values())
                break
    return out


def _gap(view: FieldView, si: int) -> tuple[dict, dict | None] | None:
    """(the PER mention, the first mention of the phrase beside it or None) of a verbless sentence that is a name,
    a dash and a phrase, or a phrase, a dash and a name, the phrase's noun not in the nominative (not «Путин —
    президент России»); the phrase may hold dashes of its own («Кемеровской области - Кузбасса»)."""
    tokens = [i for i in view.sentence_tokens(si) if view.word(i) not in (".", "!", "…")]
    if len(tokens) < 3 or any(view.pos(i) in ("VERB", "AUX") for i in tokens):
        return None
    for order in (tokens, tokens[::-1]):  # the name first, or last
        m = view.mention_at(order[0])
        if m is None or m["type"] != "PER" or not m.get("entity_id"):
            continue
        k = next((n for n, i in enumerate(order) if view.mention_at(i) is not m), len(order))
        name, phrase = sorted(order[:k]), sorted(order[k + 1:])
        if (not phrase or len(phrase) > GAP_REACH or view.word(order[k]) not in DASHES
                or (view.tokens[name[0]].start, view.tokens[name[-1]].stop) != (m["start"], m["stop"])):
            continue
        nouns = [i for i in phrase if view.pos(i) in ("NOUN", "PROPN")]
        if nouns and view.feat(nouns[0], "Case") != "Nom":
            return m, next((view.mention_at(i) for i in phrase if view.mention_at(i) is not None), None)
    return None


def _continued(article: ParsedArticle, view: FieldView, row: dict, si: int, person: dict,
               other: dict | None) -> dict | None:
    """`row` (of an earlier sentence) told again of `person` in sentence `si`, or None when no PER actor of it
    named in its sentence is in `person`'s case."""
    sj = row["sentence_index"]
    where = {side: _named_at(view, sj, row[f"{side}_entity_id"]) for side in ("actor1", "actor2")}
    swap = next((side for side in ("actor1", "actor2") if row[f"{side}_type"] == "PER" and where[side] is not None
                 and _same_case(view, where[side], person)), None)
    if swap is None or row[f"{swap}_entity_id"] == person["entity_id"]:
        return None
    rest = "actor2" if swap == "actor1" else "actor1"
    new = {swap: Actor.of(person), rest: Actor.of_row(row, rest) if row[f"{rest}_entity_id"] else None}
    if where[rest] is not None and where[rest]["start"] > where[swap]["start"]:
        # told after the name: part of what the gap leaves out, so the phrase's own name, if any, stands for it
        new[rest] = Actor.of(other) if other is not None and _same_case(view, where[rest], other) else None
    out = dict(row)
    for side, actor in new.items():
        out |= {f"{side}_entity_id": actor and actor.entity_id, f"{side}_name": actor and actor.name,
                f"{side}_type": actor and actor.type}
    if out["actor2_entity_id"] == out["actor1_entity_id"]:
        return None
    return out | {  # its date and place are the row's: the gap leaves them out too
        "event_id": stable_id(article.article_id, "body", si, row["event_subcode"], out["actor1_entity_id"] or "",
                              out["actor2_entity_id"] or ""),
        "event_mention_id": stable_id(article.article_id, "body", si, person["start"]),
        "sentence_index": si, "sentence": view.doc.sentences[si].text, "rule": "gapped"}


def _named_at(view: FieldView, si: int, entity_id: str | None) -> dict | None:
    """The first mention of `entity_id` in sentence `si`."""
    if entity_id is None:
        return None
    return next((m for i in view.sentence_tokens(si) if (m := view.mention_at(i)) is not None
                 and m.get("entity_id") == entity_id), None)


def _cases(view: FieldView, m: dict) -> set[str]:
    """The cases mention `m`'s words are tagged with, the accusative and the genitive as one: an animate name
    has one form for both («Алексея Смирнова»)."""
    return name_cases({view.feat(i, "Case") for i in view.tokens_in(m["start"], m["stop"])} - {None})


def _same_case(view: FieldView, a: dict, b: dict) -> bool:
    return bool(_cases(view, a) & _cases(view, b))
