"""A trigger's frame (`Frame`: its sides, list of participants, places, the tokens that date and
cancel it) and two readings both verb and noun frames make: a news outlet among the actors, and
whom a protest asks something of (docs/events.md §4)."""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.events.actor import Actor
from transforms.events.partners import owner, with_demand
from transforms.events.sentence import EventSentence
from transforms.events.words import DEMANDED
from transforms.quotes.lexicon import is_media, is_news_outlet


@dataclass
class Frame:
    side1: list[Actor]
    side2: list[Actor]
    group: list[Actor]           # participants of one list («встреча X и Y», «между X и Y»)
    places: list[int]            # heads of «в/на …» phrases
    place_objects: list[Actor]   # a visited place («посетил Украину»)
    anchor: int                  # the token whose clause dates the event
    gates: list[int]             # tokens whose negation cancels the event
    held: dict[str, list[Actor]] = field(default_factory=dict)  # a person's own post body (`leaves_post`)
    predecessors: list[Actor] = field(default_factory=list)    # whom an appointee replaces (`succession`)
    moved: list[tuple[Actor, Actor]] = field(default_factory=list)  # (person, body of the post left) (words `moving`)
    reciprocal: bool = False     # «друг друга»: the subjects did it to one another
    several: bool = False        # a noun in the plural, one event each («провел телефонные разговоры с X и Y»)
    subject_first: bool = False  # side1 is whom an event about a person is about (a resignation letter's writer)


def is_outlet(s: EventSentence, a: Actor) -> bool:
    """Whether actor `a` is a news outlet: by its name («ТАСС», «НСН»: speech_cues.tsv `media`), or
    by the noun it names («изданием «Взгляд»», «радиостанции «Говорит Москва»»)."""
    if is_news_outlet(a.name):
        return True
    k = s.view.token_at(a.start) if a.start >= 0 else None
    h = s.view.head(k) if k is not None else None
    return h is not None and is_media(s.lemma(h), s.word(h))


def demanded_of(s: EventSentence, v: int, its_subject: bool = False) -> list[Actor]:
    """Whom a protest on verb `v` asks something of (the owner of the event asked for, `owner`):
    a «требуя …» gerund on it («протестовали, требуя отставки Саакашвили» → Саакашвили), a «с
    требованием …» phrase the parser hung on it («вышли на митинг с требованием отставки …»), or
    `v` itself when the protest is its subject («участники протеста требуют отставки Пашиняна»)."""
    asks = [g for g in s.kids(v, "advcl") if s.lemma(g) in DEMANDED and s.feat(g, "VerbForm") == "Conv"]
    found = [a for g in asks for o in s.kids(g, "obj", "obl") if s.case(o) is None for a in s.entities(o) or owner(s, o)]
    if its_subject and s.lemma(v) in DEMANDED:  # an event asked for, not whom an appeal addresses
        found += [a for o in s.kids(v, "obj", "obl") if s.case(o) is None for a in owner(s, o)]  # («призывали Лукашенко»)
    return found + with_demand(s, v, "obl")
