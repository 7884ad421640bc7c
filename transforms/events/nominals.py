"""The entities a nominal of an event sentence names: its own mention, names in apposition and listed after
it, the people a group's leader or a post's holder stands for, and — when it names none — the person a pronoun
or a descriptor resolves to (referents.py), the sides of the last meeting (context.py) or the state of an
office (offices.py).  `EventSentence.names` and `.entities` call these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.events import context, offices, referents
from transforms.events.actor import Actor
from transforms.events.words import AMONG_THEM, INCLUDING, LEADING, PARTIES, POSTS
from transforms.field_view import name_cases, relative_antecedent
from transforms.quotes.marks import OPENING_MARKS

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence

# UD relations of the parts of a name
NAME_PARTS = {"appos", "flat:name", "flat", "flat:foreign"}
APPOSITION_REACH = 8  # words from a comma after a person noun to the name in apposition to it


def names(s: EventSentence, t: int) -> list[Actor]:
    """Every entity a nominal names: its own mention and the names in apposition to it
    («глава … Алексей Миллер и министр … Александр Озерец» when the parser hangs both
    names on «глава»), with the names listed after them when the nominal is plural
    («журналистов Артема Шейнина и Армена Гаспаряна»)."""
    found, queue = [], [t]
    plural = s.feat(t, "Number") == "Plur" or s.counted(t)  # «42 человека, в том числе …»
    while queue:
        x = queue.pop(0)
        m = s.view.mention_at(x)
        held = _elided_holders(s, x) if m is not None and x == t else []
        if held:
            found += held
        elif m is not None:
            found.append(Actor.of(m))
            if x == t and plural:  # «в Донецкую и Луганскую области»: the adjectives that share the head name
                found += [Actor.of(n) for a in s.kids(x, "amod") for k in [a, *s.kids(a, "conj")]
                          if (n := s.view.mention_at(k)) is not None and n["start"] != m["start"]]
            if x != t and (plural or s.rel(x) == "appos"):
                # «журналистов Артема Шейнина и Армена Гаспаряна»: a list of names; a name conjoined to the
                # name in apposition is the phrase's next conjunct, whatever the tagger says of the noun's
                # number («Президенты России и Индонезии Владимир Путин и Джоко Видодо», tagged singular)
                queue.extend(c for c in s.kids(x, "conj") if s.case(c) is None)
        else:
            queue.extend(s.kids(x, *NAME_PARTS))
            if plural and x == t:  # «уволил двух губернаторов: главу … Василия Юрченко и главу …»
                queue.extend(k for c in _listed(s, x) for k in [c, *s.kids(c, "conj"), *_apposed_in(s, c)])
                # «более 20 гостей, включая Владимира Путина и Нарендру Моди»: some of them, named
                queue.extend(k for c in s.kids(x) if s.word(c) in INCLUDING
                             for o in s.kids(c, "obj", "obl") for k in [o, *s.kids(o, "conj")])
                # «более 400 человек, в том числе Алексея Навального и Бориса Немцова»: the same, right
                # after the noun, wherever the parser hangs the names
                if (c := _among_them(s, x)) is not None:
                    queue.extend([c, *s.kids(c, "conj")])
            if s.pos(x) == "NOUN":  # «против нефтегазовых гигантов «Лукойла» и «Роснефти»»: a name
                queue.extend(c for c in s.kids(x, "nmod")  # in quote marks, in the noun's case, is its name
                             if s.case(c) is None and c > x and s.word(c - 1) in OPENING_MARKS
                             and s.feat(c, "Case") == s.feat(x, "Case"))
    if (s.view.mention_at(t) is None and s.feat(t, "Animacy") == "Anim"
            and any(a.type == "PER" for a in found)):
        # «советника … и экс-журналиста «Коммерсанта» … Ивана Сафронова», «Коммерсанта» hung in apposition:
        # a noun of a person names the people in apposition to it, not an organisation beside them
        found = [a for a in found if a.type == "PER"]
    if not found:  # «российская делегация во главе с министром … Цивилевым»: who leads it, not its state
        found = _led_by(s, t)
    if not found:  # «с его буркинийским коллегой, бригадным генералом Селестином Симпоре»
        found = _apposed_after_comma(s, t)
    if not found:
        found = offices.government(s, t) or offices.citizens(s, t)
    if not found:  # «Дипломаты из Германии, Швеции и Польши»: their states
        found = offices.from_states(s, t)
    if not found and _one_holder(s, t):
        return []  # «Премьер-министр и министр иностранных дел Катара шейх Мухаммед …»: one person, the conjunct's
    if not found:
        found = (context.sides(s, t) or referents.introduced_pair(s, t)
                 or referents.coordinated_before(s, t))
    if not found and (a := referents.referent(s, t)) is not None:
        found.append(a)
    if not found:  # «президенты России и Китая», no person named: the states (GDELT's RUSGOV, CHNGOV)
        found = offices.office(s, t) or offices.own_state(s, t)
    return found


def _one_holder(s: EventSentence, t: int) -> bool:
    """Whether post `t`, singular, bare and named by no one, is conjoined to a post in the singular
    that a person's name follows: two posts of that one person («Премьер-министр и министр
    иностранных дел Катара шейх Мухаммед бин Абдель Рахман Аль Тани»), not someone to resolve (but
    «иранский лидер и российский президент Владимир Путин» are two)."""
    return (s.lemma(t) in POSTS and s.feat(t, "Number") == "Sing" and not s.kids(t, "amod", "nmod", "det")
            and any(s.lemma(c) in POSTS and s.feat(c, "Number") == "Sing"
                    and any(a.type == "PER" for a in names(s, c)) for c in s.kids(t, "conj")))


def _among_them(s: EventSentence, t: int) -> int | None:
    """The first name of «, в том числе X, Y и Z» right after noun `t` (event_words.tsv `among_them`)."""
    k = t + 1
    if (k + 4 > s.tokens.stop or s.word(k) != "," or s.word(k + 1) != "в"
            or s.lemma(k + 3) not in AMONG_THEM):
        return None
    return k + 4 if s.view.mention_at(k + 4) is not None else None


def _listed(s: EventSentence, t: int) -> list[int]:
    """The nominals a colon after plural noun `t` lists («двух губернаторов: главу Новосибирской
    области Василия Юрченко и …»), which the parser hangs on it."""
    return [c for c in s.kids(t, "parataxis", "appos") if c > t
            and any(s.word(p) == ":" and p < c for p in s.kids(c, "punct"))]


def _apposed_in(s: EventSentence, t: int) -> list[int]:
    """The people named in apposition anywhere in listed nominal `t`'s phrase, and their conjuncts: the
    members of a list whose descriptors the parser chains into one another («пятерых подозреваемых:
    лейтенанта … батальона «Север» Заура Дадаева, … братьев Шагида и Анзора Губашевых, … отца Хамзата
    Бахаева и охранника … Тамерлана Эскерханова», probe GY).  A genitive name is no member («вдову Бориса
    Немцова»): it names whose the descriptor is."""
    return [k for x in s.clause(t) if x != t and s.rel(x) == "appos"
            and (s.view.mention_at(x) or {}).get("type") == "PER" for k in [x, *s.kids(x, "conj")]]


def _elided_holders(s: EventSentence, t: int) -> list[Actor]:
    """A conjunct of a post that is only the post's owner and its holder's name stands for the
    holder: «с Президентами Азербайджана Ильхамом Алиевым, Кыргызстана Садыром Жапаровым»."""
    head = s.head(t)
    if s.rel(t) != "conj" or head is None or s.lemma(head) not in POSTS or s.feat(t, "Case") != "Gen":
        return []
    return [Actor.of(m) for c in s.kids(t, "appos")
            if (m := s.view.mention_at(c)) is not None and m["type"] == "PER"]


def _apposed_after_comma(s: EventSentence, t: int) -> list[Actor]:
    """The person named after a comma and a person noun in the case of animate noun `t`, its apposition,
    however the parser hung it: «встретился с его буркинийским коллегой, бригадным генералом Селестином
    Симпоре» is Симпоре, not whoever «его коллега» would resolve to; the noun's own genitive words between
    («министром иностранных дел Китая») are passed."""
    if s.pos(t) != "NOUN" or s.feat(t, "Animacy") != "Anim" or s.word(t + 1) != ",":
        return []
    cases, head = name_cases({s.feat(t, "Case")}), None
    for j in range(t + 2, min(s.tokens.stop, t + 2 + APPOSITION_REACH)):
        m = s.view.mention_at(j)
        if m is not None and m["type"] == "PER":
            return [Actor.of(m)] if head is not None and s.feat(j, "Case") in cases | {None} else []
        if m is None and s.pos(j) not in ("ADJ", "NOUN"):
            return []
        if head is None and m is None and s.pos(j) == "NOUN":
            if s.feat(j, "Case") not in cases or s.feat(j, "Animacy") != "Anim":
                return []
            head = j  # the apposed noun, «генералом»
    return []


def _led_by(s: EventSentence, t: int) -> list[Actor]:
    """«делегация во главе с Сергеем Лавровым»: the people who lead a group named by a noun."""
    found = []
    for c in s.kids(t, "nmod", "case"):  # «во главе» as a noun phrase, or as a preposition with fixed words
        if any(s.lemma(x) in LEADING for x in [c] + s.kids(c, "fixed")):
            found += [a for g in s.kids(c) if s.case(g) == "с" for a in entities(s, g)]
    words = [s.word(k) for k in range(t + 1, min(t + 4, s.tokens.stop))]
    if not found and len(words) == 3 and words[0] in ("во", "в") and s.lemma(t + 2) in LEADING \
            and words[2] in ("с", "со") and (g := s.head(t + 3)) is not None and g > t + 3:
        found = entities(s, g)  # the parser hung «во главе с X» on nothing: the words right after the noun
    return found


def entities(s: EventSentence, t: int) -> list[Actor]:
    """The entities of a nominal and its conjuncts; a relative «который» names its antecedent."""
    if s.lemma(t) == "который":
        t = relative_antecedent(s, t, s.tokens.start)
        if t is None:
            return []
    found, xs = [], s.coordination(t)
    if _holders_listed(s, xs):
        xs = xs[1:]  # «президенты России и США, Дмитрий Медведев и Барак Обама»: the presidents are the two
    for x in xs:
        for a in names(s, x):
            if a.entity_id not in {f.entity_id for f in found}:
                found.append(a)
    return found


def _holders_listed(s: EventSentence, xs: list[int]) -> bool:
    """Whether the conjuncts `xs` of a post or parties noun are the people it names, listed after
    a comma, which the parser conjoined to it rather than set in apposition."""
    t = xs[0]
    return (len(xs) > 2 and s.lemma(t) in POSTS | PARTIES
            and s.view.mention_at(t) is None and s.word(xs[1] - 1) == ","
            and all((m := s.view.mention_at(x)) is not None and m["type"] == "PER" for x in xs[1:]))

