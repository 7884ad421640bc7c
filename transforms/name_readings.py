"""What the morphology dictionary says of one word of a person's name.

Each function takes a word (folded) and `forms(word)`, the dictionary's readings
(`transforms.nlp.morph_vocab().parse`), and answers one question: is it a first name, a surname,
a woman's, a common noun only, a place only, indeclinable. `transforms.person_names` decides from
these which word of a name takes which ending; mentions, coreference and the entity linker ask
them too. Pure functions; no word lists.
"""

from __future__ import annotations

import re
from typing import Callable


def surname_readings(word: str, forms: Callable) -> list:
    """Readings as a surname or a patronymic: both take a woman's form («Ивановой», «Иосифовне»)."""
    return [p for p in forms(word) if {"Surn", "Patr"} & p.tag.grammemes]


def spoken_vocative(reading) -> bool:
    """A colloquial vocative («Илон!», «Ирин!»): a form of address, never a name as the news writes it."""
    return "voct" in reading.tag.grammemes


def womans_name(first: str, forms: Callable, *grammemes: str) -> bool:
    """A first name whose every known first-name reading in the singular (with `grammemes`) is a
    woman's («Марианне», «Марьи», «Марины»: the plural of «Марин» is no one's first name); a guess
    is no reading («Аркади»), nor is a colloquial vocative («Илон!» of «Илона»: `spoken_vocative`)."""
    names = [p for p in forms(first) if {"Name", "sing", *grammemes} <= p.tag.grammemes and p.is_known
             and not spoken_vocative(p)]
    return bool(names) and all("femn" in p.tag.grammemes for p in names)


def is_womans_first_name(first: str, forms: Callable) -> bool:
    """A first name in the nominative, as a canonical name writes it, that is a woman's: every
    nominative first-name reading is feminine («Алла», though «Алла» is also a man's «Алл» in
    the genitive; not «Виктор», «Саша»)."""
    return womans_name(first, forms, "nomn")


def womans_name_declines(first: str, forms: Callable) -> bool:
    """Whether a woman's first name in the nominative has a reading that declines: «Рашель» does,
    «Эммануэль», «Николь» do not (the dictionary's `Fixd`) — so «Эммануэля» is a man's name declined."""
    return any({"Name", "femn"} <= p.tag.grammemes and "Fixd" not in p.tag.grammemes for p in forms(first))


def womans_first_name_nominative(first: str, forms: Callable) -> str | None:
    """The nominative of a first name's woman's reading («Изы» → «иза»), if it has one in the
    singular and the word can be neither a nominative («Аркади», «Киран») nor a man's name."""
    readings = forms(first)
    if any({"nomn", "sing"} <= p.tag.grammemes or {"Name", "masc"} <= p.tag.grammemes for p in readings):
        return None  # perhaps a nominative, or a man's name («Изе»: Иза or Изя)
    fem = [p for p in readings if {"Name", "femn", "sing"} <= p.tag.grammemes and p.is_known and not spoken_vocative(p)]
    nominative = fem[0].inflect({"Nom", "Sing"}) if fem else None
    return nominative.word if nominative is not None else None


NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})  # a reading as a person's first name, surname or patronymic
# … or as a place's, an organisation's, a trademark's
PROPER_GRAMMEMES = NAME_GRAMMEMES | frozenset({"Geox", "Orgn", "Trad"})


def name_reading(word: str, forms: Callable) -> bool:
    """Whether any reading of `word` (folded), known or guessed, is a first name, surname or patronymic."""
    return any(NAME_GRAMMEMES & p.tag.grammemes for p in forms(word))


#: «экс-», «вице-» before a post: «экс-солистка» is a common noun when «солистка» is (grammar, not a word list)
POST_PREFIX = re.compile(r"(?:экс|вице)-(?=\w)", re.IGNORECASE)


def common_noun_only(word: str, forms: Callable) -> bool:
    """A word the dictionary knows, and never as a person's name («тору»: a form of «тор», «тора»);
    a post's «экс-», «вице-» is read past («экс-солистка»)."""
    return _known_without(forms(POST_PREFIX.sub("", word, count=1) if POST_PREFIX.match(word) else word),
                          NAME_GRAMMEMES)


def common_word_only(word: str, forms: Callable) -> bool:
    """A word (folded) the dictionary knows, and only as a common one: no reading as a name, a place or an
    organisation («пациентку», «губернатора»; not «путин», «сирию», nor a word it lacks)."""
    return _known_without(forms(word), PROPER_GRAMMEMES)


def _known_without(readings, grammemes: frozenset[str]) -> bool:
    """Whether there are `readings`, every one the dictionary's and none with any of `grammemes`."""
    return bool(readings) and all(p.is_known and not grammemes & p.tag.grammemes for p in readings)


def place_only(word: str, forms: Callable) -> bool:
    """A word the dictionary knows, only as a place's name («цуканова»: of the village «Цуканово»)."""
    readings = [p for p in forms(word) if p.is_known]
    return bool(readings) and all("Geox" in p.tag.grammemes for p in readings)


def indeclinable_surname(word: str, forms: Callable) -> bool:
    """A word whose every reading as a person's name is an indeclinable surname the dictionary
    knows («Золя», «Гюго»; «золь» the common noun does not count)."""
    names = [p for p in forms(word) if NAME_GRAMMEMES & p.tag.grammemes]
    return bool(names) and all(p.is_known and {"Fixd", "Surn"} <= p.tag.grammemes for p in names)


_FOREIGN_VOWELS = tuple("еиоуэю")  # a name the dictionary lacks ending so does not decline: «Абэ», «Моро»


def one_form_for_every_case(word: str, forms: Callable) -> bool:
    """A name word (folded) with one form for every case, so that its tagged case tells nothing: the
    dictionary's indeclinable word («Шойгу», «Гюго»), or one it lacks ending in a vowel no Russian
    nominative of a declining name ends with («Абэ»). (`indeclinable_surname` asks the narrower question for
    a surname the dictionary knows.)"""
    readings = [p for p in forms(word) if p.is_known]
    if readings:
        return all("Fixd" in p.tag.grammemes for p in readings)
    return word.endswith(_FOREIGN_VOWELS)


def has_reading(word: str, forms: Callable, *grammemes: str) -> bool:
    """A dictionary reading of `word` in the singular with all `grammemes` («Name», «Surn», …)."""
    return any(p.is_known and {"sing", *grammemes} <= p.tag.grammemes for p in forms(word))


def patronymic(word: str, forms: Callable) -> bool:
    """Whether `word` reads as a patronymic: in the dictionary, or guessed from its suffix where the
    dictionary lacks it («Елеусизович», «Сейпеллович»)."""
    return any({"sing", "Patr"} <= p.tag.grammemes for p in forms(word))
