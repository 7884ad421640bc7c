"""A name's nominative from its written ending alone: the spelling rules of Russian declension that
need no dictionary (issue 17, docs/entities.md §3).

- a masculine foreign name in an oblique case («Монка» → «монк», «Карзая» → «карзай», «Арканжем» →
  «арканж», «Жапаровым» → «жапаров»);
- a feminine name of the -а/-я declension («Хезболлы» → «хезболла», «Гвинее» → «гвинея»);
- a woman's surname of the -ова/-ина/-ская type in an oblique case («Сечиной» → «сечина»), and her
  adjectival surname natasha made a man's («навальный» → «навальная»);
- a family's plural («Сафаровы» → «Сафаров»), a man's name in the genitive where the article writes
  him alone in the nominative («Фаиля Алсынова» → «Фаиль Алсынов»).

Which rule applies to which word of a name, from its tags and the dictionary, is `person_names`';
these functions only spell. Lower case in, lower case out, unless a docstring says otherwise.
"""

from __future__ import annotations

from typing import Sequence

from transforms.names import (  # re-exported: the spelling's users
    CASE_ENDINGS, VOWELS, WOMANS_NOMINATIVE, WOMANS_SURNAME_ENDINGS, consonant_final, fold)

_HUSHING = set("жшчщц")  # after these an unstressed «о» of an ending is spelt «е»: «Арканжем»
_INSTRUMENTAL_SURNAMES = ("овым", "евым", "ёвым", "иным", "ыным")  # «Жапаровым», «Путиным»
FAMILY_PLURALS = ("овых", "евых", "ёвых", "иных", "ыных")  # «братьев Ямадаевых»: the family of «-ев» surnames


# tagged case → (written ending, the letter before it, nominative ending) of a feminine name of the
# -а/-я declension; the letter: "c" a consonant, "v" a vowel, "k" г к х or a hushing consonant
# (spelt -и, not -ы), "" any; a soft consonant before -и is left alone (Тюмени: Тюмень or Тюменя)
_DATIVE_LOCATIVE = (("ии", "", "ия"), ("е", "v", "я"), ("е", "c", "а"))  # one form in this declension
FEMININE_ENDINGS = {
    "Gen": (("ии", "", "ия"), ("ы", "c", "а"), ("и", "k", "а")),
    "Dat": _DATIVE_LOCATIVE,
    "Loc": _DATIVE_LOCATIVE,
    "Acc": (("ю", "v", "я"), ("у", "c", "а")),
    "Ins": (("ей", "v", "я"), ("ой", "c", "а")),
}
_BEFORE = {"c": lambda ch: ch not in VOWELS and ch not in "йьъ", "v": lambda ch: ch in VOWELS,
           "k": lambda ch: ch in "гкхжшчщ", "": lambda ch: True}


#: the oblique endings of a woman's surname of the -ова/-ина/-ская type
WOMANS_OBLIQUE = tuple(ending for ending, _ in WOMANS_SURNAME_ENDINGS)


def instrumental_surname(word: str) -> bool:
    """Whether a surname's form is an instrumental whatever its tag: no nominative ends in «-овым», «-иным»
    («Ширвани Автархановым», «Садыром Жапаровым», tagged nominative)."""
    return word.lower().endswith(_INSTRUMENTAL_SURNAMES)


def womans_adjectival(word: str, inflected: str) -> str | None:
    """A woman's adjectival surname in an oblique case that natasha made a man's («Людмиле Навальной» →
    «навальный»): its feminine nominative («навальная», «толстая»); None for any other word."""
    if not (word.endswith(("ой", "ую", "ей", "юю")) and inflected != word and inflected.endswith(("ый", "ий", "ой"))):
        return None
    stem = inflected[:-2]
    return stem + ("яя" if inflected.endswith("ий") and stem[-1:] not in "гкхжшчщц" else "ая")


def womans_surname_nominative(word: str) -> str | None:
    """The nominative of a woman's surname of the -ова/-ева/-ина/-ская type in an oblique case that
    the dictionary lacks («Сечиной» → «сечина»), None for any other ending; lower case in and out."""
    for ending, nominative in WOMANS_SURNAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: len(word) - len(ending)] + nominative
    return None


def foreign_feminine_nominative(word: str, case: str) -> str | None:
    """The nominative of a feminine name of the -а/-я declension in `case` that the dictionary
    lacks («Хезболлы» → «хезболла», «Гвинее» → «гвинея»), None when its ending is not that
    case's; lower case in, lower case out."""
    for ending, before, nominative in FEMININE_ENDINGS.get(case, ()):
        stem = word[: len(word) - len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and _BEFORE[before](stem[-1]):
            return stem + nominative
    return None


def foreign_nominative(word: str, case: str) -> str | None:
    """The nominative of a masculine foreign name in `case` («Монка» → «монк», «Карзая» → «карзай», «Борреля» →
    «боррель», «Тоттенхэме» → «тоттенхэм», «Уйбой» → «уйба»), None when its ending is not that case's; lower case
    in, lower case out."""
    if case == "Ins" and instrumental_surname(word):
        return word[:-2]  # «Жапаровым» → «жапаров»: a surname in -ов, -ин declines like «Иванов»
    if case == "Ins" and len(word) >= 5 and word[-2:] in ("ой", "ей") and word[-3] not in VOWELS:
        # «Уйбой» → «уйба», «Зозулей» → «зозуля»: a man's «-ой» in the instrumental is an «-а» noun's
        # (an adjectival surname has «-ым»: «Толстым»)
        return word[:-2] + ("а" if word[-2:] == "ой" else "я")
    if case == "Ins" and len(word) >= 6 and word.endswith("ем") and word[-3] in _HUSHING:
        return word[:-2]  # «Арканжем» → «арканж»: after a hushing consonant an unstressed «-ом» is spelt «-ем»
    after_consonant, after_vowel = CASE_ENDINGS[case]
    for ending, vowel_stem in ((after_vowel, True), (after_consonant, False)):
        # a stem of two letters is a name only before «-й» («Хэя» → «Хэй»; «Ма» + «-а» is no «Ма»)
        if not word.endswith(ending) or len(word) - len(ending) < (2 if vowel_stem else 3):
            continue
        stem = word[: len(word) - len(ending)]
        if vowel_stem and case != "Loc" and consonant_final(stem) and stem[-1] not in _HUSHING:
            return stem + "ь"  # «Жозепа Борреля» → «боррель»: a soft consonant's «-я», «-ю», «-ем»
        if (stem[-1] in VOWELS) != vowel_stem:
            continue
        return stem + "й" if vowel_stem else stem
    return None


_FAMILY_STEMS = ("ов", "ев", "ёв", "ин", "ын")  # «братья … Сафаровы»: a family's surname
_FAMILY_ENDINGS = {False: ("ы",), True: ("ыми", "ых", "ым")}  # its plural's nominative; its oblique cases


def family_surname(word: str, woman: bool, oblique: bool = False) -> str | None:
    """One person's surname of a family's plural in the nominative («братья Зияддин и Гусейн
    Сафаровы» → «Сафаров», «сестры Анна и Мария Петровы» → «Петрова»), or with `oblique` in another
    case («братьев Шагида и Анзора Губашевых» → «Губашев»); None for any other word.  The oblique
    plural is read only where a list says it is one: «Ильиных», «Луговых» are one person's surnames
    that do not decline.  The written shape is kept."""
    folded = fold(word)
    for ending in _FAMILY_ENDINGS[oblique]:
        stem = word[: len(word) - len(ending)]
        if folded.endswith(ending) and fold(stem).endswith(_FAMILY_STEMS) and len(stem) >= 5:
            return stem + ("а" if woman else "")
    return None


def mans_name_in_genitive(words: Sequence[str], alone: set[str]) -> list[str] | None:
    """«Фаиля Алсынова» where the article writes the man alone as «Алсынов»: his surname with «-а» is his
    genitive, and so is the first name before it («Фаиль»: «-я» after a consonant is a soft stem's
    genitive, as «Игоря»); the name in the nominative; None when nothing says so.
    `alone`: the folded one-word forms the article writes for the person."""
    last = fold(words[-1])
    if len(words) < 2 or not last.endswith("а") or last[:-1] not in alone or not consonant_final(last[:-1]):
        return None
    first = fold(words[0])
    if len(first) >= 4 and first.endswith("я") and consonant_final(first[:-1]):
        nominative = first[:-1] + "ь"
    else:
        nominative = foreign_nominative(first, "Gen") or first
    return [words[0][0] + nominative[1:], *words[1:-1], words[-1][:-1]]
