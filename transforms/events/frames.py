"""The frame of a trigger: who takes part on which side, and which phrases may be its place.

A verb takes actor1 from its subject (the passive's agent, or who decreed it: «указом
президента Путина назначен») and actor2 from its object, dative or a partner preposition of its
code (docs/events.md §4); «среди задержанных оказались X» makes the subject of the verb above
one who underwent it.  A noun takes participants from its own dependents (a passive participle's
agent: «введенные Евросоюзом санкции») and from the verb it depends on: the subject of a light
verb acts («провел встречу»), the subject of the verb is the other side of «встреча с Y» and
takes part in what it does something «в ходе» of, the subject of «объявила о …» does what it
announces (`announced`), and a protest's demand names its target (`demands`).  `frame` gives
rows.py both sides, the list of participants of a symmetric event, the place phrases, the token
whose clause dates the event and the tokens whose negation cancels it; what a word's dependents
name (partner phrases, object, dative, genitive, an owner, an agent) is read by `partners.py`.
Actors found through the governing verb are marked `governor` (Actor.via).

Places and actors (docs/events.md §4): a LOC object of a visit is the place (`place_object`),
and the host when it is a country (`host_object`); a place never meets a person — in a symmetric
event with a person taking part, a LOC participant is dropped; for the codes about a person
(`person_first`) a person patient comes first and the body of a post comes second («стал
премьер-министром Великобритании»), and a place is never that person (person_frames.py); a
capital acting is its state (context.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.countries import iso2
from transforms.events import context, offices, referents
from transforms.events.actor import Actor
from transforms.events.partners import instrumental, named_in, owner, partners, protest, with_demand
from transforms.events.person_frames import about_a_person
from transforms.events.sentence import EventSentence
from transforms.events.taxonomy import Code, Entry, lexicon
from transforms.events.triggers import condition_word
from transforms.events.words import (ABOUT, AMONG, ANNOUNCING, ATTACKERS, CONFIRMING, CONTENT_NOUNS, DECLARING,
                                     DECREES, DEMANDED, DURING, DURING_PREPOSITIONS, FRAME_NOUNS, INTENT,
                                     JOINING, LIGHT_VERBS, LOCATION_PREPOSITIONS, OPENING, ORGANISERS, OWNED,
                                     PARTICIPATION, POSTS, STAFF, STARTS, TAKING_PART, TOGETHER_WITH, UNDERGOING)
from transforms.quotes.attribution import relays
from transforms.quotes.lexicon import is_media, is_news_outlet
from transforms.quotes.subjects import place_of_statement


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
    reciprocal: bool = False     # «друг друга»: the subjects did it to one another


def _outlet(s: EventSentence, a: Actor) -> bool:
    """Whether actor `a` is a news outlet: by its name («ТАСС», «НСН»: speech_cues.tsv `media`), or
    by the noun it names («изданием «Взгляд»», «радиостанции «Говорит Москва»»)."""
    if is_news_outlet(a.name):
        return True
    k = s.view.token_at(a.start) if a.start >= 0 else None
    h = s.view.head(k) if k is not None else None
    return h is not None and is_media(s.lemma(h), s.word(h))


def frame(s: EventSentence, t: int, entry: Entry, code: Code) -> Frame:
    """The frame of trigger `t`; for a code whose LOC object is a place (`place_object`), a
    visited place is where the event is, not a participant («посетил Дюссельдорф»)."""
    f = _verb_frame(s, t, code) if entry.pos == "VERB" else _noun_frame(s, t, code)
    word = condition_word(s, t, entry.condition)
    if word is not None and s.pos(word) == "VERB":  # «запретил ввозить фрукты из Молдавии»: the verb completing it
        partners(s, word, code, f, ("obl",), genitive=False, places=False)
    elif word is not None and s.pos(word) == "NOUN" and s.rel(word) == "obl":
        partners(s, word, code, f, ("nmod",), genitive=False, places=False)  # «обменялся мнениями с Си Цзиньпином»
    if word is not None and s.pos(word) == "NOUN" and not (f.side1 or f.side2 or f.group):
        # «подписание соглашения о сотрудничестве между администрациями Санкт-Петербурга и Тюменской
        # областью»: the parser hangs «между» on what the agreement is about, or on a word of it
        # («соглашение о прекращении огня между Израилем и ХАМАС»); those are its parties
        about = [c for c in s.kids(word, "nmod") if s.case(c) in ABOUT]
        about += [k for c in about for k in s.kids(c, "nmod") if s.case(k) is None]
        f.group += [a for c in about for k in s.kids(c, "nmod") if s.case(k) == "между" for a in s.entities(k)]
    if word is not None and entry.pos == "VERB" and not any(s.entities(o) for o in s.kids(t, "obj")):
        # «объявила персоной нон грата помощника атташе Алексея Гришаева»: the parser hangs the object,
        # an accusative, under the trigger's condition word
        f.side2 += [a for c in s.kids(word, "nmod") for k in [c, *s.kids(c, "nmod", "appos")] if s.case(k) is None
                    and (s.feat(k, "Case") == "Acc" or s.rel(k) == "appos") for a in s.entities(k)]
    if (word is not None and not f.side1 and s.case(word) == "в" and entry.pos == "VERB"
            and (s.view.mention_at(word) or {}).get("type") == "ORG"):
        # «Посла вызвали в МИД Азербайджана»: the body one is summoned to summons (cameo.tsv «вызвать мид»)
        f.side1 = [a for a in s.entities(word) if a.type == "ORG"]
        f.places = [p for p in f.places if p != word]
    if "statement" in code.flags:
        # «Об этом сообщает ТАСС», «сообщила газета O Globo»: an outlet reporting makes no statement;
        # a reporter named as a person does («военный корреспондент Юрий Котенок сообщил»)
        outlet = any(is_media(s.lemma(c), s.word(c)) for c in s.kids(t, "nsubj")) or relays(s.view, t)
        f.side1 = [a for a in f.side1 if not is_news_outlet(a.name) and not (outlet and a.type != "PER")]
        if not f.side1 and entry.pos == "VERB" and (place := place_of_statement(s.view, t)) is not None:
            # «Об этом сообщили в пресс-службе Генеральной прокуратуры»: the body it was said in, as quotes read it
            f.side1 = [a for a in s.entities(place) if a.type == "ORG" and not is_news_outlet(a.name)]
    if code.root == "04" and (outlets := [a for a in f.side2 + f.group if _outlet(s, a)]):
        # «в беседе с ТАСС», «в интервью изданию «Взгляд»»: an interview, not a meeting
        f.side2 = [a for a in f.side2 if a not in outlets]
        f.group = [a for a in f.group if a not in outlets]
        if not f.side2 and len(f.group + f.side1) < 2:
            f.side1, f.group = [], []
    if entry.pos == "VERB" and code.person_first and not f.side1 and f.side2:
        f.side1 = context.doer_of_passive(s, t, code.root)  # «В частности, орденов удостоены …»: who awarded last
    if entry.pos == "VERB" and not f.side1 and not f.group and "statement" not in code.flags:
        # «Санкции также ввели против …», «X приговорен к …»: who did it last (not «в Казахстане
        # заявили»: whoever spoke last did not say this); for a code about a person, who last did it
        # to someone («Также в этот день вручили ордена …»); the parties «между X и Y» did it themselves
        indefinite = not (code.indefinite_unnamed or code.symmetric)
        f.side1 = (context.doer_of_passive(s, t, code.root, passive=False, indefinite=indefinite) if code.person_first
                   else context.agent_of_indefinite(s, t, code.code, passive=not code.symmetric, indefinite=indefinite))
    if entry.pos == "VERB" and code.symmetric and not (f.side1 or f.side2 or f.group):
        f.group = context.sides_of_passive(s, t)  # «Также были обсуждены вопросы …»
    if code.place_object:
        # a verb that carries its noun («находится в Киргизии с визитом») reads its places as the noun would
        carried = entry.condition is not None and not entry.condition.startswith("@")
        visited = [a for a in _objects(s, t, carried) if a.type == "LOC"]
        f.place_objects += visited
        f.side2 = [a for a in f.side2 if a not in visited]
        if code.host_object and not f.side2:  # «визит в Китай»: the country hosts; a city is only where,
            # but a capital stands for its state («визит Медведева в Дамаск» → Сирия, named in the article),
            # unless it is the visitor's own («Министр … России Сергей Лавров прибыл в Москву»)
            hosts = [(a, context.as_state(a, s.states)) for a in visited]
            f.side2 = [h for a, h in hosts if iso2(h.name)
                       and (h is a or not any(referents.introduced_with(s, v.entity_id, {h.entity_id})
                                              for v in f.side1))]
    if code.employer_target and not f.side2:  # «Рабочие завода УАЗ устроили забастовку» → УАЗ
        f.side2 = [a for a in _employers(s, t) if a not in f.side1]
    f.side1, f.side2, f.group = ([context.as_state(a, s.states) for a in side] for side in (f.side1, f.side2, f.group))
    if code.symmetric and any(a.type == "PER" for a in f.side1 + f.side2 + f.group):
        # a place never meets a person, but its authorities do: «встрече с делегацией Свердловской области»
        f.side1, f.side2, f.group = ([a for a in side if a.type != "LOC" or a.acting]
                                     for side in (f.side1, f.side2, f.group))
    if code.succession and (replaced := offices.predecessors(s, t)):
        # «сменил Сергея Сидорова на посту губернатора»: whom the person replaces is no side of the appointment
        f.predecessors = replaced
        gone = {a.entity_id for a in replaced}
        f.side1, f.side2 = ([a for a in side if a.entity_id not in gone] for side in (f.side1, f.side2))
    if code.person_first:
        about_a_person(s, t, entry, code, f)
    return f


def _employers(s: EventSentence, t: int) -> list[Actor]:
    """The organisations the staff doing trigger `t` work for: the genitive of a `staff` noun (event_words.tsv)
    that is the subject of the trigger or of the verb its noun hangs on, through a workplace noun («Рабочие
    завода УАЗ», «сотрудники компании «Мегафон»»)."""
    v = t
    for _ in range(3):
        if s.pos(v) in ("VERB", "AUX") or s.head(v) is None:
            break
        v = s.head(v)
    found = []
    for subject in s.kids(v, "nsubj"):
        if s.lemma(subject) not in STAFF or s.entities(subject):
            continue
        for g in s.kids(subject, "nmod"):
            if s.case(g) is None and s.feat(g, "Case") == "Gen":
                found += [a for a in s.entities(g) if a.type == "ORG"]
    return found


def _verb_frame(s: EventSentence, v: int, code: Code) -> Frame:
    frame = Frame([], [], [], [], [], v, [v])
    head = s.head(v)
    among = any(s.word(c) in AMONG for c in s.kids(v, "case", "mark"))  # the parser takes «среди» for either
    if s.feat(v, "VerbForm") == "Part" and among and head is not None and s.pos(head) == "VERB":
        # «среди задержанных оказались X и Y»: the subject of the verb above is among those arrested
        frame.anchor, frame.gates = head, [v, head]
        (frame.side2 if s.feat(v, "Voice") == "Pass" else frame.side1).extend(s.subjects(head))
        return frame
    if s.feat(v, "Voice") == "Pass" or s.kids(v, "nsubj:pass"):  # «Бут был арестован», «обвиняются»
        frame.side2 += [a for x in s.kids(v, "nsubj:pass", "nsubj") for a in s.entities(x)]
        frame.side1 += [a for x in s.kids(v, "obl", "obl:agent") if s.case(x) is None
                        and s.feat(x, "Case") == "Ins" and s.lemma(x) not in DECREES for a in s.entities(x)]
        # «указом президента Путина назначен», «по решению Путина освобожден»: who decreed it
        frame.side1 += [a for x in s.kids(v, "obl") if s.lemma(x) in DECREES
                        and ((s.case(x) is None and s.feat(x, "Case") == "Ins") or s.case(x) == "по")
                        for g in s.kids(x, "nmod", "appos")  # «указом Медведева»: parsed as apposition too
                        if s.case(g) is None and s.feat(g, "Case") == "Gen"
                        for a in s.entities(g)]
    else:
        frame.side1 += s.subjects(v)
    # «Азербайджан и Армения обвиняли друг друга», «поздравили друг друга»: to one another
    frame.reciprocal = any(s.lemma(c) == "друг" and any(s.lemma(x) == "друг" for x in s.kids(c, "fixed"))
                           for c in s.kids(v, "obj", "iobj", "obl"))
    partners(s, v, code, frame, ("obj", "iobj", "obl"))
    if code.asks_done_to and not frame.side2:  # «требовали наказать бывшего президента Бакиева» → Бакиев
        frame.side2 += [a for x in s.kids(v, "xcomp") if s.feat(x, "VerbForm") == "Inf"
                        for o in s.kids(x, "obj") for a in s.entities(o) if a.type == "PER"]
    if code.demands:  # «протестовали, требуя отставки Саакашвили»
        frame.side2 += _demanded_of(s, v)
        if s.rel(v) == "nsubj" and head is not None:  # «Протестующие требуют отставки Пашиняна»
            frame.side2 += _demanded_of(s, head, True)
    # «разорвать отношения с Россией»: the partner of the object noun, or of what it is about («подписал
    # соглашение о сотрудничестве с Минском»), or of its conjunct («заключал договоры лизинга и кредитные
    # соглашения с компаниями «Росагролизинг» и «Россельхозбанк»»)
    for o in [x for c in s.kids(v, "obj") for x in s.coordination(c)]:
        if s.entity(o) is None:
            # («ввел новый пакет санкций против России»: of what a frame noun counts)
            for n in [o] + [c for c in s.kids(o, "nmod") if s.case(c) in ABOUT
                            or (s.case(c) is None and s.lemma(o) in FRAME_NOUNS)]:
                partners(s, n, code, frame, ("nmod",), genitive=False, places=False)
            # «предъявили обвинения Ивану Петрову»: the parser hangs the verb's dative on its object
            partners(s, o, code, frame, ("iobj",), genitive=False, places=False)
    # «Его задержали вместе с главой … Автархановым»: who shares the object's side, or the subject's
    shared = [a for w in s.kids(v, "advmod") if s.lemma(w) in TOGETHER_WITH
              for c in s.kids(w, "obl") if s.case(c) == "с" for a in s.entities(c)]
    if shared:
        (frame.side1 if frame.side1 or not frame.side2 else frame.side2).extend(
            a for a in shared if a not in frame.side1 + frame.side2)
    return frame


def _governor(s: EventSentence, n: int) -> tuple[int, int | None]:
    """The word a noun trigger depends on, through a frame noun («в ходе встречи» → the verb) or
    a `content` noun whose phrase it is («выпустил заявление с осуждением», «взяла ответственность
    за взрыв» → the verb), or the first of the nouns it is conjoined to («заявил о возбуждении
    уголовного дела и задержании главы района» → «заявил»), and the nominal that hangs on it (the
    trigger, the frame noun or the first conjunct)."""
    x, head = n, s.head(n)
    while head is not None and s.rel(x) == "conj" and s.pos(head) in ("NOUN", "PROPN") and s.case(x) is None:
        x, head = head, s.head(head)
    while (head is not None and s.pos(head) in ("NOUN", "PROPN") and s.rel(x) == "nmod"
           and (s.lemma(head) in FRAME_NOUNS or (s.lemma(head), s.case(x)) in CONTENT_NOUNS)):
        x, head = head, s.head(head)
    return x, head


def _during(s: EventSentence, n: int, x: int) -> bool:
    """Whether noun trigger `n`, through the nominal `x` that hangs on its governor (`_governor`), is
    the occasion of that verb: «в ходе встречи», «во время визита», «на встрече»."""
    return s.rel(x) == "obl" and (s.lemma(x) in DURING or (x == n and s.case(n) in DURING_PREPOSITIONS))


def occasions(s: EventSentence, n: int) -> list[int]:
    """The verbs noun trigger `n` is the occasion of: its governor when it is told «в ходе», «на»
    («Путин в разговоре с Эрдоганом заявил …»), or the verb of a relative clause on it that says so
    («провёл встречу с Гусевым, в ходе которой сообщил …», «встреча, на которой он заявил …»)."""
    x, v = _governor(s, n)
    found = [v] if v is not None and s.pos(v) == "VERB" and _during(s, n, x) else []
    for r in s.kids(n, "acl:relcl"):
        for c in s.kids(r, "obl"):
            which = c if s.lemma(c) == "который" else next((k for k in s.kids(c, "nmod") if s.lemma(k) == "который"), None)
            if which is not None and (s.lemma(c) in DURING or (c == which and s.case(c) in DURING_PREPOSITIONS)):
                found.append(r)
    return found


def _noun_frame(s: EventSentence, n: int, code: Code) -> Frame:
    frame = Frame([], [], [], [], [], n, [n])
    partners(s, n, code, frame, ("nmod", "iobj", "det"))
    for o in s.kids(n, "nmod"):  # «о разрыве всех отношений с Колумбией»: the partner of its genitive noun
        if s.case(o) is None and s.feat(o, "Case") == "Gen" and s.pos(o) == "NOUN" and s.entity(o) is None:
            partners(s, o, code, frame, ("nmod",), genitive=False, places=False)
    if code.symmetric and not frame.side1:  # «переговоры у президента Бразилии с Трампом»
        frame.side1 = _holders(s, n)
    if code.person_first:  # «о назначении министром обороны Андрея Белоусова»: the appointee hangs on the post
        frame.side1 += [a for p in s.kids(n, "nmod") if s.case(p) is None and s.feat(p, "Case") == "Ins"
                        and s.lemma(p) in POSTS for c in s.kids(p, "appos") if s.feat(c, "Case") != "Ins"
                        for a in s.entities(c)]
    frame.side1 += instrumental(s, n)
    if s.lemma(n) in ATTACKERS and not frame.side1 and (state := offices.adjective_state(s, n)) is not None:
        frame.side1.append(state)  # «после российского удара», «израильские авиаудары»: the state attacks
    for p in s.kids(n, "acl", "amod"):  # «введенные Евросоюзом санкции»: the agent of a passive participle acts
        if s.feat(p, "VerbForm") == "Part" and s.feat(p, "Voice") == "Pass":
            frame.side1 += [a for x in s.kids(p, "obl:agent", "obl") if s.case(x) is None
                            and s.feat(x, "Case") == "Ins" for a in s.entities(x)]
    if code.demands:  # «митинги с требованием отставки Саакашвили»: whom the protest demands something of
        frame.side2 += with_demand(s, n, "nmod")
    if code.asks_done_to and not frame.side2 and not (s.head(n) is not None and protest(s, s.head(n))):
        # «резолюцию с требованием отставки губернатора Сергея Ястребова» (a protest's is the protest's own)
        frame.side2 += [a for g in s.kids(n, "nmod") if s.case(g) is None and s.feat(g, "Case") == "Gen"
                        and s.lemma(g) in OWNED for a in owner(s, g)]
    intent = s.head(n)
    if (not frame.side1 and intent is not None and s.pos(intent) == "NOUN" and s.lemma(intent) in INTENT
            and s.case(n) == "к"):
        # «заявил о готовности России к переговорам с Украиной»: whose readiness it is
        frame.side1 = s.intent_holders(intent) or []
    x, v = _governor(s, n)
    if (not code.symmetric and v is not None and s.lemma(v) in PARTICIPATION and s.rel(x) == "nmod"
            and s.case(x) in ("в", "на") and s.rel(v) == "obj"):
        x, v = v, s.head(v)  # «приняли участие в митинге»: the verb of «участие» governs
    if (v is not None and s.lemma(v) in DECREES and code.announced and s.case(x) in ABOUT
            and (code.person_first or not frame.side1)):
        # «Путин подписал указ о назначении Белоусова»: whoever issues the decree does what it is about
        issuer = s.head(v)
        if issuer is not None and s.pos(issuer) == "VERB" and s.rel(v) == "obj":
            agents = _done_through(s, frame, issuer)
            if not code.person_first:
                frame.side1 = agents
            elif frame.side1:  # the person appointed (the genitive) comes first, the issuer second (`frame`)
                frame.side1, frame.side2 = agents, frame.side1 + frame.side2
            if x != n:  # «распоряжение о выделении Курской области помощи»
                partners(s, x, code, frame, ("iobj",), genitive=False, places=False)
        return frame
    if v is not None and s.lemma(v) in ORGANISERS and s.feat(v, "Case") == "Ins" and not frame.side1:
        # «Организаторами акции выступили движение X и СКС»: the subject of the verb the role is predicated by
        verb = s.head(v)
        if verb is not None and s.pos(verb) in ("VERB", "AUX"):
            frame.side1 = _done_through(s, frame, verb)
        return frame
    if v is None or s.pos(v) not in ("VERB", "ADJ", "AUX"):
        return frame
    if code.demands:  # «собрались на митинг, требуя отставки Саакашвили»
        frame.side2 += _demanded_of(s, v, s.rel(x) == "nsubj")
    frame.anchor = v
    before = (len(frame.side1), len(frame.side2))
    if (s.rel(x) in ("obl", "iobj") and (s.lemma(v), s.case(x) or "") in UNDERGOING
            and not (code.symmetric or code.person_first)):
        # «Петров попал под санкции США», «Минфин включил Петрова в санкционный список»: the verb
        # puts someone under the event; whoever the noun names does it, even a genitive that names
        # a target elsewhere («село попало под обстрел ВСУ» → ВСУ)
        frame.gates.append(v)
        undergo, agents = _undergoers(s, v)
        frame.side1, frame.side2 = frame.side1 + frame.side2 + agents, undergo
        if not frame.side1:  # «В новый санкционный список попали Сбербанк …»: who last imposed them
            frame.side1 = context.last_agent(s, v, code.code)
        return _governed(frame, before)
    # «провел встречу», «выступил с заявлением», «приступили к переговорам»
    light = s.lemma(v) in LIGHT_VERBS and (s.rel(x) == "obj" or (s.rel(x) == "obl" and s.case(x) in ("с", "к")))
    # «начал рабочую неделю встречей с …»: the event the verb begins or ends with, in the instrumental
    light = light or (s.lemma(v) in OPENING and s.rel(x) in ("obl", "xcomp") and s.case(x) is None
                      and s.feat(x, "Case") == "Ins")
    # «встала в одиночный пикет», «приняли участие в акции протеста»: the subject joins the event
    light = light or (not code.symmetric and (
        (s.rel(x) == "obl" and ((s.lemma(v), s.case(x)) in JOINING or (_takes_part(s, v) and s.case(x) in ("в", "на"))))
        or (s.rel(x) == "obj" and s.lemma(x) in PARTICIPATION)))
    if light or s.rel(x) in ("nsubj", "nsubj:pass"):  # «провел встречу», «встреча состоялась в Минске»
        frame.gates.append(v)
        frame.places += [c for c in s.kids(v, "obl") if s.case(c) in LOCATION_PREPOSITIONS]
        # «переговоры прошли с участием X и Y»: the parser hangs the participants on the verb
        frame.group += [a for c in s.kids(v, "obl") if s.case(c) in ("с", "при") and s.lemma(c) in PARTICIPATION
                        for a in named_in(s, c)]
        if code.symmetric and not light:  # «между Арменией и Азербайджаном произошли столкновения»
            frame.group += [a for c in s.kids(v, "obl") if s.case(c) == "между" for a in s.entities(c)]
        if not light and code.symmetric and not frame.side1 and not frame.group:
            # «у Путина состоялся разговор с Трампом»: Путин is a side; «Токаев прибыл в Минск, где
            # состоялась встреча с Лукашенко»: the one who came is
            frame.side1 = _holders(s, v) or _came_to_place(s, v)
    if light:  # the subject of the light verb acts; its dative and partners are actor2
        if not frame.side1:
            frame.side1 = s.subjects(v)
        partners(s, v, code, frame, ("iobj", "obl"), genitive=False)
        frame.places = list(dict.fromkeys(frame.places))
        return _governed(frame, before)
    has_partner = any(s.case(c) == "с" and s.entities(c) for c in s.kids(n, "nmod"))
    has_agent = any(s.case(c) is None and s.feat(c, "Case") == "Gen" for c in s.kids(n, "nmod"))
    declared = s.lemma(x) in STARTS and s.lemma(v) in DECLARING  # «объявил о начале операции»: one's own
    if ((code.announced or declared) and not frame.side1 and not frame.group and s.feat(v, "Voice") != "Pass"
            and ((s.lemma(v) in ANNOUNCING | INTENT and s.rel(x) in ("obl", "nmod") and s.case(x) in ABOUT)
                 or (s.lemma(v) in CONFIRMING and s.rel(x) == "obj"))):  # «КГБ подтвердил задержание X»
        # «ФИФА объявила о выделении Интерполу гранта»: an act with no agent of its own is the announcer's
        frame.gates.append(v)
        # («О задержаниях сообщил телеграм-канал «Объектив Реалий»»: an outlet reports, it does nothing)
        frame.side1 = [a for a in s.subjects(v)
                       if (a.type == "ORG" or not code.announced_by_body) and not _outlet(s, a)]
        if x != n:  # «объявила о выделении Украине помощи»: the dative of the light verb's noun
            partners(s, x, code, frame, ("iobj",), genitive=False, places=False)
        if s.lemma(v) in INTENT:  # «Лавров договорился с Блинкеном о встрече»: the verb's partner
            frame.side2 += [a for c in s.kids(v, "obl") if s.case(c) in code.partners for a in s.entities(c)]
        return _governed(frame, before)
    during = _during(s, n, x)
    if (not frame.side1 and not has_agent and s.rel(x) in ("obj", "obl")
            and (has_partner or (code.during_subject and during))):
        # «в ходе встречи с Y X …», «на встречу с Виктором прибудут Лиза и Раиса»: the subject of
        # the verb is the other side; «в ходе визита в Украину Эрдоган …»: the visitor
        frame.side1 = s.subjects(v)
        if code.symmetric and has_partner and not frame.side1:
            frame.side1 = context.visitor(s, n)  # «… прибыл аль-Тани. На встрече с Зарифом обсуждалась …»
        if code.symmetric and not has_partner and not frame.group and _takes_part(s, v):
            # «Во встрече также принял участие Андрей Воробьев»: a meeting with no sides of its own
            # is the one just told, and who takes part in it joins its sides
            frame.group = [a for a in s.parties if a.entity_id not in {b.entity_id for b in frame.side1}]
    return _governed(frame, before)


def _undergoers(s: EventSentence, v: int) -> tuple[list[Actor], list[Actor]]:
    """(who undergoes, who does it) of a verb of `undergoing`: its object and subject («Минфин
    включил Петрова в список»), else its passive subject («Петров внесен в список»), else its
    subject («Петров попал под санкции», «колонна подверглась обстрелу»)."""
    objects = [a for o in s.kids(v, "obj") for a in s.entities(o)]
    if objects:
        return objects, s.subjects(v)
    passive = [a for o in s.kids(v, "nsubj:pass") for a in s.entities(o)]
    return (passive, []) if passive else (s.subjects(v), [])


def _takes_part(s: EventSentence, v: int) -> bool:
    """Whether verb `v` means taking part: «участвовать», «принять участие» (event_words.tsv
    `taking_part`, `participation`)."""
    return s.lemma(v) in TAKING_PART or any(s.lemma(o) in PARTICIPATION for o in s.kids(v, "obj"))


def _holders(s: EventSentence, h: int) -> list[Actor]:
    """The people of the «у …» phrases of word `h` that have an event rather than are its place:
    «у Путина состоялся разговор» (an animate noun; «встреча у посольства» is where)."""
    return [a for c in s.kids(h, "obl", "nmod") if s.case(c) == "у" and s.feat(c, "Animacy") == "Anim"
            for a in s.entities(c) if a.type == "PER"]


def _came_to_place(s: EventSentence, v: int) -> list[Actor]:
    """The subjects of the verb whose place a relative clause headed by verb `v` tells more of:
    who came where a meeting took place («Министры посетили Блэр-Хаус, где состоялась встреча с
    Блинкеном»), marked `governor`."""
    place, over = s.head(v), None
    if s.rel(v) == "acl:relcl" and place is not None and s.rel(place) in ("obj", "obl"):
        over = s.head(place)
    if over is None or s.pos(over) != "VERB":
        return []
    return [a.found("governor") for a in s.subjects(over)]


def _done_through(s: EventSentence, frame: Frame, verb: int) -> list[Actor]:
    """The subjects of the verb a noun trigger is done through (a decree signed, a role taken),
    marked `governor`; the verb dates the event and its negation cancels it."""
    frame.anchor, frame.gates = verb, frame.gates + [verb]
    return [a.found("governor") for a in s.subjects(verb)]


def _demanded_of(s: EventSentence, v: int, its_subject: bool = False) -> list[Actor]:
    """Whom a protest on verb `v` asks something of (the owner of the event asked for, `owner`):
    a «требуя …» gerund on it («протестовали, требуя отставки Саакашвили» → Саакашвили), a «с
    требованием …» phrase the parser hung on it («вышли на митинг с требованием отставки …»), or
    `v` itself when the protest is its subject («участники протеста требуют отставки Пашиняна»)."""
    asks = [g for g in s.kids(v, "advcl") if s.lemma(g) in DEMANDED and s.feat(g, "VerbForm") == "Conv"]
    found = [a for g in asks for o in s.kids(g, "obj", "obl") if s.case(o) is None for a in s.entities(o) or owner(s, o)]
    if its_subject and s.lemma(v) in DEMANDED:  # an event asked for, not whom an appeal addresses
        found += [a for o in s.kids(v, "obj", "obl") if s.case(o) is None for a in owner(s, o)]  # («призывали Лукашенко»)
    return found + with_demand(s, v, "obl")


def _governed(frame: Frame, before: tuple[int, int]) -> Frame:
    """The frame with the actors added after `before` (the sides' lengths) marked `governor`."""
    frame.side1 = frame.side1[:before[0]] + [a.found("governor") for a in frame.side1[before[0]:]]
    frame.side2 = frame.side2[:before[1]] + [a.found("governor") for a in frame.side2[before[1]:]]
    return frame


def _objects(s: EventSentence, t: int, any_case: bool = False) -> list[Actor]:
    """The entities of the trigger's object and of its «в/на» + accusative («посетил Украину»,
    «прибыл в Пакистан»); a noun's «в/на» phrase in any case («визит в Украину», «визит в Болгарии»),
    and so a verb's with `any_case`."""
    out = []
    for c in s.kids(t, "obj") + [c for c in s.kids(t, "obl", "nmod") if s.case(c) in LOCATION_PREPOSITIONS
                                 and (s.feat(c, "Case") == "Acc" or s.pos(t) != "VERB" or any_case)]:
        out += s.entities(c)
    return out
