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
    """`normals` of `spans` (each with .start, .stop, .type), with each LOC list «ADJ и ADJ NOUNS»
    given its places' own names; `parse`: the morphology's parse of a word (MorphForms)."""
    out = list(normals)
    for i in range(1, len(spans)):
        first, last = spans[i - 1], spans[i]
        if first.type != "LOC" or last.type != "LOC" or not LIST_JOINER.fullmatch(text[first.stop:last.start]):
            continue
        words = text[last.start:last.stop].split()
        head = text[first.start:first.stop]
        if len(words) != 2 or " " in head:
            continue
        noun = next((p for p in parse(words[1]) if p.pos == "NOUN" and p.feats.get("Number") == "Plur"), None)
        adjs = [next((p for p in parse(w) if p.pos == "ADJ"), None) for w in (head, words[0])]
        if noun is None or None in adjs:
            continue
        gender = next((p.feats.get("Gender") for p in parse(noun.normal) if p.pos == "NOUN" and p.feats.get("Gender")),
                      None)
        if gender is None:
            continue
        for k, adj, written in ((i - 1, adjs[0], head), (i, adjs[1], words[0])):
            name = yo_as_written(_agreeing(adj.normal, gender), written)
            out[k] = f"{name[:1].upper()}{name[1:]} {noun.normal}"
    return out
