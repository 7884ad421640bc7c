"""Which clause's subject a nominal is: parser errors that hang a subject on another clause's verb, or
make a nominal of another role its subject (or a subject of another role), undone on an `EventSentence`'s
copy of the tree (called by `repairs.repair`, whose docstring gives each with its example); and, for a
verb left with no subject in the tree, the named nominatives near it (`nearby_subjects`, called by
`EventSentence.subjects`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.events.actor import Actor
from transforms.field_view import crossed
from transforms.quotes.marks import CLOSING_MARKS, OPENING_MARKS
from transforms.quotes.subjects import dateline, dateline_dash
from transforms.word_forms import is_abbreviation

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence

#: the conjunctions that open a clause of its own after a comma: «…, а Захарова обвинила …»
_CLAUSE_CONJUNCTIONS = ("а", "но", "и")


def next_clause_subject(s: EventSentence) -> None:
    """«Володин потребовал …, а … представитель МИД России Мария Захарова обвинила …», parsed as
    «представитель» ← «потребовал»: a verb's second subject, after it and after «, а» («, но», «, и»),
    is the subject of the next finite verb, which has none and agrees with it in number; so is a nominative
    the parser makes a second object («полиция задержала директора …, а во вторник Петрозаводский городской
    суд … отправил его под домашний арест», parsed as «суд» ← «задержала», probe EC)."""
    for x in s.tokens:
        verb = s.tree.parent[x]
        rel = s.rel(x)
        if (rel not in ("nsubj", "obj") or verb is None or verb > x or s.feat(x, "Case") != "Nom"
                or not any(k < (verb if rel == "nsubj" else x) for k in s.kids(verb, rel) if k != x)):
            continue
        opener = next((k for k in range(x - 1, verb, -1) if s.pos(k) in ("CCONJ", "PUNCT")), None)
        if (opener is None or s.word(opener).lower() not in _CLAUSE_CONJUNCTIONS or s.word(opener - 1) != ","
                or any(s.pos(k) in ("NOUN", "PROPN") and s.tree.parent[k] == verb for k in range(opener, x))):
            continue
        after = _verb_after(s, x)
        # a short passive participle is a predicate too («…, а Ирек Файзуллин назначен министром», probe HR)
        short = after is not None and s.feat(after, "Variant") == "Short" and s.feat(after, "Voice") == "Pass"
        if (after is not None and (s.feat(after, "VerbForm") == "Fin" or short)
                and not s.kids(after, "nsubj", "nsubj:pass")
                and s.feat(after, "Number") in (None, s.feat(x, "Number"))):
            s.tree.parent[x], s.tree.rels[x] = after, "nsubj:pass" if short else "nsubj"
            s.tree.index_children()


def _verb_after(s: EventSentence, x: int) -> int | None:
    """The first verb after token `x` in the sentence: the one a nominal stranded before it may be the subject of."""
    return next((v for v in range(x + 1, s.tokens.stop) if s.pos(v) == "VERB"), None)


def conjunct_opening_clause(s: EventSentence) -> None:
    """«Байден подписал указ о введении новых санкций против России, РФ в ответ пообещала выслать …», parsed as
    «РФ» ← «России», a conjunct, and «пообещала» a root of its own: a name after a comma, the last conjunct of a
    nominal of the clause before with no coordinator of its own, that opens a clause whose finite verb is a root
    with no subject and agrees with it, is that verb's subject (probe GY); so is a descriptor with a person's name
    («Директор Алексей Туркалов был отстранен …, худрук Евгений Марчелли получил выговор», probe HH).  The case is
    not asked: an abbreviation is tagged in any."""
    for t in s.tokens:
        head = s.tree.parent[t]
        if (s.rel(t) != "conj" or head is None or head > t or s.pos(t) not in ("PROPN", "NOUN") or s.word(t - 1) != ","
                or not (s.view.mention_at(t) is not None or any(m["type"] == "PER" for m in s.named_mentions(t)))
                or s.kids(t, "cc") or any(c > t for c in s.kids(head, "conj"))):
            continue
        verb = _verb_after(s, t)
        if (verb is None or s.tree.parent[verb] is not None or s.feat(verb, "VerbForm") != "Fin"
                or s.kids(verb, "nsubj", "nsubj:pass") or not s.agree(t, verb)):
            continue
        clause = s.clause(verb, embedded=True)
        if all(k in clause or t in s.path_up(k) for k in range(t + 1, verb)):
            s.tree.parent[t], s.tree.rels[t] = verb, "nsubj"
            s.tree.index_children()


def finite_conjunct_of_infinitive(s: EventSentence) -> None:
    """A finite verb cannot be coordinated with an infinitive: one the parser conjoins to the infinitive
    complement of a verb it agrees with is that verb's conjunct («Медведев поручил полпреду
    проанализировать работу … и пригрозил поменять власть», parsed as «пригрозил» ← «проанализировать»,
    which made «полпред», whom the order is given, the threatener; probe FT)."""
    for t in s.tokens:
        inf = s.tree.parent[t]
        if (s.rel(t) != "conj" or s.pos(t) != "VERB" or s.feat(t, "VerbForm") != "Fin" or inf is None
                or s.feat(inf, "VerbForm") != "Inf"):
            continue
        over = s.tree.parent[inf]
        if (over is not None and over < inf < t and s.pos(over) == "VERB" and s.feat(over, "VerbForm") == "Fin"
                and s.agree(t, over)):
            s.tree.parent[t] = over
            s.tree.index_children()


def main_clause_oblique(s: EventSentence) -> None:
    """«Джон Керри по итогам переговоров с … Лавровым заявил, что стороны согласовали …», parsed as «итогам» ←
    «согласовали»: an oblique before the main verb cannot belong to the clause after it that the verb's «что»
    opens (a clause is one stretch of words): it is the main verb's (probe GE)."""
    for t in s.tokens:
        verb = s.tree.parent[t]
        main = s.tree.parent[verb] if verb is not None else None
        if (s.rel(t) == "obl" and main is not None and t < main < verb and s.rel(verb) in ("ccomp", "advcl")
                and s.pos(main) == "VERB" and any(s.word(m) in ("что", "чтобы") for m in s.kids(verb, "mark"))):
            s.tree.parent[t] = main
            s.tree.index_children()


def uncross_clauses(s: EventSentence) -> None:
    subjects = [t for t in s.tokens if s.rel(t) in ("nsubj", "nsubj:pass") and s.feat(t, "Case") == "Nom"]
    mended = False
    for x in subjects:
        for y in subjects:
            if crossed(s, x, y):
                s.tree.parent[x], s.tree.parent[y] = s.head(y), s.head(x)
                s.tree.index_children()
                mended = True
    if not mended:
        return
    for t in s.tokens:
        head = s.tree.parent[t]
        if s.rel(t) != "conj" or s.pos(t) != "VERB" or head is None:
            continue
        between = [v for v in range(head + 1, t) if s.pos(v) == "VERB"
                   and s.rel(v) in ("root", "conj", "parataxis") and s.kids(v, "nsubj", "nsubj:pass")]
        if between:
            s.tree.parent[t] = between[-1]
            s.tree.index_children()


def disagreeing_subject(s: EventSentence) -> None:
    for verb in s.tokens:
        subjects = s.kids(verb, "nsubj")
        number = s.feat(verb, "Number")
        reflexive = [x for x in s.kids(verb, "obj") if s.feat(x, "Case") == "Nom" and s.pos(x) in ("NOUN", "PROPN")]
        if (not subjects and len(reflexive) == 1 and s.feat(verb, "Voice") == "Mid"
                and s.word(verb).endswith(("ся", "сь"))):
            # «об этом премьеры двух стран договорились в ходе …», parsed with «премьеры» the object: a verb in
            # «-ся» takes no accusative; the nominative the tagger reads is its subject (probe JX)
            s.tree.rels[reflexive[0]] = "nsubj"
            s.tree.index_children()
            continue
        if len(subjects) == 1 and number == "Plur" and _fronted_object(s, verb, subjects[0]):
            s.tree.rels[subjects[0]] = "obj"
            s.tree.index_children()
            continue
        if len(subjects) == 1 and _accusative_list(s, verb, subjects[0]):
            # «…, в ходе которого посетил Египет, Республику Конго, Уганду и Эфиопию», parsed with «Египет» the
            # subject: its conjuncts' accusative says the list is the object (probe HH)
            s.tree.rels[subjects[0]] = "obj"
            s.tree.index_children()
            continue
        if len(subjects) == 1 and _crossed_roles(s, verb, subjects[0]):
            # «6 марта филиал посетил первый заместитель губернатора … Сергей Жданов», parsed with «филиал» the
            # subject and «заместитель» the object: the tagger's own cases say the thing fronted is the object;
            # «МОК временно отстранил Олимпийский комитет России», parsed with «МОК» the object and «комитет» the
            # subject: they say the name before the verb is its subject (probe IV)
            crossed = s.kids(verb, "obj")[0]
            s.tree.rels[subjects[0]], s.tree.rels[crossed] = "obj", "nsubj"
            s.tree.index_children()
            continue
        if len(subjects) != 2 or number is None or s.kids(verb, "obj") or s.pos(verb) != "VERB":
            continue
        if any(s.pos(x) not in ("NOUN", "PROPN") or s.kids(x, "conj") for x in subjects):
            continue  # («мы» of a clause the parser joined; «премьер-министр … и его коллега …», plural)
        agree = [x for x in subjects if s.feat(x, "Number") == number]
        other = [x for x in subjects if s.feat(x, "Number") not in (number, None)]
        first, second = subjects
        if len(agree) == 1 and len(other) == 1:
            s.tree.rels[other[0]] = "obj"
            s.tree.index_children()
        elif (first < verb < second and s.feat(first, "Animacy") == "Inan" and s.feat(second, "Animacy") == "Anim"
              and s.feat(first, "Number") == "Sing" and s.feat(first, "Gender") in ("Masc", "Neut")
              and s.feat(verb, "Gender") in (None, s.feat(second, "Gender"))):
            s.tree.rels[first] = "obj"  # «Бейрут посетил президент Франции …»: the thing fronted, the person after
            s.tree.index_children()


def _crossed_roles(s: EventSentence, verb: int, x: int) -> bool:
    """Whether subject `x` of active finite `verb` is read as accusative and the verb's one object as nominative,
    agreeing with the verb in number and gender, so that the two swap: a thing before the verb and a person after it,
    or a name before the verb and the subject after it."""
    objects = s.kids(verb, "obj")
    if len(objects) != 1:
        return False
    o = objects[0]
    if not (s.pos(verb) == "VERB" and s.feat(verb, "VerbForm") == "Fin" and s.feat(verb, "Voice") != "Pass"
            and s.feat(x, "Case") == "Acc" and s.feat(o, "Case") == "Nom"
            and s.feat(verb, "Number") in (None, s.feat(o, "Number"))
            and s.feat(verb, "Gender") in (None, s.feat(o, "Gender"))):
        return False
    return ((x < verb < o and s.feat(x, "Animacy") == "Inan" and s.pos(o) in ("NOUN", "PROPN")
             and s.feat(o, "Animacy") == "Anim")
            or (o < verb < x and s.pos(o) == "PROPN"))


def _accusative_list(s: EventSentence, verb: int, x: int) -> bool:
    """Whether subject `x` after active finite `verb` (no object) is an inanimate noun whose accusative is its
    nominative and a conjunct of which the tagger reads as accusative, not nominative: the verb's object."""
    return (x > verb and s.pos(verb) == "VERB" and s.feat(verb, "VerbForm") == "Fin"
            and s.feat(verb, "Voice") != "Pass" and not s.kids(verb, "obj") and s.feat(x, "Animacy") == "Inan"
            and s.feat(x, "Case") in ("Nom", "Acc") and s.feat(x, "Gender") in ("Masc", "Neut", None)
            and any(s.feat(c, "Case") == "Acc" for c in s.kids(x, "conj")))


def _fronted_object(s: EventSentence, verb: int, x: int) -> bool:
    """Whether subject `x` of plural finite `verb` (no object) can only be its object: a singular inanimate
    masculine or neuter noun (its accusative its nominative), no conjuncts, counting no genitive plural."""
    return (s.pos(verb) == "VERB" and s.feat(verb, "VerbForm") == "Fin" and not s.kids(verb, "obj")
            and s.pos(x) == "NOUN" and s.feat(x, "Number") == "Sing" and s.feat(x, "Animacy") == "Inan"
            and s.feat(x, "Gender") in ("Masc", "Neut") and not s.kids(x, "conj")
            and not any(s.feat(g, "Number") == "Plur" and s.feat(g, "Case") == "Gen" for g in s.kids(x, "nmod")))


def stray_subject(s: EventSentence) -> None:
    for x in s.tokens:
        verb = s.tree.parent[x]
        if s.rel(x) != "nsubj" or verb is None or verb < x or s.feat(x, "Case") != "Nom":
            continue
        # before the «что» of a verb with a subject of its own, it is outside that verb's clause; with no mark, so it
        # is before that verb's other subject before it, for a root verb between them, when the parser hung the «как»
        # of «после того, как он …» on that verb (probe IM; a relative clause's verb is no root: «Помощник …, который
        # посетил Белград заявил»; a subject after the verb is its own: «утвердили …: «за» проголосовали 24 депутата»)
        subjects = s.kids(verb, "nsubj")
        marks = [m for m in s.kids(verb, "mark") if x < m] if len(subjects) > 1 else []
        later = next((o for o in subjects if x < o < verb), None) if len(subjects) > 1 and not marks else None
        mark = marks[0] if marks else later if later is not None else verb
        if mark == verb and (s.pos(x) != "PROPN" or s.feat(x, "Number") in (None, s.feat(verb, "Number"))
                             or s.feat(verb, "Number") is None):
            continue
        between = [v for v in range(x + 1, mark) if s.pos(v) == "VERB" and s.feat(v, "Number") == s.feat(x, "Number")
                   and (s.feat(v, "VerbForm") in ("Fin", None) or s.feat(v, "Variant") == "Short")
                   and not s.kids(v, "nsubj", "nsubj:pass") and (later is None or s.rel(v) == "root")]
        if between:
            s.tree.parent[x] = between[0]
            s.tree.rels[x] = "nsubj:pass" if s.feat(between[0], "Voice") == "Pass" else "nsubj"
            s.tree.index_children()


def dateline_subject(s: EventSentence) -> None:
    """«INTERFAX.RU - Президент России Дмитрий Медведев подписал …», parsed with the agency as the
    subject: the source of a dateline (the rule quotes use, `quotes.subjects.dateline`) is no
    subject; the verb then takes the named nominative near it (`nearby_subjects`)."""
    for t in s.tokens:
        if s.rel(t) in ("nsubj", "nsubj:pass") and dateline(s.view, t):  # «INTERFAX.RU - … избран»
            verb, rel = s.head(t), s.rel(t)
            s.tree.rels[t] = "dep"
            # «НТА-Приволжье - ОАО "РЖД" и министерство обороны подписали», parsed with «ОАО» in apposition
            # to the source: what follows the dash is the subject
            for c in s.kids(t, "appos"):
                if not dateline(s.view, c):
                    s.tree.parent[c], s.tree.rels[c] = verb, rel
            # «INTERFAX.RU - Генеральный директор РЖД Олег Белозеров избран …», parsed with the words after the
            # dash as a root of their own: that nominal is the subject
            dash = dateline_dash(s.view, s.tokens.start)
            if verb is not None and dash is not None:
                root = next((c for c in s.tokens if c > dash and c != verb and s.rel(c) == "root"
                             and s.pos(c) in ("NOUN", "PROPN") and s.feat(c, "Case") == "Nom"), None)
                if root is not None:
                    s.tree.parent[root], s.tree.rels[root] = verb, rel
            s.tree.index_children()


def prepositional_subject(s: EventSentence) -> None:
    """«Вместо … Николая Цуканова … назначен Евгений Зинчев», parsed as «Николая» ← «назначен» its passive
    subject: a nominal under a preposition is no subject but an oblique of its verb."""
    for t in s.tokens:
        # (a preposition stands before its noun: «Делегация во главе с …» has «во» hung on «Делегация»)
        if s.rel(t) in ("nsubj", "nsubj:pass") and any(c < t for c in s.kids(t, "case")):
            s.tree.rels[t] = "obl"


def fronted_abbreviation(s: EventSentence) -> None:
    """«После оглашения приговора МИД Франции выразил сожаление», parsed as «МИД» ← «приговора»: an
    abbreviation's name (never declined, so tagged any case) hanging on the genitives of a phrase that opens
    the clause, right before a verb with no subject, is that verb's subject."""
    for t in s.tokens:
        m = s.view.mention_at(t)
        if (s.rel(t) != "nmod" or m is None or m["type"] not in ("ORG", "LOC")
                or not is_abbreviation(s.view.tokens[t].text) or s.view.token_at(m["start"]) != t):
            continue
        path = s.path_up(t)
        verb = path[-1]
        if len(path) < 3 or s.rel(path[-2]) != "obl" or not s.kids(path[-2], "case") or any(
                s.rel(x) != "nmod" for x in path[:-2]):
            continue  # only the genitives of a prepositional phrase («После оглашения приговора»)
        if s.view.mention_at(path[1]) is not None:
            continue  # the genitive of a name («В Госдепартаменте США заявили»: the department's country)
        end = t  # the end of its phrase: «МИД Франции»
        while end + 1 < verb and t in s.path_up(end + 1):
            end += 1
        if (s.pos(verb) == "VERB" and verb == end + 1 and not s.kids(verb, "nsubj", "nsubj:pass")
                and s.feat(verb, "VerbForm") in ("Fin", None)):
            # «В июле при посредничестве США страны подписали …», parsed as «страны» ← «США»: a nominative
            # noun hung on the abbreviation is the subject, the abbreviation stays in its phrase (probe GJ)
            nominative = [k for k in s.kids(t, "nmod") if s.feat(k, "Case") == "Nom" and s.pos(k) == "NOUN"
                          and not s.kids(k, "case")]
            subject = nominative[0] if nominative else t
            s.tree.parent[subject], s.tree.rels[subject] = verb, "nsubj"
            s.tree.index_children()


def subject_after_object(s: EventSentence) -> None:
    """«Переворот осудили Африканский союз и Франция»: of two objects of a plural verb with no subject, the one
    after it, a coordination with a nominative among its conjuncts, is its subject (the object fronted)."""
    for v in s.tokens:
        objects = s.kids(v, "obj")
        if (len(objects) < 2 or s.pos(v) != "VERB" or s.feat(v, "Number") != "Plur" or s.feat(v, "Voice") == "Pass"
                or s.kids(v, "nsubj", "nsubj:pass") or objects[-1] < v):
            continue
        last = objects[-1]
        conjuncts = s.kids(last, "conj")
        if conjuncts and any(s.feat(k, "Case") == "Nom" for k in [last, *conjuncts]):
            s.tree.rels[last] = "nsubj"
            s.tree.index_children()


def colon_list_subject(s: EventSentence) -> None:
    """«Задержаны: Роман Рословцев, Валерия Зинякина и Леонид Михайлов»: the names a colon lists after a passive
    verb with no subject are its subject, not a clause of their own (the parser's parataxis)."""
    for t in s.tokens:
        verb = s.tree.parent[t]
        if (s.rel(t) != "parataxis" or verb is None or verb > t or s.pos(verb) != "VERB"
                or not (s.feat(verb, "Voice") == "Pass" or s.feat(verb, "Variant") == "Short")
                or s.kids(verb, "nsubj", "nsubj:pass") or s.kids(t, "cop", "nsubj")
                or not any(s.word(p) == ":" for p in s.kids(t, "punct") if verb < p < t)):
            continue
        if (s.view.mention_at(t) or {}).get("type") in ("PER", "ORG"):
            s.tree.rels[t] = "nsubj:pass"
            s.tree.index_children()


def fronted_oblique_of_later_clause(s: EventSentence) -> None:
    """«В отставку "в связи с утратой доверия" его отправил … Медведев, причем такая формулировка была применена
    …»: an oblique opening the sentence that the parser hangs on the verb of a clause after another verb with no
    head and a comma crosses that verb; it is that verb's (probe GY)."""
    roots = [t for t in s.tokens if s.tree.parent[t] is None and s.pos(t) == "VERB"]
    for t in s.tokens:
        h = s.tree.parent[t]
        if s.rel(t) != "obl" or h is None or h < t or s.pos(h) != "VERB":
            continue
        if min([t, *s.kids(t, "case")]) != s.tokens.start:
            continue  # the phrase opens the sentence
        crossed = next((r for r in roots if t < r < h), None)
        if crossed is not None and any(s.word(k) == "," for k in range(crossed + 1, h)):
            s.tree.parent[t] = crossed
            s.tree.index_children()


def nearby_subjects(s: EventSentence, verb: int) -> list[Actor]:
    """No subject in the tree: the named nominatives of the verb's stretch of text, between
    the punctuation or conjunctions around it («…, что на встречу с Виктором прибудут также
    его дочь Лиза и мать Раиса,» when the parser hangs «дочь» elsewhere).  A singular verb
    takes the nearest one only."""
    if s.pos(verb) != "VERB" or s.feat(verb, "VerbForm") not in ("Fin", None):
        return []
    lo, hi = verb, verb
    while lo > s.tokens.start and not _boundary(s, lo - 1):
        lo -= 1
    while hi + 1 < s.tokens.stop and not _boundary(s, hi + 1):
        hi += 1
    found = []
    for t in sorted(range(lo, hi + 1), key=lambda t: abs(t - verb)):
        # (an indeclinable foreign name has no case: it counts coordinated with a nominative or
        # naming one: «Wildberries и рекламная группа Russ подписали»)
        foreign = s.feat(t, "Foreign") == "Yes" and s.feat(t, "Case") is None and any(
            s.feat(c, "Case") == "Nom" for c in [*s.kids(t, "conj"), *(
                [s.head(t)] if s.rel(t) == "appos" and s.head(t) is not None else [])])
        if (s.pos(t) not in ("NOUN", "PROPN") or (s.feat(t, "Case") != "Nom" and not foreign)
                or s.case(t) is not None):
            continue
        head = s.head(s.name_first(t))  # «с главой … Ширвани Автархановым»: the name's first word hangs on its noun
        if not foreign and head is not None and lo <= head <= hi and s.feat(head, "Case") not in ("Nom", None):
            continue  # «станции «Мир»»: a name of something in another case
        m = s.view.mention_at(t)
        if m is not None and m["type"] in ("PER", "ORG") and m["entity_id"] not in {a.entity_id for a in found}:
            found.append(Actor.of(m).found("nearby"))
    found.sort(key=lambda a: a.start)
    if s.feat(verb, "Number") == "Sing":
        return found[:1]
    return found

def _boundary(s: EventSentence, t: int) -> bool:
    """Where a stretch of text for a missing subject stops: punctuation (not the marks around a name:
    «Carlsberg и «Балтика» договорились»), a subordinator, a finite verb."""
    if (s.word(t) in OPENING_MARKS and t + 1 < s.tokens.stop and s.view.mention_at(t + 1) is not None) or (
            s.word(t) in CLOSING_MARKS and t > s.tokens.start and s.view.mention_at(t - 1) is not None):
        return False
    return s.pos(t) in ("PUNCT", "SCONJ") or (s.pos(t) == "VERB" and s.feat(t, "VerbForm") == "Fin")
