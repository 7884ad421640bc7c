"""The event rows of one parsed sentence (docs/events.md §1, §5).

One row per sentence × event code × pair of actors: every trigger gives its frame's pairs
(`pairs`: every pair of the participants of a symmetric event, GDELT's dyads); a pair already
found in the sentence (Y–X of a symmetric event is X–Y) gains only the location or a text date
it lacked; a row with one actor gives way to a fuller row of the same code (`drop_subsumed`).
The rows of one trigger share `event_mention_id`; `rule` says how directly their actors were
found (the least direct of the two, `sentence.VIA`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import combinations, permutations, product

from transforms.dates import sentence_dates
from transforms.events.frame_base import Frame
from transforms.events.frames import frame
from transforms.events.noun_frames import occasions
from transforms.events.modality import decided, modality
from transforms.events.actor import VIA, Actor
from transforms.events.sentence import EventSentence
from transforms.events.taxonomy import TERM, Code, Entry, Lexicon
from transforms.events.triggers import condition_word, match
from transforms.events.where_when import event_date, location
from transforms.events.words import ABOUT, CRIME_ADJECTIVES, CRIMES, FRAME_NOUNS, IDIOMS, INTENT, RESIGNATION_LETTERS
from transforms.quotes.marks import OPENING_MARKS
from transforms.ids import stable_id
from transforms.parse import ParsedArticle


def sentence_events(article: ParsedArticle, s: EventSentence, lex: Lexicon) -> list[dict]:
    dates = None
    out: list[dict] = []
    keys: dict[tuple, dict] = {}
    at: dict[int, list[dict]] = {}  # trigger token → its rows
    matched = {t: match(s, t, lex) for t in s.tokens}
    # «отменил санкции», «заморозила сотрудничество»: the noun completes the verb's event (08, 16),
    # it is no sanction or cooperation of its own
    words = {t: condition_word(s, t, e.condition) for t, e in matched.items() if e is not None}
    taken = set(words.values())
    # «подписал соглашение о сотрудничестве»: what the completing noun is about is no event either
    taken |= {c for w in taken if w is not None and s.pos(w) == "NOUN" for c in s.kids(w, "nmod") if s.case(c) in ABOUT}
    # … nor what talks or a meeting are about, each of its conjuncts: «переговоры о возвращении островов
    # и заключении договора с Россией» are talks
    taken |= {x for t, e in matched.items() if e is not None and e.pos == "NOUN" and lex.codes[e.code].symmetric
              for c in s.kids(t, "nmod") if s.case(c) in ABOUT for x in s.coordination(c)}
    # … nor what a symmetric verb discusses, its object: «обсуждали деловое сотрудничество между Минском и
    # Москвой», «обсудили санкции против России» are talks (other talks discussed are told: «обсудил с
    # Фиданом консультации России и США»)
    taken |= {x for t, e in matched.items() if e is not None and e.pos == "VERB" and lex.codes[e.code].symmetric
              and e.condition is None for c in s.kids(t, "obj") for x in s.coordination(c)
              if matched[x] is None or not lex.codes[matched[x].code].symmetric}
    for t in s.tokens:
        entry = matched[t]
        if entry is None or t in taken or _idiom(s, t, lex.codes[entry.code], entry):
            continue
        code = lex.codes[entry.code]
        if entry.lemma in RESIGNATION_LETTERS and code.code == lex.statement.code and any(
                matched[c] is not None and lex.codes[matched[c].code].leaves_post
                for c in s.kids(t, "nmod") if s.case(c) in ABOUT):
            continue  # «подал заявление об отставке»: a resignation letter is the leaving's (L02), no statement
        if code.code == "051" and entry.pos == "VERB" and _approves_an_act(s, t, matched, lex):
            continue  # «одобрил новый транш помощи Украине»: the aid is the event, approving it no praise (probe FP)
        # «договорились расширять связи»: agreeing is an act; so is a threat of what no trigger names
        # («пригрозило понизить кредитный рейтинг Boeing»)
        agreed = code.root == "05" or code.asks_done_to
        # «предложил Беглову стать врио губернатора», «предложил ему возглавить правительство»: an offer (03) whose
        # entry names its infinitive is the event, not the governed one
        own = words[t]
        agreed = agreed or own in s.kids(t, "xcomp")
        if entry.lemma in INTENT and ((s.kids(t, "xcomp") and not agreed) or [
                c for c in _governed(s, t, matched) if c != own]) and not _own_agreement(s, t, matched, lex):
            continue  # «договорились встретиться», «… о встрече», «намерение встретиться», «готовность к
            # переговорам»: the governed event's
            # (03); «пообещал ограничить поставки» none; but «договорились расширять связи» is an agreement (05),
            # and so is «договорились о прекращении огня» (the ceasefire gives no row of its own, below)
        if ((head := s.head(t)) is not None and t in _governed(s, head, matched)
                and _own_agreement(s, head, matched, lex)):
            continue  # «договорились о прекращении огня»: the agreement's row, above
        if code.code == CHARGED_FROM and _charge(s, t):
            code = lex.codes[CHARGED]  # «Его обвиняют в особо крупном мошенничестве»: criminal proceedings
        f = frame(s, t, entry, code)
        mood = modality(s, t, f)
        if mood == "drop":
            continue
        final = code
        if mood == "future" and code.personnel:
            mood = None  # «должность врио губернатора займет Юрий Зайцев»: a post decided, announced
        if mood == "intent" and code.decision_acts and decided(s, t):
            # «Аман Тулеев решил покинуть пост по собственному желанию»: he resigned (probe GI); «комитет решил
            # дисквалифицировать X»: X is banned (probe HX)
            mood = None
        if mood in ("intent", "future"):
            if code.intended is None:
                continue
            final = lex.codes[code.intended]
        paired = code
        if mood == "intent" and _agreed_on(s, t, matched, lex):
            # «Путин и Си Цзиньпин договорились о встрече»: the meeting the sides agreed on they hold together
            paired = replace(code, flags=code.flags | {"together"})
        found = [(final, a1, a2) for a1, a2 in pairs(paired, f)]
        if code.hosted:  # «В аэропорту его встречали около 30 друзей»: no host named, no visit hosted
            found = [x for x in found if x[1] is not None]
        if final.succession and f.predecessors:
            # «назначен Юрий Филатов вместо Максима Пешкова»: whom the appointee replaces leaves the post,
            # by the appointment's actor2 (who appoints, or whose post it is)
            by = list(dict.fromkeys(a2 for _, _, a2 in found)) or [None]
            found += [(lex.vacated, p, a2) for p in f.predecessors for a2 in by]
        if final.succession and f.moved:  # «X перешла на пост …»: she leaves the post she held
            found += [(lex.vacated, a, body) for a, body in f.moved]
        if not found:
            continue
        if dates is None:
            dates = sentence_dates(s.text, article.published_date)
        when = event_date(s, t, f, dates)
        mention = stable_id(article.article_id, "body", s.index, s.view.tokens[t].start)
        for done, a1, a2 in found:
            actors = {a.entity_id for a in (a1, a2) if a is not None}
            key = (done.code, a1 and a1.entity_id, a2 and a2.entity_id)  # what event_id is made of
            if code.symmetric and key not in keys:
                key = next((k for k in keys if k == (done.code, key[2], key[1])), key)  # Y–X is X–Y
            row = _row(article, s.index, s.text, done, entry.lemma, a1, a2, location(s, f, actors), when, mention)
            if key in keys:
                kept = keys[key]
                if kept["location_entity_id"] is None:
                    kept["location_entity_id"] = row["location_entity_id"]
                if kept["date_source"] == "published" and row["date_source"] == "text":
                    kept.update({k: row[k] for k in ("event_date", "date_precision", "date_source")})
                continue
            keys[key] = row
            out.append(row)
            at.setdefault(t, []).append(row)
    return drop_subsumed(_addressed(article, s, lex, matched, at, out), lex)


def _governed(s: EventSentence, t: int, matched: dict) -> list[int]:
    """The triggers a word of intent `t` governs: an infinitive («договорились встретиться», «намерение
    встретиться»), an «о» phrase («… о встрече»), a «к» phrase («готовность к переговорам»)."""
    return ([c for c in s.kids(t, "xcomp") if matched[c] is not None]
            + [c for c in s.kids(t, "nmod", "acl") if s.feat(c, "VerbForm") == "Inf" and matched[c] is not None]
            + [c for c in s.kids(t, "obl") if s.case(c) in ABOUT and matched[c] is not None]
            + [c for c in s.kids(t, "obl", "nmod") if s.case(c) == "к" and matched[c] is not None])


def _agreeing(s: EventSentence, t: int, matched: dict, lex: Lexicon) -> bool:
    """Whether trigger `t` is a verb of agreeing: a word of intent whose code is flagged `together`
    («договориться», 05)."""
    return s.lemma(t) in INTENT and matched.get(t) is not None and lex.codes[matched[t].code].together


def _own_agreement(s: EventSentence, t: int, matched: dict, lex: Lexicon) -> bool:
    """Whether verb of agreeing `t` gives a row of its own, the events it governs none: none of them is a
    meeting («договорились о прекращении огня» → 05, also «по итогам переговоров»; «договорились о встрече» is
    an intent to meet, 036, the meeting's row)."""
    return _agreeing(s, t, matched, lex) and not any(
        lex.codes[matched[c].code].root == "04" for c in _governed(s, t, matched))


def _agreed_on(s: EventSentence, t: int, matched: dict, lex: Lexicon) -> bool:
    """Whether trigger `t` is what a verb of agreeing governs: «договорились о прекращении огня», «… о встрече»."""
    head = s.head(t)
    return head is not None and _agreeing(s, head, matched, lex)


def _addressed(article: ParsedArticle, s: EventSentence, lex: Lexicon, matched: dict, at: dict[int, list[dict]],
               rows: list[dict]) -> list[dict]:
    """A statement with no addressee made on the occasion of a meeting (a noun of a code flagged
    `statement_occasion`, `noun_frames.occasions`) by one of its sides is addressed to the other
    sides: «Путин в разговоре с Эрдоганом заявил, что …» → 01 Путин → Эрдоган, one row per addressee
    (the statement's `event_mention_id` kept).  A meeting the statement tells of is no occasion («подтвердил встречу с
    Токаевым», «рассказал, что они обсуждали …»)."""
    heard: dict[int, dict[str, dict[str, Actor]]] = {}  # statement verb → speaker id → addressee id → addressee
    for t, met in at.items():
        if matched[t].pos != "NOUN" or "statement_occasion" not in lex.codes[matched[t].code].flags:
            continue
        for v in occasions(s, t):
            for m in met:
                for mine, other in (("actor1", "actor2"), ("actor2", "actor1")):
                    if m[f"{mine}_entity_id"] and m[f"{other}_entity_id"]:
                        heard.setdefault(v, {}).setdefault(m[f"{mine}_entity_id"], {}).setdefault(
                            m[f"{other}_entity_id"], Actor.of_row(m, other))
    if not heard:
        return rows
    replaced: dict[int, list[dict]] = {}
    for v, by_speaker in heard.items():
        for r in at.get(v, ()):
            others = by_speaker.get(r["actor1_entity_id"]) if r["event_code"] == lex.statement.root else None
            if others and r["actor2_entity_id"] is None:
                replaced[id(r)] = [{**r, "event_id": stable_id(article.article_id, "body", s.index, r["event_subcode"],
                                                               r["actor1_entity_id"], a2.entity_id),
                                    "actor2_entity_id": a2.entity_id, "actor2_name": a2.name, "actor2_type": a2.type,
                                    "rule": max((r["rule"], a2.via), key=VIA.index)} for a2 in others.values()]
    return [x for r in rows for x in replaced.get(id(r), [r])]


CHARGED_FROM, CHARGED = "112", "173"  # an accusation or suspicion of a crime is criminal proceedings


def _charge(s: EventSentence, t: int) -> bool:
    """Whether accusation or suspicion `t` names a crime (event_words.tsv `crime`): its «в» phrase (or what it
    charges: «вменяют получение взятки») is one, or holds one or a `crime_adjective`, or it is «по статье»
    («обвиняют в хищении», «в участии в преступном сообществе», «во вступлении в заговор»); a crime in quote
    marks is a figure of speech, no charge («обвинил его в «мошенничестве века»»)."""
    # («Иванову вменяют получение взятки», «Блаттеру инкриминируется дача взятки»: the crime charged is the
    # object, or the passive's subject, of «вменять», «инкриминировать», probes FP, FU)
    charged = [c for c in s.kids(t, "obj", "nsubj", "nsubj:pass") if s.case(c) is None
               and s.feat(c, "Animacy") != "Anim" and not s.entities(c)]
    for c in s.kids(t, "obl", "nmod") + charged:
        if s.case(c) == "по" and s.lemma(c) == "статья":
            return True
        if s.case(c) == "в" and s.word(c - 1) in OPENING_MARKS:
            continue  # «обвинил его в «мошенничестве века»»: the speaker's own words, a figure of speech
        if s.case(c) != "в" and c not in charged:
            continue
        # the phrase's nouns: its head and conjuncts («в вступлении в заговор …, создании экстремистского
        # формирования …»), and their genitives and «в» phrases
        heads = s.coordination(c)
        nouns = heads + [x for h in heads for x in s.kids(h, "nmod") if s.case(x) in (None, "в")]
        if any(s.lemma(x) in CRIMES for x in nouns) or any(
                s.lemma(k) in CRIME_ADJECTIVES for x in nouns for k in s.kids(x, "amod")):
            return True
    return False


def _idiom(s: EventSentence, t: int, code: Code, entry: Entry) -> bool:
    """A trigger in an idiom that is no event (event_words.tsv `idiom`): a noun with that
    preposition («с помощью»), a trigger with that object or noun in a phrase of its code's partner
    prepositions («назначить выборы», «обращение к народу»; not «в то же время назначил»).  A term given to
    someone, a dative, is a sentence, no date set: «назначил оппозиционеру срок» (not «назначил срок
    рассмотрения»)."""
    if entry.condition == TERM and s.kids(t, "iobj"):
        return False
    return (any((s.lemma(t), s.word(c)) in IDIOMS for c in s.kids(t, "case"))
            or any((s.lemma(t), s.lemma(c)) in IDIOMS for c in s.kids(t, "obj"))
            or any((s.lemma(t), s.lemma(c)) in IDIOMS for c in s.kids(t, "obl", "nmod")
                   if s.case(c) is not None and s.case(c) in code.partners))


def _unique(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        if a.entity_id not in seen:
            seen.add(a.entity_id)
            out.append(a)
    return out


#: a subject meeting this many partners or more («провел переговоры с Рубио, Бланаром и Сполярич») met each
#: of them: the partners are not paired with one another
SEPARATE_PARTNERS = 3


def pairs(code: Code, frame: Frame) -> list[tuple[Actor | None, Actor | None]]:
    """(actor1, actor2) of each row: every pair of the participants of a symmetric event (a
    meeting of five is ten rows; the first named is actor1) — but a subject with three partners
    or more, or with two of a noun in the plural (`Frame.several`), is paired with each, not they with
    one another, and partners with no subject are each a row with an unnamed side — else across the two sides, else
    every pair of one list of participants («сотрудничество между X и Y»), both ways for subjects who
    did it to one another («обвиняли друг друга», `Frame.reciprocal`), else one row per actor —
    with the body of their own post, where the frame knows it (`Frame.held`)."""
    side1, side2, group = _unique(frame.side1), _unique(frame.side2), _unique(frame.group)
    if code.symmetric:
        members = _unique(side1 + group + side2)
        subjects = {a.entity_id for a in side1}
        partners = [b for b in _unique(side2 + group) if b.entity_id not in subjects]
        # «провел переговоры с A, B, C и D»: four talks; «провел телефонные разговоры с A и B»: two calls
        if side1 and (len(partners) >= SEPARATE_PARTNERS or (frame.several and len(partners) >= 2)):
            return list(combinations(side1, 2)) + [(a, b) for a in side1 for b in partners]
        if not side1 and not group and len(side2) >= 2:  # «провел разговоры с A и B», its subject unknown
            return [(None, b) for b in side2]
        if len(members) >= 2:
            return list(combinations(members, 2))
        if side1 or group:
            return [(members[0], None)]
        return [(None, side2[0])] if side2 else []
    if not side1 and not side2 and len(group) >= 2:  # «сотрудничество между Киевом и Анкарой»
        return list(combinations(group, 2))
    together = _unique(side1 + group)
    if code.together and not side2 and len(together) >= 2:  # «Россия и Турция подписали соглашение»
        return list(combinations(together, 2))
    side2 = _unique(side2 + group)
    if frame.reciprocal and not side2 and len(side1) >= 2:  # «обвиняли друг друга»: each the other
        return list(permutations(side1, 2))
    if frame.held and not side2:  # each person with the body of their own post (`leaves_post`)
        return [(a, b) for a in side1 for b in frame.held.get(a.entity_id, [None])]
    if frame.held and any(b.type != "PER" for b in side2):
        # one with a post body of their own pairs with it, not with another's (and with any person)
        return [(a, b) for a in side1 for b in (frame.held[a.entity_id] + [b for b in side2 if b.type == "PER"]
                                                if a.entity_id in frame.held else side2 or [None])]
    found = [(a, b) for a, b in product(side1 or [None], side2 or [None])
             if (a or b) is not None and not (a and b and a.entity_id == b.entity_id)]
    return found or ([(side1[0], None)] if side1 else [])


def drop_subsumed(rows: list[dict], lex: Lexicon) -> list[dict]:
    """A row with one actor says less than a row of the same code and sentence with both
    («Токаев заявил» next to «Токаев заявил Y»): only the fuller row stays — of the same trigger when
    its doer is unnamed (another trigger's is another act)."""
    def covers(o, r):
        if o is r or o["event_subcode"] != r["event_subcode"] or (
                o["trigger"] != r["trigger"] and r["actor1_entity_id"] is None):
            return False  # («полиция задержала X, а суд отправил его под арест»: two acts, one doer unnamed)
        if lex.codes[r["event_subcode"]].symmetric:
            mine = {r["actor1_entity_id"], r["actor2_entity_id"]} - {None}
            return mine < {o["actor1_entity_id"], o["actor2_entity_id"]} - {None}
        return (r["actor1_entity_id"] in (None, o["actor1_entity_id"])
                and r["actor2_entity_id"] in (None, o["actor2_entity_id"])
                and (r["actor1_entity_id"], r["actor2_entity_id"]) != (o["actor1_entity_id"], o["actor2_entity_id"]))

    return [r for r in rows if not any(covers(o, r) for o in rows)]


def statement_row(article: ParsedArticle, quote: dict, sentence: str, code: Code, speaker: Actor,
                  addressee: Actor | None = None) -> dict:
    """The statement row of a quote (statements.py): its speaker, whom it addresses, its cue, its first sentence."""
    mention = stable_id(article.article_id, "body", quote["sentence_index"], "quote", quote["start"])
    return _row(article, quote["sentence_index"], sentence, code, quote["cue"] or "", speaker, addressee, None, None,
                mention)


def _row(article: ParsedArticle, index: int, sentence: str, code: Code, trigger: str, a1: Actor | None,
         a2: Actor | None, place: str | None, when: tuple[dt.date, str] | None, mention: str) -> dict:
    a1_id, a2_id = (a1.entity_id if a1 else None), (a2.entity_id if a2 else None)
    if when is None:
        date, precision, source = article.published_date, "day", "published"
    else:
        (date, precision), source = when, "text"
    return {
        "event_id": stable_id(article.article_id, "body", index, code.code, a1_id or "", a2_id or ""),
        "article_id": article.article_id,
        "sentence_index": index,
        "event_mention_id": mention,
        "event_code": code.root,
        "event_subcode": code.code,
        "event_type": code.name,
        "trigger": trigger,
        "actor1_entity_id": a1_id,
        "actor1_name": a1.name if a1 else None,
        "actor1_type": a1.type if a1 else None,
        "actor2_entity_id": a2_id,
        "actor2_name": a2.name if a2 else None,
        "actor2_type": a2.type if a2 else None,
        "rule": max((a.via for a in (a1, a2) if a is not None), key=VIA.index),
        "location_entity_id": place,
        "event_date": date,
        "date_precision": precision,
        "date_source": source,
        "sentence": sentence,
        "year": article.published_date.year,
        "month": article.published_date.month,
    }


def relink_actors(rows: list[dict], relinked: dict[str, tuple[str, str]]) -> list[dict]:
    """Point actors at the entities that linking across articles moved their mentions to
    (`relinked`: old entity_id → (entity_id, name), as `transforms.quotes.relink_speakers` takes
    it).  `event_id` stays the id the row was extracted with.  Rows are changed in place and returned."""
    for row in rows:
        for side in ("actor1", "actor2"):
            new = relinked.get(row.get(f"{side}_entity_id"))
            if new is not None:
                row[f"{side}_entity_id"], row[f"{side}_name"] = new
    return rows


def _approves_an_act(s: EventSentence, t: int, matched: dict, lex: Lexicon) -> bool:
    """Whether verb `t` takes as its object an event noun of a code other than cooperation's, itself or through
    a frame noun: «одобрил новый транш помощи Украине», «одобрил пакет санкций»."""
    objects = [x for o in s.kids(t, "obj") for x in [o, *(s.kids(o, "nmod") if s.lemma(o) in FRAME_NOUNS else [])]]
    return any(matched.get(x) is not None and matched[x].pos == "NOUN" and lex.codes[matched[x].code].root != "05"
               for x in objects)
