"""The dependents of a trigger that name who takes part (docs/events.md §4): the partner phrases
of its code («встретился с», «санкции против», «напала на»), its object and dative, its genitive
in the role its code gives («санкции Запада», «арест Бута»), «со стороны», «между», «с участием»,
«в адрес»; a noun that stands for its owner («кандидатуру Кока», «политику США») and an event
noun's agent in the instrumental («обстрел Донецка украинской армией»). They fill the sides of a
`frame_base.Frame`; `frames` and `noun_frames` decide which words of the sentence are asked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from transforms.coreference import pronoun_gender
from transforms.countries import iso2
from transforms.events import offices
from transforms.events.actor import Actor
from transforms.events.sentence import EventSentence
from transforms.events.taxonomy import Code, lexicon
from transforms.events.triggers import entries
from transforms.events.words import (ADDRESSEES, BY_BUILDING, DECREES, DEMANDED, GATHERINGS, INVITATIONS,
                                     LOCATION_PREPOSITIONS, MISSIONS, ORG_AGENTS, INSPECTED, OWNED, PARTICIPATION,
                                     PARTIES, PREMISES, WATERS)
from transforms.quotes.lexicon import POINTING, is_media

if TYPE_CHECKING:
    from transforms.events.frame_base import Frame


def partners(s: EventSentence, t: int, code: Code, frame: Frame, rels: tuple[str, ...], genitive: bool = True,
             places: bool = True) -> None:
    """Dependents of `t` that bring participants (partner prepositions, object, dative, genitive)
    or a place (a «в/на …» phrase)."""
    for c in s.kids(t, *rels):
        prep = s.case(c)
        if prep == "с" and s.lemma(c) == "сторона":  # «санкции со стороны Америки»: by whom
            frame.side1 += named_in(s, c)
        elif prep == "с стороны":
            # «Со стороны правительства области соглашение подписал губернатор Куйвашев»: the body a
            # person acts for is no side of its own; «санкции со стороны США» name who imposes them
            # an object noun's «со стороны» under a verb with a subject is the noun's agent, whom the verb's
            # act is aimed at (`owner`): «Кобахидзе отверг критику со стороны США»
            aimed = s.rel(t) == "obj" and s.head(t) is not None and s.kids(s.head(t), "nsubj")
            if not aimed and not any(a.type == "PER" for x in s.kids(t, "nsubj") for a in s.entities(x)):
                frame.side1 += s.entities(c)
        elif prep == "между":
            frame.group += s.entities(c)
        elif prep in ("с", "при") and s.lemma(c) in PARTICIPATION:  # «встреча с участием X и Y»
            frame.group += named_in(s, c)
        elif prep == "из" and prep in code.partners:  # «отозвала посла из Белоруссии», not a city one leaves
            frame.side2 += [a for a in s.entities(c) if iso2(a.name)]  # («высылают дипломатов из Вашингтона»)
        elif prep == "по" and s.lemma(c) in INVITATIONS and code.host_object:  # «по приглашению X прибыл»
            frame.side2 += named_in(s, c)
        elif code.targets_mission and (owners := mission_states(s, c)):
            frame.side2 += owners  # «пикет у посольства США»: aimed at its owner
        elif prep == "в" and s.lemma(c) in ADDRESSEES:  # «критика в адрес Вашингтона»: whom it is aimed at
            # («атака в направлении израильской территории»: a target noun's state, as below)
            frame.side2 += named_in(s, c) or [a for g in s.kids(c, "nmod") if s.case(g) is None
                                              for a in _target_place(s, g, code)]
        elif code.goods_origin and (prep == "на" or s.rel(c) == "obj") and (origins := _goods_origins(s, c)):
            frame.side2 += origins  # «эмбарго на продукты из ЕС», «запретила ввоз американских продуктов»
        elif _partner_phrase(s, c, code):  # «напали на Украину», but «бои на Украине» is where (below)
            # a target that names no one but its country, the article's state: «санкции против российских
            # компаний» → Россия
            frame.side2 += (s.entities(c) or owner(s, c) or _target_place(s, c, code, t)
                            or [a for a in [offices.adjective_state(s, c)] if a is not None and not code.symmetric])
        elif prep is None and (s.rel(c) in ("obj", "iobj") or s.feat(c, "Case") == "Dat"):
            if not (s.feat(c, "Case") == "Dat" and is_media(s.lemma(c), s.word(c))):
                # («заявил агентству France-Presse»: a relay, no party); a statement's object is what it is
                # about, whose owner is no addressee: «прокомментировал решение Антидопинговой комиссии IBSF»; so is
                # what talks discuss: «обсудили независимость Шотландии»
                frame.side2 += s.entities(c) or ([] if "statement" in code.flags or code.symmetric
                                                 else owner(s, c, code)) or (
                    _target_place(s, c, code, t) if s.rel(c) == "obj" else [])
        elif prep == "от" and s.pos(t) != "VERB" and genitive:
            frame.side1 += s.entities(c)  # «помощь от Казахстана»
        elif prep is None and genitive and code.symmetric and s.rel(c) == "nmod" and s.lemma(c) in GATHERINGS:
            frame.places.append(c)  # «завершили встречу «на полях» саммита G20»: the parser's genitive is the venue
        elif prep is None and genitive and ((s.rel(c) == "nmod" and s.genitive(c))
                                            or (s.rel(c) == "det" and pronoun_gender(s.view, c))):
            # a possessive «его», «их» is a genitive too: «где состоялась его встреча с Лукашенко»; so is a name
            # the tagger leaves in another case («Нападение ХАМАС осудили …», as `genitives`)
            role = {"actor1": frame.side1, "actor2": frame.side2, "both": frame.group}[code.genitive]
            if code.genitive == "actor2" and _targeted(s, t, code):
                role = frame.side1  # «удары ВСУ по объектам в России»: with a target named, the genitive attacks
            # «прекращение полномочий губернатора X»: the owner is the person the event is about
            found = s.entities(c)
            if not found and code.symmetric and s.lemma(c) in PARTIES and s.feat(c, "Number") == "Plur":
                # «после переговоров лидеров «нормандской четверки» с участием X и Y»: the sides of the last
                # meeting, as «стороны обсудили» (context.sides), with whoever else it names
                found = [replace(a, start=s.view.tokens[c].start, via="coreference") for a in s.parties]
            elif not found and code.person_first:
                found = owner(s, c)
            elif not found and role is frame.side2:  # «обстрел жилых домов в Донецке»
                found = _target_place(s, c, code)
            if code.genitive == "actor2" and s.lemma(t) in ORG_AGENTS:  # «нападение США», «расследование FIA»:
                frame.side1 += [a for a in found if _org_or_state(a)]       # a state or an organisation does it
                found = [a for a in found if not _org_or_state(a)]
            role += found
        elif prep in LOCATION_PREPOSITIONS and places:
            frame.places.append(c)
            bodies = [a for a in s.entities(c) if a.type == "ORG"] if code.searches_premises else []
            if bodies and prep in ("в", "на"):  # «проверку … на КЗИП», «обыски в «Мемориале»»
                frame.side2 += bodies
            elif prep == "в" and code.searches_premises and s.lemma(c) in PREMISES:  # «обыск в офисе компании X»
                frame.side2 += genitives(s, c) or [a for g in s.kids(c, "nmod") if s.case(g) is None
                                                   for a in genitives(s, g)]
    if code.searches_premises and genitive and s.pos(t) == "NOUN" and not frame.side2:
        frame.side2 += _checked_body(s, t)


def _goods_origins(s: EventSentence, c: int) -> list[Actor]:
    """The states or bodies goods are named by down phrase `c`'s chain of genitives: their «из» phrase
    («эмбарго на целый ряд категорий продовольствия из ЕС, США, Австралии, Канады и Норвегии») or their country
    adjectives («на европейские, американские и австралийские продукты»: the states the article names)."""
    found, queue = [], [(c, 0)]
    while queue:
        x, depth = queue.pop(0)
        adjectives = [k for a in s.kids(x, "amod") for k in [a, *s.kids(a, "conj")]]
        found += [replace(state, start=s.view.tokens[x].start, acting=True) for a in adjectives
                  if (state := offices.named_state(s, s.lemma(a))) is not None]
        for g in s.kids(x, "nmod"):
            if s.case(g) == "из":
                found += [a for a in s.entities(g) if a.type in ("LOC", "ORG")]
            elif s.case(g) is None and s.feat(g, "Case") == "Gen" and depth < 3 and s.view.mention_at(g) is None:
                queue.append((g, depth + 1))
    return list({a.entity_id: a for a in found}.values())


def _checked_body(s: EventSentence, t: int) -> list[Actor]:
    """Whom a check or search noun `t` names down its chain of genitives of what it looks into
    (event_words.tsv `inspected`): in the genitive, or an organisation in a «в/на …» phrase
    («проверку финансово-хозяйственной деятельности театра «Современник»», «проверку соблюдения
    трудового законодательства на КЗИП», the parser hanging the phrase on the last genitive)."""
    g = t
    for _ in range(3):
        chain = [c for c in s.kids(g, "nmod") if s.case(c) is None and s.feat(c, "Case") == "Gen"]
        if not chain or s.lemma(chain[0]) not in INSPECTED:
            return s.entities(chain[0]) if chain and g != t else []
        g = chain[0]
        found = [a for c in s.kids(g, "nmod") if s.case(c) in ("в", "на") for a in s.entities(c) if a.type == "ORG"]
        if found:
            return found
    return []


def _target_place(s: EventSentence, c: int, code: Code, t: int | None = None) -> list[Actor]:
    """For a code whose target may be where it is (`targets_place`), what a target noun that names no
    one stands for: its genitive owner («атаковали военные объекты ХАМАС» → ХАМАС), else the state of its
    country adjective («по иранским ядерным объектам в Фордо, Натанзе и Исфахане» → Иран), else the place
    it is in («удары ВСУ по гражданским объектам в России» → Россия, «обстрел жилых домов в Донецке» →
    Донецк, «по объектам в областях Украины» → Украина); the parser may hang the place on trigger `t`."""
    if not code.targets_place:
        return []
    if owners := genitives(s, c):  # «атаковали военные объекты ХАМАС», «удар по колонне ВСУ»: whose it is
        return owners
    if (state := offices.adjective_state(s, c)) is not None:
        return [state]
    for h in (c, t):
        if h is None:
            continue
        # «по объектам в разных областях Украины»: a place noun that names no place stands for its genitive
        places = [a for g in s.kids(h, "nmod", "obl") if s.case(g) in LOCATION_PREPOSITIONS
                  and s.feat(g, "Case") == "Loc" and s.lemma(g) not in WATERS  # («в Красном море»: no target)
                  for a in s.entities(g) or genitives(s, g) if a.type == "LOC"]
        if places:
            return places
    return []


def mission_states(s: EventSentence, c: int) -> list[Actor]:
    """The state a diplomatic mission stands for that a «у/перед/возле/около/к» phrase `c` names, or its building
    (event_words.tsv `mission`, `by_building`, `premises`): its genitive («у посольства Великобритании»,
    «у здания посольства Украины» → Великобритания, Украина)."""
    if s.case(c) not in BY_BUILDING:
        return []
    missions = [c] if s.lemma(c) in MISSIONS else [g for g in s.kids(c, "nmod") if s.lemma(c) in PREMISES
                                                   and s.case(g) is None and s.lemma(g) in MISSIONS]
    return [a for m in missions for a in genitives(s, m)]


def genitives(s: EventSentence, n: int) -> list[Actor]:
    """The entities named in the genitive of noun `n`, no preposition: «объекты ХАМАС» → ХАМАС (an
    abbreviation the tagger leaves in the nominative too)."""
    return [a for g in s.kids(n, "nmod") if s.genitive(g) for a in s.entities(g)]


def named_in(s: EventSentence, c: int) -> list[Actor]:
    """The entities of the genitives a phrase headed by noun `c` takes: «со стороны Америки», «с
    участием X и Y», «в адрес Вашингтона»."""
    return [a for g in s.kids(c, "nmod") if s.case(g) is None for a in s.entities(g)]


def with_demand(s: EventSentence, h: int, rel: str) -> list[Actor]:
    """Whom a «с требованием …» phrase hanging on token `h` as `rel` asks something of: the owner
    of the event demanded («с требованием отставки Саакашвили» → Саакашвили); also a «за» phrase of
    an event asked for («митинг за отставку главы администрации Андрея Сайфудинова» → Сайфудинов)."""
    return ([a for c in s.kids(h, rel) if s.case(c) == "с" and s.lemma(c) in DEMANDED
             for g in s.kids(c, "nmod") if s.case(g) is None for a in s.entities(g) or owner(s, g)]
            + [a for c in s.kids(h, rel) if s.case(c) == "за" and s.feat(c, "Case") == "Acc" for a in owner(s, c)])


def protest(s: EventSentence, t: int) -> bool:
    """Whether token `t`, or the object, oblique or subject of verb `t`, is a protest: a trigger of a code
    whose events make demands (cameo.tsv `demands`: «митинг», «провели акцию», «вышли на митинг»,
    «акции продолжаются»); a word a protest needs a condition for is one here («акции … под
    требованием отставки»)."""
    lex = lexicon()
    return any(lex.codes[e.code].demands for n in [t, *s.kids(t, "obj", "obl", "nsubj")]
               for e in entries(s.view, n, lex))


def _org_or_state(a: Actor) -> bool:
    """Whether a genitive of an `org_agent` noun is who does it: an organisation or a state."""
    return a.type == "ORG" or (a.type == "LOC" and iso2(a.name) is not None)


def _partner_phrase(s: EventSentence, c: int, code: Code) -> bool:
    """Whether dependent `c` is a phrase of one of the code's partner prepositions; one that also
    makes a place («в», «на») only in the accusative: «напала на Украину», not «бои на Украине»."""
    prep = s.case(c)
    return (prep is not None and prep in code.partners
            and not (prep in LOCATION_PREPOSITIONS and s.feat(c, "Case") not in ("Acc", None)))


def _targeted(s: EventSentence, t: int, code: Code) -> bool:
    """Whether a noun trigger names its target with a partner phrase («удар по Днепровской ГЭС»,
    «нападение на посольство»)."""
    return any(_partner_phrase(s, c, code) for c in s.kids(t, "nmod"))


def owner(s: EventSentence, n: int, code: Code | None = None) -> list[Actor]:
    """«кандидатуру Кока», «политику США»: a noun that stands for its genitive owner (event_words.tsv
    `owned`) names the owner; for a code that `judges`, an event noun names its agent («осудил удары
    США по Ирану» → США; with no genitive, the state of its country adjective: «российский удар»)."""
    if code is not None and code.judges and (agents := instrumental(s, n)):
        return agents  # «назвал посещение островов министром Сердюковым недопустимым» → Сердюков
    if (code is not None and code.judges and not genitives(s, n) and is_event_noun(s, n)
            and (state := offices.adjective_state(s, n)) is not None):
        return [state]  # «назвал российский удар «варварством»» → Россия (probe DY)
    if (code is not None and code.judges and not genitives(s, n) and not s.kids(n, "amod", "nmod")
            and all(s.lemma(d) in POINTING for d in s.kids(n, "det"))):
        # «Науседа и Туск раскритиковали поездку» (a bare event noun, no «такую», no owner; «Кремль эти
        # обвинения отверг»: a demonstrative points back too): who did the article's last event of its code a
        # few sentences back (probes EC, DY)
        done = [s.agents[e.code] for e in entries(s.view, n, lexicon()) if e.condition is None and e.code in s.agents]
        if done:
            return [replace(done[0], start=s.view.tokens[n].start, via="coreference")]
    if code is not None and code.judges and (makers := _relative_maker(s, n)):
        return makers  # «отклонила соглашение, которое Мэй заключила с Брюсселем» → Мэй (probe EG)
    if s.lemma(n) not in OWNED and not (code is not None and code.judges and _agent_genitive(s, n)):
        return []
    # «отверг критику со стороны США»: an event noun's agent «со стороны» is its genitive's; a possessive
    # pronoun is a genitive too («раскритиковала его экономическую политику» → the man it stands for)
    return (genitives(s, n) or [a for c in s.kids(n, "nmod") if s.case(c) == "с стороны" for a in s.entities(c)]
            or [a for d in s.kids(n, "det") if pronoun_gender(s.view, d) in ("Masc", "Fem") for a in s.entities(d)])


def _relative_maker(s: EventSentence, n: int) -> list[Actor]:
    """Who made what noun `n` names, by the relative clause after it whose object «который» is the noun:
    the clause verb's subject («соглашение о брексите, которое Мэй заключила …»; the parser may hang the
    clause on the noun's own genitive or «о» phrase)."""
    for c in [n, *s.kids(n, "nmod")]:
        for v in s.kids(c, "acl:relcl"):
            which = [k for k in s.kids(v, "obj") if s.lemma(k) == "который"]
            if which and all(s.feat(which[0], f) == s.feat(n, f) for f in ("Gender", "Number")):
                return [a for x in s.kids(v, "nsubj") for a in s.entities(x)]
    return []


def instrumental(s: EventSentence, n: int) -> list[Actor]:
    """The agent of event noun `n` in the instrumental, no preposition: «посещение островов министром
    обороны Анатолием Сердюковым», «обстрел Донецка украинской армией»; not of a code whose
    instrumental is the post one takes («назначение министром», `person_first`)."""
    lex = lexicon()
    codes = [lex.codes[e.code] for e in entries(s.view, n, lex) if e.condition is None]
    if not codes or codes[0].person_first or codes[0].symmetric:  # «встречи с прибывшими … Президентами»:
        return []                                                 # a meeting's instrumental is a partner's
    # the parser hangs it on the noun's genitive too: «обстрел города армией Украины»
    heads = [n] + [g for g in s.kids(n, "nmod") if s.case(g) is None and s.feat(g, "Case") == "Gen"]
    return [a for h in heads for c in s.kids(h, "nmod", "obl") if s.case(c) is None and s.feat(c, "Case") == "Ins"
            for a in s.entities(c)]


def passive_agents(s: EventSentence, v: int) -> list[Actor]:
    """The agent of passive verb `v` in the instrumental, no preposition, not a decree's («указом», `DECREES`): «был
    принят королем Карлом III», «помощь доставлена сотрудниками МЧС»."""
    return [a for x in s.kids(v, "obl", "obl:agent") if s.case(x) is None and s.feat(x, "Case") == "Ins"
            and s.lemma(x) not in DECREES for a in s.entities(x)]


def is_event_noun(s: EventSentence, n: int) -> bool:
    """Whether noun `n` is an event trigger with no condition («удар», «вторжение», «санкции»)."""
    return any(entry.condition is None for entry in entries(s.view, n, lexicon()))


def is_meeting_word(s: EventSentence, k: int, pos: str | None = None) -> bool:
    """Whether word `k` (read as part of speech `pos`, by default its own) is a trigger of a symmetric code in the
    lexicon: «встреча», «переговоры», «встретиться»."""
    lex = lexicon()
    return any(lex.codes[e.code].symmetric for e in lex.entries.get((pos or s.pos(k), s.lemma(k)), ()))


def _agent_genitive(s: EventSentence, n: int) -> bool:
    """Whether noun `n` is an event trigger whose genitive is its agent: its code's genitive is
    actor1, or actor2 with a target named («удары США по Ирану»)."""
    lex = lexicon()
    for entry in entries(s.view, n, lex):
        if entry.condition is None:
            code = lex.codes[entry.code]
            return code.genitive == "actor1" or (code.genitive == "actor2" and _targeted(s, n, code))
    return False
