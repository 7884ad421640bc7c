"""The words of date expressions: month forms, the tables of `data/date_words.tsv`, morphology.

- `MONTH_FORMS` / `MONTH_GENITIVE`: every case form / the genitive of each month → its number;
- the word tables (word → value, in file order): relative words, weekdays, numbers, units, the month abbreviations
  of agencies' datelines;
- `FUTURE_LEMMAS`: present-tense verbs that point to the future (modality.tsv group `future`);
- `morph()`: natasha's `MorphVocab` (`transforms.morph`), imported and loaded on first use;
- `counted_noun_after(text, pos, number)`: whether the word after a number is what it counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms import wordlists

# Month forms from stems: a closed set (nominative, genitive, prepositional, dative, instrumental).
_MONTH_STEMS = {
    1: ("январ", "soft"), 2: ("феврал", "soft"), 3: ("март", "hard"), 4: ("апрел", "soft"),
    5: ("ма", "may"), 6: ("июн", "soft"), 7: ("июл", "soft"), 8: ("август", "hard"),
    9: ("сентябр", "soft"), 10: ("октябр", "soft"), 11: ("ноябр", "soft"), 12: ("декабр", "soft"),
}
_ENDINGS = {  # the genitive is second
    "soft": ("ь", "я", "е", "ю", "ём", "ем"),
    "hard": ("", "а", "е", "у", "ом"),
    "may": ("й", "я", "е", "ю", "ем"),
}
MONTH_FORMS: dict[str, int] = {}
MONTH_GENITIVE: dict[str, int] = {}
for _n, (_stem, _kind) in _MONTH_STEMS.items():
    for _end in _ENDINGS[_kind]:
        MONTH_FORMS[_stem + _end] = _n
    MONTH_GENITIVE[_stem + _ENDINGS[_kind][1]] = _n

def _words(group: str) -> tuple[str, ...]:
    """The words of one group of date_words.tsv, in file order."""
    return tuple(word for word, _ in wordlists.values("date_words.tsv", group))


def _table(group: str, value=int) -> dict:
    """word → value of one group of date_words.tsv, in file order; the value `?` is None."""
    return {word: None if v == "?" else value(v) for word, v in wordlists.values("date_words.tsv", group)}


#: one-word prepositions that become part of the span when they directly precede a date
PREPOSITIONS = _words("preposition")
#: parts of the day in the instrumental («утром», «вечером»): adverbials of time
PARTS_OF_DAY = _words("part_of_day")
MONTH_ABBREVIATIONS = _table("month_abbr")

# relative year/month/week words: genitive (прошлого года), locative (в прошлом году), feminine
REL_GEN = _table("rel_gen")
REL_LOC = _table("rel_loc")
REL_FEM = _table("rel_fem")  # «на прошлой неделе», «до конца этой недели»: the same forms
REL_ABBR = _table("rel_abbr")  # сего года, текущего года
RELDAY = _table("relday")

WEEKDAYS_ACC = _table("weekday_acc")
WEEKDAYS_GEN = _table("weekday_gen")
WEEKDAYS_DAT = _table("weekday_dat")
WEEKDAY_FORMS = {**WEEKDAYS_ACC, **WEEKDAYS_GEN, **WEEKDAYS_DAT}
MODIFIER_STEMS = _table("weekday_stem")  # of a weekday or a season: PAST, NONE or FUTURE
SEASON_STEMS = _table("season_stem", str)

NUMBER_WORDS = _table("number")
VAGUE_NUMBERS = _words("vague_number")
UNITS = _table("unit", str)

FUTURE_STEMS = _words("future_stem")
PAST_STEMS = _words("past_stem")
FUTURE_LEMMAS = wordlists.groups("modality.tsv")["future"]


def stem_value(table: dict, word: str):
    """The value of the first stem in `table` that `word` starts with."""
    return next(v for k, v in table.items() if word.startswith(k))


def morph():
    from transforms.morph import morph_vocab  # natasha and pymorphy2's dictionaries: a few hundred ms

    return morph_vocab()


@lru_cache(maxsize=16384)
def _counted_by(word: str, number: int) -> bool:
    """Whether `word` can be the noun counted by `number` («2000 человек», «2002 голоса»)."""
    last, tens = number % 10, number % 100
    if 11 <= tens <= 14 or last in (0, 5, 6, 7, 8, 9):
        grammemes = {"gent", "plur"}
    elif last == 1:
        grammemes = {"nomn", "sing"}
    else:
        grammemes = {"gent", "sing"}
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and grammemes in p.tag for p in morph().parse(word))


_NEXT_WORD = re.compile(r"\s+([А-Яа-яЁё]+)")


def counted_noun_after(text: str, pos: int, number: int) -> bool:
    """Whether the lower-case word after text[pos] is a noun that `number` counts."""
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1).islower() and _counted_by(m.group(1), number)
