"""What the rest of the article tells one sentence's actors (docs/events.md §4).

The caller (article.py) gives each `EventSentence` five readings of the article so far:
`states` (ISO code → the article's entity of that country), `parties` (the sides of its last
meeting), `agents` (event code → who last did it), `doers` (code of an event about a person →
who last did it to someone) and `visitors` (who made a visit told in the sentence before).  With them:

- `as_state`: a capital acting is its state («Минск считает», «между Москвой и Киевом»);
- `as_body`: a press office acting is the body it speaks for («сообщила пресс-служба Кремля»);
- `sides`: «они», «стороны», «лидеры двух стран», «оба президента» are the last meeting's sides;
  so are those of a meeting verb in the passive with no agent (`sides_of_passive`: «были обсуждены»);
- `agent_of_indefinite`: «Санкции также ввели против …» continues who last imposed them, and so
  does a passive with no agent («… приговорен к 18 годам» after the court's sentence) and a verb
  of undergoing that names no doer («В санкционный список попали …», `last_agent`);
- `doer_of_passive`: «орденов удостоены …» with no agent, or «вручили ордена …» with no subject,
  continues who last awarded someone;
- `visitor`: a meeting «с X» with no side of its own right after a visit is the visitor's.

Functions of an `EventSentence` and its tokens; no state of their own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from transforms.coreference import pronoun_gender, voice_at
from transforms.events.actor import Actor
from transforms.events.words import BOTH, PARTIES, PARTY_STATES
from transforms.places import capital_of
from transforms.quotes.lexicon import is_news_outlet, is_press_office

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence


def as_state(a: Actor, states: dict[str, Actor]) -> Actor:
    """A capital as an actor is its state, as GDELT codes Moscow acting as Russia («Минск
    считает…», «отказ Гаваны», «между Москвой и Киевом»), when the article names that state
    (`states`); any other actor is itself.  Only for a side of an event: where it happens stays
    the city."""
    if a.type != "LOC" or not states:
        return a
    code = capital_of(a.name)
    state = states.get(code) if code else None
    return replace(state, start=a.start, via=a.via) if state is not None else a


def as_body(a: Actor, owners: dict[str, Actor]) -> Actor:
    """A press office as an actor is the body it speaks for («сообщила пресс-служба Кремля» → Кремль;
    `offices.press_owners`); any other actor is itself."""
    owner = owners.get(a.entity_id)
    return replace(owner, start=a.start, via=a.via) if owner is not None else a


def agent_of_indefinite(s: EventSentence, verb: int, code: str, passive: bool = True,
                        indefinite: bool = True) -> list[Actor]:
    """«Санкции также ввели против …»: a verb in the plural with no subject at all (an
    indefinite-personal sentence) continues the article's last event of that code, by its actor1,
    unless not `indefinite` (cameo.tsv `indefinite_unnamed`: «Большакова задержали» after the
    court's arrest names no one); so does a passive with no agent («Верховный суд вынес приговор …
    Абдуразаков приговорен к 18 годам» → the court), unless not `passive` (a meeting's passive, and its
    indefinite verb, go on with its sides, `sides_of_passive`; one about a person with who did it
    to someone, `doer_of_passive`)."""
    if s.pos(verb) != "VERB" or code not in s.agents:
        return []
    passive = passive and _agentless_passive(s, verb)
    if not (passive or (indefinite and indefinite_personal(s, verb))):
        return []
    return last_agent(s, verb, code)


def announcing_body(s: EventSentence, verb: int) -> list[Actor]:
    """The organisation whose reported speech holds a passive with no agent, or an indefinite-personal verb, at
    `verb`: the body that tells of its own act does it («Иван Петров задержан …, сообщила ФСБ», «Нобелевская премия
    … присуждена …, объявила Шведская академия»), as «ФСБ сообщила о задержании» does (cameo.tsv `announced`).
    The speaker is the one the quotes resolved (`EventSentence.voices`); a press office stands for the body it
    speaks for (`EventSentence.owners`); a news outlet relays, it does nothing.  A full participle names people, not
    the act told («ходатайствовать об аресте задержанных»)."""
    predicate = s.feat(verb, "VerbForm") == "Fin" or s.feat(verb, "Variant") == "Short"
    if not predicate or not (_agentless_passive(s, verb) or indefinite_personal(s, verb)):
        return []
    at = s.view.tokens[verb].start
    speaker = voice_at(s.voices, at)
    m = next((m for m in s.view.mentions if m["entity_id"] == speaker), None) if speaker else None
    if m is None or m["type"] != "ORG" or is_news_outlet(m["entity_name"]):
        return []
    if is_press_office(m["entity_name"]):  # «…, сообщила пресс-служба Кремля»: the Kremlin
        body = s.owners.get(m["entity_id"])
        return [replace(body, start=at, via="teller")] if body is not None else []
    return [Actor(m["entity_id"], m["entity_name"], "ORG", at, "teller")]


def _agentless_passive(s: EventSentence, verb: int) -> bool:
    """A verb in the passive with no agent: «Абдуразаков приговорен к 18 годам»."""
    return s.feat(verb, "Voice") == "Pass" and not s.kids(verb, "obl:agent")


def indefinite_personal(s: EventSentence, verb: int) -> bool:
    """A finite verb in the third person plural with no subject at all: «ввели санкции»."""
    return (s.feat(verb, "VerbForm") == "Fin" and s.feat(verb, "Number") == "Plur" and s.feat(verb, "Voice") != "Pass"
            and not s.kids(verb, "nsubj", "nsubj:pass", "csubj") and s.feat(verb, "Person") in (None, "3"))


def last_agent(s: EventSentence, t: int, code: str) -> list[Actor]:
    """The actor1 of the article's last event of `code` (`EventSentence.agents`), for an event at
    token `t` that names no doer: a passive or indefinite-personal verb (`agent_of_indefinite`), or
    a verb of undergoing («Последние санкции ЕС ввел в июле. В новый санкционный список попали
    Сбербанк …» → ЕС)."""
    if code not in s.agents:
        return []
    return [replace(s.agents[code], start=s.view.tokens[t].start, via="coreference")]


def doer_of_passive(s: EventSentence, verb: int, code: str, passive: bool = True,
                    indefinite: bool = False) -> list[Actor]:
    """«Президент … вручил государственные награды. В частности, орденов удостоены …»: an award,
    appointment or dismissal told in the passive with no agent (when `passive`), or with
    `indefinite` in the indefinite personal, continues who last did it to someone in the article
    (`doers`, by the code's root), not whom it was done to («наградил … Рамзана Кадырова … . Также
    в этот день вручили ордена Мужества …» → Путин)."""
    undone = (passive and _agentless_passive(s, verb)) or (
        indefinite and s.pos(verb) == "VERB" and indefinite_personal(s, verb))
    return last_doer(s, verb, code) if undone else []


def last_doer(s: EventSentence, t: int, code: str) -> list[Actor]:
    """Who last did an event of root `code` to someone in the article (`EventSentence.doers`), for an
    event at token `t` that names none: «… освободил от должностей пятерых послов. Так, под увольнение
    попали X, Y …» → the one who dismissed."""
    if code not in s.doers:
        return []
    return [replace(s.doers[code], start=s.view.tokens[t].start, via="coreference")]


def visitor(s: EventSentence, t: int) -> list[Actor]:
    """«… в Тегеран прибыл министр … аль-Тани. На встрече с Зарифом обсуждалась ситуация»: a
    meeting with a partner and no side of its own, in the sentence right after a visit, is the
    visitor's (the actor1 of a 042 row of the sentence before: `EventSentence.visitors`)."""
    return [replace(a, start=s.view.tokens[t].start, via="coreference") for a in s.visitors]


def sides_of_passive(s: EventSentence, verb: int, met: list[Actor]) -> list[Actor]:
    """«Также были обсуждены вопросы …»: a meeting verb in the passive with no agent, or in the
    plural with no subject at all («В МИД России добавили, что «… обсудили ход операции»»), goes on
    with the sides of the article's last meeting (`parties`), not its first side alone — or of the
    meeting it is told «по итогам», «в ходе», «на» of, when that names two or more (`met`:
    `noun_frames.met_at`)."""
    if not _agentless_passive(s, verb) and not indefinite_personal(s, verb):
        return []
    start = s.view.tokens[verb].start
    if len(met) >= 2:  # «Соглашение было достигнуто по итогам встречи X, Y и Z»: that meeting's sides
        return [replace(a, start=start, via="argument") for a in met]
    return [replace(a, start=start, via="coreference") for a in s.parties]


def sides(s: EventSentence, t: int) -> list[Actor]:
    """The sides of the article's last meeting (`parties`) a subject stands for: «они», «стороны»,
    «лидеры (двух стран)», «оба президента» — a plural pronoun, or a noun of event_words.tsv
    `parties` in the plural or with «оба», that names no other group (nothing hangs on it but a
    number and «двух стран»).  An object stands for those sides but its verb's subject («Путин
    призвал коллег …» after his talks with Алиев and Пашинян → Алиев, Пашинян; «Гутерриш призвал
    стороны к …»)."""
    if not s.parties or s.rel(t) not in ("nsubj", "conj", "obj"):
        return []
    both = s.lemma(t) in BOTH or any(s.lemma(c) in BOTH for c in s.kids(t))
    if both and len(s.parties) > 2:
        return []  # «Обе стороны подтвердили …» after a meeting of three: which two is not told (probe EW)
    if s.lemma(t) in BOTH:  # «оба президента», parsed with «оба» as the head
        fits = any(s.lemma(c) in PARTIES for c in s.kids(t))
    elif s.pos(t) in ("PRON", "DET"):
        fits = pronoun_gender(s.view, t) == "Plur"
    else:
        head = s.head(t)
        # a capitalised first word is often tagged a singular PROPN: its verb's number tells
        plural = s.feat(t, "Number") == "Plur" or (
            s.rel(t) == "nsubj" and head is not None and s.feat(head, "Number") == "Plur")
        fits = (s.pos(t) in ("NOUN", "PROPN") and s.lemma(t) in PARTIES and (plural or both)
                and all(s.rel(c) in ("det", "nummod", "nummod:gov", "punct") or s.lemma(c) in BOTH
                        # («главы МИД Франции и Германии» name their own group)
                        or (s.rel(c) == "nmod" and s.lemma(c) in PARTY_STATES
                            and not any(s.entities(k) for k in s.kids(c, "nmod")))
                        # «призвал стороны к его выполнению»: the verb's phrase, hung on its object
                        or (s.rel(t) == "obj" and s.rel(c) == "nmod" and s.case(c) is not None) for c in s.kids(t)))
    if not fits:
        return []
    start, verb = s.view.tokens[t].start, s.head(t)
    doers = {a.entity_id for a in s.subjects(verb)} if s.rel(t) == "obj" and verb is not None else set()
    return [replace(a, start=start, via="coreference") for a in s.parties if a.entity_id not in doers]
