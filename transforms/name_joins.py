"""Which of one article's names are one entity beyond the same key, and which people are women.

`entities.link_article` groups an article's mentions by key, then joins the groups these say are one:
two full names of one person («Раймонд Паулс» ~ «Раймон Паулс»), a one-word organisation or place in
two cases, a region's two names, one body of one country named several ways, and a woman's surname
the tagger read as a man's.  `Clusters` is the union-find they join in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from transforms import wordlists
from transforms.name_readings import has_reading, is_womans_first_name
from transforms.names import declension_stem, fold, key, same_name_word
from transforms.names import words as _words
from transforms.places import curated_names

if TYPE_CHECKING:
    from transforms.entities import Mention

SURNAME_PARTICLES = wordlists.groups("name_particles.tsv")["surname"]  # «Лула да Силва»


class Clusters:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, short: int, long: int) -> None:
        self.parent[self.find(short)] = self.find(long)


def women(by_key: dict, mentions: list[Mention], forms: Callable) -> set[tuple[str, str]]:
    """The article's persons of two words or more (keys of `by_key`) that are women: by the first name
    (`a_womans`), or by the tagger's gender of the first word in every mention, when the dictionary does
    not know that word as a man's nominative first name («Амина Эрдоган», which it reads as «Амин» in the
    genitive, beside «Реджеп Эрдоган», probe FO)."""
    return {(t, k) for (t, k), members in by_key.items()
            if t == "PER" and len(_words(k)) >= 2 and (a_womans(k, forms) or (
                {mentions[i].gender for i in members} == {"Fem"}
                and not has_reading(_words(k)[0], forms, "Name", "masc", "nomn")))}


def a_womans(k: str, forms: Callable) -> bool:
    """Whether the person's name with key `k` is a woman's, by its first name (a key is folded already)."""
    return is_womans_first_name(_words(k)[0], forms)


def opens_surname(word: str, name: list[str]) -> bool:
    """Whether `word` is the word of `name` right before a surname particle: «лула» of «луис инасиу
    лула да силва» (name_particles.tsv `surname`)."""
    return any(word == w and nxt in SURNAME_PARTICLES for w, nxt in zip(name, name[1:]))


def declined_surname(m: Mention) -> bool:
    """A one-word person name written in an oblique case of a surname ending in a consonant, «й»
    or «ь» («Бута», «Клинтона», «Грея»): only a man's declines."""
    written, normal = fold(m.text), fold(m.normal)
    stem = declension_stem(normal)  # «Грея», «Гоголя»
    return (len(_words(normal)) == 1 and written != normal and written.startswith(stem)
            and normal[-1:].isalpha() and normal[-1] not in "аеёиоуыэюя")


def womans_surname_read_as_mans(by_key, distinct, mentions: list[Mention], clusters) -> list[Mention]:
    """«Генпрокурор Венедиктова подписала …» tagged as the genitive of «Венедиктов», beside
    «заявила Венедиктова»: a one-word name only ever written as a woman's surname the article
    names in the nominative is hers (a man of that surname would be written in another case too).
    Those mentions join her and take her name; the mentions are returned, so mended."""
    mended = list(mentions)
    for (t, k), members in by_key.items():
        if t != "PER" or len(_words(k)) != 1:
            continue
        woman = ("PER", k + "а")
        if woman in distinct and {fold(mentions[i].text) for i in members} == {k + "а"}:
            her = mentions[distinct[woman]]
            for i in members:
                mended[i] = replace(mentions[i], normal=her.normal, name=her.name)
                clusters.join(i, distinct[woman])
    return mended


def join_name_variants(distinct: dict[tuple[str, str], int], clusters: Clusters) -> None:
    """Two full names of one person: same number of words, each word the same name word.

    «Раймонд Паулс» ~ «Раймон Паулс», «Беназир Бхутто» ~ «Беназира Бхутто».
    """
    people = sorted(k for t, k in distinct if t == "PER" and len(_words(k)) >= 2)
    for a_i, a in enumerate(people):
        wa = _words(a)
        for b in people[a_i + 1:]:
            wb = _words(b)
            if len(wa) == len(wb) and all(same_name_word(x, y) for x, y in zip(wa, wb)):
                clusters.join(distinct[("PER", b)], distinct[("PER", a)])


def join_declined_names(distinct: dict[tuple[str, str], int], clusters: Clusters, gaz: dict) -> None:
    """One organisation's or place's one-word name in two cases: «центр «Вясна»» and «в офисах
    «Вясны»», «ЧВК «Вагнер»» and «колонн «Вагнера»» (`same_name_word`); `entities._canonical` names it by the
    nominative (`nominative_form`)."""
    by_start: dict[tuple[str, str], list[str]] = defaultdict(list)  # one name word shares its first four letters
    for t, k in sorted(distinct):
        if t in ("ORG", "LOC") and len(_words(k)) == 1 and k not in gaz:
            by_start[(t, k[:4])].append(k)
    for (t, _), names in by_start.items():
        for a_i, a in enumerate(names):
            for b in names[a_i + 1:]:
                if same_name_word(a, b):
                    clusters.join(distinct[(t, b)], distinct[(t, a)])


def join_place_names(distinct: dict[tuple[str, str], int], clusters: Clusters) -> None:
    """One region named two ways in one article: «Подмосковье» and «Московская область» (a curated
    place's name and its aliases, transforms/data/places.tsv); `entities._canonical` names it by its own name."""
    first: dict[str, int] = {}
    for (t, k), i in distinct.items():
        place = curated_names().get(k) if t == "LOC" else None
        if place is not None:
            clusters.join(i, first.setdefault(place, i))


def join_country_forms(mentions: list[Mention], types: list[str], clusters: Clusters) -> None:
    """One organisation of one country named several ways: «Минсельхоз РФ», «Минсельхоз России»,
    «российский Минсельхоз» (the same normal form, the same `country`)."""
    first: dict[tuple[str, str], int] = {}
    for i, (m, t) in enumerate(zip(mentions, types)):
        if t == "ORG" and m.country:
            clusters.join(i, first.setdefault((key(m.normal), m.country), i))
