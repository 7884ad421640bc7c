"""Signs of a name word's case: endings that tell an oblique case of a name the dictionary lacks, confirmed by what the
dictionary does not know (`forms`: the morphology's parses of a word). `person_names.nominative_words` reads them."""

from __future__ import annotations

from typing import Callable

from transforms.name_endings import (CASE_ENDINGS, VOWELS, WOMANS_NOMINATIVE, WOMANS_OBLIQUE, consonant_final,
                                     foreign_nominative)
from transforms.name_readings import NAME_GRAMMEMES, has_reading


def adjective_of_hers(word: str, inflected: str) -> bool:
    """Whether a surname in «-овой», «-иной» is one the dictionary lacks that natasha read as an adjective
    («Н.Четвертаковой» → «четвертаковый»): no surname's nominative ends in «-овый», «-иный», so it is a
    woman's «-ова», «-ина» in an oblique case, whatever her first name or initial says (probe FU)."""
    return word.endswith(WOMANS_OBLIQUE) and word.endswith("ой") and inflected.endswith(_ADJECTIVE_LEMMAS)


_ADJECTIVE_LEMMAS = tuple(nominative[:-1] + "ый" for nominative in WOMANS_NOMINATIVE)  # «-ова» → «-овый»


def fleeting(word: str, inflected: str, case: str, forms: Callable) -> bool:
    """Whether the inflection of a surname the dictionary lacks put a vowel before its last
    consonant, as a Russian noun's fleeting vowel («звонком» → «звонок», «пальца» → «палец»): a
    foreign name has none («Монком» → «Монк», not «Монок»; «Шольца» → «Шольц», not «Шолец»). A Slavic surname
    in «-ец» keeps it («Кривца» → «Кривец», as «Кравца», «Горобца»): a foreign «-ц» follows a vowel or «л», «н»,
    «р», «т» («Кац», «Шольц», «Кунц», «Шварц», «Шмитц»), never another consonant."""
    stem = foreign_nominative(word, case)
    if stem is None or inflected[-2:-1] not in ("о", "е", "ё") or inflected[-1] != stem[-1]:
        return False
    if stem[-1] == "ц" and stem[-2:-1] not in VOWELS and stem[-2:-1] not in ("л", "н", "р", "т", "ь", "й"):
        return False
    added = len(inflected) == len(stem) + 1 and inflected[:-2] == stem[:-1]
    softened = len(inflected) == len(stem) and stem[-2] == "ь" and inflected[:-2] == stem[:-2]
    return (added or softened) and not any(p.is_known for p in forms(word))


def om_after_consonant(word: str) -> bool:
    """A word of five letters or more in the instrumental's «-ом» after a consonant: «Цяном», «Зохрабом»."""
    return len(word) >= 5 and word.endswith(CASE_ENDINGS["Ins"][0]) and consonant_final(word[:-2])


def instrumental_om(word: str, forms: Callable) -> bool:
    """A word in «-ом» after a consonant (`om_after_consonant`) that the dictionary does not know in the
    nominative: «Зохрабом», «Мнацаканяном»."""
    return om_after_consonant(word) and not has_reading(word, forms, "nomn")


def accusative_a(word: str, case: str | None, own: str | None) -> bool:
    """Both words tagged accusative and the surname in «-а» after a consonant: a man's animate accusative,
    the genitive's form (a woman's accusative ends «-у»)."""
    return case == own == "Acc" and word.endswith("а") and len(word) >= 4 and consonant_final(word[:-1])


def indeclinable_i(word: str, inflected: str, forms: Callable) -> bool:
    """Whether name word `word` (folded), in «-и» after a consonant, is a foreign name that does not
    decline rather than the genitive natasha read (`inflected`: «-ь», «-я» or «-а» for «-и»): the
    dictionary knows no person's reading of it, nor any animate one (so «Ольги», «Тани» decline).  So is one
    in «-и» after «е», «а», «о» or «у» that natasha read as the genitive of «-я» («Али Хаменеи», not «Хаменея»,
    probe GJ)."""
    last = word.rsplit("-", 1)[-1]
    if (len(last) < 3 or not last.endswith("и") or not (consonant_final(last[:-1]) or vowel_i(word, inflected))
            or inflected not in (word[:-1] + "ь", word[:-1] + "я", word[:-1] + "а")):
        return False
    return not any(p.is_known and ({"anim"} | NAME_GRAMMEMES) & p.tag.grammemes for p in forms(word))


def vowel_i(word: str, inflected: str) -> bool:
    """Whether name word `word` (folded) ends in «-и» after «е», «а», «о» or «у» and natasha read it as the
    genitive of «-я»: a foreign name that does not decline («Хаменеи»), whatever case a declined first name
    before it shows («Сейеда Али Хаменеи»)."""
    return word[-2:-1] in ("е", "а", "о", "у") and word[-1:] == "и" and inflected == word[:-1] + "я"
