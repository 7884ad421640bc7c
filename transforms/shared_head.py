"""Places listed with one shared noun: «Смоленская и Минская области» (docs/entities.md §2).

natasha tags such a list as two places, the first a bare adjective («Смоленская»), the second the
adjective with the plural noun («Минская области»), and inflects that one as if it were singular
(«Минская областа»).  Each place is its adjective with the noun in the nominative singular, the
adjective agreeing with the noun's gender: «Смоленская область», «Минская область»;
«Краснодарский и Ставропольский края» → «Краснодарский край», «Ставропольский край».
"""

from __future__ import annotations

from collections.abc import Callable

from transforms.names import LIST_JOINER, yo_as_written

_HARD_AFTER = "кгхжшчщц"  # after these, «-ий» declines hard: «-кий» → «-кая», not «-кяя»


def _agreeing(lemma: str, gender: str) -> str:
    """The adjective's nominative singular in `gender` from its masculine lemma («смоленский», Fem → «смоленская»)."""
    if gender == "Masc" or len(lemma) < 3:
        return lemma
    stem, end = lemma[:-2], lemma[-2:]
    if end == "ий" and stem[-1:] not in _HARD_AFTER:  # «синий» → «синяя», «синее»
        return stem + ("яя" if gender == "Fem" else "ее")
    return stem + ("ая" if gender == "Fem" else ("ое" if end in ("ый", "ой") or stem[-1:] in "кгх" else "ее"))


def shared_head_normals(text: str, spans: list, normals: list[str], parse: Callable) -> list[str]:
    """`normals` of `spans` (each with .start, .stop, .type), with each LOC list «ADJ и ADJ NOUNS», «ADJ, ADJ и ADJ
    NOUNS», or with an adjective the places share too («Донецкой и Луганской народных республик»), given its places'
    own names; `parse`: the morphology's parse of a word (MorphForms)."""
    out = list(normals)
    for i in range(1, len(spans)):
        last = spans[i]
        words = text[last.start:last.stop].split()
        if last.type != "LOC" or len(words) not in (2, 3):
            continue
        listed = []  # the bare adjectives before it, joined as a list
        while (i - len(listed) - 1 >= 0 and (first := spans[i - len(listed) - 1]).type == "LOC"
               and " " not in text[first.start:first.stop]
               and LIST_JOINER.fullmatch(text[first.stop:(listed[0] if listed else last).start])):
            listed.insert(0, first)
        noun = next((p for p in parse(words[-1]) if p.pos == "NOUN" and p.feats.get("Number") == "Plur"), None)
        adjs = [next((p for p in parse(w) if p.pos == "ADJ"), None) for w in [text[f.start:f.stop] for f in listed]
                + words[:-1]]
        if not listed or noun is None or None in adjs:
            continue
        gender = next((p.feats.get("Gender") for p in parse(noun.normal) if p.pos == "NOUN" and p.feats.get("Gender")),
                      None)
        if gender is None:
            continue
        shared = [_as_written(_agreeing(a.normal, gender), w) for a, w in zip(adjs[len(listed) + 1:], words[1:-1])]
        head = " ".join(shared + [_as_written(noun.normal, words[-1])])
        for k, adj, written in zip(range(i - len(listed), i + 1), adjs, [text[f.start:f.stop] for f in listed]
                                   + words[:1]):
            name = yo_as_written(_agreeing(adj.normal, gender), written)
            out[k] = f"{name[:1].upper()}{name[1:]} {head}"
    return out


def _as_written(word: str, written: str) -> str:
    """A normal form (lower case) with the ё or е and the capital letter its text writes: «Народные» → «Народная»."""
    word = yo_as_written(word, written)
    return word[:1].upper() + word[1:] if written[:1].isupper() else word
