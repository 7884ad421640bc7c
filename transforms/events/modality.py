"""Whether a trigger tells a fact, an intention, or nothing to count (docs/events.md §6).

`modality` gives None for an event told as a fact, "intent" for an intended or planned one,
"future" for one told in the future tense (rows.py codes both as its code's `intended` code: a
meeting that will take place is CAMEO's 036 intent to meet — but a decision on a post told in the
future is announced, decided: «врио главы станет Роман Бусаргин»), "drop" for a negated,
conditional, hypothetical, merely possible or demanded one.  The words: modality.tsv; only the
trigger's own clause is read (a conjoined verb shares its first conjunct's).
"""

from __future__ import annotations

from transforms.events.frame_base import Frame
from transforms.field_view import relative_antecedent
from transforms.events.sentence import EventSentence
from transforms.events.partners import protest
from transforms.events.words import (ABOUT, CANCELLED, CEASING, CONDITIONS, DECISIONS, DEMANDED, DURING_PREPOSITIONS,
                                     FRAME_NOUNS, HYPOTHETICAL, INTENT, IRREALIS, PLANNED, POSSIBLE)


def modality(s: EventSentence, trigger: int, frame: Frame) -> str | None:
    """None (told as a fact), "intent", "future", or "drop" (negated, conditional, merely possible)."""
    # «не прекращаются бои»: a negated verb of ceasing over the trigger tells it goes on
    if any(s.negated(g) and not (g != trigger and (s.lemma(g) in CEASING or _judges(s, g, trigger)))
           for g in frame.gates):
        return "drop"
    mood = None
    if s.pos(trigger) != "VERB":
        modifiers = {s.lemma(c) for c in s.kids(trigger, "amod")}
        if modifiers & HYPOTHETICAL:
            return "drop"  # «возможная встреча»
        if modifiers & PLANNED or _relative_future(s, trigger):
            mood = "intent"  # «запланированный визит», «предстоящие переговоры», «встреча, которая состоится …»
    path = s.path_up(trigger)
    planned = s.head(trigger) if s.rel(trigger) == "csubj" else None
    if planned is not None and s.pos(planned) == "NOUN" and s.lemma(planned) in INTENT:
        mood = "intent"  # «В планах дипломата встретиться с …»: an infinitive whose predicate is a noun of intent
    if s.rel(path[-1]) == "conj" and s.head(path[-1]) is not None:
        # a conjoined verb shares the mood of its first conjunct: «намерен встретиться и обсудить»,
        # «если Минск продолжит упорствовать и откажется платить»
        path += s.path_up(s.head(path[-1]))
    listed = [trigger]  # the trigger and the nouns it is listed after: «отменил мероприятия, а также визит …»
    while (s.rel(listed[-1]) == "conj" and s.head(listed[-1]) is not None
           and s.pos(s.head(listed[-1])) in ("NOUN", "PROPN")):
        listed.append(s.head(listed[-1]))
    for child, x in zip(path, path[1:]):
        if s.lemma(x) in DEMANDED and _asked_for(s, child):
            return "drop"  # «требуя отставки Саакашвили», «призвал к переговорам»: asked for, not done
        if child in listed and s.lemma(x) in CANCELLED and (
                s.rel(child) in ("obj", "nsubj", "nsubj:pass", "xcomp")
                or (s.rel(child) == "conj" and s.pos(x) == "VERB")
                or (s.rel(child) == "obl" and s.case(child) == "от")):
            # «отменил визит вице-премьера», «отменил мероприятия, а также визит …» (the noun parsed as the
            # verb's conjunct), «отказался от встречи», «отказался встречаться с Зеленским»: called off, not done
            return "drop"
        if child == trigger and _protested_for(s, child, x):
            return "drop"  # «митинг за отставку Сайфудинова»: what a protest is for, not done
        # «договорились о встрече», «готова к переговорам»
        about = s.rel(child) == "obl" and child == trigger and (
            s.case(child) in ABOUT or (s.case(child) == "к" and s.lemma(x) in INTENT))
        if (s.rel(child) in ("xcomp", "obj", "nsubj", "nsubj:pass") or about) and s.pos(x) in ("VERB", "ADJ", "AUX"):
            lemma = s.lemma(x)
            if s.rel(child) == "xcomp" and (s.negated(x) or lemma in POSSIBLE):
                return "drop"  # «не стал встречаться», «может стать площадкой для встречи»
            # («готовят новый пакет военной помощи»: the trigger behind a frame noun)
            if lemma in INTENT and (s.rel(child) == "xcomp" or child == trigger or s.lemma(child) in FRAME_NOUNS):
                if s.negated(x):
                    return "drop"  # «не намерен разрывать отношения»
                mood = "intent"  # «намерен встретиться», «планирует визит», «встреча планируется»
        if (child == trigger and s.rel(child) == "obl" and s.case(child) in DURING_PREPOSITIONS
                and s.lemma(x) in INTENT and s.pos(x) in ("VERB", "ADJ") and s.feat(x, "Tense") != "Past"
                and not s.negated(x)):
            # «Во время встречи с Медведевым Чавес намерен поговорить о …»: the occasion of an intended act is
            # intended too (probe HW); not of one agreed on («в ходе визита договорился о …»: the visit was)
            mood = "intent"
        if s.pos(x) == "NOUN" and s.lemma(x) in POSSIBLE and s.rel(child) == "nmod" and s.case(child) is None:
            return "drop"  # «обсуждается возможность встречи Путина и Трампа»: only possible
        if (child == trigger and s.lemma(x) in CONDITIONS and s.case(x) == "в" and s.rel(child) == "nmod"
                and s.case(child) is None):
            return "drop"  # «в случае смерти Алексея Навального»: only if (not «… выполнения требований России»)
        if s.pos(x) == "NOUN" and s.lemma(x) in INTENT and (
                s.feat(child, "VerbForm") == "Inf" or (child == trigger and s.case(child) == "к")):
            mood = "intent"  # «выразил намерение встретиться», «о готовности к переговорам» (a decision,
            # «решение», is no intent)
    # the verb that carries the trigger, and a participle that tells it («переговоры, состоявшиеся якобы …»)
    for x in list(dict.fromkeys(path + frame.gates + s.kids(trigger, "acl"))):
        irrealis = [c for c in s.kids(x, "mark", "aux", "advmod", "discourse", "parataxis") if s.word(c) in IRREALIS]
        if not irrealis and x + 1 in s.tokens and s.word(x + 1) == "ли":
            # «не уточнили, нанесены ли удары по Ираку»: a question's «ли» right after its verb, wherever the parser
            # hangs it (probe IW)
            irrealis = [x + 1]
        if irrealis and _purpose(s, x, irrealis):
            mood = "intent"  # «прибыл в Вашингтон, чтобы обсудить с Обамой …»: what the trip is for
        elif irrealis:
            return "drop"  # «если … поедет с визитом», «встретился бы», «хотим, чтобы бизнесмены осуществляли»
    if mood is None and _future(s, trigger if s.pos(trigger) == "VERB" else frame.anchor):
        mood = "future"  # «Путин подпишет договоры», «встреча пройдет в понедельник»: not happened yet
    return mood


def _relative_future(s: EventSentence, noun: int) -> bool:
    """Whether a relative clause in the future tells of event noun `noun` as its subject: it is yet to come, as
    a planned one is («обсудили организацию встречи президентов …, которая состоится 26 августа в Минске»)."""
    return any(s.lemma(r) == "который" and s.rel(r) in ("nsubj", "nsubj:pass") and s.head(r) is not None
               and _future(s, s.head(r)) and relative_antecedent(s, r, s.tokens.start) == noun
               for c in s.kids(noun, "acl:relcl") for r in s.kids(c))


def _purpose(s: EventSentence, x: int, marks: list[int]) -> bool:
    """«…, чтобы обсудить»: an infinitive purpose clause of an action verb, what its subject sets
    out to do (not «хотим, чтобы …» nor «если …»)."""
    return (s.rel(x) == "advcl" and s.feat(x, "VerbForm") == "Inf" and all(s.word(c) == "чтобы" for c in marks)
            and s.head(x) is not None and s.pos(s.head(x)) == "VERB")


def _judges(s: EventSentence, verb: int, trigger: int) -> bool:
    """Whether `verb`, whose subject the noun trigger is, says something of the event with an object or a bare
    oblique of its own, so that its «не» denies that, not the event: «Встреча … не принесла результатов»,
    «Заявление … Гросу … не имеет оснований» (probe EW), «не соответствует действительности» — unlike «встреча
    не состоялась»."""
    return (trigger in s.kids(verb, "nsubj", "nsubj:pass")
            and any(s.rel(c) in ("obj", "iobj") or (s.rel(c) == "obl" and s.case(c) is None) for c in s.kids(verb)))


def _asked_for(s: EventSentence, child: int) -> bool:
    """`child` is what its demanding head asks for: its object or complement («требуя отставки»,
    «попросил оказать содействие»), its genitive («с требованием отставки») or a «к»/«о» phrase
    («призвал к переговорам»); not a circumstance («в ходе встречи … попросил»)."""
    rel = s.rel(child)
    if rel in ("obj", "xcomp"):
        return True
    if rel not in ("nmod", "obl", "iobj"):
        return False
    prepositions = {s.lemma(c) for c in s.kids(child, "case")}
    return not prepositions or prepositions <= {"к"} | ABOUT  # «призвал к переговорам», «о …», «об …», «обо …»


def _protested_for(s: EventSentence, child: int, x: int) -> bool:
    """`child` is a «за» + accusative phrase of a protest, on its noun or the verb that carries it
    («митинг за отставку», «провели митинг за отставку»): a code whose protests make demands."""
    return s.case(child) == "за" and s.feat(child, "Case") == "Acc" and protest(s, x)


def _future(s: EventSentence, verb: int) -> bool:
    """A verb in the future: perfective non-past («подпишет»), or with a non-past «быть» («будет
    встречаться», a passive's too: «будет принята»). UD features, no word list."""
    if s.pos(verb) != "VERB":
        return False
    if s.feat(verb, "Tense") == "Fut":
        return True
    if s.feat(verb, "Variant") == "Short" and s.feat(verb, "VerbForm") == "Part" and s.word(verb).endswith("тся"):
        # «Состоятся переговоры лидеров России и Китая» (probe EW), tagged a short participle, which never ends
        # in «-тся»: a finite verb the tagger misread, its perfective non-past the future
        return s.feat(verb, "Aspect") == "Perf"
    return any(s.lemma(a) == "быть" and s.feat(a, "Tense") not in ("Past", None)
               for a in s.kids(verb, "aux", "aux:pass"))


def decided(s: EventSentence, t: int) -> bool:
    """Whether trigger `t` is, or is carried by, the infinitive of a verb of decision in the past (modality.tsv
    `decision`: «решил покинуть пост», «решил продлить санкции»): one's own act, taken."""
    path = s.path_up(t)
    head = next((x for child, x in zip(path, path[1:]) if s.rel(child) == "xcomp"), None)
    return (head is not None and s.lemma(head) in DECISIONS and s.feat(head, "Tense") == "Past"
            and not s.negated(head))
