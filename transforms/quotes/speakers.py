"""Speakers: the person or organisation an attribution names, resolved to an entity of the
article (docs/quotes.md §4).

A mention at the speaker's head gives the entity (a surname shared by two people goes to the
one of the cue's gender; a one-word name to the full name it is a form or a misspelling of);
a pronoun resolves to the most recent person of its gender that was a speaker or a subject; a
descriptor («парламентарий», «супруга») to the person introduced with that noun; an implicit
attribution continues the previous row's speaker (the first one, a verb whose subject is dropped,
the last person of the verb's gender named).  Pronouns and descriptors are resolved by
`transforms.coreference`, the one resolution events use too.
"""

from __future__ import annotations

from transforms.coreference import Person, State, antecedent, compatible
from transforms.descriptors import (descriptor_countries, descriptor_gender, descriptor_words, holders,
                                   owner_countries, owners)
from transforms.field_view import FieldView, name_cases
from transforms.names import key, names_word, part_of_name, surname, words
from transforms.quotes.attribution import Attr, Row, np_attr, outlet_at
from transforms.quotes.bodies import last_body, named_body
from transforms.quotes.lexicon import PRONOUN_GENDER, REPLIES, SELF_NAMED, lexicon
from transforms.quotes.told_before import asked_person, earlier_document, near_cue, pointed_document, sender
from transforms.quotes.subjects import answered_question, common_noun, common_noun_mention, is_person_pronoun
from transforms.word_forms import oblique_readings


def resolve(f: FieldView, row: Row, state: State, people: dict[str, Person]):
    """(speaker as written, Person or None) for a row."""
    attr = row.attr
    if attr is None:
        return None, None
    if attr.label is not None:
        return attr.label["text"], people.get(attr.label["entity_id"])
    if attr.source == "unsourced":  # «Ранее сообщалось, что …» after X's words is not X's (probe GB)
        return None, None
    if attr.implicit or attr.head is None:
        owner = (sender(f, row, people) or earlier_document(f, row, people) or _issuer(f, row, people)
                 or pointed_document(f, row, people))
        if owner is not None:
            return None, owner
        if state.last is not None:
            return None, state.last[1]
        if attr.source == "cue" and (attr.gender in ("Masc", "Fem") or _present_cue_opening_sentence(f, attr)):
            # the first quote, its verb's subject dropped («Она не назвала фамилий. Но написала в
            # Facebook: …», «Признается, что …»): the subject goes on from the last person named
            return None, antecedent(f, state, people, attr.pos, attr.gender)
        return None, None
    h = attr.head
    a, b = attr.np or (h, h + 1)
    np_start, np_stop = f.tokens[a].start, f.tokens[b - 1].stop
    written = f.text[np_start:np_stop]
    gender = attr.gender if attr.gender in ("Masc", "Fem", "Plur") else None
    told = attr.source == "told"  # the sentence told is the author's: its persons come before the speaker
    pos = min(row.anchor, np_start) if told else min(row.start, row.anchor, np_start)
    named = any((f.mention_at(k) or {}).get("type") == "PER" for k in attr.np_tokens or range(a, b))
    if told and f.mention_at(h) is None and not named and (is_person_pronoun(f, h) or f.feat(h, "Animacy") != "Inan"):
        # «Путин согласился … . Об этом нынешний российский президент заявил»: a pronoun or a
        # descriptor that tells a sentence is that sentence's subject, when it fits (not one with a
        # name of its own: «Об этом сообщил … Посол Казахстана в Беларуси Ергали Булегенов»; not a
        # body: «Об этом передает пресс-служба внешнеполитического ведомства»)
        g = PRONOUN_GENDER[f.word(h)] if is_person_pronoun(f, h) else gender
        p = _told_subject(f, row, state, people, g)
        if p is not None:
            return written, p
    if not named and f.mention_at(h) is None:
        asked = asked_person(f, row, people)
        if asked is not None and (not is_person_pronoun(f, h) or asked.gender in (None, PRONOUN_GENDER[f.word(h)])):
            return written, asked
    if is_person_pronoun(f, h):
        g = PRONOUN_GENDER[f.word(h)]
        if g == "Plur":
            return f.tokens[h].text, None
        said = None if told else (row.start, row.stop)
        return f.tokens[h].text, antecedent(f, state, people, pos, g,
                                            other_than=(_replied_to(f, attr, state), *_named_in(f, said),
                                                        *_asked_about(f, attr)))
    m = f.mention_at(h)
    if m is not None and common_noun_mention(f, m):
        m = None  # «Супруга» tagged as a person: a common noun is a descriptor
    k = f.token_at(m["start"]) - 1 if m is not None else -1
    if k >= 0 and f.sentence_of(k) == f.sentence_of(h) and common_noun(f, k):
        # «защитник Ю. Тимошенко Юрий Сухов отметил», the owner parsed as the subject: the name after it
        m = _name_after(f, m["stop"]) or m
    if m is not None:
        p = people.get(m["entity_id"])
        if p and p.type == "PER":
            p = _by_surname(people, p, gender)
            if len(words(p.name)) == 1:
                p = _by_name(f, people, h, exclude=p) or _misspelt(people, p) or p
        return m["text"], p
    if f.tokens[h].pos == "PROPN":  # a name the NER missed: «Зеленский рассказал»
        p = _by_name(f, people, h)
        if p is not None:
            return written, p
    return _by_phrase(f, attr, state, people, (np_start, np_stop), pos, gender, None if told else (row.start, row.stop))


def _issuer(f: FieldView, row: Row, people: dict[str, Person]) -> Person | None:
    """«…», — говорится в приговоре: a document with no owner written, of a kind a body issues
    (speech_cues.tsv `document` with a cue: «приговор» → «суд»), is the last such body named before
    («Октябрьский районный суд Екатеринбурга признал … виновным», probe EI)."""
    for k in near_cue(f, f.token_at(row.attr.pos)):
        doc = lexicon().get(f.lemma(k), {}).get("document")
        if doc is not None and doc.cue != doc.word:
            return last_body(f, people, doc.cue, min(row.start, row.attr.pos))
    return None


def _name_after(f: FieldView, stop: int) -> dict | None:
    """The person's name right after offset `stop` (nothing but a space between): of two names side by
    side after a descriptor, the first is the second's owner («адвокат Ю. Тимошенко Александр Плахотнюк»);
    a descriptor's own name («генсек альянса Йенс Столтенберг»)."""
    return next((x for x in f.mentions if x["type"] == "PER" and x["start"] >= stop
                 and not f.text[stop:x["start"]].strip()), None)


def _told_subject(f: FieldView, row: Row, state: State, people: dict[str, Person],
                  gender: str | None) -> Person | None:
    """The person subject of the main verb of the sentence a row tells, if of `gender`: a name, or
    a descriptor resolved as a speaker's would be («Губернатор Брянской области ответил на вопросы
    … . Об этом он сообщил» → the governor the article names next)."""
    a, b = f.sent_tokens[f.sentence_of(f.token_at(row.start))]
    roots = [k for k in range(a, b) if f.head(k) is None]
    for k in (c for r in roots for c in f.children(r) if f.rel(c) == "nsubj"):
        m = f.mention_at(k)
        p = people.get(m["entity_id"]) if m is not None and m["type"] == "PER" else None
        if (p is None and m is None and f.tokens[k].pos == "NOUN" and common_noun(f, k)
                and k != row.attr.head):  # («…, об этом рассказал мэр Сергей Собянин»: the teller's own)
            attr = np_attr(f, k, pos=f.tokens[k].start)
            np_span = (f.tokens[attr.np[0]].start, f.tokens[attr.np[1] - 1].stop)
            p = _by_phrase(f, attr, state, people, np_span, np_span[0], gender, None)[1]
            p = p if p is not None and p.type == "PER" else None
        if p is not None and compatible(p, gender):
            return p
    return None


def _present_cue_opening_sentence(f: FieldView, attr: Attr) -> bool:
    """Whether the cue at the attribution opens its sentence as a finite verb in the singular with
    no gender (the present tense, its subject the one the text is about: «Признается, что …»)."""
    k = f.token_at(attr.pos)
    return (f.tokens[k].pos == "VERB" and f.feat(k, "VerbForm") == "Fin" and f.feat(k, "Number") == "Sing"
            and attr.gender is None and k == f.sent_tokens[f.sentence_of(k)][0])


def _by_phrase(f: FieldView, attr: Attr, state: State, people: dict[str, Person], np_span: tuple[int, int],
               pos: int, gender: str | None, said: tuple[int, int] | None):
    """A speaker phrase with no mention at its head: a person named in apposition («представитель
    Philips Елена Сябренко»), a descriptor's antecedent (never one named only in what is `said`, the
    quote's span), an organisation in it, an organisation it names by part of its name
    («Авиационное управление» → «Федеральное авиационное управление»)."""
    h = attr.head
    np_start, np_stop = np_span
    written = f.text[np_start:np_stop]
    inside = [x for x in f.mentions_in(np_start, np_stop) if not common_noun_mention(f, x)]
    sub = [x for x in f.mentions if x not in inside and not common_noun_mention(f, x)
           and any(k in attr.np_tokens for k in f.tokens_in(x["start"], x["stop"]))]
    # a subject is nominative whatever its tag («Олимпийский чемпион-2014 … Семен Елистратов признался»,
    # «чемпион-2014» tagged accusative)
    case = "Nom" if f.rel(h) in ("nsubj", "nsubj:pass") else f.feat(h, "Case")
    cases = name_cases({None, case})
    appos = [x for x in inside + sub if x["type"] == "PER"
             and any(f.feat(k, "Case") in cases for k in f.tokens_in(x["start"], x["stop"]))
             and (not all(f.rel(k).startswith("nmod") or f.rel(k).startswith("flat")
                          for k in f.tokens_in(x["start"], x["stop"]))  # «Помощник Хиллари Клинтон»: not her
                  or _she_not_the_noun(f, h, gender, people.get(x["entity_id"])))]
    if not appos and f.tokens[h].pos == "NOUN" and (x := _name_after(f, np_stop)) is not None and any(
            f.feat(k, "Case") in cases for k in f.tokens_in(x["start"], x["stop"])):
        # «генсек альянса Йенс Столтенберг объявил, что президент Турции …»: the name right after the
        # descriptor is its own, whatever the parse hung it on
        appos = [x]
    appos.sort(key=lambda x: x["start"])
    if len(appos) > 1 and _name_after(f, appos[0]["stop"]) is appos[1]:
        appos = appos[1:]  # «адвокат Ю. Тимошенко Александр Плахотнюк»: a name right before another is its owner
    # («одна из …, депутат … Марина Орлова»; «покупательница Ольга», its noun tagged an adjective, as a
    # substantivised one is: «пострадавшая Анна»)
    if appos and (f.tokens[h].pos in ("NOUN", "PROPN", "ADJ") or f.lemma(h) == "один"):
        x = appos[0]
        return x["text"], people.get(x["entity_id"])
    if f.lemma(h) == "один":
        named = _one_of(f, h)
        if named is not None:
            return named["text"], people.get(named["entity_id"])
    orgs = [x for x in inside if x["type"] in ("ORG", "LOC")]
    animate = f.feat(h, "Animacy") == "Anim" and common_noun(f, h)
    plural = f.feat(h, "Number") == "Plur"
    if gender is None:  # «супруга», «актриса», «мужа»: professions are masculine
        gender = descriptor_gender(f, h)
    orgs = [x for x in orgs if x["type"] == "ORG"]
    names = [k for k in attr.np_tokens if k != h and f.rel(k) in ("appos", "flat", "flat:name", "flat:foreign")
             and f.tokens[k].pos in ("PROPN", "X")]
    if names and all(f.mention_at(k) is None for k in names):
        return written, None  # named, but not as an entity: «Пользователь ЖЖ zyalt»
    bodies = {x["entity_id"] for x in inside if x["type"] in ("ORG", "LOC")}
    nouns = descriptor_words(f, h)
    spokesperson = "spokesperson" in lexicon().get(f.lemma(h), {})
    held = holders(f, nouns, said, members=spokesperson) if animate and not plural and bodies else {}
    mine = [people[e] for e, b in held.items() if b & bodies and e in people and compatible(people[e], gender)]
    if len(mine) == 1:  # «Глава ЛУКОЙЛа рассказал …» before «Вагит Алекперов, глава ЛУКОЙЛа»
        return written, mine[0]
    if animate and not plural and _met_here(f, attr, said):
        return written, None  # «Участница акции, 24-летняя медсестра, назвавшаяся Энни, объяснила»: no one before
    if animate and not plural and _outlets_source(f, h, attr.np_tokens):
        return written, None  # «По словам собеседника агентства, …»: the outlet's source, unnamed (probe GY)
    if animate and not plural:
        # a descriptor that names its body («глава Минфина») is no one introduced with another body
        # («Вагит Алекперов, глава ЛУКОЙЛа»)
        # (a state is no other body: «Министр финансов РФ» is «глава Минфина», probe GB)
        other_bodies = [e for e, b in held.items() if b and not b & bodies
                        and not all(x in people and people[x].type == "LOC" for x in b)]
        # (a spokesperson is never someone named after it: «сообщил официальный представитель ведомства» is no
        # «Пол Уилан» the next paragraph names, probe HX)
        # (nor, naming no organisation or place, the last man named: «сообщил сотрудник пресс-службы» after «…
        # вместо Виктора Кондрашова», probe IQ; only one introduced with the noun: `strict`)
        p = antecedent(f, state, people, pos, gender, nouns, forward=not orgs and not spokesperson,
                       strict=spokesperson and not bodies,
                       countries=descriptor_countries(f, h) | owner_countries(f, h),
                       other_than=(_owner(f, state, people, h, pos) or _replied_to(f, attr, state), *other_bodies,
                                   *_asked_about(f, attr),
                                   *owners(f, nouns), *_named_in(f, said)),
                       said=said)
        if p is not None and orgs and spokesperson and p.entity_id not in {
                q.entity_id for _, q in state.salient}:
            p = None  # «представитель пресс-центра МВД РФ»: not the mayor named as the object, the ministry
        if p is not None:
            return written, p
    if orgs and (seat := _seated_in(f, h, orgs)) is not None:
        return written, people.get(seat["entity_id"])
    if orgs:
        return written, people.get(orgs[0]["entity_id"])
    if not animate and case == "Nom":  # «Авиационное управление сообщило»: part of an organisation's name
        named = [p for p in people.values() if p.type == "ORG" and part_of_name(written, p.name)]
        if len(named) == 1:
            return written, named[0]
    if not animate and not plural and not inside:
        def owner(at: int) -> Person | None:  # «пресс-служба компании»: its owner
            return next((b for c in f.children(h) if f.rel(c).startswith("nmod") and f.feat(c, "Case") == "Gen"
                         and (b := named_body(f, people, c, at)) is not None), None)
        # («Кудрин присоединился к «Яндексу» …, сообщила пресс-служба компании»: one the words it follows name)
        after = said is not None and said[1] <= f.tokens[h].start
        body = (_subject_of_said(f, people, h, said) or named_body(f, people, h, pos) or owner(pos)
                or (owner(f.tokens[h].start) if after else None))
        if body is not None:
            return written, body
    return written, None


def _seated_in(f: FieldView, h: int, orgs: list[dict]) -> dict | None:
    """«представительство Великобритании в ООН»: with every organisation of the phrase named in a «в/при» phrase of
    its head `h` (where the body sits), the place in the head's genitive (whose it is), else None."""
    seats = {k for c in f.children(h) if f.rel(c) == "nmod" and any(f.word(p) in ("в", "при") for p in f.children(c))
             for k in f.subtree(c)}
    if not all(f.token_at(x["start"]) in seats for x in orgs):
        return None
    return next((m for c in f.children(h) if f.rel(c) == "nmod" and f.feat(c, "Case") == "Gen"
                 and not any(f.rel(p) == "case" for p in f.children(c))
                 and (m := f.mention_at(c)) is not None and m["type"] == "LOC"), None)


def _outlets_source(f: FieldView, h: int, phrase: frozenset) -> bool:
    """Whether descriptor `h` is of a news outlet, its genitive in the speaker's `phrase` a media noun or an
    outlet's name: «собеседник агентства», «источник издания», «собеседник РИА Новости» — someone the outlet
    does not name."""
    return any((not phrase or c in phrase) and f.rel(c) == "nmod" and f.feat(c, "Case") in ("Gen", None)
               and not any(f.rel(k) == "case" for k in f.children(c)) and outlet_at(f, c) for c in f.children(h))


def _met_here(f: FieldView, attr: Attr, said: tuple[int, int] | None) -> bool:
    """Whether a speaker's descriptor introduces someone the text has not named, by a participle of
    naming oneself outside what is `said` («Участница акции, 24-летняя медсестра, назвавшаяся Энни»,
    quote_words.tsv `self-named`)."""
    return attr.head is not None and any(
        f.rel(k) == "acl" and f.lemma(k) in SELF_NAMED and not (said and said[0] <= f.tokens[k].start < said[1])
        for k in f.children(attr.head))


def _she_not_the_noun(f: FieldView, h: int, gender: str | None, p: Person | None) -> bool:
    """Whether a woman named after a masculine descriptor is the speaker whatever the parser hung her name
    on: the verb is feminine, so it agrees with her, not with the noun («— прокомментировала палеонтолог
    Кэтрин Марш из Калифорнийского университета», «Кэтрин» read as a genitive)."""
    return gender == "Fem" and f.feat(h, "Gender") == "Masc" and p is not None and p.gender in (None, "Fem")


def _named_in(f: FieldView, said: tuple[int, int] | None) -> set[str]:
    """The people the words said name in an oblique case («Суд постановил признать Лукашевич виновной», —
    огласила решение судья): a speaker does not talk of themselves so, and a pronoun or a descriptor is
    none of them (a nominative may be the author's words inside the marks: «…, - сказал Реджеп Эрдоган. -- …»)."""
    if said is None:
        return set()
    return {m["entity_id"] for m in f.mentions_in(*said) if m["type"] == "PER"
            and all(f.feat(k, "Case") not in ("Nom", None) for k in f.tokens_in(m["start"], m["stop"]))}


def _one_of(f: FieldView, h: int) -> dict | None:
    """«сообщила одна из не попавших на выступление Ксения»: the person named after «один из …»
    in its clause, in a form that can be nominative (not «один из соратников Навального»)."""
    named = None
    for k in range(h + 1, f.sent_tokens[f.sentence_of(h)][1]):
        if f.tokens[k].pos == "PUNCT":
            break
        m = f.mention_at(k)
        if m is not None and m["type"] == "PER" and not oblique_readings(f.word(f.token_at(m["stop"] - 1))):
            named = m
    return named


def _owner(f: FieldView, state: State, people: dict[str, Person], h: int, pos: int, depth: int = 0) -> str | None:
    """The person a relational descriptor is of, whom it cannot be: «адвокат Навального», «жена
    бизнесмена» — its animate genitive, named, or a descriptor the article introduced someone with; also one
    down a chain of unnamed bodies in no preposition («глава медцентра управления делами президента» is not
    the president, probe HD)."""
    for c in f.children(h):
        if not f.rel(c).startswith("nmod") or any(f.rel(k) == "case" for k in f.children(c)):
            continue
        m = f.mention_at(c)
        if f.feat(c, "Case") == "Gen" and f.feat(c, "Animacy") == "Anim":
            if m is not None:
                return m["entity_id"] if m["type"] == "PER" else None
            if f.tokens[c].pos == "NOUN" and f.feat(c, "Number") == "Sing":
                p = antecedent(f, state, people, pos, None, descriptor_words(f, c), strict=True)
                return p.entity_id if p is not None else None
        elif m is None and depth < 3 and f.tokens[c].pos == "NOUN" and f.feat(c, "Animacy") == "Inan":
            found = _owner(f, state, people, c, pos, depth + 1)
            if found is not None:
                return found
    return None


def _replied_to(f: FieldView, attr: Attr, state: State) -> str | None:
    """Whom a reply cue answers («— …, — ответил спикер Госдумы»): the previous quote's speaker,
    whom its pronoun or descriptor cannot be — unless the sentence names the question it answers
    («Но на вопрос, касается ли это Трампа, он ответил: …», «На уточняющий вопрос журналиста …
    армянский премьер ответил»: the previous speaker goes on)."""
    if attr.cue not in REPLIES or state.last is None or state.last[1] is None:
        return None
    if _question(f, attr) is not None:
        return None
    return state.last[1].entity_id


def _question(f: FieldView, attr: Attr) -> int | None:
    """The «вопрос» a reply cue's sentence names as answered (`subjects.answered_question`), or None."""
    return answered_question(f, *f.sent_tokens[f.sentence_of(f.token_at(attr.pos))])


def _asked_about(f: FieldView, attr: Attr) -> set[str]:
    """The people the question answered names in an oblique case, between «вопрос» and the speaker
    («Отвечая на вопрос журналистов о заявлении Трампа, избранный мэр сказал»: not Трамп)."""
    q = _question(f, attr) if attr.cue in REPLIES and attr.head is not None else None
    if q is None or q > attr.head:
        return set()
    return _named_in(f, (f.tokens[q].stop, f.tokens[attr.head].start))


def _subject_of_said(f: FieldView, people: dict[str, Person], h: int, said: tuple[int, int] | None) -> Person | None:
    """«РЖД ввели в график 59 поездов, …, сообщила компания»: a body noun told after the words it says
    is the organisation those words have as their subject, when that organisation fits the noun
    (`named_body`): the lead of an agency's news, not an agency named before it."""
    if said is None or said[1] > f.tokens[h].start:
        return None
    for m in f.mentions_in(*said):
        if m["type"] == "ORG" and any(f.rel(k) in ("nsubj", "nsubj:pass") for k in f.tokens_in(m["start"], m["stop"])):
            p = named_body(f, people, h, m["stop"])
            return p if p is not None and p.entity_id == m["entity_id"] else None
    return None


def _by_surname(people: dict[str, Person], p: Person, gender: str | None) -> Person:
    """«Бут рассказала»: a surname shared by two people goes to the one of the verb's gender."""
    if p.type != "PER" or len(words(p.name)) != 1 or gender not in ("Masc", "Fem"):
        return p
    sur = key(p.name)
    same = [q for q in people.values() if q.type == "PER" and q is not p and surname(q.name) == sur]
    fit = [q for q in same if q.gender == gender]
    return fit[0] if len(fit) == 1 else p


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _misspelt(people: dict[str, Person], p: Person) -> Person | None:
    """A one-word name two letters away from the surname of one full name of the article."""
    word = key(p.name)
    if len(word) < 7:
        return None
    fit = [q for q in people.values() if q.type == "PER" and q is not p and len(words(q.name)) > 1
           and surname(q.name)[:1] == word[:1] and _edit_distance(surname(q.name), word) <= 2]
    return fit[0] if len(fit) == 1 else None


def _by_name(f: FieldView, people: dict[str, Person], h: int, exclude: Person | None = None) -> Person | None:
    """The one person of the article whose name has the word at token h («Марку» → Марк)."""
    word = f.word(h)
    fit = [p for p in people.values() if p.type == "PER" and p is not exclude and names_word(word, p.name)]
    return fit[0] if len(fit) == 1 else None
