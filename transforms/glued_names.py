"""A PER span's word order and its people: a name written surname first, and two names NER glued into one.

Pure functions over words; `forms(word)` is the morphology dictionary's readings, as in
`transforms.person_names`.
"""

from __future__ import annotations

from typing import Callable, Sequence

from transforms.name_readings import has_reading as _has, patronymic, surname_readings
from transforms.names import fold


def first_name_first(words: Sequence[str], forms: Callable) -> list[str]:
    """A name written surname first with a first name and a patronymic («Улюкаев Алексей
    Валентинович», as documents and courts write it) in the order the article's other mentions
    use, first name first («Алексей Валентинович Улюкаев»), so that «Алексей Улюкаев» is the same
    person; any other name as it is."""
    folded = [fold(w) for w in words]
    if (len(words) == 3 and patronymic(folded[2], forms) and _has(folded[1], forms, "Name")
            and not _has(folded[0], forms, "Name") and not _has(folded[0], forms, "Patr")):
        return [words[1], words[2], words[0]]
    return list(words)


def glued_parts(texts: Sequence[str], forms: Callable, oblique: bool = False) -> list[tuple[int, int, bool]]:
    """The parts of a PER span that NER glued out of two names, as word ranges [i, j) and
    whether the part is a person's name: `[(0, len(texts), True)]` when it is one name.

    - a first name that follows a word which is neither a first name, a patronymic nor an
      initial, and is followed by a word that is no first name, starts a new person:
      «Аль-Каида | Усама бин Ладен», «Дмитрий Медведев | Владимир Путин»; not after a lone
      surname («Смирнов Иван Петрович» is surname-first order), not «Кима Чен | Ира Ким Ир Сен»;
    - two words that are surnames and nothing else are two people: «Сталин | Вертинский»;
    - the first word again in another case starts a second person: «Кима Чен Ира | Ким Ир Сен»;
    - a first word that is a place and no name, before two words or more or before a surname, is that place when
      the tagger reads it in an oblique case (`oblique`: «жителя Нары | Тэцую Ямагами», «Экс-мэра Красноуфимска |
      Конева», `place_word`; not «Депутат Манас Абдыллабек уулу заявил», a first name the dictionary knows as a
      place only).
    The part before a new person is a person's name when it starts with a first name, or is one surname."""
    words = [fold(t) for t in texts]
    n = len(words)
    if oblique and (n >= 3 or (n == 2 and _has(words[1], forms, "Surn"))) and place_word(words[0], forms):
        return [(0, 1, False), (1, n, True)]
    if n == 2 and all(_has(w, forms, "Surn") and not _has(w, forms, "Name") and not _has(w, forms, "Patr")
                      for w in words):
        return [(0, 1, True), (1, 2, True)]
    for k in range(2, n - 1):  # «Кима Чен Ира | Ким Ир Сен»: the first word again, in another case
        a, b = sorted((words[0], words[k]), key=len)
        if a != b and len(a) >= 3 and b.startswith(a) and len(b) - len(a) <= 2:
            return [(0, k, True), (k, n, True)]
    for k in range(1, n - 1):  # the new person has a first name and at least one more word
        prev = texts[k - 1]
        if (len(words[k]) < 3 or not _has(words[k], forms, "Name") or _has(words[k + 1], forms, "Name")
                or _has(words[k - 1], forms, "Name")
                or _has(words[k - 1], forms, "Patr") or len(prev.rstrip(".")) == 1):
            continue
        if k == 1 and (_has(words[0], forms, "Surn") or any(patronymic(w, forms) for w in words[2:])):
            continue  # «Смирнов Иван Петрович», «Бектенов Олжас Абаевич»: surname first
        # «президента Касым-Жомарта | Токаева | Олжаса Бектенова» (the first name NER took for a place): a lone
        # surname before the new person is the end of the name before it, a person's still
        return [(0, k, _has(words[0], forms, "Name") or (k == 1 and bool(surname_readings(words[0], forms)))),
                (k, n, True)]
    return [(0, n, True)]


def place_word(word: str, forms: Callable) -> bool:
    """A word the dictionary reads as a place's name and never as a first name, surname or
    patronymic («Нары», the genitive of «Нара»; not «Мадрида»: a place, but only alone)."""
    folded = fold(word)
    return _has(folded, forms, "Geox") and not any(_has(folded, forms, g) for g in ("Name", "Surn", "Patr"))


def place_then_subject(texts: Sequence[str], cases: Sequence[str | None], verb_after: bool,
                       forms: Callable) -> int | None:
    """Where a person's name starts in a place's span NER glued to the subject after it: the words before it
    in an oblique case, it and the words after it in the nominative, a finite verb right after the span («в
    Пхеньяне | Хилл провел встречу»: a place in the locative is nobody's subject); None when the span is one
    name («в Республике Корея прошли выборы»: the nominative is a place's name too)."""
    k = next((i for i, c in enumerate(cases) if c == "Nom"), None)
    if (not verb_after or k is None or k == 0 or any(c in (None, "Nom") for c in cases[:k])
            or any(c != "Nom" or _has(fold(w), forms, "Geox") for c, w in zip(cases[k:], texts[k:]))):
        return None
    return k


def name_after_place(texts: Sequence[str], cases: Sequence[str | None], forms: Callable) -> int | None:
    """Where a person's name starts in a place's span NER glued to the name after it: a first name (a word the
    dictionary reads as one and never as a place) in another case than the words before it, and one or two words
    more («председателем временного правительства Киргизии Республики | Розой Отунбаевой»: the tagger may read the
    surname's «-ой» in any oblique case); None when the span is one name («Республики Корея»: no first name)."""
    for k in range(1, len(texts) - 1):
        if (len(texts) - k <= 3 and _has(fold(texts[k]), forms, "Name") and not _has(fold(texts[k]), forms, "Geox")
                and cases[k] is not None and all(c not in (None, cases[k]) for c in cases[:k])):
            return k
    return None
