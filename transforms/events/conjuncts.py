"""Which nominal a conjunct belongs to: natasha's coordination errors that lose actors, undone on an
`EventSentence`'s copy of the tree (called by `repairs.repair`, whose docstring gives each with its
example): a conjunct hung on a word after it or across another clause's verb (`backward_conjunct`; a
nominative one on a later word in another case, before that word's verb, is the verb's subject),
a verb conjoined to nothing (`headless_conjunct`), the names of a gapped list (`gapped_list`), the first
half of «как X, так и Y» (`correlative`) and a person's name conjoined to a place (`name_conjoined_to_place`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transforms.field_view import name_cases
from transforms.quotes.marks import CLOSING_MARKS, OPENING_MARKS

if TYPE_CHECKING:
    from transforms.events.sentence import EventSentence


def backward_conjunct(s: EventSentence) -> None:
    for t in s.tokens:
        head = s.tree.parent[t]
        if s.rel(t) == "conj" and head is not None and head > t and _fronted_subject(s, t, head):
            continue
        if s.rel(t) != "conj" or s.pos(t) not in ("NOUN", "PROPN") or head is None or s.feat(t, "Case") is None:
            continue
        if head < t and not any(s.pos(v) == "VERB" and s.feat(v, "VerbForm") == "Fin" for v in range(head + 1, t)):
            continue  # a conjunct after its first, no clause's verb between them
        for k in range(t - 1, max(s.tokens.start, t - 9) - 1, -1):
            if s.pos(k) in ("VERB", "AUX", "PUNCT"):
                break
            # a proper noun's first may be a proper noun («независимость Абхазии и Южной Осетии признали Никарагуа, …»,
            # parsed as «Осетии» ← «Никарагуа», probe IL), a common noun's is a common noun (not a name in apposition)
            if s.pos(k) in ("NOUN", s.pos(t)) and _same_case(s, k, t):
                s.tree.parent[t] = k
                s.tree.index_children()
                break


def _fronted_subject(s: EventSentence, t: int, head: int) -> bool:
    """Make nominative `t`, hung as a conjunct on a later word in another case, the subject of that word's verb when
    the verb has no nominal one, with the nominatives conjoined to the same word between them as its conjuncts
    («Британия и США выпустили по ливийским объектам более 110 ракет», parsed as «Британия», «США» ← «ракет»
    and «более» the subject, probe IG); whether it did."""
    if (s.pos(t) not in ("NOUN", "PROPN") or s.feat(t, "Case") != "Nom" or s.feat(head, "Case") in ("Nom", None)
            or s.case(t) is not None):
        return False
    verb = s.path_up(head)[-1]
    if s.pos(verb) != "VERB" or not t < verb < head or any(
            s.pos(c) in ("NOUN", "PROPN", "PRON") for c in s.kids(verb, "nsubj", "nsubj:pass")):
        return False
    tree = s.tree
    for k in range(t + 1, verb):
        if tree.parent[k] == head and s.rel(k) == "conj" and s.feat(k, "Case") == "Nom":
            tree.parent[k] = t
    tree.parent[t], tree.rels[t] = verb, "nsubj:pass" if s.feat(verb, "Voice") == "Pass" else "nsubj"
    tree.index_children()
    return True


def _same_case(s: EventSentence, a: int, b: int) -> bool:
    """Whether nouns `a` and `b` are in one case; an animate accusative has the genitive's form, so the tagger may
    call either the other («назначил …, главу Минстроя … и министра экономики Александра Триппеля»;
    `field_view.name_cases`)."""
    case = s.feat(a, "Case")
    if case == s.feat(b, "Case"):
        return True
    return s.feat(a, "Animacy") == s.feat(b, "Animacy") == "Anim" and case in name_cases({s.feat(b, "Case")}) - {None}


def headless_conjunct(s: EventSentence) -> None:
    for t in s.tokens:
        if s.rel(t) != "conj" or s.pos(t) != "VERB" or s.tree.parent[t] is not None or not s.kids(t, "cc"):
            continue
        before = [v for v in s.kids(t) if v < t and s.pos(v) == "VERB" and s.feat(v, "VerbForm") == "Fin"]
        if before:
            first = before[-1]
            s.tree.parent[first], s.tree.parent[t] = None, first
            s.tree.index_children()


def gapped_list(s: EventSentence) -> None:
    last = first = None  # the last name before, and the list's first: (its nominal, how the others join)
    for t in s.tokens:
        m = s.view.mention_at(t)
        if m is None or m["type"] != "PER" or s.view.tokens[t].start != m["start"]:
            continue
        segment = []
        for k in range(t - 1, s.tokens.start - 1, -1):
            if s.word(k) == ",":
                break
            segment.append(k)
        gapped = (len(segment) > 1 and s.word(t - 1) in ("–", "—") and k > s.tokens.start and s.word(k) == ","
                  and not any(s.pos(x) in ("VERB", "AUX") for x in segment))
        if not gapped:
            # (the name, or the nominal it is in apposition to: «посла в Бразилии Ростислава Троненко»)
            last = ((s.tree.parent[t], "appos") if s.rel(t) == "appos" and s.tree.parent[t] is not None
                    else (t, "conj"))
            continue
        first = first or last
        if first is not None and first[0] != t:
            s.tree.parent[t], s.tree.rels[t] = first
            s.tree.index_children()


def correlative(s: EventSentence) -> None:
    for t in s.tokens:
        head = s.tree.parent[t]
        if (s.word(t) == "как" and s.rel(t) == "case" and head is not None
                and any(s.word(k) == "так" for c in s.kids(head, "conj") for k in s.kids(c, "cc"))):
            s.tree.rels[t] = "cc"  # the first half of «как …, так и …», no comparison's «как»
            s.tree.index_children()


def name_conjoined_to_place(s: EventSentence) -> None:
    def person(k: int) -> bool:
        return (s.view.mention_at(k) or {}).get("type") == "PER"

    for x in s.tokens:
        head = s.tree.parent[x]
        if s.rel(x) != "conj" or head is None or head > x or not person(x) or person(head):
            continue
        if (s.view.mention_at(head) or {}).get("type") not in ("LOC", "ORG"):
            continue
        names = [k for k in range(head + 1, x) if person(k) and s.rel(k) != "flat:name"]
        if names and not any(s.pos(k) in ("VERB", "AUX") for k in range(head + 1, x)):
            s.tree.parent[x] = names[-1]
            s.tree.index_children()


def listed_genitive(s: EventSentence) -> None:
    """A place or organisation in the genitive hung on the noun the genitive before it hangs on, the two apart by
    a comma or «и» and adjectives or quote marks alone, is that genitive's conjunct («между представителями
    Украины, террористических "ДНР" и "ЛНР"», parsed as «ДНР» ← «представителями», probe IV)."""
    def place_or_body(k: int) -> dict | None:
        m = s.view.mention_at(k)
        return m if m is not None and m["type"] in ("LOC", "ORG") else None

    for t in s.tokens:
        head, m = s.tree.parent[t], place_or_body(t)
        if head is None or m is None or s.rel(t) != "nmod" or not s.genitive(t):
            continue
        before = [c for c in s.kids(head, "nmod") if c < t and s.genitive(c) and place_or_body(c) is not None]
        if not before:
            continue
        first = before[-1]
        gap = range(s.view.token_at(place_or_body(first)["stop"] - 1) + 1, t)
        words = [s.word(k) for k in gap]
        if (words.count(",") + words.count("и") == 1
                and all(w in (",", "и") or w in OPENING_MARKS + CLOSING_MARKS or s.pos(k) == "ADJ"
                        for k, w in zip(gap, words))):
            s.tree.parent[t], s.tree.rels[t] = first, "conj"
            s.tree.index_children()
