"""A verb's object (or a phrase it takes) that natasha's parser hung on another word, given back to the verb
(`repairs.repair`).

Each function undoes one attachment error seen in real news, on an `EventSentence`'s copy of the
tree; `repairs.repair` names them all with their examples for docs/events.md §4.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.dates.lexicon import UNITS
from transforms.events.taxonomy import lexicon
from transforms.events.words import ACTING, DEMANDED, DOERS, GOVERNMENT, JOINING, POST_FRAMES, REASON_OBJECTS
from transforms.names import fold
from transforms.quotes.marks import CLOSING_MARKS, OPENING_MARKS
from transforms.word_forms import may_be_accusative

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence


def _make_object(s: EventSentence, t: int, verb: int) -> None:
    s.tree.parent[t], s.tree.rels[t] = verb, "obj"
    s.tree.index_children()


def second_object(s: EventSentence) -> None:
    """«оказывает Украине помощь, за что получал благодарности», parsed as «благодарности» ←
    «оказывает»: a verb's second object, past a later verb with none, is that verb's."""
    for t in s.tokens:
        verb = s.tree.parent[t]
        if s.rel(t) != "obj" or verb is None or s.pos(verb) != "VERB" or s.case(t) is not None:
            continue
        first = [o for o in s.kids(verb, "obj") if o < t]
        if not first:
            continue
        later = [v for v in range(max(first + [verb]) + 1, t)
                 if s.pos(v) == "VERB" and s.feat(v, "VerbForm") != "Part" and not s.kids(v, "obj")]
        if later:
            s.tree.parent[t] = later[-1]
            s.tree.index_children()


def object_after_quoted_name(s: EventSentence) -> None:
    """«принял в резиденции «Бочаров ручей» президента ЦАР …», parsed as «президента» ← «резиденции»:
    an animate noun right after a name in quote marks, hung as a genitive on the noun that name is in
    apposition to, is the object of a verb with none (a genitive of «резиденции» would stand before
    the name)."""
    for t in s.tokens:
        head = s.tree.parent[t]
        if (head is None or s.rel(t) != "nmod" or s.pos(t) != "NOUN" or s.feat(t, "Animacy") != "Anim"
                or s.feat(t, "Case") not in ("Gen", "Acc") or s.kids(t, "case") or t < 1
                or s.view.word(t - 1) not in CLOSING_MARKS
                or not any(head < a < t - 1 and any(s.view.word(k) in OPENING_MARKS for k in range(head + 1, a))
                           for a in s.kids(head, "appos"))):
            continue
        verb = s.path_up(t)[-1]
        if s.pos(verb) == "VERB" and not s.kids(verb, "obj"):
            _make_object(s, t, verb)


def asked_object(s: EventSentence) -> None:
    """«Макрон призвал китайского лидера «образумить Россию»», parsed as «лидера» ← «образумить»: the
    object between a verb of asking (modality.tsv `demanded`) and the infinitive it governs is whom
    the verb asks, when the verb has no object of its own and that one is someone (an animate noun
    or a name).  An infinitive hung in apposition on that object («призвал китайского лидера «образумить
    Россию»», the infinitive in quote marks) is what the verb asks for: its own."""
    for x in s.tokens:
        o = s.tree.parent[x]
        v = s.tree.parent[o] if o is not None else None
        if (v is not None and s.rel(x) == "appos" and s.feat(x, "VerbForm") == "Inf" and s.rel(o) == "obj"
                and s.pos(v) == "VERB" and s.lemma(v) in DEMANDED):
            s.tree.parent[x], s.tree.rels[x] = v, "xcomp"
            s.tree.index_children()
    for x in s.tokens:
        v = s.tree.parent[x]
        if (v is None or s.rel(x) != "xcomp" or s.feat(x, "VerbForm") != "Inf" or s.pos(v) != "VERB"
                or s.lemma(v) not in DEMANDED or s.kids(v, "obj")):
            continue
        asked = [o for o in s.kids(x, "obj") if v < o < x
                 and (s.feat(o, "Animacy") == "Anim" or s.view.mention_at(o) is not None)]
        if asked:
            _make_object(s, asked[0], v)


def _last_in_phrase(s: EventSentence, t: int) -> int:
    kids = s.kids(t)
    return max([t, *(_last_in_phrase(s, c) for c in kids)])


def object_after_reason(s: EventSentence) -> None:
    """«Хаменеи обвинил в организации волнений США и Израиль», parsed as «США» ← «волнений»: a verb whose
    object may follow its phrase of the reason (event_words.tsv `reason_object`: «обвинить в», «поблагодарить
    за»), active and with no object, takes as its object the name that ends that phrase's chain of genitives
    and its clause, in a form the accusative may have (not «в поддержке Израиля»).  A person right after the
    reason's noun is no object («обвинил в убийстве Немцова»: whom it was done to); one deeper in the chain
    is, and so is an organisation or a state right after it («обвинил в покушении ФСБ»: the agent of the
    act is the accused either way), and a state's agents deeper in the chain («российских военных»)."""
    for v in s.tokens:
        if s.pos(v) != "VERB" or s.feat(v, "Voice") == "Pass" or s.kids(v, "obj", "nsubj:pass"):
            continue
        for n in s.kids(v, "obl"):
            if n < v or (s.lemma(v), s.case(n) or "") not in REASON_OBJECTS:
                continue
            x, depth = n, 0
            while nxt := [c for c in s.kids(x, "nmod") if s.case(c) is None and c > x]:
                x, depth = nxt[-1], depth + 1
            # «главу района Петрова»: a descriptor with the name in apposition
            named = s.named_mentions(x)
            # («обвинил в уничтожении станции российских военных»: a state's agents deeper in the chain, as a
            # person there)
            agents = depth >= 2 and not named and s.lemma(x) in GOVERNMENT and bool(s.entities(x))
            end = _last_in_phrase(s, x) + 1
            if (depth == 0 or not (named or agents) or (depth == 1 and named[0]["type"] == "PER")
                    or not may_be_accusative(fold(s.word(x)))
                    or (end < s.tokens.stop and s.pos(end) != "PUNCT")):
                continue
            _make_object(s, x, v)
            return


def removed_object(s: EventSentence) -> None:
    """«Генпрокурор Юрий Чайка отстранил от исполнения обязанностей заместителя прокурора Свердловской области
    Дмитрия Чуличкова», parsed as «заместителя» ← «обязанностей»: an active verb of removal from a post whose
    subject does it (`_removes_from`: «отстранить» with «исполнение», «освободить» with «должность», «отстранить» with
    «футбол», «участие») and that has no object takes as its object the first animate noun in its «от» phrase's
    chain of nominal modifiers and appositions that names a person (an animate accusative has the genitive's form):
    «РФС отстранил от футбола Джоси Дзаурова», parsed as an apposition to «футбола»; «ЦИК отстранил от участия в
    выборах Бориса Надеждина», as «Бориса» ← «выборах» (probe HX)."""
    for v in s.tokens:
        if s.pos(v) != "VERB" or s.feat(v, "Voice") == "Pass" or s.kids(v, "obj", "nsubj:pass"):
            continue
        for n in s.kids(v, "obl"):
            if n < v or s.case(n) not in ("от", "с") or not _removes_from(s.lemma(v), s.lemma(n)):
                continue
            x = n
            while nxt := [c for c in s.kids(x, "nmod", "appos") if c > x]:
                x = nxt[0]
                if s.feat(x, "Animacy") == "Anim" and _named_person(s, x):
                    _make_object(s, x, v)
                    return


def _removes_from(verb: str, noun: str) -> bool:
    """Whether a verb removes someone from what its «от» or «с» noun names: a removal from a post (`doer`: «снять
    с должности»; «уволить с поста», a verb of removal whatever the post's word) or a trigger whose condition word
    the noun is («отстранить от футбола», «отстранить от участия», cameo.tsv)."""
    return ((verb, noun) in DOERS or (verb, "") in DOERS and noun in POST_FRAMES
            or any(e.condition == noun for e in lexicon().entries.get(("VERB", verb), ())))


def acting_object(s: EventSentence) -> None:
    """«наградил орденами … врио глав Донецкой и Луганской народных республик Дениса Пушилина и Леонида
    Пасечника», parsed as «врио» an `iobj` in the instrumental, or a nominative `nmod` of «орденами»: an
    indeclinable acting word (event_words.tsv `acting`) without a preposition that is a verb's indirect object,
    or hangs in the nominative or accusative (no genitive) on the verb's oblique, is the verb's object when it
    has none (probe FP); «стал врио губернатора» is an `xcomp`, «назначен врио» an `obl`."""
    for t in s.tokens:
        head = s.tree.parent[t]
        if s.lemma(t) not in ACTING or head is None or s.kids(t, "case"):
            continue
        verb = head if s.rel(t) == "iobj" else None
        if (s.rel(t) == "nmod" and s.feat(t, "Case") in ("Nom", "Acc") and s.rel(head) == "obl"
                and s.tree.parent[head] is not None):
            verb = s.tree.parent[head]
        if verb is not None and s.pos(verb) == "VERB" and not s.kids(verb, "obj"):
            _make_object(s, t, verb)


def joined_phrase(s: EventSentence) -> None:
    """«депутаты вышли к зданию Законодательного Собрания с одиночными пикетами», parsed as «пикетами» ←
    «зданию»: a phrase with the preposition a verb of joining takes «с» (event_words.tsv `joining`: «выйти с»),
    hung on a thing in that verb's phrase of place, is the verb's (probe GI)."""
    for t in s.tokens:
        head = s.tree.parent[t]
        if (s.rel(t) != "nmod" or s.case(t) != "с" or head is None or s.rel(head) != "obl"
                or s.feat(head, "Animacy") != "Inan" or s.case(head) not in ("к", "у", "в", "на")):
            continue
        verb = s.tree.parent[head]
        if verb is not None and s.pos(verb) == "VERB" and (s.lemma(verb), "с") in JOINING:
            s.tree.parent[t], s.tree.rels[t] = verb, "obl"
            s.tree.index_children()


def oblique_past_participle(s: EventSentence) -> None:
    """«Президент Франции Николя Саркози, находящийся с официальным визитом в России, встретился … с президентом
    России Дмитрием Медведевым», parsed as «президентом» ← «находящийся»: an oblique after the finite verb whose
    participial (or gerund) phrase the verb's own subject holds, closed by a comma before the verb, is the verb's
    (probe HS)."""
    for x in s.tokens:
        h = s.tree.parent[x]
        if s.rel(x) != "obl" or h is None or h > x or s.rel(h) not in ("acl", "advcl") or s.feat(
                h, "VerbForm") not in ("Part", "Conv"):
            continue
        above = s.ancestors(h)
        verb = next((v for v in range(h + 1, x) if s.pos(v) == "VERB" and s.feat(v, "VerbForm") == "Fin"
                     and v in above), None)
        if verb is not None and any(s.word(k) == "," for k in range(h + 1, verb)):
            s.tree.parent[x] = verb
            s.tree.index_children()


def oblique_before_participle(s: EventSentence) -> None:
    """«Путин обсудил по телефону с председателем … Розой Отунбаевой ситуацию, складывающуюся в Ошской долине»,
    parsed as «председателем» ← «складывающуюся»: an oblique before the noun a participle phrase after a comma
    modifies is outside that phrase; it is the verb's the noun hangs on (probe IG)."""
    for x in s.tokens:
        p = s.tree.parent[x]
        if s.rel(x) != "obl" or p is None or p < x or s.rel(p) != "acl" or s.feat(p, "VerbForm") != "Part":
            continue
        noun = s.tree.parent[p]
        verb = s.tree.parent[noun] if noun is not None else None
        if (noun is not None and x < noun < p and verb is not None and s.pos(verb) == "VERB"
                and any(s.word(k) == "," for k in range(noun + 1, p))):
            s.tree.parent[x] = verb
            s.tree.index_children()


def genitive_after_phrase(s: EventSentence) -> None:
    """«В связи с визитом в Москву Обамы спецслужбы России принимают … меры», parsed as «Обамы» an object of
    «принимают» beside «меры»: a name in the genitive hung as a second object of a verb, right after a nominal phrase
    that hangs on that verb before it, is the genitive of the phrase's noun (probe IG)."""
    for v in s.tokens:
        objects = s.kids(v, "obj")
        if len(objects) < 2:
            continue
        for o in objects:
            if o <= s.tokens.start or o > v or s.feat(o, "Case") != "Gen" or s.view.mention_at(o) is None:
                continue
            k = o - 1
            while s.tree.parent[k] is not None and s.tree.parent[k] != v and s.tree.parent[k] < k:
                k = s.tree.parent[k]
            if s.tree.parent[k] == v and s.pos(k) == "NOUN" and k < o and s.rel(k) in ("obl", "nmod"):
                s.tree.parent[o], s.tree.rels[o] = k, "nmod"
                s.tree.index_children()


def _named_person(s: EventSentence, t: int) -> bool:
    """Whether nominal `t`, or a name in apposition to it, is a person's mention («генерала Хосе Вильсона Санчеса»)."""
    return any(m["type"] == "PER" for m in s.named_mentions(t))


def object_after_post(s: EventSentence, t: int, head: int) -> bool:
    """«Арсе назначил новым командующим сухопутными войсками генерала Хосе Вильсона Санчеса», parsed as
    «генерала» ← «командующим»: a man's accusative (the genitive's form) after the post an active verb
    names in the instrumental is that verb's object (its own name hangs on it)."""
    verb = s.head(head)
    return (s.feat(t, "Case") == "Gen" and s.feat(t, "Animacy") == "Anim" and s.feat(t, "Gender") == "Masc"
            and s.feat(t, "Number") == "Sing" and s.rel(head) == "xcomp" and s.feat(head, "Case") == "Ins"
            and verb is not None and s.pos(verb) == "VERB" and s.feat(verb, "Voice") != "Pass"
            and _named_person(s, t))


def object_after_instrumental_name(s: EventSentence, t: int, head: int) -> bool:
    """«Путин наградил орденом Мужества писателя Захара Прилепина», parsed as «писателя» ← «Мужества»: a man's
    accusative (the genitive's form) hung on a thing's genitive that names the instrumental an active verb takes
    with no preposition is that verb's object; a thing owns no person («орденом Святого апостола Андрея
    Первозванного»: an apostle is animate, so his name stays the order's, probe IM)."""
    ins = s.head(head)
    verb = s.head(ins) if ins is not None else None
    return (s.feat(t, "Case") == "Gen" and s.feat(t, "Animacy") == "Anim" and s.feat(t, "Gender") == "Masc"
            and s.rel(head) == "nmod" and s.case(head) is None and s.feat(head, "Animacy") == "Inan"
            and ins is not None and s.rel(ins) in ("obl", "xcomp") and s.case(ins) is None
            and s.feat(ins, "Case") == "Ins" and verb is not None and s.pos(verb) == "VERB"
            and s.feat(verb, "Voice") != "Pass"
            and _named_person(s, t))


def object_after_duration(s: EventSentence, t: int, head: int) -> bool:
    """«отправил под арест на два месяца первого заместителя министра … Андрея Ефимова», parsed as
    «заместителя» ← «месяца»: a person's animate accusative (the genitive's form) hung on a unit of time
    (`transforms.dates.lexicon.UNITS`) is the verb's object; a span of time owns no one."""
    return (s.feat(t, "Case") == "Gen" and s.feat(t, "Animacy") == "Anim" and s.word(head).lower() in UNITS
            and _named_person(s, t))
