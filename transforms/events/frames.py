"""The frame of a trigger: who takes part on which side, and which phrases may be its place.

A verb takes actor1 from its subject (the passive's agent, or who decreed it: «указом
президента Путина назначен») and actor2 from its object, dative or a partner preposition of its
code (docs/events.md §4); «среди задержанных оказались X» makes the subject of the verb above
one who underwent it.  A noun's frame is noun_frames.py's.  `frame` gives
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

from dataclasses import replace

from transforms.coreference import voice_at
from transforms.countries import iso2
from transforms.descriptors import posts_of
from transforms.events import context, offices, referents
from transforms.events.actor import Actor
from transforms.events.frame_base import Frame, demanded_of, is_outlet
from transforms.events.noun_frames import met_at, noun_frame
from transforms.events.partners import genitives, is_event_noun, is_meeting_word, owner, partners, passive_agents
from transforms.events.person_frames import about_a_person
from transforms.events.sentence import EventSentence
from transforms.events.taxonomy import FIRM, GATHERING, Code, Entry, lexicon
from transforms.events.triggers import condition_word, firms, gatherings, match
from transforms.events.words import (ABOUT, AMONG, CONSEQUENCES, DECREES, DETAINING, ENVOYS, FRAME_NOUNS,
                                     LOCATION_PREPOSITIONS, MEDIATION, MOUTHPIECES, MOVING, RECALLING, STAFF, TELEPHONE,
                                     TOGETHER_WITH)
from transforms.places import capital_of
from transforms.quotes.attribution import relays
from transforms.quotes.lexicon import is_document, is_media, is_news_outlet
from transforms.quotes.subjects import place_of_statement
from transforms.word_forms import plurale_tantum


def frame(s: EventSentence, t: int, entry: Entry, code: Code) -> Frame:
    """The frame of trigger `t`; for a code whose LOC object is a place (`place_object`), a
    visited place is where the event is, and for a visit (`host_object`) also its end, actor2
    («посетил Дюссельдорф»)."""
    word = condition_word(s, t, entry.condition)
    f = _verb_frame(s, t, code) if entry.pos == "VERB" else noun_frame(s, t, code, word)
    # (`pairs` reads it for a meeting only: the dictionary is asked for no other code)
    f.several = code.symmetric and (
        (entry.pos == "NOUN" and s.feat(t, "Number") == "Plur" and not plurale_tantum(s.word(t)))
        or s.lemma(t) in TELEPHONE or entry.condition in TELEPHONE)  # a call has two sides
    if word is not None and s.pos(word) == "VERB":  # «запретил ввозить фрукты из Молдавии»: the verb completing it
        partners(s, word, code, f, ("obl",), genitive=False, places=False)
    elif word is not None and s.pos(word) == "NOUN" and s.rel(word) in ("obl", "xcomp", "nsubj:pass"):
        # «обменялся мнениями с Си Цзиньпином», «выступил посредником между Россией и Украиной»; a passive's
        # subject: «Контракт с Воробьевым расторгнут»
        partners(s, word, code, f, ("nmod",), genitive=False, places=False)
    elif word is not None and s.pos(word) == "NOUN" and s.rel(word) == "obj" and entry.pos == "VERB":
        # «избрал меру пресечения в отношении Армена Арамяна»: the parser hangs the partner on the word's
        # genitive complement (the object itself is read with the verb's other objects)
        for n in s.kids(word, "nmod"):
            if s.case(n) is None and s.genitive(n):
                partners(s, n, code, f, ("nmod",), genitive=False, places=False)
    if not f.side1 and word is not None and s.lemma(word) in MEDIATION:
        # «готовность выступить посредником между Москвой и Киевом», no mediator named: the sides it would mediate
        # between do nothing with each other (event_words.tsv `mediation`; the condition word of «посредническую
        # миссию» is its adjective)
        f.group = []
    if word is not None and s.lemma(t) in RECALLING and (posted := [
            a for c in s.kids(word, "nmod") if s.case(c) == "в" for a in s.entities(c) if iso2(a.name)]):
        f.side2 = posted  # «отозвал посла страны в США»: relations with the state the diplomat is posted in
    if entry.condition == FIRM:  # «покупает своего конкурента «Трансаэро»», «о покупке двух игроков «Коринтианс» …»:
        f.side2 = [a for a in firms(s, t) if a not in f.side1]  # the organisation taken, or whose share is taken
    if entry.condition == GATHERING:  # «принял участие в совещании с Путиным»: the gathering's partner
        for g in gatherings(s, t):
            partners(s, g, code, f, ("nmod",), genitive=False, places=False)
    if word is not None and s.pos(word) == "NOUN" and not (f.side1 or f.side2 or f.group):
        # «подписание соглашения о сотрудничестве между администрациями Санкт-Петербурга и Тюменской
        # областью»: the parser hangs «между» on what the agreement is about, or on a word of it
        # («соглашение о прекращении огня между Израилем и ХАМАС»); those are its parties
        about = [c for c in s.kids(word, "nmod") if s.case(c) in ABOUT]
        about += [k for c in about for k in s.kids(c, "nmod") if s.case(k) is None]
        f.group += [a for c in about for k in s.kids(c, "nmod") if s.case(k) == "между" for a in s.entities(k)]
    if word is not None and entry.pos == "VERB" and not any(s.entities(o) for o in s.kids(t, "obj")):
        # «объявила персоной нон грата помощника атташе Алексея Гришаева»: the parser hangs the object,
        # an accusative, under the trigger's condition word, or under its foreign words («объявил
        # персонами нон грата дипломатов Германии, Польши и Швеции», an animate plural's accusative
        # in the genitive's form: the states of those diplomats, probe DY)
        holders = [word, *(k for k in (word + 1, word + 2) if k < s.tokens.stop and s.pos(k) == "X")]
        f.side2 += [a for h in holders for c in s.kids(h, "nmod") for k in [c, *s.kids(c, "nmod", "appos")]
                    if s.case(k) is None and (s.feat(k, "Case") == "Acc" or s.rel(k) == "appos" or (
                        s.feat(k, "Case") == "Gen" and s.feat(k, "Animacy") == "Anim" and s.feat(k, "Number") == "Plur"))
                    for a in s.entities(k)]
    summoned_to = (word is not None and s.case(word) == "в" and entry.pos == "VERB"
                   and (s.view.mention_at(word) or {}).get("type") == "ORG")
    if summoned_to and not f.side1:
        # «Посла вызвали в МИД Азербайджана»: the body one is summoned to summons (cameo.tsv «вызвать мид»)
        f.side1 = [a for a in s.entities(word) if a.type == "ORG"]
        f.places = [p for p in f.places if p != word]
    if summoned_to and not f.side2:  # «Замруководителя американского посольства вызвали в МИД» → США
        f.side2 = [a for o in s.kids(t, "obj", "nsubj:pass") for a in offices.staff_states(s, o)]
    if word is not None and entry.pos == "VERB" and s.lemma(word) in ENVOYS and s.lemma(t) not in RECALLING:
        if not f.side1:  # «В МИД России вызван посол Грузии»: the body he is summoned to, as above
            bodies = [c for c in s.kids(t, "obl") if s.case(c) == "в"]
            f.side1 = [a for c in bodies for a in s.entities(c) if a.type == "ORG"]
            f.places = [p for p in f.places if p not in bodies]
        if not f.side2:  # «вызвал посла России»: an envoy named by no person stands for his state
            f.side2 = offices.envoy_states(s, word)
    if "statement" in code.flags:
        # «Об этом сообщает ТАСС», «сообщила газета O Globo»: an outlet reporting makes no statement;
        # a reporter named as a person does («военный корреспондент Юрий Котенок сообщил»)
        outlet = any(is_media(s.lemma(c), s.word(c)) for c in s.kids(t, "nsubj")) or relays(s.view, t)
        f.side1 = [a for a in f.side1 if not is_news_outlet(a.name) and not (outlet and a.type != "PER")]
    if code.root == "04" and ((outlets := [a for a in f.side2 + f.group if is_outlet(s, a)]) or any(
            s.case(c) == "с" and is_media(s.lemma(c)) for c in s.kids(t, "nmod", "obl"))):
        # «в беседе с ТАСС», «в интервью изданию «Взгляд»», «в беседе с корреспондентом «Голоса Америки»»:
        # an interview, not a meeting
        f.side2 = [a for a in f.side2 if a not in outlets]
        f.group = [a for a in f.group if a not in outlets]
        if not f.side2 and len(f.group + f.side1) < 2:
            f.side1, f.group = [], []
    if entry.pos == "VERB" and not f.side1 and (
            "statement" in code.flags or (not f.group and not code.symmetric and context.indefinite_personal(s, t))
    ) and (place := _place_said_in(s, t)) is not None:
        # «Об этом сообщили в пресс-службе Генеральной прокуратуры»: the body it was said in, as quotes read it;
        # «в МИД Белоруссии назвали заявления Брюсселя вмешательством», «В Кремле от комментариев отказались»:
        # any other indefinite-personal verb «в» a body is the body's act, as its statement is; «в» a document,
        # its owners act («В итоговой резолюции ЛАГ и ОИС осудили действия Израиля и потребовали …»)
        if place in s.tokens:
            bodies = [a for a in s.entities(place) if a.type == "ORG"]
        else:  # «… сообщили в Минздраве. Там проинформировали, что …»: the body the sentence before named
            m = s.view.mention_at(place)
            bodies = ([Actor(m["entity_id"], m["entity_name"], m["type"], s.view.tokens[t].start, "coreference")]
                      if m is not None and m["type"] == "ORG" else [])
        if not bodies and place in s.tokens and is_document(s.lemma(place)):
            bodies = genitives(s, place)
        if (not bodies and place in s.tokens and code.said_in_state and s.view.mention_at(place) is not None
                and context.indefinite_personal(s, t)):
            # «В Израиле заявили о …», «В Баку обвинили Ереван …» after «Азербайджан»: words said in a country, or in
            # a capital whose state the article names (`context.as_state`), no body named, are the state's; the
            # place's own name only («В посольстве Эстонии отказались» is the embassy's act, not Эстония's)
            bodies = [a for a in s.entities(place) if a.type == "LOC"
                      and (iso2(a.name) or context.as_state(a, s.states) != a)]
        f.side1 = [a for a in bodies if not is_news_outlet(a.name)]
    if entry.pos == "VERB" and code.person_first and not f.side1 and f.side2:
        f.side1 = context.doer_of_passive(s, t, code.root)  # «В частности, орденов удостоены …»: who awarded last
    if entry.pos == "VERB" and code.together and not (f.side1 or f.side2 or f.group) and (
            context.indefinite_personal(s, t) or s.feat(t, "Voice") == "Pass"):
        # «Соглашение было достигнуто по итогам встречи X, Y и Z»: done together by who met
        f.group = [replace(a, start=s.view.tokens[t].start, via="argument") for a in met_at(s, t)]
    if entry.pos == "VERB" and code.announced and not code.symmetric and not f.side1 and not f.group:
        # «Иван Петров задержан …, сообщила ФСБ»: the body tells its own act (not a meeting's: «В МИД России добавили,
        # что «министры … обсудили …»» goes on with the sides)
        f.side1 = context.announcing_body(s, t)
    if entry.pos == "VERB" and not f.side1 and not f.group and "statement" not in code.flags:
        # «Санкции также ввели против …», «X приговорен к …»: who did it last (not «в Казахстане
        # заявили»: whoever spoke last did not say this); for a code about a person, who last did it
        # to someone («Также в этот день вручили ордена …»); the parties «между X и Y» did it themselves
        indefinite = not (code.indefinite_unnamed or code.symmetric)
        f.side1 = (context.doer_of_passive(s, t, code.root, passive=False, indefinite=indefinite) if code.person_first
                   else context.agent_of_indefinite(s, t, code.code, indefinite=indefinite, passive=not (
                       code.symmetric or (code.indefinite_unnamed and s.lemma(t) in DETAINING))))
    if entry.pos == "VERB" and code.symmetric and not (f.side1 or f.side2 or f.group):
        f.group = context.sides_of_passive(s, t, met_at(s, t))  # «Также были обсуждены вопросы …»
    if code.place_object:
        # a verb that carries its noun («находится в Киргизии с визитом») reads its places as the noun would
        carried = entry.condition is not None and not entry.condition.startswith("@")
        # … and the places of that noun: «прибыл с официальным визитом в РФ», «в РФ» hung on «визитом»
        visited = [a for a in _objects(s, t, carried) + (_objects(s, word) if carried and word is not None else [])
                   if a.type == "LOC"]
        if code.host_object and entry.pos == "VERB" and not visited and not f.side2 and not s.kids(t, "obj"):
            # «побывал в ЮАР, Эсватини, Анголе и Эритрее» (probe EW): a visit with no place it goes to visits
            # the places it is in
            visited = [a for a in _objects(s, t, any_case=True) if a.type == "LOC"]
        f.place_objects += visited
        f.side2 = [a for a in f.side2 if a not in visited]
        if code.host_object and not f.side2:  # «посетил Дамаск для переговоров с президентом Асадом»: whom
            f.side2 = _met_on_visit(s, t)     # the visit is made to meet hosts it (probes EW, FE)
        if code.host_object and not f.side2:  # «визит в Китай»: the country hosts; another place visited
            # is the visit's end as the text names it («прибыл в Норильск»), but a capital stands for its
            # state («визит Медведева в Дамаск» → Сирия, named in the article), unless it is the visitor's
            # own («Министр … России Сергей Лавров прибыл в Москву»)
            hosts = [(a, context.as_state(a, s.states)) for a in visited]
            f.side2 = [h for a, h in hosts
                       if (h is a or not any(referents.introduced_with(s, v.entity_id, {h.entity_id})
                                              for v in f.side1))]
        if code.host_object and entry.pos == "VERB" and not f.side2 and not visited:
            # «В МИД России уже побывали послы …» (probe HI): an organisation visited hosts the visit
            f.side2 = [a for a in _objects(s, t, any_case=True) if a.type == "ORG" and a not in f.side1]
        if code.host_object and not f.side2 and not visited:
            # «во время рабочей поездки в регион» after «губернатором Пермского края»: a place named by its kind
            # only is the place of that kind named last (probe HR)
            f.side2 = [a for c in s.kids(t, "nmod", "obl") if s.case(c) in ("в", "на") and s.feat(c, "Case") == "Acc"
                       and (a := offices.generic_place(s, c)) is not None and a not in f.side1]
    if code.foretells:  # «предупредил, что подписание будет иметь серьезные последствия для Украины» → Украина
        f.side2 += [a for k in sorted(s.clause(t, embedded=True)) if s.lemma(k) in CONSEQUENCES
                    for g in s.kids(k, "nmod") if s.case(g) == "для"
                    for a in s.entities(g) if a not in f.side1 + f.side2]
    if code.refusal and entry.pos == "VERB" and not f.side2:  # «отказался встречаться с Зеленским» → Зеленский
        f.side2 = [a for a in _refused_partners(s, t) if a not in f.side1]
    if code.employer_target and not f.side2:  # «Рабочие завода УАЗ устроили забастовку» → УАЗ
        employers = _employers(s, t)  # (the staff act against them, not for them as `offices.government` reads)
        theirs = {e.entity_id for e in employers}
        f.side1 = [a for a in f.side1 if not (a.acting and a.entity_id in theirs)]
        f.side2 = [a for a in employers if a not in f.side1]
    if code.symmetric and entry.pos == "NOUN" and s.rel(t).startswith("nsubj") and not (f.side1 or f.group) and f.side2:
        # «Эрдоган заявил, что переговоры с … Путиным получились успешными»: talks with someone that a person's
        # words tell of, the subject of their clause, naming no other side, are the speaker's (not a press
        # secretary's; not talks with a subject of their own: «представители … пытались вести переговоры с ДПНИ»)
        f.side1 = _speaker_side(s, t, f.side2)
    f.side1, f.side2, f.group = ([context.as_state(context.as_body(a, s.owners), s.states) for a in side]
                                 for side in (f.side1, f.side2, f.group))
    if code.symmetric and any(a.type == "PER" for a in f.side1 + f.side2 + f.group):
        # a place never meets a person, but its authorities do: «встрече с делегацией Свердловской области»;
        # a country that is itself the partner is its state («о готовности к переговорам с Ираном», probe EW)
        f.side1, f.side2, f.group = ([a for a in side if a.type != "LOC" or a.acting or _partner_state(s, a)]
                                     for side in (f.side1, f.side2, f.group))
    if code.succession and (replaced := offices.predecessors(s, t)):
        # «сменил Сергея Сидорова на посту губернатора»: whom the person replaces is no side of the appointment
        f.predecessors = replaced
        gone = {a.entity_id for a in replaced}
        f.side1, f.side2 = ([a for a in side if a.entity_id not in gone] for side in (f.side1, f.side2))
    if code.person_first:
        about_a_person(s, t, entry, code, f)
    if code.succession and entry.lemma in MOVING:
        # «глава Липецка Евгения Уваркина перешла на пост замгубернатора»: she leaves the post she is named with
        f.moved = [(a, b) for a in f.side1 if a.type == "PER" for b in offices.held_post_body(s, a)
                   if b not in f.side2]
    return f


def _speaker_side(s: EventSentence, t: int, partners: list[Actor]) -> list[Actor]:
    """The person whose quote (`EventSentence.voices`) holds token `t`, when none of `partners` and introduced
    with no post of one who speaks for another (event_words.tsv `mouthpiece`)."""
    eid = voice_at(s.voices, s.view.tokens[t].start)
    p = s.people.get(eid or "")
    if (p is None or p.type != "PER" or eid in {a.entity_id for a in partners}
            or posts_of(s.view, eid) & MOUTHPIECES):
        return []
    return [replace(Actor.resolved(p, s.view.tokens[t].start), via="speaker")]


def _refused_partners(s: EventSentence, t: int) -> list[Actor]:
    """Whom the infinitive a refusal `t` governs would have involved: its partners as its own code reads them (a
    trigger's: «встречаться с Зеленским»), else its object and dative («выдавать Виталию Мутко аккредитацию»)."""
    out = Frame([], [], [], [], [], t, [])
    lex = lexicon()
    for x in s.kids(t, "xcomp"):
        entry = match(s, x, lex)
        own = lex.codes[entry.code] if entry is not None else None
        if own is not None:  # (and on its object, its condition word: «ввести санкции против России»)
            partners(s, x, own, out, ("obj", "iobj", "obl"), genitive=False, places=False)
            for o in s.kids(x, "obj"):
                partners(s, o, own, out, ("nmod",), genitive=False, places=False)
        else:
            out.side2 += [a for c in s.kids(x, "obj", "iobj") for a in s.entities(c)]
    return out.side2 + out.group


def _met_on_visit(s: EventSentence, t: int) -> list[Actor]:
    """The people a visit by trigger `t` is made to meet, named with «с» in its purpose: «посетил Дамаск для
    переговоров с президентом Асадом», «направился в РФ для встречи со своим российским коллегой», «едет в
    Москву, чтобы встретиться с … Сергеем Лавровым»."""
    purposes = ([c for c in s.kids(t, "obl", "nmod") if s.case(c) == "для"]
                + [c for c in s.kids(t, "advcl", "xcomp") if s.pos(c) == "VERB"])
    meetings = [p for p in purposes if is_meeting_word(s, p)]
    return [a for p in meetings for c in s.kids(p, "obl", "nmod") if s.case(c) == "с" for a in s.entities(c)
            if a.type == "PER"]


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
        if s.lemma(subject) not in STAFF or any(not a.acting for a in s.entities(subject)):
            continue
        for g in s.kids(subject, "nmod"):
            if s.genitive(g):
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
        if not frame.side2 and s.rel(v) == "acl" and head is not None and s.pos(head) in ("NOUN", "PROPN"):
            frame.side2 += s.entities(head)  # «Дуда, поддержанный партией «Право и справедливость», …»
        frame.side1 += passive_agents(s, v)
        if not frame.side1:
            # «был принят в Букингемском дворце королем Карлом III»: the parser hangs the agent, a person in
            # the instrumental, on the phrase before it
            frame.side1 += [a for x in s.kids(v, "obl") for y in s.kids(x, "nmod") if s.case(y) is None
                            and s.feat(y, "Case") == "Ins" for a in s.entities(y) if a.type == "PER"]
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
    if code.asks_done_to:  # «требовали наказать бывшего президента Бакиева» → Бакиев
        # («пригрозило понизить кредитный рейтинг Boeing», «пригрозил пересмотреть сотрудничество с Тбилиси»:
        # whose thing the act is done to, who the object names)
        asked = [a for x in s.kids(v, "xcomp") if s.feat(x, "VerbForm") == "Inf" for o in s.kids(x, "obj")
                 for a in s.entities(o) or [a for c in s.kids(o, "nmod") if s.case(c) in (None, "с", "против")
                                            for a in s.entities(c)]
                 if a.type in ("PER", "ORG") or (a.type == "LOC" and (iso2(a.name) or capital_of(a.name)))]
        # «потребовали отставки председателя парламента Ираклия Кобахидзе и министра …»: whose act is asked for
        asked += [a for o in s.kids(v, "obj") if s.entity(o) is None for a in owner(s, o) if a.type == "PER"]
        listed = [a for o in s.kids(v, "obj") for c in s.coordination(o) for a in s.entities(c)]
        if all(a in listed for a in frame.side2):  # no one else on the other side (those listed with it are asked too)
            frame.side2 += [a for a in asked if a not in frame.side2]
    if code.demands:  # «протестовали, требуя отставки Саакашвили»
        frame.side2 += demanded_of(s, v)
        if s.rel(v) == "nsubj" and head is not None:  # «Протестующие требуют отставки Пашиняна»
            frame.side2 += demanded_of(s, head, True)
    # «разорвать отношения с Россией»: the partner of the object noun, or of what it is about («подписал
    # соглашение о сотрудничестве с Минском»), or of its conjunct («заключал договоры лизинга и кредитные
    # соглашения с компаниями «Росагролизинг» и «Россельхозбанк»»)
    for o in [x for c in s.kids(v, "obj") for x in s.coordination(c)]:
        if s.entity(o) is None:
            # («ввел новый пакет санкций против России»: of what a frame noun counts; a judged event's own target
            # is not the judging's: «осудили агрессию США против Венесуэлы» → США only)
            for n in ([] if code.judges and is_event_noun(s, o) else
                      [o] + [c for c in s.kids(o, "nmod") if s.case(c) in ABOUT
                             or (s.case(c) is None and s.lemma(o) in FRAME_NOUNS)]):
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


def _partner_state(s: EventSentence, a: Actor) -> bool:
    """Whether actor `a` is a country named as a partner «с» or «между»: «переговоры с Ираном»."""
    k = s.view.token_at(a.start) if a.start >= 0 else None
    return k is not None and iso2(a.name) is not None and s.case(k) in ("с", "между")


def _objects(s: EventSentence, t: int, any_case: bool = False) -> list[Actor]:
    """The entities of the trigger's object and of its «в/на» + accusative («посетил Украину»,
    «прибыл в Пакистан»); a noun's «в/на» phrase in any case («визит в Украину», «визит в Болгарии»),
    and so a verb's with `any_case`."""
    out = []
    for c in s.kids(t, "obj") + [c for c in s.kids(t, "obl", "nmod") if s.case(c) in LOCATION_PREPOSITIONS
                                 and (s.feat(c, "Case") == "Acc" or s.pos(t) != "VERB" or any_case)]:
        out += s.entities(c)
    return out


def _place_said_in(s: EventSentence, t: int) -> int | None:
    """The «в» phrase a verb was said or done in (`place_of_statement`), or its first conjunct's
    («… осудили действия Израиля и потребовали …»: one place for both)."""
    place = place_of_statement(s.view, t)
    head = s.head(t)
    if place is None and s.rel(t) == "conj" and head is not None and s.pos(head) == "VERB":
        place = place_of_statement(s.view, head)
    return place
