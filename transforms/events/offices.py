"""The state or body a nominal of authority stands for when it names no person (docs/events.md §4).

GDELT codes «the French foreign minister» as France's government acting; we do where the
article does not name the person meant:

- `government`: a noun of a state's authorities or agents (event_words.tsv `government`) is the
  state named in its genitive or by a country's adjective: «власти Германии», «российская
  сторона» → Германия, Россия;
- `citizens`: a noun of a state's people (event_words.tsv `citizens`) is the state, when a country
  is named in its genitive or by its adjective: «гражданам России» → Россия, not «жители Донецка»;
- `office`: the holders of a post (event_words.tsv `post`) in several states or bodies are each
  the person introduced with that post and owner, else the owner: «президенты России и Китая»,
  «главы МИД России и Турции».

And the posts of appointments and resignations:

- `named_to_post`: the person a doer verb puts «на пост …», named after the post: «назначил на
  пост министра иностранных дел Мурата Нуртлеу»;
- `held_post_body`: the place or body of the post a person is named with: «губернатор Самарской
  области Николай Меркушкин» → Самарская область;
- `held_seats`: the seats «занять» takes that are someone's or a post's («его место занял …»);
- `predecessors`: whom an appointee replaces in the post: «назначен Юрий Филатов вместо Максима
  Пешкова» → Пешков.

Functions of an `EventSentence` and its tokens, as context.py; the caller tries the person first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from transforms.coreference import first_person, pronoun_gender
from transforms.countries import countries_of_compound, country_of_adjective, iso2
from transforms.descriptors import COUNTERPARTS, carriers, countries_of, descriptor_words
from transforms.events import referents
from transforms.events.actor import Actor
from transforms.events.words import (BORDERS, CITIZENS, ENVOYS, FORMER, GENERIC_PLACES, GOVERNMENT, INSTEAD,
                                     MEMBERS, MISSIONS, POST_FRAMES, POSTS, SEATS, SUCCEEDING)
from transforms.places import candidates
from transforms.quotes.lexicon import is_press_office
from transforms.quotes.marks import CLOSING_MARKS, OPENING_MARKS
from transforms.quotes.bodies import named_body
from transforms.word_forms import may_be_accusative

if TYPE_CHECKING:
    from transforms.field_view import FieldView
    from transforms.events.sentence import EventSentence


def government(s: EventSentence, t: int) -> list[Actor]:
    """«руководство Грузии», «власти Германии» (the place named in the genitive), «самолет МЧС
    России», «представитель МИД» (an organisation in the genitive acts through its agents too, and so
    do the bodies listed: «сотрудниками ФСБ и Следственного комитета» → both),
    «российская сторона», «американские власти» (a country's adjective,
    transforms/data/country_adjectives.tsv: the state when the article names it, `s.states`)."""
    found = _stands_for(s, t, GOVERNMENT, lambda m: m["type"] in ("LOC", "ORG"))
    if found or s.pos(t) not in ("NOUN", "PROPN") or s.lemma(t) not in GOVERNMENT or not s.knows_people:
        return found
    # «встретился с руководством клуба» after «Футбольный клуб «Динамо» …»: a body noun in the genitive is
    # the organisation the article last named with that word (speech_cues.tsv `body` `named`, as a quote's
    # «в клубе заявили»)
    start = s.view.tokens[t].start
    bodies = [p for c in s.kids(t, "nmod") if s.case(c) is None and s.feat(c, "Case") == "Gen" and s.bare(c)
              and not s.kids(c, "nmod", "amod") and (p := named_body(s.view, s.people, c, start, named=True))]
    return [Actor.resolved(p, start, acting=True) for p in bodies[:1]]


def press_owners(view: FieldView) -> dict[str, Actor]:
    """A press office the NER names as an organisation of its own (`is_press_office`) → the body or place
    named right after it, its genitive: «пресс-служба Кремля», «в пресс-службе Белого дома» speak for the
    Kremlin and the White House, as a «пресс-служба Министерства обороны» the NER leaves unnamed does
    (`government`); not for a person or post («пресс-служба президента Узбекистана» stays the office: the
    post's holder is not always the one heard).  Keyed by the office's entity, so «пресс-служба» alone later
    in the article speaks for the same body."""
    out = {}
    for m, n in zip(view.mentions, view.mentions[1:]):
        if (m["type"] == "ORG" and n["type"] in ("LOC", "ORG") and n["entity_id"] != m["entity_id"]
                and is_press_office(m["entity_name"]) and " " not in m["text"]  # (the office word alone)
                and not view.text[m["stop"]:n["start"]].strip()):
            out.setdefault(m["entity_id"], replace(Actor.of(n), acting=True))
    return out


def from_states(s: EventSentence, t: int) -> list[Actor]:
    """«Дипломаты из Германии, Швеции и Польши»: the states of the «из» phrase of a `government` noun,
    whose agents they are, or of a counterpart noun («со своими коллегами из Сирии, Ирана и Греции»,
    quote_words.tsv `counterpart`) (countries only: «сотрудники из Москвы» are of no state)."""
    if s.pos(t) not in ("NOUN", "PROPN") or (s.lemma(t) not in GOVERNMENT and s.lemma(t) not in COUNTERPARTS):
        return []
    return [replace(a, acting=True) for c in s.kids(t, "nmod") if s.case(c) == "из"
            for a in s.entities(c) if a.type == "LOC" and iso2(a.name) is not None]


def envoy_states(s: EventSentence, t: int) -> list[Actor]:
    """The state an envoy named by no person stands for (event_words.tsv `envoy`): the country in his genitive or
    adjective («вызвал посла России», «выслала российского посла» → Россия)."""
    return _stands_for(s, t, ENVOYS, _country)


def _country(m: dict) -> bool:
    """Whether mention `m` names a country."""
    return m["type"] == "LOC" and iso2(m["entity_name"]) is not None


def staff_states(s: EventSentence, t: int) -> list[Actor]:
    """The state a mission's staff member named by no person stands for: his genitives, down to an envoy or a
    mission (event_words.tsv `envoy`, `mission`), and that one's country («вызвали замруководителя американского
    посольства» → США, «представителя посольства Белоруссии» → Белоруссия)."""
    for _ in range(3):
        if s.lemma(t) in ENVOYS or s.lemma(t) in MISSIONS:
            return _stands_for(s, t, ENVOYS | MISSIONS, _country)
        t = next((c for c in s.kids(t, "nmod") if s.genitive(c) and s.view.mention_at(c) is None), None)
        if t is None:
            break
    return []


def citizens(s: EventSentence, t: int) -> list[Actor]:
    """«благодарен всем гражданам России», «санкции против российских граждан», «народ Украины»:
    the country named in the genitive or by its adjective; a city's people stand for no one."""
    return _stands_for(s, t, CITIZENS, _country)


def _stands_for(s: EventSentence, t: int, nouns: frozenset[str], owner) -> list[Actor]:
    """Noun `t` of `nouns` as the owners its genitive names (mentions `owner` accepts, the genitive's
    conjuncts too), else as the state its country adjective names; acting for its authorities or people."""
    # PROPN too: the tagger takes a capitalised noun opening a sentence for a name («Парламент Грузии»); a
    # compound's first noun tells its kind («бомбардировщики-невидимки»); ADJ too, an adjective used as a noun
    # («Военные США уничтожили …», tagged an adjective, the verb's subject)
    substantive = s.pos(t) in ("NOUN", "PROPN") or (s.pos(t) == "ADJ" and s.rel(t) != "amod")
    if not substantive or (s.lemma(t) not in nouns and s.lemma(t).split("-", 1)[0] not in nouns):
        return []
    for c in s.kids(t, "nmod"):
        if s.genitive(c):
            m = s.view.mention_at(c)
            if m is not None and owner(m):
                found = {}
                for x in s.coordination(c):
                    if (mx := s.view.mention_at(x)) is not None and owner(mx):
                        found.setdefault(mx["entity_id"], replace(Actor.of(mx), acting=True))
                return list(found.values())
            if m is None and s.lemma(c) in nouns and c != t:  # «сотрудника посольства Украины»: the embassy's state
                return _stands_for(s, c, nouns, owner)
            if m is None:  # «сотрудники регионального управления ФСБ»: a unit's owner, named in its genitive;
                # «сторонники движения «Демократический выбор Казахстана»»: a body named in apposition
                units = [mg for g in s.kids(c, "nmod", "appos") if s.case(g) is None
                         and (s.feat(g, "Case") == "Gen" or s.rel(g) == "appos")
                         and (mg := s.view.mention_at(g)) is not None and owner(mg)]
                if units:
                    return [replace(Actor.of(units[0]), acting=True)]
    if (body := referents.sphere_body(s, t)) is not None:
        return [body]  # «Российское оборонное ведомство»: Минобороны России, named before, not the state
    state = adjective_state(s, t)
    return [] if state is None else [state]


def office(s: EventSentence, t: int) -> list[Actor]:
    """The holders of one post in several states or bodies, named by no person: «президенты России
    и Китая», «лидеры Франции, Германии и Италии», «главы МИД России и Турции».  Each owner (a place
    or organisation in the genitive; an organisation's own places in the genitive stand for it) is
    the person the article introduced with that post and owner («Президент Казахстана Касым-Жомарт
    Токаев»), else itself, acting for its holder.  A singular holder («президент
    Франции») is a person the article names elsewhere, as a rule: coreference resolves it or
    nothing does; many holders in one organisation («лидеров ЕС») are that organisation."""
    if s.pos(t) not in ("NOUN", "PROPN") or s.lemma(t) not in POSTS:
        return []
    owners: list[dict] = []
    direct = True  # «главы МИД России и Турции»: the post is the ministries', not the states'
    genitives = [c for c in s.kids(t, "nmod") if s.case(c) is None
                 and any((m := s.view.mention_at(x)) is not None and m["type"] in ("LOC", "ORG")
                         for x in s.coordination(c))]
    if len(genitives) > 1:
        # «директор Санкт-Петербургского филиала Института океанологии РАН»: two genitives the parser hung
        # side by side are a chain, one owning the other; several bodies are one genitive's conjuncts
        return []
    for c in genitives:
        for x in s.coordination(c):
            m = s.view.mention_at(x)
            if m is None or m["type"] not in ("LOC", "ORG"):
                continue
            places = [p for k in s.kids(x, "nmod") for p in map(s.view.mention_at, s.coordination(k))
                      if p is not None and p["type"] == "LOC"] if m["type"] == "ORG" else []
            direct = direct and not places
            owners += places or [m]
    owners = list({m["entity_id"]: m for m in owners}.values())
    if not genitives and s.feat(t, "Number") == "Plur":
        # «Лидеры стран ЕС согласовали …», «главы государств СНГ»: the holders of a post in a union's member states,
        # many and unnamed, act for the union (probe JC)
        unions = [m for c in s.kids(t, "nmod") if s.case(c) is None and s.lemma(c) in MEMBERS
                  for g in s.kids(c, "nmod") if s.case(g) is None
                  and (m := s.view.mention_at(g)) is not None and m["type"] == "ORG"]
        return [replace(Actor.of(unions[0]), acting=True)] if len(unions) == 1 else []
    bodies = [m for c in genitives for x in s.coordination(c) if (m := s.view.mention_at(x)) is not None]
    if len(bodies) == len(owners) == 1 and bodies[0]["type"] == "ORG" and s.feat(t, "Number") == "Plur":
        # «поблагодарил лидеров ЕС»: the holders of a post in one union, many and unnamed, act for it, and
        # so do those of a body with its own place («депутаты Законодательного собрания Свердловской области»;
        # not «главы МИД Киргизии, Узбекистана и Азербайджана»: the ministries of three states)
        return [replace(Actor.of(bodies[0]), acting=True)]
    if len(owners) < 2:
        return []
    start = s.view.tokens[t].start
    if direct:
        nouns = descriptor_words(s.view, t)
        listed = _respectively(s.view.text, s.view.mentions, start)
        people = [s.people.get(referents.holder_of(s, nouns, {m["entity_id"]}, start) or listed.get(m["entity_id"], ""))
                  for m in owners]
        # each holder the article named, the others' states standing for them (a place meets no person,
        # frames.py, but a state acting for its unnamed holder does)
        return [Actor.resolved(p, start) if p is not None
                else replace(Actor.of(m), acting=True) for p, m in zip(people, owners)]
    return [replace(Actor.of(m), acting=True) for m in owners]


_LIST_GAP = re.compile(r"\s*(?:,|и)?\s*")


def _respectively(text: str, mentions: list[dict], before: int) -> dict[str, str]:
    """Owner entity → person entity, from a list of places followed by as many people before
    offset `before`: «Президенты Бразилии и США Луис Инасиу Лула да Силва и Дональд Трамп» gives
    Бразилия → Лула да Силва, США → Трамп, in order."""
    out: dict[str, str] = {}
    ms = sorted((m for m in mentions if m["start"] < before and m.get("entity_id")), key=lambda m: m["start"])
    runs: list[list[dict]] = []  # consecutive mentions of one type, joined by «,» or «и»
    for m in ms:
        last = runs[-1][-1] if runs else None
        if (last is not None and last["type"] == m["type"] and last["sentence_index"] == m["sentence_index"]
                and _LIST_GAP.fullmatch(text[last["stop"]:m["start"]])):
            runs[-1].append(m)
        else:
            runs.append([m])
    for places, people in zip(runs, runs[1:]):
        if (places[0]["type"] == "LOC" and people[0]["type"] == "PER" and len(places) == len(people) >= 2
                and places[-1]["sentence_index"] == people[0]["sentence_index"]
                and text[places[-1]["stop"]:people[0]["start"]] == " "):
            out.update((p["entity_id"], q["entity_id"]) for p, q in zip(places, people))
    return out


def border_states(s: EventSentence, heads: list[int]) -> list[Actor]:
    """The states whose border the phrases of `heads` place an event on (a `border` noun of event_words.tsv, also
    as the genitive of a place noun: «в трех местностях кыргызско-таджикской границы»): two or more countries
    in its genitive («на границе Армении и Азербайджана») or named by its compound adjective
    («армяно-азербайджанской»), each the article names."""
    # (a subject too: the parser takes «кыргызско-таджикской границы» after «в трех местностях» for one)
    borders = [b for h in heads for c in s.kids(h, "obl", "nmod", "nsubj") for b in [c, *s.kids(c, "nmod")]
               if s.lemma(b) in BORDERS]
    for b in borders:
        named = [a for g in s.kids(b, "nmod") if s.case(g) is None for a in s.entities(g)
                 if a.type == "LOC" and iso2(a.name) is not None]
        named += [s.states[code] for m in s.kids(b, "amod") for code in countries_of_compound(s.lemma(m))
                  if code in s.states]
        found = list({a.entity_id: replace(a, start=s.view.tokens[b].start, acting=True) for a in named}.values())
        if len(found) >= 2:
            return found
    return []


def named_state(s: EventSentence, adjective: str) -> Actor | None:
    """The state a country adjective's lemma names («российский» → Россия), when the article names it."""
    return s.states.get(country_of_adjective(adjective) or "")


def adjective_state(s: EventSentence, t: int) -> Actor | None:
    """The state a country adjective on noun `t` names, when the article names it («российская
    делегация», «после российского удара» → Россия)."""
    for c in s.kids(t, "amod"):
        state = named_state(s, s.lemma(c))
        if state is not None:
            return replace(state, start=s.view.tokens[t].start, acting=True)
    return None


def opposed_state(s: EventSentence, t: int) -> Actor | None:
    """The state an «анти-» country adjective on noun `t` is against, when the article names it («пакет
    антироссийских санкций», «антиамериканские протесты» → Россия, США, probe HS)."""
    for c in s.kids(t, "amod"):
        lemma = s.lemma(c)
        state = named_state(s, lemma[4:].lstrip("-")) if lemma.startswith("анти") else None
        if state is not None:
            return replace(state, start=s.view.tokens[c].start)
    return None


def named_to_post(s: EventSentence, t: int) -> list[Actor]:
    """The person a doer verb puts in the post of its «на пост/должность …» phrase, named after
    the post in the accusative, which the parser hangs on the post: «назначил на пост вице-премьера
    и министра иностранных дел Мурата Нуртлеу» (not a genitive owner: «на пост министра Анны
    Петровой» is her post; of two names side by side the first is the post's owner); or in
    apposition to the post in the instrumental, a name that may be an accusative («назначил министром
    финансов Рейчел Ривз», the tagger reading the indeclinable name in the post's case)."""
    posts = [p for c in s.kids(t, "obl") if s.case(c) == "на" and s.lemma(c) in POST_FRAMES
             for g in s.kids(c, "nmod") if s.case(g) is None and s.lemma(g) in POSTS for p in s.coordination(g)]
    # «назначил министром финансов Рейчел Ривз»: an indeclinable name the tagger reads in the post's
    # instrumental, in apposition to it, is the one appointed too
    named = [(n, False) for p in posts for n in s.kids(p, "appos")] + [
        (n, True) for p in s.kids(t, "xcomp", "obl") if s.case(p) is None and s.lemma(p) in POSTS
        and s.feat(p, "Case") == "Ins" for n in s.kids(p, "appos")]
    names = [m for n, instrumental in named if s.feat(n, "Case") in ("Acc", "Gen", *(("Ins",) if instrumental else ()))
             and may_be_accusative(s.word(n)) and (m := s.view.mention_at(n)) is not None and m["type"] == "PER"]
    # «на должность заместителя Ивана Петрова Сергея Сидорова»: a name right before another is its owner
    return [Actor.of(m) for m in names if not any(x["start"] == m["stop"] + 1 for x in names)]


def held_post_body(s: EventSentence, person: Actor, former: bool = False) -> list[Actor]:
    """The place or body of the post a person is named with: a place or organisation in the genitive
    just before their name, or before a dash and their name, after a post noun of the sentence
    («губернаторы Самарской области Николай Меркушкин, Нижегородской области Валерий Шанцев» →
    Самарская область, Нижегородская область; «…, а Саратовской области — Роман Бусаргин»); a name in quote marks
    keeps its closing mark («главный тренер рязанской "Звезды" Сергей Муштруев», probe HI). A post called
    former («бывший») counts only when `former` (the post a resignation leaves)."""
    view = s.view
    before = [m for m in view.mentions if m["type"] in ("LOC", "ORG") and m["stop"] < person.start
              and view.text[m["stop"]:person.start].lstrip(CLOSING_MARKS) in (" ", " — ", " – ")]
    if not before:
        return []
    first = view.token_at(before[0]["start"])
    last = view.token_at(before[0]["stop"] - 1)
    posts = [k for k in s.tokens if k < first and s.lemma(k) in POSTS]
    # a name in marks keeps its nominative after the noun of its kind in the genitive: «Президент ОАО «Объединенная
    # судостроительная корпорация» Роман Троценко» (probe IQ)
    kind = first - 2 if first - 2 >= s.tokens.start and view.tokens[first - 1].text in OPENING_MARKS else None
    if not (view.feat(last, "Case") == "Gen" or (kind is not None and view.feat(kind, "Case") == "Gen")) or not posts:
        return []
    if not former and any(s.lemma(a) in FORMER for a in s.kids(posts[-1], "amod")):
        # «бывший председатель агентства «…» Батыр Аннаев»: a post they held before (probe FO); but the post a
        # resignation leaves (`former`): «Бывший руководитель «Алросы» Андрей Жарков написал заявление о досрочном
        # уходе» (probe HW)
        return []
    # «Президент Федерации фехтования России Александр Михайлов»: a place right after an organisation of
    # that place is its owner, and the post is the organisation's
    org = next((m for m in view.mentions if m["type"] == "ORG" and m["stop"] + 1 == before[0]["start"]
                and before[0]["type"] == "LOC" and (m.get("entity_name") or "").endswith(" " + before[0]["text"])), None)
    return [Actor.of(org or before[0])]


def predecessors(s: EventSentence, t: int) -> list[Actor]:
    """The people appointment `t` replaces in the post (event_words.tsv `instead`, `succeeding`):
    one of its «вместо» phrase («назначен Юрий Филатов вместо Максима Пешкова»), the object of a
    verb of succeeding, the trigger or a gerund or conjunct on it («сменил Сергея Сидорова на посту
    губернатора», «На посту министра финансов Сергея Сидорова сменил Иван Петров», «стал президентом
    РФС, сменив на этом посту Вячеслава Колоскова»), the genitive of a noun of succeeding it takes
    («стал преемником … Нэнси Пелоси»), whose the seat it takes was («его место занял Витор Юдин»)."""
    found = [a for c in s.kids(t, "obl", "nmod") if s.case(c) in INSTEAD for a in s.entities(c)]
    verbs = [v for v in [t, *s.kids(t, "advcl", "conj")] if s.pos(v) == "VERB" and s.lemma(v) in SUCCEEDING]
    # («На посту министра финансов Сергея Сидорова сменил …»: the parser hangs the object on the post)
    found += [a for v in verbs for a in [a for o in s.kids(v, "obj") for a in s.entities(o)] or named_to_post(s, v)]
    # (the parser may hang the name on the noun of succeeding itself: «преемником первой женщины-спикера Нэнси Пелоси»)
    found += [a for c in s.kids(t, "xcomp", "obl") if s.case(c) is None and s.lemma(c) in SUCCEEDING
              for g in s.kids(c, "nmod", "appos") if s.case(g) is None
              and (s.feat(g, "Case") == "Gen" or s.rel(g) == "appos") for a in s.entities(g)]
    # «его место занял Витор Юдин», «место Пелоси занял …»: whose seat it was (`held_seats`)
    found += [a for o in held_seats(s, t) for c in s.kids(o, "det", "nmod") for a in s.entities(c)]
    return [a for a in found if a.type == "PER"]


def held_seats(s: EventSentence, t: int) -> list[int]:
    """The seats trigger `t` takes as its object that are someone's or a post's (event_words.tsv
    `seat`): with a possessive pronoun, or a person or a post in the genitive («его место», «место
    спикера Палаты представителей»; not «первое место»)."""
    return [o for o in s.kids(t, "obj") if s.lemma(o) in SEATS and any(
        (s.rel(c) == "det" and pronoun_gender(s.view, c) is not None)
        or (s.rel(c) == "nmod" and s.case(c) is None and s.feat(c, "Case") == "Gen"
            and (s.lemma(c) in POSTS or any(a.type == "PER" for a in s.entities(c))))
        for c in s.kids(o))]


def own_state(s: EventSentence, t: int) -> list[Actor]:
    """«Премьер-министр Японии Фумио Кисида заявил, что его страна расширила санкции»: a noun of a country by its
    kind (event_words.tsv `generic_place` country: «страна», «государство») with a possessive pronoun («его», «её»,
    «их»; «наша» in a quote, its speaker) is the state of the person the pronoun stands for, the one country the
    field introduces them with (`descriptors.countries_of`), when the article names it (`s.states`)."""
    if GENERIC_PLACES.get(s.lemma(t)) != "country" or s.view.mention_at(t) is not None:
        return []
    owner = next((c for c in s.kids(t, "det") if pronoun_gender(s.view, c) is not None or first_person(s.view, c)),
                 None)
    person = referents.referent(s, owner) if owner is not None else None
    if person is None or person.type != "PER":
        return []
    codes = countries_of(s.view, person.entity_id)
    state = s.states.get(next(iter(codes))) if len(codes) == 1 else None
    return [replace(state, start=s.view.tokens[t].start, via="coreference")] if state is not None else []


def generic_body(s: EventSentence, g: int) -> Actor | None:
    """The organisation a body noun in a post's genitive stands for, with no name of its own (speech_cues.tsv `body`,
    any kind: a post's «компания» is the one the article is about, not any of several): the organisation the field
    named last before it («Исполняющим обязанности главы компании назначен Евгений Никитин» after «Генеральный
    директор «Русала» …» → Русал; probe IC)."""
    if not s.knows_people or not s.bare(g) or s.kids(g, "nmod") or s.view.mention_at(g) is not None:
        return None
    start = s.view.tokens[g].start
    p = named_body(s.view, s.people, g, start)
    return Actor.resolved(p, start) if p is not None else None


def generic_place(s: EventSentence, g: int) -> Actor | None:
    """The place a noun naming a place by its kind only stands for (event_words.tsv `generic_place`:
    «регион», «город», «страна»), with no name of its own: the place of that kind the field named last
    before it («Смирнов возглавил регион» after «губернатора Курской области» → Курская область)."""
    kind = GENERIC_PLACES.get(s.lemma(g))
    if kind is None or s.kids(g, "nmod", "appos", "flat:name") or s.view.mention_at(g) is not None:
        return None
    start = s.view.tokens[g].start
    for m in reversed(s.view.mentions):
        if m["type"] == "LOC" and m["stop"] <= start and m.get("entity_name"):
            _, places = candidates(m["entity_name"])
            if places and places[0].feature == kind:
                return replace(Actor.of(m), start=start, via="coreference")
    return None
