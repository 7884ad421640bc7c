"""Trigger words: the tokens whose lemma is an entry of the lexicon (docs/events.md §3).

`entries` needs no parse: only a token whose first letters are those of a lexicon lemma is
lemmatised, so `has_trigger` can pick the sentences worth parsing.  `match` then checks an
entry's condition on the parsed sentence; a conditional entry wins over the bare lemma.
"""

from __future__ import annotations

from transforms.countries import iso2
from transforms.events.actor import Actor
from transforms.events.offices import adjective_state, held_seats
from transforms.events.sentence import EventSentence
from transforms.events.taxonomy import (BEST, BLAME, ELECTED, EMPLOYER, FIRM, GATHERING, PERSON_OBJECT, PLACE_OBJECT,
                                        POST, PRAISE, SEAT, SENTENCED, STATE, TERM, Entry, Lexicon)
from transforms.events.words import (ACTING, BESTS, BLAMES, ELECTIONS, FORMER, FRAME_NOUNS, GATHERINGS,
                                     LOCATION_PREPOSITIONS, OWN_REFLEXIVE, PARTICIPATION, PERMISSIONS, POST_FRAMES,
                                     POST_PREPOSITIONS, POSTS, PRAISES, SEATS, TAKING_PART, TERMS, WINNERS)
from transforms.field_view import FieldView, participle_phrase, relative_antecedent
from transforms.quotes.marks import OPENING_MARKS
from transforms.word_forms import is_infinitive


# a condition met by a word of a list: a sentence without a word starting like one of them is skipped
_CONDITION_WORDS = {POST: POSTS, GATHERING: GATHERINGS, BLAME: BLAMES, PRAISE: PRAISES, BEST: BESTS, SEAT: SEATS,
                    ELECTED: WINNERS}


def entries(view: FieldView, i: int, lex: Lexicon) -> tuple[Entry, ...]:
    """The lexicon entries token `i` may trigger: its first letters first, then its lemma."""
    token = view.tokens[i]
    # a short adjective is a predicate, read as a verb: «благодарен России» is «благодарит Россию»
    predicate = token.pos == "ADJ" and view.feat(i, "Variant") == "Short"
    if token.pos not in ("VERB", "NOUN", "PROPN") and not predicate:
        return ()
    word = view.word(i)
    if word[:3] not in lex.prefixes and word[:2] not in lex.prefixes:
        return ()
    # attributive participles describe («задержанные журналисты»); «был арестован» reports.  The
    # relation is natasha's where the sentence is parsed already: this runs before the parse.  A
    # participle with a subject or «что» of its own is a clause's predicate the parser hung on «том»
    # («сообщила о том, что Петров задержан»), and it reports.
    if (token.pos == "VERB" and view.feat(i, "VerbForm") == "Part" and token.rel in ("amod", "acl")
            and not participle_phrase(view, i)
            and not any(view.rel(c) in ("nsubj", "nsubj:pass", "mark") for c in view.children(i))):
        return ()
    # a word of an organisation's name names it, it tells no event («Совместный центр по контролю и
    # координации режима прекращения огня», «Комиссия по расследованию …»)
    m = view.mention_at(i) if token.pos == "NOUN" else None
    if m is not None and m["type"] == "ORG" and m["stop"] - m["start"] > len(token.text):
        return ()
    kind, lemma = ("VERB" if token.pos == "VERB" or predicate else "NOUN"), view.lemma(i)
    if (lemma in PERMISSIONS and view.feat(i, "Number") == "Sing" and i + 1 < len(view.tokens)
            and view.word(i + 1) == "на"):
        return ()  # «выдал санкцию на арест»: leave to arrest, no sanctions
    if kind == "VERB" and not predicate and not is_infinitive(lemma):
        kind = "NOUN"  # «Поздравления узбекскому лидеру направили …»: a first word the tagger took for a verb
    found = lex.entries.get((kind, lemma), ())
    if (not found and kind == "VERB" and lemma.endswith("ся") and view.feat(i, "Aspect") == "Imp"
            and view.feat(i, "Voice") == "Pass" and lemma not in OWN_REFLEXIVE):
        # «обвиняется в хищении», «подозревается в убийстве»: the reflexive passive of a trigger verb, as
        # «обвинен» is its participle (the frame reads it by its passive tag); the tagger's middle voice is
        # no passive («Керри пытается отвлечь внимание» is no torture), nor is a symmetric code's reflexive
        # («обсуждалась Сирия» names a topic, no side)
        found = tuple(e for e in lex.entries.get(("VERB", lemma[:-2]), ()) if not lex.codes[e.code].symmetric)
    return found


def has_trigger(view: FieldView, si: int, lex: Lexicon) -> bool:
    """Whether sentence `si` may hold a trigger: a token with a lexicon entry whose condition word,
    if any, may be in the sentence (a word starting like it: «прибыл с визитом» for «прибыть визит»;
    for @POST, @MEETING, @BLAME, @PRAISE, @BEST and @ELECTED a word of their list)."""
    tokens = view.sentence_tokens(si)
    starts = None
    for i in tokens:
        for entry in entries(view, i, lex):
            if entry.condition is None or (entry.condition.startswith("@") and entry.condition not in _CONDITION_WORDS):
                return True
            words = _CONDITION_WORDS.get(entry.condition, (entry.condition,))
            if starts is None:
                starts = {view.word(k)[:3] for k in tokens}
            if any(w[:3] in starts for w in words):
                return True
    return False


def match(s: EventSentence, t: int, lex: Lexicon) -> Entry | None:
    """The entry token `t` triggers in its parsed sentence, its condition met."""
    for entry in entries(s.view, t, lex):
        if entry.condition is None or (_condition(s, t, entry.condition) and _modified(s, t, entry)):
            return entry
    return None


def firms(s: EventSentence, t: int) -> list[Actor]:
    """The organisations trigger `t` takes, or a share of which it takes: its object's (a noun's genitive's)
    organisations, or those of their genitives, three deep («Сбербанк купил 41,9% производителя микроэлектроники ГК
    Элемент», «покупает своего конкурента «Трансаэро»», «о покупке магазинов «Дикси»»; cameo.tsv @FIRM)."""
    taken = s.kids(t, "obj") if s.pos(t) == "VERB" else [
        c for c in s.kids(t, "nmod") if s.case(c) is None and s.feat(c, "Case") == "Gen"]
    for _ in range(3):
        taken += [g for c in taken for g in s.kids(c, "nmod") if s.case(g) is None and g not in taken]
    return [a for c in taken for a in s.entities(c) if a.type == "ORG"]


def post_nouns(s: EventSentence, t: int) -> list[int]:
    """The posts trigger `t` takes in the instrumental, without a preposition: «стал премьер-министром»,
    «назначен председателем правительства», «о назначении Петрова генеральным директором» (event_words.tsv
    `post`), or in the genitive after a `post_preposition`: «избран в качестве президента»."""
    return [c for c in s.kids(t, "obl", "xcomp", "obj", "iobj", "nmod") if s.lemma(c) in POSTS
            and ((s.case(c) is None and s.feat(c, "Case") == "Ins")
                 or (s.case(c) in POST_PREPOSITIONS and s.feat(c, "Case") == "Gen"))
            and not any(s.lemma(a) in FORMER for a in s.kids(c, "amod"))]  # «стал бывшим президентом»: none


def framed_posts(s: EventSentence, t: int) -> list[int]:
    """The posts trigger `t` names through a post frame (event_words.tsv `post_frame`), in the
    genitive: «ушел с поста главы Дагестана», «освобожден от должности министра», «назначен
    исполняющим обязанности губернатора Алтая», «врио главы региона станет Роман Бусаргин»."""
    starts = [*s.kids(t, "obl", "xcomp", "nmod", "obj")]
    subjects = s.kids(t, "nsubj") or s.kids(t, "nsubj:pass")
    if len(subjects) > 1:  # «врио главы региона станет Роман Бусаргин», «Врио губернатора … назначен Игорь Васильев»:
        # an indeclinable acting word before the verb, beside the person, is the post
        starts += [c for c in subjects if s.lemma(c) in ACTING]
    return _posts_in_frames(s, starts)


def elected_posts(s: EventSentence, t: int) -> list[int]:
    """The posts of the election whose winner trigger `t` predicates (cameo.tsv @ELECTED), through the election
    as a post frame: «стал победителем выборов президента Франции» → президента."""
    winners = [c for c in s.kids(t, "obl", "xcomp") if s.lemma(c) in WINNERS]
    return _posts_in_frames(s, [g for c in winners for g in s.kids(c, "nmod")])


def _posts_in_frames(s: EventSentence, starts: list[int]) -> list[int]:
    """The posts in the genitive of the post frames among `starts`, or one frame below them («исполняющим
    обязанности …»)."""
    out, todo = [], [(c, 0) for c in starts]
    while todo:
        c, depth = todo.pop()
        if s.lemma(c) not in POST_FRAMES or depth > 1:
            continue
        out += [p for p in s.kids(c, "nmod") if s.case(p) is None and s.lemma(p) in POSTS
                and s.feat(p, "Case") == "Gen"]
        todo += [(k, depth + 1) for k in s.kids(c, "obl", "obj", "nmod")]  # «исполняющим обязанности …»
    return out


def condition_word(s: EventSentence, t: int, condition: str | None) -> int | None:
    """The dependent of trigger `t` that is the word of a word `condition` («санкции» of «отменил
    санкции»): a trigger itself, it belongs to this event and gives none of its own."""
    if condition is None or condition.startswith("@"):
        return None
    # «подписали ряд соглашений»: the word may hang, in the genitive, on a frame noun that counts it (or «из» it:
    # «группу из 370 спасателей»)
    # («Руководство «Локомотива» приняло решение …»: a subject is no condition word of a verb with an object, not
    # «принять руководство»; «Премия досталась X» has none)
    has_object = bool(s.kids(t, "obj"))
    # (nor is the agent of a passive: «руководством «Динамо» принято решение»)
    passive = s.feat(t, "Voice") == "Pass"
    kids = [k for c in s.kids(t) if not (has_object and s.rel(c) == "nsubj")
            and not (passive and s.rel(c) == "obl" and s.case(c) is None and s.feat(c, "Case") == "Ins")
            for k in ([c] + [n for n in s.kids(c, "nmod") if s.case(n) in (None, "из")] if s.lemma(c) in FRAME_NOUNS
                      else [c])]
    # «подписали в Белом доме «Соглашения Авраама»»: a title in marks the parser hung on the noun before it, in
    # apposition though their cases differ («в газете «Известия»» agrees in none either: only a condition word)
    kids += [a for c in s.kids(t, "obl") for a in s.kids(c, "appos")
             if a > 0 and s.view.word(a - 1) in OPENING_MARKS and s.feat(a, "Case") in ("Nom", "Acc")]
    # «соглашение о брексите, которое Мэй заключила с Брюсселем»: a relative «который» is its antecedent, or
    # a noun that agrees with it that the antecedent hangs on (the parser hangs the clause on «брексите»)
    for c in s.kids(t, "obj"):
        a = relative_antecedent(s, c, s.tokens.start) if s.lemma(c) == "который" else None
        for _ in range(2):
            if a is None or any(s.feat(a, f) != s.feat(c, f) for f in ("Gender", "Number")):
                break
            kids.append(a)
            a = s.head(a) if s.rel(a) == "nmod" else None
    # «провели обмен заключенными»: the noun right after a noun trigger, which the parser hung on the trigger's
    # own head, is its word all the same
    after = t + 1
    if after in s.tokens and s.pos(t) == "NOUN" and s.pos(after) == "NOUN" and s.head(after) == s.head(t):
        kids.append(after)
    return next((c for c in kids if s.lemma(c) == condition or s.word(c) == condition), None)


def gatherings(s: EventSentence, t: int) -> list[int]:
    """The gathering nouns trigger `t` takes part «в/на» (event_words.tsv `gathering`), itself or through
    its object «участие»: «участвовать в саммите», «принять участие в совещании»; none for «принял
    решение на совещании», no taking part."""
    shares = [o for o in s.kids(t, "obj") if s.lemma(o) in PARTICIPATION]
    if not shares and s.lemma(t) not in TAKING_PART:
        return []
    return [c for h in [t, *shares] for c in s.kids(h, "obl", "nmod")
            if s.lemma(c) in GATHERINGS and s.case(c) in LOCATION_PREPOSITIONS]


def _condition(s: EventSentence, t: int, condition: str) -> bool:
    if condition == PERSON_OBJECT:  # «принял Лаврова», «позвонил Путину» (a dative one too), «был принят королем»
        # (not what one receives from people: «приняла поздравления от своих конкурентов X и Y», probe FP)
        return (any(a.type == "PER" for o in s.kids(t, "obj", "iobj")
                    if not any(s.case(c) == "от" for c in s.kids(o, "nmod")) for a in s.entities(o))
                or (s.feat(t, "Voice") == "Pass" and any(a.type == "PER" for a in s.passive_subjects(t))))
    if condition == GATHERING:  # «участвовать в саммите», «принять участие в форуме»
        return bool(gatherings(s, t))
    if condition in (BLAME, PRAISE, BEST):  # «назвал санкции незаконными», «расценил это как провокацию»; «назвал
        # Россию надежным другом»; an adjective or a genitive of the predicated noun judges too: «назвал
        # нападение «кровавым варварским … актом»», «назвал действия Индии актом агрессии»
        judged = _CONDITION_WORDS[condition]
        # (the tagger's lemma of «лучшим» is «хороший»: the best is read by the word as written)
        said = ((lambda k: s.word(k).startswith(tuple(judged))) if condition == BEST
                else (lambda k: judged_word(s.lemma(k), judged)))
        # («назвал Бабарико организатором, руководителем противоправной деятельности»: an adjective of the genitive of
        # the predicated noun or its conjunct too)
        return any(said(k) for p in _predicatives(s, t) for c in [p, *s.kids(p, "conj")]
                   for g in [c, *(g for g in s.kids(c, "nmod") if s.case(g) is None and s.feat(g, "Case") == "Gen")]
                   for k in [g, *s.kids(g, "amod")])
    if condition == ELECTED:  # «признан победителем выборов», «Победителем выборов стал X»; not «… турнира»
        return any(s.lemma(p) in WINNERS and any(s.lemma(g) in ELECTIONS for g in s.kids(p, "nmod")
                                                 if s.case(g) is None) for p in _predicatives(s, t))
    if condition == POST:  # «стал премьер-министром», «стал врио губернатора»
        return bool(post_nouns(s, t) or framed_posts(s, t))
    if condition == SEAT:  # «его место занял Витор Юдин», «место спикера … занял Джон Бенер»
        return bool(held_seats(s, t))
    if condition == SENTENCED:  # «осуждены X и Y: они получили …», «осудил его к 10 годам»; not «осудил процесс»
        return ((s.feat(t, "Voice") == "Pass" and any(a.type == "PER" for a in s.passive_subjects(t)))
                or any(s.case(c) == "к" for c in s.kids(t, "obl")))
    if condition == TERM:  # «назначено шесть лет заключения», «назначил ему срок»; not «назначен на пять лет»,
        # nor «назначен три года назад»: a term of years names what they are of («лет колонии»)
        return any(s.lemma(c) in TERMS and s.case(c) is None and (s.lemma(c) != "год" or any(
            s.case(g) is None and s.feat(g, "Case") == "Gen" for g in s.kids(c, "nmod")))
            for c in s.kids(t, "obj", "obl", "nsubj", "nsubj:pass"))
    if condition == EMPLOYER:  # «Леонид Кучук покинул «Локомотив»»: a person leaves an organisation, not a building
        return (any(a.type == "ORG" for o in s.kids(t, "obj") for a in s.entities(o))
                and any(a.type == "PER" for a in s.subjects(t)))
    if condition == FIRM:
        return bool(firms(s, t))
    if condition == STATE:  # «США с союзниками напали на Ливию», «нападение России на Украину», «российское нападение»
        doers = s.subjects(t) if s.pos(t) == "VERB" else [
            a for c in s.kids(t, "nmod") if s.case(c) is None and s.feat(c, "Case") == "Gen" for a in s.entities(c)]
        return (any(a.type == "LOC" and iso2(a.name) for a in doers)
                or (s.pos(t) == "NOUN" and adjective_state(s, t) is not None))
    if condition == PLACE_OBJECT:
        return any(a.type == "LOC" for c in s.kids(t, "obj", "obl") if s.case(c) in (None, *LOCATION_PREPOSITIONS)
                   and s.feat(c, "Case") == "Acc" for a in s.entities(c))
    # the word itself, or a preposition of a dependent («выступить против»)
    return (condition_word(s, t, condition) is not None
            or any(s.word(g) == condition for c in s.kids(t) for g in s.kids(c, "case")))


def judged_word(lemma: str, words: frozenset[str]) -> bool:
    """Whether `lemma` is one of the judging `words` (event_words.tsv `blame`, `praise`), or the noun of the quality
    one of their adjectives names: «расценила их как полную неадекватность», «незаконность» of «незаконный»."""
    stem = lemma[:-4] if lemma.endswith("ость") else None
    return lemma in words or (stem is not None and any(stem + end in words for end in ("ый", "ий", "ой")))


def _modified(s: EventSentence, t: int, entry: Entry) -> bool:
    """The condition word has the entry's modifier, if it names one: «подписали совместное заявление»."""
    word = condition_word(s, t, entry.condition) if entry.modifier else None
    return entry.modifier is None or (word is not None and any(s.lemma(m) == entry.modifier
                                                               for m in s.kids(word, "amod")))


def _predicatives(s: EventSentence, t: int) -> list[int]:
    """What verb `t` predicates of its object: an instrumental or «как» dependent («назвал санкции
    незаконными», «расценил это как провокацию»), or one the parser hung inside the object: a «как»
    phrase, or an instrumental adjective where no noun it could agree with is instrumental
    («расценила заявление Зеленского как провокацию», «назвал итоги выборов подтасованными»)."""
    found = [c for c in s.kids(t, "xcomp", "obl", "obj", "iobj")
             if (s.case(c) == "как" if s.case(c) else s.feat(c, "Case") == "Ins")]
    for o in s.kids(t, "obj"):
        for n in [o, *s.kids(o, "nmod")]:
            found += [c for c in s.kids(n, "amod", "nmod") if s.case(c) == "как" or (
                s.pos(c) == "ADJ" and s.case(c) is None and s.feat(c, "Case") == "Ins" and s.feat(n, "Case") != "Ins")]
    return found
