"""The text rules that say when two spellings are one word or one name — their one home.

Entity ids, linking within and across articles, the quote and event extractors and the
audit's checks all call these, so an id and a check never disagree about what one name is:

- `CYRILLIC`: a Russian letter (a name, a word or a gazetteer entry written in Russian);
- `fold(word)`: a word's comparison form: lower case, ё = е;
- `key(name)`: a name's comparison key: `fold`, no quote marks of any style («» „“ "" “”
  '' ‹›), hyphens and dashes with or without spaces as one «-», single spaces;
- `surname(name)`: the last word of a name's key;
- `same_name_word(a, b)`: one name word in two inflected forms («обамы» ~ «обама»);
- `double_surname_part(word, surname)`: one part of a double surname («винер» of «винер-усманова»),
  `double_surname_parts` its parts;
- `consonant_final(word)` and `CASE_ENDINGS`: a word ending in a consonant and a masculine name's case
  endings, which `same_name_word` matches and `name_endings` spells nominatives with;
- `bare_form(word, forms)`: a name word without its case ending, from the forms seen
  («райкконена» with «райкконен» seen → «райкконен»);
- `part_of_name(short, full)`: «Авиационное управление» names «Федеральное авиационное
  управление» (it keeps the head word);
- `initials(name)`, `fits_initials(name, letters, surname)`: «В. В. Путин» and the full
  names it may stand for («Владимир Владимирович Путин»);
- `names_word(word, name)`: whether a word as written (a surname, a first name) is one of a
  name's words or an inflected form of it («Марку» ~ «Марк Рютте»);
- `abbreviation_letters(words)`, `abbreviates(text, words)`: a name's initial letters, function words
  left out, and whether a mention written in capitals is them («КЗЖ» of «комитет защиты журналистов»).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Double and angle quotes part words («НК«Роснефть»»); apostrophes are inside a word («О’Нил»).
QUOTE_MARK = re.compile(r"[«»„“”‟\"‹›〈〉]")
_APOSTROPHES = re.compile(r"[''‘’‚‛`´]")
# A hyphen or dash between two parts, spaced or not: «ГАС-Выборы» = «ГАС - Выборы» = «ГАС — Выборы».
_DASH = re.compile(r"\s*[-‐‑‒–—―−]+\s*")


#: A Russian letter, either case.
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")

#: What stands between two names of one list: «X, Y», «X и Y», «X, и Y», «X или Y»
LIST_JOINER = re.compile(r"\s*,\s*(?:и\s+)?|\s+(?:и|или)\s+")


def fold(word: str) -> str:
    """A word's comparison form: lower case, ё = е."""
    return word.lower().replace("ё", "е")


def yo_as_written(word: str, text: str) -> str:
    """`word`, a normal form made from `text`, with ё or е where the text writes it: «Пётр Королёв» stays so, not
    «Петр Королев», and the dictionary's «могилёвская» for the text's «Могилевская» is «могилевская» (the two
    spellings are one name to `fold`; this only keeps the text's). Only letters the two share a prefix up to."""
    if not any(ch in "ёЁеЕ" for ch in text):
        return word
    out = list(word)
    for k, ch in enumerate(text[:len(word)]):
        if ch in "ёЁеЕ" and out[k] in "ёЁеЕ" and fold(word[:k]) == fold(text[:k]):
            out[k] = ch.upper() if out[k].isupper() else ch.lower()
    return "".join(out)


@lru_cache(maxsize=1 << 16)  # asked for the same names again and again: per mention, per pair
def key(name: str) -> str:
    """A name's comparison key: two spellings of one name have one key.

    >>> key("НК „Роснефть“") == key("НК «Роснефть»") == key("нк  роснефть")
    True
    >>> key("ГАС - Выборы")
    'гас-выборы'
    """
    name = _APOSTROPHES.sub("", QUOTE_MARK.sub(" ", fold(name)))
    return " ".join(_DASH.sub("-", name).strip("-").split())


def words(name: str) -> list[str]:
    """The words of a name's key."""
    return key(name).split()


def surname(name: str) -> str:
    """The last word of a name's key («Касым-Жомарт Токаев» → «токаев»); "" for no name."""
    parts = words(name)
    return parts[-1] if parts else ""


def same_name_word(a: str, b: str) -> bool:
    """One name word in two forms (both folded): equal, or one stem of four letters or more
    with endings of at most two letters.

    natasha leaves some foreign names inflected («Обамы», «Данна»): «обамы» ~ «обама», «данна» ~ «данн».
    """
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return (n >= 4 and n >= max(len(a), len(b)) - 2 or a_declension(a, b) or a_declension(b, a)
            or _consonant_declension(a, b) or _consonant_declension(b, a))


def double_surname_parts(surname: str) -> tuple[str, ...]:
    """The two parts of a double surname (folded), each of which alone names its bearer: «винер-усманова» →
    «винер», «усманова»; none for a single one (nor for a particle: «ас-сиси»)."""
    parts = tuple(surname.split("-"))
    return parts if len(parts) == 2 and min(map(len, parts)) >= 3 else ()


def double_surname_part(word: str, surname: str) -> bool:
    """A word (folded) that is one part of a double surname, in any form: «винер» of «винер-усманова»,
    «щедрина» of «салтыков-щедрин»."""
    return any(same_name_word(word, p) for p in double_surname_parts(surname))


_A_OBLIQUE = ("ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею")  # the oblique endings of the -а/-я declension


def a_declension(nominative: str, other: str) -> bool:
    """A name of the -а/-я declension with a stem of three letters, and an oblique case of it: «меса» and
    «месу», «месой» (a stem of four letters or more is `same_name_word`'s own rule)."""
    stem = nominative[:-1]
    return (len(stem) >= 3 and nominative[-1:] in ("а", "я") and other.startswith(stem)
            and other[len(stem):] in _A_OBLIQUE)


VOWELS = set("аеёиоуыэюя")
# a masculine name's tagged case → (ending after a consonant: removed; ending after a vowel: becomes «й»)
# (`name_endings` spells nominatives with it)
CASE_ENDINGS = {"Gen": ("а", "я"), "Acc": ("а", "я"), "Dat": ("у", "ю"), "Ins": ("ом", "ем"), "Loc": ("е", "е")}
_CONSONANT_OBLIQUE = frozenset(after_consonant for after_consonant, _ in CASE_ENDINGS.values())


def consonant_final(word: str) -> bool:
    """Whether a word ends in a consonant letter: not a vowel, «й» or «ь», nor a sign."""
    return word[-1:].isalpha() and word[-1] not in VOWELS | {"й", "ь"}


_SOFT_OBLIQUE = frozenset(after_vowel for _, after_vowel in CASE_ENDINGS.values()) | {"ю", "ём"}


def _consonant_declension(nominative: str, other: str) -> bool:
    """A name of three letters ending in a consonant, and an oblique case of it: «аун» and «ауна»,
    «ауном» (probe DY); so a stem of three letters and «ь» or «й»: «лесь» and «леся», «лесю» (probe GI);
    a longer one is `same_name_word`'s own rule."""
    if len(nominative) == 4 and nominative[-1] in "ьй" and consonant_final(nominative[:3]):
        return other.startswith(nominative[:3]) and other[3:] in _SOFT_OBLIQUE
    return len(nominative) == 3 and consonant_oblique(other, nominative)


def consonant_oblique(word: str, nominative: str) -> bool:
    """Whether `word` is an oblique case of the consonant-final name word `nominative`: «юна» of «юн»."""
    return (consonant_final(nominative) and word.startswith(nominative)
            and word[len(nominative):] in _CONSONANT_OBLIQUE)


def east_asian(name_words: Sequence[str]) -> bool:
    """Whether a name has the shape of an East Asian one of one-syllable words, its family name first and only
    its last word declined: three words or more, all but the last of four letters at most («Ким Чен Ын», «Юн Сок
    Ёль»)."""
    return len(name_words) >= 3 and all(len(w) <= 4 for w in name_words[:-1])


# a woman's Russian surname of the possessive or adjectival type in an oblique case → the letters
# that end its nominative: «Сечиной» → «Сечина», «Сечину» → «Сечина», «Тихановской(-ую)» → «Тихановская»
WOMANS_SURNAME_ENDINGS = (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
                          ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("ыну", "ына"),
                          ("ской", "ская"), ("цкой", "цкая"), ("скую", "ская"), ("цкую", "цкая"))


#: the nominative endings of a woman's surname of the -ова/-ина type, which are a man's genitive too
WOMANS_NOMINATIVE = tuple(dict.fromkeys(nominative for _, nominative in WOMANS_SURNAME_ENDINGS
                                        if not nominative.endswith("ая")))
_WOMANS_SURNAME = WOMANS_NOMINATIVE + ("ая", "яя")  # any woman's nominative, adjectival ones too


def womans_form(word: str, surname_: str) -> bool:
    """Whether `word` is the woman's form of a man's surname `surname_` (both folded): «мамонова» of
    «мамонов», «тихановская» of «тихановский»."""
    return word.endswith(_WOMANS_SURNAME) and (
        word == surname_ + "а" or (word.endswith("ая") and word[:-2] + "ий" == surname_))


def declension_stem(word: str) -> str:
    """What every case of a name word in «й» or «ь» starts with: the word without that letter
    («Грей» → «Гре» of «Грея», «Горбань» → «Горбан» of «Горбаня»); other words are their own stem."""
    return word[:-1] if word[-1:] in ("й", "ь") else word


def bare_form(word: str, forms: Iterable[str]) -> str:
    """The form of a name word without a case ending, among `forms` seen for the same name: the
    one of shortest stem (`declension_stem`) that the word starts with and that is one name word
    with it — «Райкконена» with «Райкконен» seen gives «Райкконен», «Горбаня» with «Горбань»
    «Горбань» (a man's surname ending in a consonant, «й» or «ь» is bare in the nominative).  A
    word with a woman's surname ending keeps it: «Иванова» may be a woman's nominative, not
    «Иванов» in the genitive.  Compared folded; returned as seen."""
    w = fold(word)
    if w.endswith(_WOMANS_SURNAME):
        return word
    best, shortest = word, len(w)
    # shortest first (a tie of stems goes to the bare form: «Цзиньпин», not natasha's «Цзиньпинь» of
    # «Цзиньпинем»), then alphabetical: the same article gives the same name whatever order a set yields
    for f in sorted(forms, key=lambda f: (len(f), f)):
        stem = declension_stem(fold(f))
        if len(stem) < shortest and w.startswith(stem) and same_name_word(w, fold(f)):
            best, shortest = f, len(stem)
    return best


_NOMINATIVE_ENDINGS = ("", "ь", "й", "а", "я", "о", "е")  # a noun's nominative singular endings, likeliest first


def nominative_form(forms: Iterable[str]) -> str | None:
    """Of the forms of one one-word name seen in an article, the one whose ending after their common
    stem reads as a nominative: «Вагнер» of «Вагнера», «Вясна» of «Вясны», «Метрополь» of
    «Метрополе» (natasha leaves such unknown names as written); None when no ending does."""
    forms = list(dict.fromkeys(forms))
    folded = [fold(f) for f in forms]
    stem = os.path.commonprefix(folded)
    ranked = [(_NOMINATIVE_ENDINGS.index(f[len(stem):]), i) for i, f in enumerate(folded)
              if f[len(stem):] in _NOMINATIVE_ENDINGS]
    return forms[min(ranked)[1]] if ranked else None


_INITIALS = re.compile(r"^((?:\w\.\s*){1,3})\s*(\w[\w-]+)$")


def initials(name: str) -> tuple[str, str] | None:
    """A name written as initials and a surname: («вв», «путин») for «В. В. Путин» or «В.В.
    Путин»; None for any other name."""
    m = _INITIALS.match(fold(name).strip())
    return (re.sub(r"[.\s]", "", m.group(1)), m.group(2)) if m else None


def fits_initials(name: str, letters: str, surname_: str, loose: bool = False) -> bool:
    """Whether a full name (first name, maybe patronymic, surname) has that surname and starts
    with those initials: «Владимир Владимирович Путин» fits («вв», «путин») and («в», «путин»).
    `loose`: a name written without its patronymic fits a patronymic's initial too — «Алексей
    Гордеев» fits («ав», «гордеев»), as one article writes him and then, in a decree's words, «А.В.
    Гордеева»; across articles only a name with the patronymic does."""
    w = words(name)
    most = max(len(w) - 1, 2) if loose else len(w) - 1
    return (len(w) >= 2 and w[-1] == surname_ and initials(name) is None and 0 < len(letters) <= most
            and all(x[:1] == c for x, c in zip(w[:-1], letters)))


_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его")


def _head(name_words: list[str]) -> str:
    """The head of a nominative name: its first word that is not an adjective."""
    for w in name_words:
        if not w.endswith(_ADJECTIVE_ENDINGS) or len(w) <= 3:
            return w
    return name_words[-1]


def part_of_name(short: str, full: str, bare_head: bool = True) -> bool:
    """Whether a nominative name is part of a longer one and keeps its head word: «Авиационное
    управление» of «Федеральное авиационное управление»; «США» is not «Восточное побережье США»;
    not `bare_head`: the head word alone is no part of an adjective and its head («Солидарность» is
    not «Жилищная солидарность»)."""
    a, b = words(short), words(full)
    if not bare_head and len(a) == 1 and len(b) == 2 and _head(b) == b[1]:
        return False
    return len(a) < len(b) and set(a) <= set(b) and _head(b) in a


def names_word(word: str, name: str) -> bool:
    """Whether `word` (as written) is one of the words of `name` (a normal form) or an inflected
    form of one: the word's ending added to a name word of four letters or more («Марку» ~ «Марк»).

    One way only: «Марк» is not a form of the name «Марку».
    """
    w = fold(word)
    return any(w == part or (len(part) >= 4 and w.startswith(part) and len(w) - len(part) <= 2)
               for part in words(name))


# Words an abbreviation leaves out: «Комитет по делам …» is «КД…», «Bank of China» «BC».
_FUNCTION_WORDS = {"и", "по", "за", "при", "для", "на", "в", "о", "об", "с", "со", "от", "к", "из", "де", "ла", "of",
                   "the", "and", "for"}


def abbreviation_letters(words: Sequence[str]) -> str:
    """The initial letters of a name's words (a key's), function words left out, each part of a hyphenated word
    counted: «контрольно-дисциплинарный комитет» → «кдк»."""
    return "".join(part[0] for w in words if w not in _FUNCTION_WORDS for part in w.split("-") if part)


def abbreviates(text: str, words: Sequence[str]) -> bool:
    """Whether a mention written `text` is the initials of a name of `words` (its key's): «СА» of «саудовская
    аравия», «КЗЖ» of «комитет защиты журналистов»."""
    return len(text) >= 2 and text.isupper() and fold(text) == abbreviation_letters(words)
