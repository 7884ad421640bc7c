"""Who a pronoun or a bare descriptor in an event sentence stands for (docs/events.md §4).

`referent(s, t)` resolves token `t` of an `EventSentence` through `transforms.coreference`, the
rules quotes use for speakers: a pronoun is the person of its gender the text goes on with, not
its own clause's subject; a descriptor («министр», «глава государства») the person introduced with
it, with its owner when it has one («лидер Казахстана»).  `introduced_pair` reads a plural
«президенты» as the two people the article introduced with that noun; `introduced_with` whether a
person was introduced with an owner («Президент Казахстана Касым-Жомарт Токаев»).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from transforms.coreference import Person, State, antecedent, compatible, pronoun_gender, speaker_at
from transforms.countries import country_of_adjective
from transforms.descriptors import (COUNTERPARTS, Descriptor, carriers, countries_of, descriptor_countries,
                                    descriptor_gender, descriptor_words, introduced, of_country, owner_countries,
                                    posts_of)
from transforms.events.actor import Actor
from transforms.events.words import GUESTS, LOCATION_PREPOSITIONS, PARTIES, POSTS, PUBLIC_PERSONS, RIVALS, WINNERS
from transforms.names import LIST_JOINER
from transforms.quotes.marks import ANY_QUOTE
from transforms.quotes.lexicon import lexicon
from transforms.quotes.bodies import last_body, named_body

HEADLINE_REACH = 3  # the body's first sentences, where a descriptor may name the headline's person (`_headliner`)

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence
    from transforms.field_view import FieldView


def referent(s: EventSentence, t: int) -> Actor | None:
    """The person a pronoun («он», «с ним», «его визит»; «я», «мы» in a quote: its speaker) or a
    bare descriptor («министр», «супруга») stands for: `transforms.coreference`, as quotes
    resolve speakers.  A descriptor names only a person introduced with it («министр … Сергей
    Лавров»).  A token already being resolved names nobody: a pronoun's clause subject or a
    descriptor before it can lead back to it («С министром встретился он»)."""
    if not s.knows_people or t in s.resolving:
        return None
    s.resolving.add(t)
    try:
        return _resolved(s, t)
    finally:
        s.resolving.discard(t)


def _resolved(s: EventSentence, t: int) -> Actor | None:
    gender = pronoun_gender(s.view, t)
    start = s.view.tokens[t].start
    if (speaker := speaker_at(s.view, t, s.voices)) is not None:  # «мы провели беседу», — сказал X
        p = s.people.get(speaker)
    elif gender in ("Masc", "Fem") and s.case(t) not in LOCATION_PREPOSITIONS:  # «на ней»: a place
        excluded = _clause_subjects(s, t)
        described = _described_before(s, t, gender, excluded)
        if described is not None:
            return described
        p = antecedent(s.view, s.named(), s.people, start, gender, other_than=excluded)
    elif s.lemma(t) in WINNERS and s.feat(t, "Number") == "Sing" and s.bare(t):
        # «Уходящий президент Ниинистё поздравил преемника»: the one the article last told elected, else
        # appointed, a few sentences back (not the clause's own subject)
        excluded = _clause_subjects(s, t)
        won = next((a for code in ("L03", "L01") if (a := s.agents.get(code)) is not None
                    and a.entity_id not in excluded), None)
        return replace(won, start=start, via="coreference") if won is not None else None
    elif (s.lemma(t) in GUESTS and s.feat(t, "Number") == "Sing" and s.bare(t)
          and not descriptor_countries(s.view, t) and (guest := s.agents.get("042")) is not None):
        # «Путин поблагодарил гостя за приглашение»: who the article last told made a visit (not the subject)
        return replace(guest, start=start, via="coreference") if guest.entity_id not in _clause_subjects(s, t) else None
    elif (s.lemma(t) in RIVALS | PUBLIC_PERSONS and s.feat(t, "Number") == "Sing"
          and not (s.lemma(t) in COUNTERPARTS and descriptor_countries(s.view, t))):  # «российского коллегу»: below
        # «Уходящий президент поздравил соперника»: the person of its gender named last, not its clause's subject;
        # but one person the article introduced with that very noun is it («политика Владимира Кара-Мурзу … Судья
        # Сергей Подопригоров … политику назначили штраф» → Кара-Мурза)
        excluded = _clause_subjects(s, t)
        own = {eid for _, eid in carriers(s.view, [s.lemma(t)], start) if eid in s.people and eid not in excluded
               } if s.lemma(t) in PUBLIC_PERSONS else set()
        p = (s.people[next(iter(own))] if len(own) == 1 else
             antecedent(s.view, s.named(), s.people, start, descriptor_gender(s.view, t), other_than=excluded))
    elif (gender is None and (s.pos(t) == "NOUN" or _capitalised_post(s, t))
          and (s.feat(t, "Animacy") == "Anim" or s.lemma(t) in POSTS)  # «секретарём», tagged inanimate
          and s.feat(t, "Number") == "Sing" and s.bare(t) and not s.counted(t)):
        g = descriptor_gender(s.view, t)  # «супруга», «мужа»; professions are masculine
        nouns = descriptor_words(s.view, t)
        owners = {a.entity_id for c in s.kids(t, "nmod") for a in s.names(c)}
        if owners:  # «лидер Казахстана»: not the last leader named, the one named with Kazakhstan
            p = s.people.get(holder_of(s, nouns, owners, start) or "")
            if p is None and all(getattr(s.people.get(o), "type", None) == "ORG" for o in owners):
                p = _sole_holder(s, t, nouns, owners, start, g)
        else:
            countries = descriptor_countries(s.view, t)  # «российский министр»
            if countries and s.lemma(t) in COUNTERPARTS:  # «Эрдоган поблагодарил российского коллегу»
                # one the article introduces with that country first («Президент России Владимир Путин»,
                # not «генеральный директор госкорпорации «Росатом» Алексей Лихачев» named after him)
                others = {e for e in s.people if not countries_of(s.view, e) & countries}
                p = (antecedent(s.view, s.named(), s.people, start, g, other_than={*_clause_subjects(s, t), *others},
                                countries=countries)
                     or antecedent(s.view, s.named(), s.people, start, g, other_than=_clause_subjects(s, t),
                                   countries=countries))
                return Actor.resolved(p, start) if p is not None else None
            p = _last_subject(s, introduced(s.view, nouns, start, countries), start, g) or antecedent(
                s.view, State(), s.people, start, g, nouns, strict=True, other_than=_clause_subjects(s, t),
                countries=countries)
            if p is None and countries:
                # «Владимир Путин провел разговор с президентом Казахстана …, российский лидер поддержал его
                # предложение»: with a country the descriptor may name the last main clause's subject before it
                # not introduced with another country (probe FO)
                p = _main_subject_before(s, t, g, countries, {*_clause_subjects(s, t), *_only_quoted(s, start)})
        if p is None:
            p = _headliner(s, t, g)
    elif gender is None and (body := sphere_body(s, t)) is not None:
        return body
    elif (gender is None and s.pos(t) == "NOUN" and s.feat(t, "Number") == "Sing"
          and s.bare(t) and not s.kids(t, "nmod")):
        # «Суд принял решение арестовать …» after «Басманный суд Москвы арестовал …»: the last
        # organisation named whose name holds the noun (speech_cues.tsv `body` `named`), as for a
        # quote's speaker
        p = named_body(s.view, s.people, t, start, named=True)
    else:
        return None
    return Actor.resolved(p, start) if p is not None else None


def sphere_body(s: EventSentence, t: int) -> Actor | None:
    """«Российское оборонное ведомство напомнило …» after «Минобороны РФ …»: a singular body noun with an adjective
    of its sphere and no genitive is the last organisation named whose name holds the sphere's stem
    (speech_cues.tsv `sphere`, `bodies.last_body`; probe HD)."""
    sphere = next((s.lemma(a) for a in s.kids(t, "amod") if "sphere" in lexicon().get(s.lemma(a), {})), None)
    if sphere is None or s.pos(t) != "NOUN" or s.feat(t, "Number") != "Sing" or s.kids(t, "nmod"):
        return None
    start = s.view.tokens[t].start
    p = last_body(s.view, s.people, s.lemma(t), start, named=True, sphere=sphere)
    return Actor.resolved(p, start) if p is not None else None


def _sole_holder(s: EventSentence, t: int, nouns: Descriptor, owners: set[str], start: int,
                 gender: str | None) -> Person | None:
    """«Глава МИД посетил Эфиопию» after «Министр иностранных дел России Сергей Лавров прилетел …» (probe HH): a
    post of a body (`owners`) the article never names beside a person is the one person introduced before with
    the post's own words («глава мид» → «министр»), of the country the phrase names («глава МИД РФ»: not
    «Министр иностранных дел Японии»); none if two were (a defence minister too), nor its clause's subject."""
    if any(introduced_with(s, eid, owners) for eid, p in s.people.items() if p.type == "PER"):
        return None  # «глава входящего в нее Росбанка Михаил Прохоров»: the body has its holder, whom `holder_of` reads
    f = s.view
    countries = _phrase_countries(s, t)
    excluded = _clause_subjects(s, t)
    found = {eid for _, eid in introduced(f, nouns, start, countries) if eid not in excluded}
    if not found:
        # «Сергей Лавров сегодня находится в Ереване. Глава российского МИДа провёл встречи …» (probe IQ): with no
        # one introduced with the post, the subject of the last main clause before, a person the article gives no
        # post at all, is its holder named the other way round
        p = _main_subject_before(s, t, gender, countries, excluded)
        return p if p is not None and not posts_of(f, p.entity_id) else None
    p = s.people.get(next(iter(found))) if len(found) == 1 else None
    return p if p is not None and compatible(p, gender) else None


def _phrase_countries(s: EventSentence, t: int) -> set[str]:
    """The countries descriptor `t`'s phrase names, by adjective or genitive, on it or on its genitives («глава
    МИД РФ», «глава российского МИДа»)."""
    f = s.view
    return descriptor_countries(f, t) | owner_countries(f, t) | {
        code for c in s.kids(t, "nmod") for code in descriptor_countries(f, c) | owner_countries(f, c)}


def _headliner(s: EventSentence, t: int, gender: str | None) -> Person | None:
    """«Сергей Лавров прибыл на переговоры в Эсватини» ¶ «Сегодня глава МИДа России проведёт переговоры …»: a
    descriptor no one in the body was introduced with, subject of one of the body's first `HEADLINE_REACH`
    sentences, is the person the headline opens with, when the body names that person too, the article gives them
    no post and no other country than the descriptor's (the lead names by post whom the headline named)."""
    p = s.people.get(s.headliner or "")
    f = s.view
    countries = _phrase_countries(s, t)
    if (p is None or s.index >= HEADLINE_REACH or not s.rel(t).startswith("nsubj") or not compatible(p, gender)
            or posts_of(f, p.entity_id) & POSTS or not of_country(f, p.entity_id, countries)):
        return None
    return p


def _capitalised_post(s: EventSentence, t: int) -> bool:
    """«Сечин сообщил Президенту о подписании»: a post official style capitalises, which the tagger calls a
    name (PROPN), outside every mention, is a descriptor as the lower-case word is (probe GN); a sentence's
    first word is capitalised anyway, and the tagger's reading of it is no sign of style."""
    return (t > s.tokens.start and s.pos(t) == "PROPN" and s.lemma(t) in POSTS
            and s.view.mention_at(t) is None)


def _main_subject_before(s: EventSentence, t: int, gender: str | None, countries: set[str],
                         excluded: set[str]) -> Person | None:
    """The person who is the subject of the last main clause before token `t`, in its sentence or the two
    before, of `gender` and of one of `countries` as far as the article says (`of_country`), not `excluded`:
    «Владимир Путин согласился … в случае, если Дмитрий Медведев выиграет … . Об этом нынешний российский
    президент заявил» is Путин, not Медведев, named last (factRuEval book_176)."""
    view, at = s.view, s.view.tokens[t].start
    si = view.sentence_of(t)
    for sj in range(si, max(-1, si - 3), -1):
        for c in reversed(_main_clause_subjects(view, sj, at)):
            m = next((m for k in [c, *view.children(c)]
                      if (m := view.mention_at(k)) is not None and m["type"] == "PER"), None)
            p = s.people.get(m["entity_id"]) if m is not None else None
            if (p is not None and p.entity_id not in excluded and compatible(p, gender)
                    and of_country(view, p.entity_id, countries)):
                return p
    return None


def _main_clause_subjects(view: FieldView, sj: int, before: int) -> list[int]:
    """The subjects of sentence `sj`'s main clauses (its root's, and those of verbs with no verb above them)
    that start before offset `before`, in text order."""
    a, b = view.sent_tokens[sj]
    heads = [k for k in range(a, b) if view.rel(k) == "root" or (view.tokens[k].pos == "VERB" and _top_verb(view, k))]
    return sorted(c for h in heads for c in view.children(h)
                  if view.rel(c) == "nsubj" and view.tokens[c].start < before)


def _top_verb(view: FieldView, k: int) -> bool:
    """Whether verb `k` has no verb above it (a main clause's, or one the parser left under a headless noun)."""
    h = view.head(k)
    for _ in range(6):
        if h is None:
            return True
        if view.tokens[h].pos == "VERB":
            return False
        h = view.head(h)
    return False


def _only_quoted(s: EventSentence, before: int) -> set[str]:
    """The people named before offset `before` only inside quote marks (the direct quotes of `EventSentence.voices`):
    «"… виновником моей смерти будет Джордж Буш", - заявил венесуэльский лидер» is not Буш (probe FK)."""
    inside: dict[str, bool] = {}
    for m in s.view.mentions:
        if m["type"] == "PER" and m["start"] < before:
            quoted = any(a <= m["start"] < b and a > 0 and s.view.text[a - 1] in ANY_QUOTE for a, b, _ in s.voices)
            inside[m["entity_id"]] = inside.get(m["entity_id"], True) and quoted
    return {e for e, q in inside.items() if q}


def _described_before(s: EventSentence, t: int, gender: str, excluded: set[str]) -> Actor | None:
    """The person a pronoun at token `t` stands for when the nearest person before it in its
    sentence is named by a descriptor, not a name: «в ходе встречи с премьер-министром Турции я
    попросил его» → the prime minister the descriptor resolves to."""
    for k in range(t - 1, s.tokens.start - 1, -1):
        m = s.view.mention_at(k)
        if m is not None and m["type"] == "PER":
            return None
        if (s.pos(k) == "NOUN" and s.feat(k, "Animacy") == "Anim" and s.feat(k, "Number") == "Sing"
                and (gender == "Fem") == (s.feat(k, "Gender") == "Fem") and s.bare(k)
                and t not in _subjects_of_clause(s, k)):  # «С министром встретился он»: not the minister
            a = referent(s, k)
            if a is not None and a.entity_id not in excluded:
                return Actor(a.entity_id, a.name, a.type, s.view.tokens[t].start, "coreference")
    return None


def _clause_subjects(s: EventSentence, t: int) -> set[str]:
    """The entities of the subject of the clause a pronoun or descriptor at token `t` sits in, when
    it is not inside that subject: whom it cannot be, as a reflexive («себя», «свой») would be
    («Путин обвинил его», «Лавров поблагодарил министра»: someone else)."""
    return {a.entity_id for c in _subjects_of_clause(s, t) for a in s.entities(c)}


def _subjects_of_clause(s: EventSentence, t: int) -> list[int]:
    """The subject tokens of the verb whose clause token `t` sits in, when `t` is neither one of
    them nor inside one; [] for a token with no verb above it.  A verb with no subject of its own,
    conjoined to another or its complement, shares that verb's («Дин Лижэнь признал, что не
    заметил угрозу, и поблагодарил соперника», the second verb hung on the first's complement);
    a complement clause's verb only if it agrees with it (not «Санников сообщил, что его пытали»)."""
    x = t
    while s.pos(x) not in ("VERB", "AUX"):
        if s.rel(x) in ("nsubj", "nsubj:pass") or s.head(x) is None:
            return []
        x = s.head(x)
    if x == t:
        return []
    subjects = s.kids(x, "nsubj", "nsubj:pass")
    while (not subjects and s.rel(x) in ("conj", "ccomp", "xcomp") and (h := s.head(x)) is not None
           and s.pos(h) in ("VERB", "AUX") and (s.rel(x) != "ccomp" or s.agree(x, h))):
        x, subjects = h, s.kids(h, "nsubj", "nsubj:pass")
    return [c for c in subjects if c != t and not _within(s, t, c)]


def _within(s: EventSentence, t: int, top: int) -> bool:
    """Whether token `t` is `top` or hangs below it."""
    while t is not None and t != top:
        t = s.head(t)
    return t == top


def _last_subject(s: EventSentence, carried: list[tuple[int, str]], before: int,
                  gender: str | None = None) -> Person | None:
    """Of the people introduced with a descriptor (of its `gender`, if it tells one), the one last
    named in the nominative before `before` — who the text is about («Путин посетил Магадан … глава
    государства также посетил завод», not the «лидер США» met in between) — when several were."""
    ids = {eid for _, eid in carried if eid in s.people and compatible(s.people[eid], gender)}
    if len(ids) < 2:
        return None
    for m in reversed(s.view.mentions):
        if m["start"] < before and m["entity_id"] in ids:
            idx = list(s.view.tokens_in(m["start"], m["stop"]))
            if idx and s.feat(idx[-1], "Case") == "Nom":
                return s.people.get(m["entity_id"])
    return None


_POSTED_AT = re.compile(r"\s+(?:в|во|при)\s+")


def _posted_at(s: EventSentence, start: int, stop: int) -> bool:
    """Whether the text [start, stop) between a post's owner and its holder's name is only the place the post is
    held at, a named one: «посол США в России Джон Хантсман», «посол США в Российской Федерации …»."""
    gap = _POSTED_AT.match(s.view.text, start, stop)
    return gap is not None and any(p["start"] == gap.end() and not s.view.text[p["stop"]:stop].strip()
                                   for p in s.view.mentions if p["type"] in ("LOC", "ORG"))


def holder_of(s: EventSentence, nouns: Descriptor, owners: set[str], at: int) -> str | None:
    """The person the article introduces with a post (`nouns`) and one of its `owners`: the last one before
    offset `at`, else the one after it when there is exactly one — a title or a lead names the post before
    the text introduces its holder («В Сочи началась встреча президентов Армении, России и Азербайджана» ¶
    «… президент Армении Серж Саргсян …», probe FT).  One introduced with the post's own words comes before one
    introduced with a broader synonym, as in `descriptors.introduced`: «президента России» is «президента РФ
    Владимира Путина», not «главы российского МИД Сергея Лаврова» named after him (probe IV)."""
    if nouns.own != nouns and (own := _holder_of(s, nouns.own, owners, at)) is not None:
        return own
    return _holder_of(s, nouns, owners, at)


def _holder_of(s: EventSentence, nouns: Collection[str], owners: set[str], at: int) -> str | None:
    introduced = carriers(s.view, nouns, len(s.view.text) + 1)  # in text order, each with its mention's offset
    before = [eid for k, eid in introduced if k < at and introduced_with(s, eid, owners)]
    if before:
        return before[-1]
    after = {eid for k, eid in introduced if k >= at and introduced_with(s, eid, owners)}
    return after.pop() if len(after) == 1 else None


def introduced_with(s: EventSentence, person: str, owners: set[str]) -> bool:
    """Whether a mention of `person` follows a mention of one of `owners` closely in one
    sentence («Президент Казахстана Касым-Жомарт Токаев»), or a country adjective of one of
    them just before its descriptor («Российский лидер Владимир Путин»)."""
    ms = s.view.mentions
    if any(m["entity_id"] == person and o["entity_id"] in owners and o["sentence_index"] == m["sentence_index"]
           and (0 <= m["start"] - o["stop"] <= 3 or _posted_at(s, o["stop"], m["start"]))
           for m in ms for o in ms):
        return True
    codes = {code for code, a in s.states.items() if a.entity_id in owners}
    f = s.view
    for m in ms if codes else ():
        if m["entity_id"] == person:
            k = f.token_at(m["start"])
            if any(f.tokens[j].pos == "ADJ" and country_of_adjective(f.lemma(j)) in codes
                   and f.sentence_of(j) == f.sentence_of(k) for j in range(max(0, k - 3), k)):
                return True
    return False


def coordinated_before(s: EventSentence, t: int) -> list[Actor]:
    """The people a plural personal pronoun («их», «они») stands for: a list of two or more people named
    nearest before it in its sentence, joined by commas and «и» alone, however the parser hangs them
    («… родным и близким Игоря Есиповского и Михаила Штонда в связи с их трагической гибелью» → both);
    else none."""
    if pronoun_gender(s.view, t) != "Plur":
        return []
    at = s.view.tokens[t].start
    sentence = s.view.tokens[s.tokens.start].start
    before = [m for m in s.view.mentions if sentence <= m["start"] and m["stop"] <= at]
    listed: list[dict] = []
    for m in reversed(before):
        if m["type"] != "PER" or (listed and not LIST_JOINER.fullmatch(s.view.text[m["stop"]:listed[-1]["start"]])):
            break
        listed.append(m)
    people = list({m["entity_id"]: s.people[m["entity_id"]] for m in reversed(listed)
                   if m["entity_id"] in s.people}.values())
    if len(people) >= 2:
        return [Actor.resolved(p, at) for p in people]
    return _coordinated_nominals(s, t) or _coordinated_subject_before(s, t)


def _coordinated_nominals(s: EventSentence, t: int) -> list[Actor]:
    """«с участием губернатора … Александра Усса и главы «НТЭК» Сергея Липина Путин раскритиковал их»:
    the people named by the nearest coordination of nominals before pronoun `t` in its sentence,
    two or more, none the subject of the pronoun's own clause (probe DY)."""
    at = s.view.tokens[t].start
    own = _clause_subjects(s, t)
    for c in range(t - 1, s.tokens.start - 1, -1):
        head = s.tree.parent[c]
        if s.rel(c) != "conj" or head is None or head >= c or s.pos(c) not in ("NOUN", "PROPN"):
            continue
        people = list({a.entity_id: a for x in s.coordination(head) for a in s.names(x)
                       if a.type == "PER" and a.entity_id not in own}.values())
        if len(people) >= 2:
            return [Actor(a.entity_id, a.name, a.type, at, "coreference") for a in people]
    return []


def _coordinated_subject_before(s: EventSentence, t: int) -> list[Actor]:
    """«Депутаты Павел Кондрашов и Никита Кириллов вышли … . Тем самым они протестуют …»: a plural pronoun that is
    its clause's subject, with no people before it in its sentence, stands for the two or more people the main
    clause of the sentence before, in its paragraph, has as its coordinated subject (the last such, probe GI)."""
    view = s.view
    si = view.sentence_of(t)
    if s.rel(t) != "nsubj" or si == 0 or any(
            m["type"] == "PER" and m["start"] < view.tokens[t].start for m in view.mentions
            if m["sentence_index"] == si):
        return []
    a, b = view.sent_tokens[si - 1]
    if a >= b or view.paragraph_of(view.tokens[a].start) != view.paragraph_of(view.tokens[t].start):
        return []
    at = view.tokens[t].start
    for subject in reversed(_main_clause_subjects(view, si - 1, at)):
        found, todo = {}, [subject]  # the subject, its conjuncts and the names in apposition to either
        while todo:
            x = todo.pop()
            m = view.mention_at(x)
            if m is not None and m["type"] == "PER" and m["entity_id"] in s.people:
                found.setdefault(m["entity_id"], (m["start"], s.people[m["entity_id"]]))
            todo += [c for c in view.children(x) if view.rel(c) in ("conj", "appos")]
        people = [p for _, p in sorted(found.values(), key=lambda sp: sp[0])]  # in text order
        if len(people) >= 2:
            return [Actor.resolved(p, at) for p in people]
    return []


def introduced_pair(s: EventSentence, t: int) -> list[Actor]:
    """«После этого президенты обсудят …» with no meeting told before: a plural `parties` noun with
    nothing of its own hanging on it is the two people the article introduced with it before
    («Президент Медведев», «с президентом Януковичем»), when there are exactly two."""
    if (not s.knows_people or s.feat(t, "Number") != "Plur" or s.lemma(t) not in PARTIES
            or s.rel(t) != "nsubj" or any(s.rel(c) not in ("det", "punct") for c in s.kids(t))):
        return []
    start = s.view.tokens[t].start
    ids = list(dict.fromkeys(eid for _, eid in carriers(s.view, descriptor_words(s.view, t), start)))
    people = [s.people[e] for e in ids if e in s.people]
    if len(ids) != 2 or len(people) != 2:
        return []
    return [Actor.resolved(p, start) for p in people]
