"""The frame of a noun trigger (docs/events.md §4): participants from its own dependents (a passive
participle's agent: «введенные Евросоюзом санкции») and from the verb it depends on — the subject
of a light verb acts («провел встречу»), the subject of the verb is the other side of «встреча с Y»
and takes part in what it does something «в ходе» of (`occasions`), the subject of «объявила о …»
does what it announces (`announced`), and a protest's demand names its target (`demands`).
"""

from __future__ import annotations

from transforms.events import context, offices
from transforms.events.actor import Actor
from transforms.events.frame_base import Frame, demanded_of, is_outlet
from transforms.events.partners import (genitives, instrumental, is_meeting_word, mission_states, named_in, owner,
                                       partners, passive_agents, protest, with_demand)
from transforms.events.sentence import EventSentence
from transforms.events.taxonomy import Code
from transforms.events.triggers import framed_posts
from transforms.events.words import (ABOUT, AFFECTING, ANNOUNCING, APPROVING, CONFIRMING, CONGRATULATING,
                                     CONTENT_NOUNS, DECLARING, DECREE_SIGNING, DECREES, DURING, DURING_PREPOSITIONS,
                                     FAVOURS, FRAME_NOUNS, GRANTED, GRANTING, INTENT, JOINING, LIGHT_VERBS,
                                     LOCATION_PREPOSITIONS, MEDIATION, OPENING, ORG_AGENTS, ORGANISERS, OWNED,
                                     PARTICIPATION, POSTS, RECALLING, RECEIVING, REMAINING_UNDER, REQUESTS,
                                     RESIGNATION_LETTERS, STARTS, TAKING_PART, UNDERGOING)
from transforms.quotes.lexicon import is_press_office
from transforms.word_forms import is_abbreviation


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
           and (s.lemma(head) in FRAME_NOUNS or (s.lemma(head), s.case(x)) in CONTENT_NOUNS
                or (s.case(x) in ABOUT and _granted(s, head)))):
        x, head = head, s.head(head)
    if head is not None and s.pos(head) == "ADV" and s.rel(head) == "advmod" and s.rel(x) == "obl":
        # «задержан … — вскоре после встречи с Саргсяном», parsed as «встречи» ← «вскоре»: the adverb's verb
        verb = s.head(head)
        head = verb if verb is not None and s.pos(verb) == "VERB" else head
    return x, head


def _granted(s: EventSentence, x: int) -> bool:
    """Whether nominal `x` is a request a verb grants, its object: «удовлетворил ходатайство о его аресте»
    (event_words.tsv `granting`, `granted`)."""
    head = s.head(x)
    return (s.lemma(x) in GRANTED and s.rel(x) == "obj" and head is not None
            and s.lemma(head) in GRANTING)


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
            which = c if s.lemma(c) == "который" else next(
                (k for k in s.kids(c, "nmod") if s.lemma(k) == "который"), None)
            if which is not None and (s.lemma(c) in DURING or (c == which and s.case(c) in DURING_PREPOSITIONS)):
                found.append(r)
    return found


def met_at(s: EventSentence, verb: int) -> list[Actor]:
    """Who meets at the meeting a verb is told «по итогам», «в ходе» or «на» of (`occasions`): the
    genitives and «с» partners of a noun of a symmetric code («Соглашение было достигнуто по итогам
    встречи Столтенберга, Эрдогана и Кристерссона»)."""
    for n in s.tokens:
        if is_meeting_word(s, n, "NOUN") and verb in occasions(s, n):
            return genitives(s, n) + [a for g in s.kids(n, "nmod") if s.case(g) == "с" for a in s.entities(g)]
    return []


def _done_to(frame: Frame, ids: set[str]) -> None:
    """Move the actors `ids` the genitive role put on side 1 to side 2: the event is done to them."""
    frame.side2 += [a for a in frame.side1 if a.entity_id in ids]
    frame.side1 = [a for a in frame.side1 if a.entity_id not in ids]


def noun_frame(s: EventSentence, n: int, code: Code, word: int | None = None) -> Frame:
    """The frame of noun trigger `n`; `word`: the token of the trigger's condition word («дипломатов» of «высылка
    дипломат»), if it has one."""
    frame = Frame([], [], [], [], [], n, [n])
    partners(s, n, code, frame, ("nmod", "iobj", "det"))
    if not code.symmetric and not frame.side2 and (state := offices.opposed_state(s, n)) is not None:
        frame.side2.append(state)  # «пакет антироссийских санкций» → Россия
    if (word is not None and code.genitive == "actor1" and s.lemma(n) not in RECALLING and s.head(word) == n
            and s.rel(word) == "nmod" and s.case(word) is None and s.feat(word, "Case") == "Gen"):
        # «к высылке российских дипломатов присоединились Бельгия, …»: the trigger's own word in the genitive is
        # whom it is done to, as a verb's object is («выслала российских дипломатов»), not who does it (but
        # «отзыв российского посла»: a state recalls its own)
        _done_to(frame, {a.entity_id for a in s.entities(word)})
    for o in s.kids(n, "nmod"):  # «о разрыве всех отношений с Колумбией»: the partner of its genitive noun
        if s.case(o) is None and s.feat(o, "Case") == "Gen" and s.pos(o) == "NOUN" and s.entity(o) is None:
            partners(s, o, code, frame, ("nmod",), genitive=False, places=False)
    favours = s.lemma(n) in FAVOURS and s.case(n) not in ("при", "благодаря")
    if favours:  # «о поддержке Ирана», «в поддержку Калви»: the genitive is whom it favours («при поддержке США»: who;
        # «письма поддержки от … партии»: the party)
        _done_to(frame, {a.entity_id for g in s.kids(n, "nmod") if s.case(g) is None and s.feat(g, "Case") == "Gen"
                         for a in s.entities(g)})
    if code.symmetric and not frame.side1:  # «переговоры у президента Бразилии с Трампом»
        frame.side1 = _holders(s, n)
    if code.person_first:  # «о назначении министром обороны Андрея Белоусова»: the appointee hangs on the post
        frame.side1 += [a for p in s.kids(n, "nmod") if s.case(p) is None and s.feat(p, "Case") == "Ins"
                        and s.lemma(p) in POSTS for c in s.kids(p, "appos") if s.feat(c, "Case") != "Ins"
                        for a in s.entities(c)]
        if not frame.side1:  # «об освобождении от должности главы Удмуртии Александра Соловьева»: on its frame's post
            frame.side1 += [a for p in framed_posts(s, n) for c in s.kids(p, "appos") for a in s.entities(c)
                            if a.type == "PER"]
    frame.side1 += instrumental(s, n)
    if s.lemma(n) in ORG_AGENTS and not frame.side1 and (state := offices.adjective_state(s, n)) is not None:
        frame.side1.append(state)  # «после российского удара», «израильские авиаудары»: the state attacks
    for p in s.kids(n, "acl", "amod"):  # «введенные Евросоюзом санкции»: the agent of a passive participle acts
        if s.feat(p, "VerbForm") == "Part" and s.feat(p, "Voice") == "Pass":
            # (an abbreviation does not decline, whatever case the tagger gives it: «введенными против него США»)
            frame.side1 += [a for x in s.kids(p, "obl:agent", "obl") if s.case(x) is None
                            and (s.feat(x, "Case") == "Ins" or is_abbreviation(s.view.tokens[x].text))
                            for a in s.entities(x)]
            # «санкции, введенные США против России»: the participle's partner phrase is the noun's (probe GJ)
            partners(s, p, code, frame, ("obl",), genitive=False, places=False)
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
    if s.lemma(n) in REQUESTS and s.case(n) == "по" and x == n and v is not None and (
            s.pos(v) == "VERB" or s.rel(v) == "nsubj"):
        # «Совбез ООН провел по просьбе Украины и России заседание»: whom one asked does it (the phrase hung
        # on the subject: «Мэри Саймон по его просьбе приостановила …»)
        asking = {a.entity_id for a in frame.side1}
        verb = v if s.pos(v) == "VERB" else s.head(v)
        frame.side2 += [a.found("governor") for a in (s.subjects(verb) if verb is not None else [])
                        if a.entity_id not in asking]
        return frame
    if favours and s.case(n) == "в" and s.feat(n, "Case") == "Acc":
        # «Кудрин выступил в поддержку Калви»: the verb's subject acts
        if x == n and v is not None and s.pos(v) == "VERB":
            frame.gates.append(v)
            frame.anchor = v
            frame.side1 = s.subjects(v)
        return frame
    if ((not code.symmetric or _partnered(s, n)) and v is not None and s.lemma(v) in PARTICIPATION
            and s.rel(x) == "nmod" and s.case(x) in ("в", "на") and s.rel(v) == "obj"):
        # «приняли участие в митинге», «Путин примет участие во встрече с Си Цзиньпином»: the verb of «участие»
        # governs (a meeting with no partner of its own is the one just told: below)
        x, v = v, s.head(v)
    if (v is not None and s.lemma(v) in RESIGNATION_LETTERS and code.leaves_post and s.case(x) in ABOUT
            and not frame.side1 and s.rel(v) == "obj" and (writer := s.head(v)) is not None
            and s.pos(writer) == "VERB"):
        # «Андрей Жарков написал заявление о досрочном уходе»: the writer leaves (event_words.tsv `resignation_letter`),
        # and whom it is handed to is the other side («вручит прошение об отставке президенту Петру Павлу», probe IV)
        frame.side1, frame.subject_first = _done_through(s, frame, writer), True
        return frame
    if (v is not None and s.lemma(v) in DECREES and code.announced and s.case(x) in ABOUT
            and (code.person_first or not frame.side1)):
        # «Путин подписал указ о назначении Белоусова»: whoever issues the decree does what it is about
        issuer = s.head(v)
        if issuer is not None and s.pos(issuer) == "VERB" and s.rel(v) == "obj":
            agents = _done_through(s, frame, issuer)
            makers = [g for g in s.kids(v, "nmod") if s.case(g) is None and s.feat(g, "Case") == "Gen"]
            if makers and s.lemma(issuer) not in DECREE_SIGNING:
                # «Поздняков прокомментировал решение МОК о дисквалификации Зубкова»: a decree of its own maker,
                # in the genitive, is the maker's, not the subject's who comments on it («решение суда»: no one
                # the article names); one who signs it makes it («Медведев подписал постановление правительства»)
                agents = [a.found("governor") for g in makers for a in s.entities(g)]
            if not code.person_first:
                frame.side1 = agents
            elif frame.side1:  # the person appointed (the genitive) comes first, the issuer second (`frame`)
                frame.side1, frame.side2 = agents, frame.side1 + frame.side2
            elif any(s.lemma(d) == "свой" for d in s.kids(n, "det")):
                frame.side1 = agents  # «Собянин подписал указ о своем вступлении в должность мэра»: his own
            if x != n:  # «распоряжение о выделении Курской области помощи»
                partners(s, x, code, frame, ("iobj",), genitive=False, places=False)
        return frame
    if v is not None and s.lemma(v) in ORGANISERS and s.feat(v, "Case") == "Ins" and not frame.side1:
        # «Организаторами акции выступили движение X и СКС»: the subject of the verb the role is predicated by
        verb = s.head(v)
        if verb is not None and s.pos(verb) in ("VERB", "AUX"):
            frame.side1 = _done_through(s, frame, verb)
        return frame
    if (code.person_first and not frame.side1 and v is not None and s.lemma(v) in CONGRATULATING
            and s.rel(x) == "obl" and s.case(x) == "с"):
        # «Обама поздравил Путина с победой на выборах», «поздравил его с назначением»: the win is whom the verb
        # congratulates (probe FT)
        frame.side1 = [a for o in s.kids(v, "obj") for a in s.entities(o) if a.type == "PER"]
        return frame
    if v is None or s.pos(v) not in ("VERB", "ADJ", "AUX"):
        return frame
    if code.demands:  # «собрались на митинг, требуя отставки Саакашвили»
        frame.side2 += demanded_of(s, v, s.rel(x) == "nsubj")
    frame.anchor = v
    before = (len(frame.side1), len(frame.side2))
    if s.rel(x) in ("obl", "iobj") and (s.lemma(v), s.case(x) or "") in UNDERGOING and not code.symmetric:
        # «Петров попал под санкции США», «Минфин включил Петрова в санкционный список»: the verb
        # puts someone under the event; whoever the noun names does it, even a genitive that names
        # a target elsewhere («село попало под обстрел ВСУ» → ВСУ)
        frame.gates.append(v)
        undergo, agents = _undergoers(s, v)
        frame.side1, frame.side2 = frame.side1 + frame.side2 + agents, undergo
        if not frame.side1 and (s.lemma(v), s.case(x) or "") not in REMAINING_UNDER:
            # «В новый санкционный список попали Сбербанк …»: who last imposed them; «… освободил
            # от должностей пятерых послов. Так, под увольнение попали X, Y …»: who last dismissed someone (the
            # person it is about is then actor1, `person_frames.about_a_person`); not a state: «под арестом находятся
            # X и Y» names no arrester (event_words.tsv `remaining_under`)
            frame.side1 = (context.last_doer(s, v, code.root) if code.person_first
                           else context.last_agent(s, v, code.code))
        return _governed(frame, before)
    if (s.lemma(v) in RECEIVING and s.rel(x) == "obj" and not code.symmetric
            and ((givers := [a for c in s.kids(v, "obl") + s.kids(x, "nmod") if s.case(c) in ("от", "из")
                             for a in s.entities(c) if s.case(c) == "от" or a.type != "PER"])
                 or code.genitive == "actor2")):
        # «приняла поздравления от своих конкурентов Сочитль Гальвес и Хорхе Альвареса»: who gives acts, the
        # subject receives (probe FP); so does a state or body it comes «из» («Куба получила гуманитарную помощь из
        # России», probe HS); an event done to someone needs no giver: «Матайтис получил 13 лет тюрьмы» (probe GD)
        frame.gates.append(v)
        frame.side1 = [a for a in frame.side1 if a not in givers] + givers
        frame.side2 = [a for a in s.subjects(v) if a not in frame.side1]
        return _governed(frame, before)
    # «провел встречу», «выступил с заявлением», «приступили к переговорам»
    light = s.lemma(v) in LIGHT_VERBS and (s.rel(x) == "obj" or (s.rel(x) == "obl" and s.case(x) in ("с", "к")))
    light = light or (x != n and _granted(s, x))  # «суд удовлетворил ходатайство о его аресте»: the court arrests
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
        if s.rel(x) == "nsubj" and s.lemma(v) in AFFECTING and not code.symmetric and s.feat(v, "Tense") != "Fut":
            # «Санкции ЕС затронули Сбербанк»: whom the event reaches, the verb's object (event_words.tsv `affecting`;
            # not «санкции коснутся …», which the future makes an intent: whose, the sentence does not say)
            frame.side2 += [a for o in s.kids(v, "obj") for a in s.entities(o) if a not in frame.side2]
        if code.targets_mission and not frame.side2:  # «акция протеста прошла у посольства Великобритании»
            frame.side2 += [a for c in s.kids(v, "obl") for a in mission_states(s, c)]
        if code.symmetric and not light:  # «между Арменией и Азербайджаном произошли столкновения»
            frame.group += [a for c in s.kids(v, "obl") if s.case(c) == "между" for a in s.entities(c)]
        if code.border_sides and not (frame.side1 or frame.side2 or frame.group):
            frame.group = offices.border_states(s, [n, v])  # «На границе Армении и Азербайджана активизировались бои»
        if not light and code.symmetric and not frame.side1 and not frame.group:
            # «у Путина состоялся разговор с Трампом»: Путин is a side; «Токаев прибыл в Минск, где
            # состоялась встреча с Лукашенко»: the one who came is
            frame.side1 = _holders(s, v) or _came_to_place(s, v)
    if light or (s.rel(x) == "nsubj:pass" and s.lemma(v) in LIGHT_VERBS):
        # the subject of the light verb acts, or its passive's agent («помощь доставлена сотрудниками МЧС в …», probe
        # IR); its dative and partners are actor2
        if not frame.side1:
            frame.side1 = s.subjects(v) if light else passive_agents(s, v)
        elif code.person_first and light and s.lemma(v) in APPROVING and s.rel(x) == "obj" and not frame.side2:
            # «Городской совет Петрозаводска согласовал отставку мэра Галины Ширшиной»: who approves a change in
            # someone's post makes it (event_words.tsv `approving`, probe JC)
            frame.side2 = [a for a in s.subjects(v) if a.type in ("ORG", "PER") and not is_outlet(s, a)
                           and a not in frame.side1]
            frame.subject_first = True
        partners(s, v, code, frame, ("iobj", "obl"), genitive=False)
        if code.judges and not frame.side2:  # «выразил недовольство запуском КНДР ракеты»: what it is about, the
            # light verb's instrumental (the parser's; the noun's own is `instrumental`), names whom it judges
            frame.side2 += [a for c in s.kids(v, "obl") if s.case(c) is None and s.feat(c, "Case") == "Ins"
                            for a in s.entities(c) or owner(s, c, code)]
        frame.places = list(dict.fromkeys(frame.places))
        return _governed(frame, before)
    has_partner = _partnered(s, n)
    has_agent = any(s.case(c) is None and s.feat(c, "Case") == "Gen" for c in s.kids(n, "nmod"))
    declared = s.lemma(x) in STARTS and s.lemma(v) in DECLARING  # «объявил о начале операции»: one's own
    if (code.person_first and code.announced and frame.side1 and not frame.side2 and x == n
            and s.feat(v, "Voice") != "Pass" and s.lemma(v) in ANNOUNCING and s.case(x) in ABOUT
            and (bodies := [a for a in s.subjects(v) if a.type == "ORG" and not is_outlet(s, a)])):
        # «Хоккейный клуб «Рязань» объявил об увольнении главного тренера Вадима Ломакина»: a body that
        # announces a change of its person's post makes it
        frame.gates.append(v)
        frame.side2 = bodies
        return _governed(frame, before)
    if ((code.announced or declared) and not frame.side1 and not frame.group and s.feat(v, "Voice") != "Pass"
            and ((s.lemma(v) in ANNOUNCING | INTENT and s.rel(x) in ("obl", "nmod") and s.case(x) in ABOUT)
                 or (s.lemma(v) in CONFIRMING and s.rel(x) == "obj"))):  # «КГБ подтвердил задержание X»
        # «ФИФА объявила о выделении Интерполу гранта»: an act with no agent of its own is the announcer's
        frame.gates.append(v)
        # («О задержаниях сообщил телеграм-канал «Объектив Реалий»»: an outlet reports, it does nothing)
        frame.side1 = [a for a in s.subjects(v) if (a.type == "ORG" or not code.announced_by_body)
                       and not is_outlet(s, a) and not is_press_office(a.name)]
        if x != n:  # «объявила о выделении Украине помощи»: the dative of the light verb's noun
            partners(s, x, code, frame, ("iobj",), genitive=False, places=False)
        if s.lemma(v) in INTENT:  # «Лавров договорился с Блинкеном о встрече»: the verb's partner
            frame.side2 += [a for c in s.kids(v, "obl") if s.case(c) in code.partners for a in s.entities(c)]
        return _governed(frame, before)
    during = _during(s, n, x)
    if (code.symmetric and x == n and s.lemma(n) in MEDIATION and s.case(n) == "при" and s.pos(v) == "VERB"
            and frame.group):
        # «Алиев и Пашинян при посредничестве Трампа подписали соглашение»: the mediator (the genitive) consults
        # with those it mediates between, the verb's subjects (probe FE); an unnamed mediator, none
        frame.group += [a for a in s.subjects(v) if a not in frame.group]
        return _governed(frame, before)
    if (not frame.side1 and not has_agent and s.rel(x) in ("obj", "obl")
            and (has_partner or (code.during_subject and during))):
        # «в ходе встречи с Y X …», «на встречу с Виктором прибудут Лиза и Раиса»: the subject of the
        # verb is the other side, a passive one too when the noun names a partner («X был задержан после
        # встречи с Y»); «в ходе визита в Украину Эрдоган …»: the visitor
        frame.side1 = s.subjects(v) or (s.passive_subjects(v) if has_partner else [])
        if code.symmetric and has_partner and not frame.side1:
            frame.side1 = context.visitor(s, n)  # «… прибыл аль-Тани. На встрече с Зарифом обсуждалась …»
        if code.symmetric and not has_partner and during and frame.side1:
            # «Путин в ходе телефонного разговора поздравил Собянина с победой»: whom the subject addresses in
            # a meeting with no partner of its own is the other side
            frame.side2 += [a for o in s.kids(v, "obj", "iobj") for a in s.entities(o) if a.type == "PER"]
        if code.symmetric and not has_partner and not frame.group and _takes_part(s, v):
            # «Во встрече также принял участие Андрей Воробьев»: a meeting with no sides of its own
            # is the one just told, and who takes part in it joins its sides
            frame.group = [a for a in s.parties if a.entity_id not in {b.entity_id for b in frame.side1}]
    return _governed(frame, before)


def _partnered(s: EventSentence, n: int) -> bool:
    """Whether noun trigger `n` names a partner «с» someone: «встреча с Си Цзиньпином»."""
    return any(s.case(c) == "с" and s.entities(c) for c in s.kids(n, "nmod"))


def _undergoers(s: EventSentence, v: int) -> tuple[list[Actor], list[Actor]]:
    """(who undergoes, who does it) of a verb of `undergoing`: its object and subject («Минфин
    включил Петрова в список»), else its passive subject («Петров внесен в список»), else its
    subject («Петров попал под санкции», «колонна подверглась обстрелу»)."""
    objects = [a for o in s.kids(v, "obj") for a in s.entities(o)]
    if objects:
        return objects, s.subjects(v)
    passive = s.passive_subjects(v)
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


def _governed(frame: Frame, before: tuple[int, int]) -> Frame:
    """The frame with the actors added after `before` (the sides' lengths) marked `governor`."""
    frame.side1 = frame.side1[:before[0]] + [a.found("governor") for a in frame.side1[before[0]:]]
    frame.side2 = frame.side2[:before[1]] + [a.found("governor") for a in frame.side2[before[1]:]]
    return frame
