"""Date expressions in Russian news text, resolved against the publication date.

`find_dates(text, published)` finds every date expression of a text («22 сентября»,
«в августе», «вчера», «в понедельник», «15 декабря прошлого года», «с 2019 года»,
«12.05.2024») and resolves it to a calendar value at a precision (`day`, `month`,
`year`): `value` is the first day of the period, `normal` its ISO form at that
precision (`2025-09-22`, `2025-08`, `2022`).  An expression that is clearly a date
but cannot be pinned to one day, month or year («в 1990-х годах», «30 февраля»,
«в том же году») is kept with `value=None` and `normal="unresolved"`: never guessed.
`sentence_dates(sentence, published)` does the same for one sentence (for
`events.event_date`).  The rules and the choices behind them are in docs/dates.md.

How it works (pure functions, no I/O):

1. *Patterns.*  natasha's `DatesExtractor` grammar (natasha/grammars/date.py) has five
   rules — `DD.MM.YYYY`, `YYYY год`, `DD month`, `month YYYY`, `DD month YYYY`.  They are
   the core here too, written as regular expressions over a closed lexicon of month word
   forms (the grammar's morphology is not needed for a closed set, and regexes give exact
   offsets and run fast), then extended: month alone after a preposition, relative years,
   months and weeks, weekdays, вчера/сегодня/завтра, «N лет назад», qualifiers («в начале
   сентября», «в конце 2023 года», «летом 2024 года»), ranges and lists, ISO dates,
   decades and centuries (unresolved).  Two changes to natasha's rules: a two-digit year
   is not 19YY but 20YY unless that lies more than ten years after the publication, and a
   bare year needs a year word («2022 год», «2022-м»), so «на 2000 человек» is not a date.
2. *Selection.*  Overlapping matches: the longest wins.  A one-word preposition right
   before an expression («в», «с», «по», «до», «к», «на», …) is part of its span.
3. *Direction.*  A year-less date is resolved towards the tense of its clause: the nearest
   cue — a past-tense verb, a future-tense verb («вступят», «будет»), a future word
   («планируется», «намерен», «предстоящий») or a relative date («в следующем году») —
   in the mention's clause, else in its sentence (the sentences given, or razdel's within
   each paragraph).  natasha's `MorphVocab` (pymorphy2) tags the verbs: deterministic,
   word by word.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

UNRESOLVED = "unresolved"
PRECISIONS = ("day", "month", "year")
YEAR_MIN, YEAR_MAX = 1000, 2100  # natasha's bound: other four-digit numbers are not years

PAST, NONE, FUTURE = -1, 0, 1


@dataclass(frozen=True)
class DateMention:
    start: int            # character offsets into the text given
    stop: int             # text[start:stop] == self.text, always
    text: str             # as written, with a governing one-word preposition: «в августе», «с 2019 года»
    value: dt.date | None  # first day of the period; None when it cannot be resolved (never guessed)
    precision: str | None  # "day" | "month" | "year"; None when unresolved
    normal: str           # ISO at its precision: "2025-09-22", "2025-08", "2022"; or "unresolved"


# --------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------

_MONTH_STEMS = {
    1: ("январ", "soft"), 2: ("феврал", "soft"), 3: ("март", "hard"), 4: ("апрел", "soft"),
    5: ("ма", "may"), 6: ("июн", "soft"), 7: ("июл", "soft"), 8: ("август", "hard"),
    9: ("сентябр", "soft"), 10: ("октябр", "soft"), 11: ("ноябр", "soft"), 12: ("декабр", "soft"),
}
_ENDINGS = {  # nominative, genitive, prepositional, dative, instrumental
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


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NB = r"(?![\w-])"                  # end of word (a hyphen glues: «мая-июня» is handled as a range)
_MONTH_ANY = rf"(?:{_alt(MONTH_FORMS)}){_NB}"
_MONTH_GEN = rf"(?:{_alt(MONTH_GENITIVE)}){_NB}"
_YEAR4 = r"(?:1\d{3}|20\d{2}|2100)(?!\d)"
_DASH = r"[-‐‑‒–—−]"
_DAYNUM_CORE = r"[0-3]?\d(?:-?го)?(?![\d.,:/]\d)"
_DAYNUM = r"(?<![\w.,:/-])" + _DAYNUM_CORE

#: one-word prepositions that become part of the span when they directly precede a date
PREPOSITIONS = ("в", "во", "с", "со", "по", "до", "к", "ко", "на", "от", "после", "около", "за",
                "перед", "между")
_PREP_BEFORE = re.compile(rf"(?<![\w-])(?:{_alt(PREPOSITIONS)})\s+$", re.IGNORECASE)
_STARTS_WITH_PREP = re.compile(rf"(?:{_alt(PREPOSITIONS)}|через)\s", re.IGNORECASE)

# relative year/month/week words: genitive (прошлого года), locative (в прошлом году), feminine
_REL_GEN = {"позапрошлого": -2, "прошлого": -1, "минувшего": -1, "прошедшего": -1, "этого": 0,
            "текущего": 0, "нынешнего": 0, "сего": 0, "следующего": 1, "будущего": 1, "того же": None}
_REL_LOC = {"позапрошлом": -2, "прошлом": -1, "минувшем": -1, "прошедшем": -1, "этом": 0,
            "текущем": 0, "нынешнем": 0, "следующем": 1, "будущем": 1, "том же": None}
_REL_FEM_LOC = {"позапрошлой": -2, "прошлой": -1, "минувшей": -1, "прошедшей": -1, "этой": 0,
                "текущей": 0, "нынешней": 0, "следующей": 1, "будущей": 1, "той же": None}
_REL_FEM_GEN = _REL_FEM_LOC  # «до конца этой недели»: the same forms
_REL_ABBR = {"с.г.": 0, "т.г.": 0}  # сего года, текущего года

_RELDAY = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}

_WEEKDAYS_ACC = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4,
                 "субботу": 5, "воскресенье": 6}
_WEEKDAYS_GEN = {"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4,
                 "субботы": 5, "воскресенья": 6}
_WEEKDAYS_DAT = {"понедельнику": 0, "вторнику": 1, "среде": 2, "четвергу": 3, "пятнице": 4,
                 "субботе": 5, "воскресенью": 6}
_WD_MODIFIER = {"прошл": PAST, "минувш": PAST, "прошедш": PAST, "эт": NONE, "нынешн": NONE,
                "текущ": NONE, "следующ": FUTURE, "будущ": FUTURE, "ближайш": FUTURE}

_NUMBER_WORDS = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
                 "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
                 "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20,
                 "тридцать": 30, "сорок": 40, "пятьдесят": 50, "сто": 100}
_VAGUE_NUMBERS = ("несколько", "пару", "пара", "много", "полтора", "полторы", "считанные")
_UNITS = {"день": "day", "дня": "day", "дней": "day", "сутки": "day", "суток": "day",
          "неделю": "week", "недели": "week", "недель": "week",
          "месяц": "month", "месяца": "month", "месяцев": "month",
          "год": "year", "года": "year", "лет": "year"}

_SEASONS = {"зим": "winter", "весн": "spring", "лет": "summer", "осен": "autumn"}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}

# qualifiers: a part of a period; they never refine the precision of what they qualify
_QUALIFIER = (
    r"(?:начал[аеоу]|конц[аеу]|концом|середин[аеуы]"
    r"|(?:перв|втор)(?:ой|ая|ую)\s+половин[аеуы]"
    r"|(?:перв|втор|трет|четв[её]рт)\w*\s+(?:квартал[аеу]?|полугоди[еяию])"
    r"|[IV]{1,3}\s+(?:квартал[аеу]?|полугоди[еяию])"
    r"|(?:перв|втор|трет)\w*\s+декад[аеуы]"
    r"|течение|летом|зимой|весной|осенью|лета|зимы|весны|осени|лето|зиму|весну|осень)"
)
_PART_OF = r"(?:начал[аеоу]|конц[аеу]|концом|середин[аеуы]|(?:перв|втор)(?:ой|ая|ую)\s+половин[аеуы])"


def _year_tail(g: str) -> str:
    """An optional year after a month: « 2024 года», « 2010-го», « прошлого года», « с.г.»."""
    return (rf"(?:\s+(?:(?P<{g}y>{_YEAR4})(?P<{g}yw>-го|(?:-го)?\s*(?:года|году|г\.|г{_NB}))?"
            rf"|(?P<{g}rel>{_alt(_REL_GEN)})\s+года{_NB}"
            rf"|(?P<{g}abbr>[ст]\.\s?г\.)))?")


_YEAR_WORD = rf"(?:года|году|годом|год|годы|годах|годов|гг\.|г\.|г{_NB})"
_YEAR_EXPR = rf"(?<![\w.,/-])(?P<y>{_YEAR4})(?:-(?:го|м|й))?\s*(?P<w>{_YEAR_WORD})(?!\w)"
_DECADE = (rf"(?<![\w.,])(?P<dec>(?:1\d|20)?\d0)-?(?:х|е|ые|ых|ми)(?!\w)"
           rf"(?P<decword>\s*(?:годах|годы|годов|годами|гг\.))?"
           rf"(?:\s+(?:прошлого|позапрошлого|нынешнего|этого|текущего|[XХIV]{{2,5}})\s+века{_NB})?")


# --------------------------------------------------------------------------------------
# Intermediate expressions
# --------------------------------------------------------------------------------------

@dataclass
class _Expr:
    start: int
    stop: int
    kind: str                       # date | rel | shift | weekday | season | unresolved
    day: int | None = None
    month: int | None = None
    year: int | None = None
    year_rel: int | None = None     # offset from the publication year («прошлого года» = -1)
    short_year: int | None = None   # «12.05.24»: the century is chosen against the publication
    coarse: str | None = None       # a qualifier caps the precision («в начале 2022 года» → year)
    unit: str | None = None         # rel/shift: day | week | month | year
    offset: int | None = None       # rel/shift: signed amount; None = vague («несколько дней»)
    weekday: int | None = None
    mode: int | None = None         # weekday/season modifier direction (None: none given)
    forced: int | None = None       # a merged weekday/«вчера» fixes the direction of a date
    season: str | None = None
    group: int | None = None        # parts of one range/list
    role: str = ""                  # "" | range | list
    hint: int = NONE                # the direction this expression implies for its sentence

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.year_rel is not None or self.short_year is not None


def _date(**kw) -> _Expr:
    return _Expr(kind="date", **kw)


def _rel_year(word: str | None) -> tuple[int | None, bool]:
    """(offset, known) of «прошлого» / «с.г.»; «того же» is known to be unknown."""
    if word is None:
        return None, True
    key = re.sub(r"\s+", " ", word.lower())
    key = re.sub(r"\s", "", key) if "." in key else key
    offset = _REL_GEN.get(key, _REL_ABBR.get(key))
    return offset, offset is not None


def _fill_year(e: _Expr, m: re.Match, g: str) -> _Expr:
    """Put the year tail of a match into `e`.  A bare number after a month is no year when
    a counted noun follows it («22 сентября 2000 человек»): then the span ends before it."""
    y, rel, abbr = m.group(f"{g}y"), m.group(f"{g}rel"), m.group(f"{g}abbr")
    if y and not m.group(f"{g}yw") and _counted_noun_after(m.string, m.end(f"{g}y"), int(y)):
        e.stop = len(m.string[:m.start(f"{g}y")].rstrip())
    elif y:
        e.year = int(y)
    elif rel or abbr:
        offset, known = _rel_year(rel or abbr)
        if known:
            e.year_rel = offset
            e.hint = (offset > 0) - (offset < 0)
        else:
            e.kind = "unresolved"  # «того же года»: the year of some other sentence
    return e


def _month_word_ok(word: str, m: re.Match, g: str) -> bool:
    """A bare month must be written in lower case («Мая Плисецкая», «Августа» are names)
    unless a year follows it."""
    return word.islower() or bool(m.group(f"{g}y") or m.group(f"{g}rel") or m.group(f"{g}abbr"))


# --------------------------------------------------------------------------------------
# Rules: regex → list of expressions (the parts of one match)
# --------------------------------------------------------------------------------------

_RULES: list[tuple[str, re.Pattern, object]] = []


def _rule(pattern: str):
    def register(builder):
        _RULES.append((builder.__name__, re.compile(pattern, re.IGNORECASE), builder))
        return builder
    return register


@_rule(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-]|[.,:]\d)")
def _iso(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (YEAR_MIN <= y <= YEAR_MAX and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return [_date(start=m.start(), stop=m.end(), day=d, month=mo, year=y)]


@_rule(r"(?<![\w.,/-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![\w/-]|[.,:]\d)"
       rf"(?:\s*(?:года|году|г\.|г{_NB}))?")
def _dotted(m, text):
    d, mo, raw_y = int(m["d"]), int(m["m"]), m["y"]
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None  # «45.13.2024» is no date at all; «30.02.2024» is one that does not exist
    if len(raw_y) == 2:
        return [_date(start=m.start(), stop=m.end(), day=d, month=mo, short_year=int(raw_y))]
    if not YEAR_MIN <= int(raw_y) <= YEAR_MAX:
        return None
    return [_date(start=m.start(), stop=m.end(), day=d, month=mo, year=int(raw_y))]


@_rule(rf"(?P<d>{_DAYNUM})\s+(?P<m>{_MONTH_GEN}){_year_tail('t')}")
def _day_month(m, text):
    d = int(m["d"].split("-")[0].removesuffix("го"))
    if not 1 <= d <= 31:
        return None
    e = _date(start=m.start(), stop=m.end(), day=d, month=MONTH_GENITIVE[m["m"].lower()])
    return [_fill_year(e, m, "t")]


@_rule(rf"(?<![\w-])(?P<p>{_alt(PREPOSITIONS)})\s+(?P<m>{_MONTH_ANY}){_year_tail('t')}")
def _prep_month(m, text):
    if not _month_word_ok(m["m"], m, "t"):
        return None
    e = _date(start=m.start(), stop=m.end(), month=MONTH_FORMS[m["m"].lower()])
    return [_fill_year(e, m, "t")]


@_rule(rf"(?<![\w-])(?P<m>{_MONTH_ANY})\s+(?:(?P<ty>{_YEAR4})(?P<tyw>-го|(?:-го)?\s*(?:года|году|г\.|г{_NB}))?"
       rf"|(?P<trel>{_alt(_REL_GEN)})\s+года{_NB}|(?P<tabbr>[ст]\.\s?г\.))")
def _month_year(m, text):
    e = _fill_year(_date(start=m.start(), stop=m.end(), month=MONTH_FORMS[m["m"].lower()]), m, "t")
    return [e] if e.stop == m.end() else None  # without its year, a month needs a preposition


@_rule(_YEAR_EXPR)
def _year(m, text):
    if m["w"].lower() == "г" and not _PREP_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None  # «1500 г сахара»: grams; «в 2010 г» is a year
    return [_date(start=m.start(), stop=m.end(), year=int(m["y"]))]


@_rule(rf"(?<![\w.,/-])(?P<y>{_YEAR4})-(?:го|м){_NB}")
def _year_suffixed(m, text):
    return [_date(start=m.start(), stop=m.end(), year=int(m["y"]))]


@_rule(rf"(?<![\w-])(?P<rel>{_alt(_REL_GEN)})\s+(?P<u>года|месяца){_NB}")
def _rel_gen(m, text):
    offset, known = _rel_year(m["rel"])
    unit = "year" if m["u"].lower() == "года" else "month"
    return [_relative(m.start(), m.end(), unit, offset, known)]


@_rule(rf"(?<![\w-])(?P<p>в|во)\s+(?P<rel>{_alt(_REL_LOC)})\s+(?P<u>году|месяце){_NB}")
def _rel_loc(m, text):
    offset = _REL_LOC[re.sub(r"\s+", " ", m["rel"].lower())]
    unit = "year" if m["u"].lower() == "году" else "month"
    return [_relative(m.start(), m.end(), unit, offset, offset is not None)]


@_rule(rf"(?<![\w-])(?P<p>на)\s+(?P<rel>{_alt(_REL_FEM_LOC)})\s+неделе{_NB}")
def _rel_week(m, text):
    offset = _REL_FEM_LOC[re.sub(r"\s+", " ", m["rel"].lower())]
    return [_relative(m.start(), m.end(), "week", offset, offset is not None)]


@_rule(rf"(?<![\w-])(?P<w>{_alt(_RELDAY)}){_NB}")
def _relday(m, text):
    return [_relative(m.start(), m.end(), "day", _RELDAY[m["w"].lower()], True)]


def _relative(start: int, stop: int, unit: str, offset: int | None, known: bool) -> _Expr:
    if not known:
        return _Expr(start=start, stop=stop, kind="unresolved")
    return _Expr(start=start, stop=stop, kind="rel", unit=unit, offset=offset,
                 hint=(offset > 0) - (offset < 0))


@_rule(rf"(?<![\w-])(?P<q>{_QUALIFIER})\s+(?:"
       rf"(?P<m>{_MONTH_GEN}){_year_tail('t')}"
       rf"|(?P<y>{_YEAR4})(?:-го{_NB}|(?:-го)?\s*(?:года|г\.|г{_NB}))"
       rf"|(?P<rel>{_alt(_REL_GEN)})\s+(?P<u>года|месяца){_NB}"
       rf"|(?P<frel>{_alt(_REL_FEM_GEN)})\s+недели{_NB}"
       rf"|(?P<cur>года|месяца|недели){_NB}"
       rf"|(?P<dec>(?:1\d|20)?\d0)-?(?:х|е|ых){_NB}(?:\s*(?:годов|годах|гг\.))?"
       rf"(?:\s+(?:прошлого|позапрошлого|нынешнего|[XХIV]{{2,5}})\s+века{_NB})?"
       rf"|(?P<cent>прошлого|позапрошлого|нынешнего|этого|текущего)\s+века{_NB})")
def _qualified(m, text):
    q = re.sub(r"\s+", " ", m["q"].lower())
    start, stop = m.start(), m.end()
    if m["m"]:
        if q.split()[-1].startswith(("квартал", "полугоди")) or q.startswith(("лет", "зим", "весн", "осен")):
            return None  # «летом сентября» is not Russian; «лето августа 1991» is not a date
        e = _date(start=start, stop=stop, month=MONTH_GENITIVE[m["m"].lower()], coarse="month")
        return [_fill_year(e, m, "t")]
    if m["y"]:
        return [_date(start=start, stop=stop, year=int(m["y"]), coarse="year")]
    if m["rel"]:
        offset, known = _rel_year(m["rel"])
        unit = "year" if m["u"].lower() == "года" else "month"
        return [_relative(start, stop, unit, offset, known)]
    if m["frel"]:
        offset = _REL_FEM_GEN[re.sub(r"\s+", " ", m["frel"].lower())]
        return [_relative(start, stop, "week", offset, offset is not None)]
    if m["cur"]:
        if not re.fullmatch(_PART_OF, q):
            return None  # «в течение года», «лета года»: a duration, not a date
        unit = {"года": "year", "месяца": "month", "недели": "week"}[m["cur"].lower()]
        return [_relative(start, stop, unit, 0, True)]
    if m["dec"] and not re.fullmatch(_PART_OF, q):
        return None
    return [_Expr(start=start, stop=stop, kind="unresolved")]  # a decade or a century


@_rule(_DECADE)
def _decade(m, text):
    if not m["decword"]:
        return None  # «30-х Королёвских чтениях», «в 24-х странах»: not decades
    return [_Expr(start=m.start(), stop=m.end(), kind="unresolved")]


@_rule(rf"(?<![\w-])(?P<c>[IVXХ]{{1,5}}|\d{{1,2}}-?(?:м|го|й|ом)|\d{{1,2}}(?=\s+веке))\s+(?:век|века|веке|веком){_NB}"
       rf"|(?<![\w-])(?:в|во)\s+(?:прошлом|позапрошлом|нынешнем|этом|текущем)\s+веке{_NB}")
def _century(m, text):
    if m["c"] and not m["c"][0].isdigit() and not m["c"].isupper():
        return None
    return [_Expr(start=m.start(), stop=m.end(), kind="unresolved")]


_NUMBER = rf"(?:\d{{1,3}}|{_alt(_NUMBER_WORDS)}|{_alt(_VAGUE_NUMBERS)})"


@_rule(rf"(?<![\w-])(?:(?P<n>{_NUMBER})\s+)?(?P<u>{_alt(_UNITS)})\s+назад{_NB}")
def _ago(m, text):
    return [_shift(m, -1)]


@_rule(rf"(?<![\w-])через\s+(?:(?P<n>{_NUMBER})\s+)?(?P<u>{_alt(_UNITS)}){_NB}(?!\s+после)")
def _later(m, text):
    return [_shift(m, +1)]


def _shift(m: re.Match, sign: int) -> _Expr:
    n = (m["n"] or "1").lower()
    amount = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)  # None: «несколько дней назад»
    unit = _UNITS[m["u"].lower()]
    return _Expr(start=m.start(), stop=m.end(), kind="shift", unit=unit,
                 offset=None if amount is None else sign * amount, hint=sign)


_WD_MOD = r"(?:прошл|минувш|прошедш|следующ|будущ|ближайш|нынешн|текущ)\w*|эт(?:у|от|о)"


_HABITAT = re.compile(r"\s+обитания", re.IGNORECASE)
_WEEKDAY_FORMS = {**_WEEKDAYS_ACC, **_WEEKDAYS_GEN, **_WEEKDAYS_DAT}
_WD_ACC = rf"(?:{_alt(_WEEKDAYS_ACC)}){_NB}"


@_rule(rf"(?<![\w-])(?:(?P<p>в|во|на)\s+(?:(?P<mod>{_WD_MOD})\s+)?(?P<acc>{_WD_ACC})"
       rf"(?P<more>(?:\s*,\s*|\s+и\s+)(?:(?:в|во)\s+)?{_WD_ACC}){{0,6}}+"
       rf"|(?P<p2>с|со|до)\s+(?P<gen>{_alt(_WEEKDAYS_GEN)})"
       rf"|(?P<p3>к|ко)\s+(?P<dat>{_alt(_WEEKDAYS_DAT)})){_NB}")
def _weekday(m, text):
    """«в понедельник», «в минувшую пятницу», «с понедельника», «во вторник и среду»."""
    word = (m["acc"] or m["gen"] or m["dat"]).lower()
    if word.startswith("сред") and _HABITAT.match(text, m.end()):
        return None  # «в среду обитания»: the environment
    mode = None
    if m["mod"]:
        mod = m["mod"].lower()
        mode = next(v for k, v in _WD_MODIFIER.items() if mod.startswith(k))
    first_stop = m.end("acc") if m["acc"] else m.end()
    exprs = [_Expr(start=m.start(), stop=first_stop, kind="weekday", weekday=_WEEKDAY_FORMS[word],
                   mode=mode, hint=mode or NONE)]
    if m["acc"] and m.end() > first_stop:  # a list: one mention per weekday
        group = _new_group()
        for it in re.finditer(rf"(?:(?:в|во)\s+)?(?P<w>{_WD_ACC})", text[first_stop:m.end()], re.IGNORECASE):
            exprs.append(_Expr(start=first_stop + it.start(), stop=first_stop + it.end(), kind="weekday",
                               weekday=_WEEKDAY_FORMS[it["w"].lower()], mode=mode, hint=mode or NONE))
        for e in exprs:
            e.group, e.role = group, "list"
    return exprs


@_rule(r"(?<![\w-])(?P<mod>этим|этой|прошлым|прошлой|минувшим|минувшей|прошедшим|прошедшей"
       r"|следующим|следующей|будущим|будущей|нынешним|нынешней)\s+(?P<s>летом|весной|осенью|зимой)(?![\w-])")
def _season(m, text):
    mod = m["mod"].lower()
    mode = next(v for k, v in _WD_MODIFIER.items() if mod.startswith(k))
    season = next(v for k, v in _SEASONS.items() if m["s"].lower().startswith(k))
    return [_Expr(start=m.start(), stop=m.end(), kind="season", season=season, mode=mode,
                  hint=mode)]


# ---- ranges and lists: «с 10 по 12 мая», «10–12 мая», «2019–2022 годах», «август–сентябрь»

_MAX_ITEMS = 12  # a longer run of numbers is a table, not a list of dates
_CONNECT = rf"(?:\s*{_DASH}\s*|\s*,\s*|\s+(?:по|до|на|и)\s+)"
_CONNECT_RE = re.compile(_CONNECT, re.IGNORECASE)


def _parts(m: re.Match, item: re.Pattern, first_group: str) -> list[tuple[int, int, str, str]]:
    """(start, stop, token, connector-before) of every item of a range/list match."""
    out, pos = [], m.start(first_group)
    prev_stop = None
    for it in item.finditer(m.string, pos, m.end()):
        conn = "" if prev_stop is None else m.string[prev_stop:it.start()]
        if prev_stop is not None and not _CONNECT_RE.fullmatch(conn):
            break
        out.append((it.start(), it.end(), it.group(0), conn))
        prev_stop = it.end()
    return out


def _role(conn: str) -> str:
    c = conn.strip().lower()
    return "list" if c in (",", "и") else "range"


_DAY_ITEM = re.compile(r"(?<!\d)[0-3]?\d(?:-?го)?(?!\d)", re.IGNORECASE)
_group_counter = iter(range(1, 1 << 62))
_group_lock = threading.Lock()


def _new_group() -> int:
    with _group_lock:
        return next(_group_counter)


@_rule(rf"(?P<d1>{_DAYNUM})(?:{_CONNECT}(?<!\d){_DAYNUM_CORE}){{1,{_MAX_ITEMS}}}+\s+(?P<m>{_MONTH_GEN}){_year_tail('t')}")
def _day_range(m, text):
    items = _parts(m, _DAY_ITEM, "d1")
    month = MONTH_GENITIVE[m["m"].lower()]
    days = [int(re.match(r"\d+", tok).group(0)) for _, _, tok, _ in items]
    if len(items) < 2 or not all(1 <= d <= 31 for d in days):
        return None
    group = _new_group()
    exprs = []
    for i, ((s, e, _, conn), d) in enumerate(zip(items, days)):
        last = i == len(items) - 1
        role = _role(items[i + 1][3]) if not last else _role(conn)
        x = _date(start=s, stop=m.end() if last else e, day=d, month=month, group=group, role=role)
        exprs.append(_fill_year(x, m, "t") if last else x)
    return exprs


_YEAR_ITEM = re.compile(_YEAR4)


@_rule(rf"(?<![\w.,/-])(?P<y1>{_YEAR4})(?:{_CONNECT}{_YEAR4}){{1,{_MAX_ITEMS}}}+(?:-(?:х|е|м|й|го))?\s*"
       rf"(?:годы|годах|годов|годами|год|году|года|гг\.|г\.){_NB}")
def _year_range(m, text):
    items = _parts(m, _YEAR_ITEM, "y1")
    if len(items) < 2:
        return None
    group = _new_group()
    exprs = []
    for i, (s, e, tok, conn) in enumerate(items):
        last = i == len(items) - 1
        role = _role(items[i + 1][3]) if not last else _role(conn)
        exprs.append(_date(start=s, stop=m.end() if last else e, year=int(tok), group=group, role=role))
    return exprs


_MONTH_IN_RANGE = rf"(?:{_alt(MONTH_FORMS)})(?!\w)"  # «январе-марте»: a hyphen may join them
_MONTH_ITEM = re.compile(_MONTH_IN_RANGE, re.IGNORECASE)


@_rule(rf"(?<![\w-])(?P<m1>{_MONTH_IN_RANGE})(?:{_CONNECT}{_MONTH_IN_RANGE}){{1,{_MAX_ITEMS}}}+{_year_tail('t')}")
def _month_range(m, text):
    items = _parts(m, _MONTH_ITEM, "m1")
    has_year = bool(m["ty"] or m["trel"] or m["tabbr"])
    if len(items) < 2 or not (has_year or all(tok.islower() for _, _, tok, _ in items)):
        return None
    dashed = any(re.fullmatch(rf"\s*{_DASH}\s*", conn) for _, _, _, conn in items[1:])
    if not (has_year or dashed or _PREP_BEFORE.search(text, max(0, m.start() - 10), m.start())):
        return None  # «продажи марта и апреля»: months only when a preposition or a year says so
    group = _new_group()
    exprs = []
    for i, (s, e, tok, conn) in enumerate(items):
        last = i == len(items) - 1
        role = _role(items[i + 1][3]) if not last else _role(conn)
        x = _date(start=s, stop=m.end() if last else e, month=MONTH_FORMS[tok.lower()], group=group, role=role)
        exprs.append(_fill_year(x, m, "t") if last else x)
    return exprs


# --------------------------------------------------------------------------------------
# Finding: match, select, extend, merge, link
# --------------------------------------------------------------------------------------

_BLOCK_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _blocks(text: str):
    """Paragraphs: no date expression crosses a blank line."""
    start = 0
    for m in _BLOCK_BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _match(text: str) -> list[_Expr]:
    candidates = []  # (start, stop, rule priority, the expressions of one match)
    for b_start, b_stop in _blocks(text):
        for priority, (_, pattern, builder) in enumerate(_RULES):
            for m in pattern.finditer(text, b_start, b_stop):
                exprs = builder(m, text)
                if exprs:
                    candidates.append((exprs[0].start, max(e.stop for e in exprs), priority, exprs))
    # the longest match wins; then the leftmost; then the rule listed first
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    chosen: list[_Expr] = []
    for start, stop, _, exprs in candidates:
        i = bisect.bisect_left(taken, (start, stop))
        if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < stop):
            continue
        taken.insert(i, (start, stop))
        chosen.extend(exprs)
    chosen.sort(key=lambda e: e.start)
    return chosen


def _extend_prepositions(text: str, exprs: list[_Expr]) -> None:
    prev_stop = 0
    for e in exprs:
        if not _STARTS_WITH_PREP.match(text, e.start):
            m = _PREP_BEFORE.search(text, max(prev_stop, e.start - 12), e.start)
            if m:
                e.start = m.start()
        prev_stop = e.stop


_MERGE_GAP = re.compile(r"\s*,?\s*(?:(?:утром|дн[её]м|вечером|ночью)\s*,?\s*)?", re.IGNORECASE)


def _merge_day_names(text: str, exprs: list[_Expr]) -> list[_Expr]:
    """«в понедельник, 28 июня», «вчера, 22 сентября», «20 марта, в субботу» → one mention
    whose value is the written date (the weekday or «вчера» only fixes the direction)."""
    out: list[_Expr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        if b is not None and _MERGE_GAP.fullmatch(text, a.stop, b.start):
            named, date = (a, b) if _is_day_name(a) else (b, a)
            if _is_day_name(named) and date.kind == "date" and date.day is not None and date.group is None:
                out.append(replace(date, start=a.start, stop=b.stop, forced=_day_name_direction(named)))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _is_day_name(e: _Expr) -> bool:
    return e.kind == "weekday" or (e.kind == "rel" and e.unit == "day")


def _day_name_direction(e: _Expr) -> int | None:
    if e.kind == "weekday":
        return e.mode if e.mode else None
    return (e.offset > 0) - (e.offset < 0) if e.offset else None


_RANGE_GAP = re.compile(rf"\s*(?:{_DASH}\s*)?", re.IGNORECASE)


def _link_ranges(text: str, exprs: list[_Expr]) -> None:
    """Two separately written dates that form a range: «с 20 апреля по 15 июня»,
    «с ноября по декабрь 2010 года», «25 декабря — 10 января»."""
    for a, b in zip(exprs, exprs[1:]):
        if a.kind != "date" or b.kind != "date" or a.group is not None or b.group is not None:
            continue
        if a.month is None or b.month is None:
            continue  # years carry their own year; a range only lends months and years to days
        gap = text[a.stop:b.start]
        if not _RANGE_GAP.fullmatch(gap):
            continue
        a_text, b_text = text[a.start:a.stop].lower(), text[b.start:b.stop].lower()
        dashed = bool(re.search(_DASH, gap))
        if dashed or (re.match(r"(?:с|со|от)\s", a_text) and re.match(r"(?:по|до|на)\s", b_text)):
            group = _new_group()
            a.group = b.group = group
            a.role = b.role = "range"


# --------------------------------------------------------------------------------------
# Direction cues
# --------------------------------------------------------------------------------------

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_CLAUSE_BREAK = re.compile(r"[,;:!?()«»\"„“”\n]|\.(?!\d)|\s[-–—]\s")

_FUTURE_LEMMAS = frozenset({"планировать", "планироваться", "намереваться", "собираться", "ожидаться",
                            "ожидать", "предстоять", "предполагаться", "готовиться", "обещать"})
_FUTURE_PREFIXES = ("предстоящ", "грядущ", "запланирован", "назначен", "намерен", "должен", "должна",
                    "должно", "должны")
_PAST_PREFIXES = ("прошедш", "состоявш")
_PARTICIPLE_PAST = re.compile(r"(?:вш|ш)(?:ий|ая|ее|ие|его|ей|их|ему|им|ими|ую|ем|ой)(?:ся)?$")

def _morph():
    from transforms.morph import morph_vocab  # natasha and pymorphy2's dictionaries: a few hundred ms

    return morph_vocab()


@lru_cache(maxsize=65536)
def word_tense(word: str) -> int:
    """PAST, FUTURE or NONE for one word form (lower case), from its most likely parse."""
    if word.startswith(_FUTURE_PREFIXES):
        return FUTURE
    if word.startswith(_PAST_PREFIXES):
        return PAST
    parses = _morph().parse(word)
    if not parses:
        return NONE
    tag = parses[0].tag
    if tag.POS == "VERB":
        if tag.tense == "past":
            return PAST
        if tag.tense == "futr":
            return FUTURE
        if tag.tense == "pres" and parses[0].normal_form in _FUTURE_LEMMAS:
            return FUTURE
        return NONE
    if tag.POS == "PRTF" and tag.tense == "past":
        return PAST
    if _PARTICIPLE_PAST.search(word) and any(p.tag.POS == "PRTF" and p.tag.tense == "past" for p in parses):
        return PAST
    return NONE


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
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and grammemes in p.tag for p in _morph().parse(word))


def _counted_noun_after(text: str, pos: int, number: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1).islower() and _counted_by(m.group(1), number)


_NEXT_WORD = re.compile(r"\s+([А-Яа-яЁё]+)")


def _cues(text: str, start: int, stop: int, exprs: list[_Expr]):
    """(start, stop, direction) of every tense cue in text[start:stop], sorted: the words
    outside date expressions, and the date expressions that imply a direction themselves."""
    cues = []
    pos = start
    for e in [*exprs, None]:
        e_start = stop if e is None else max(pos, min(e.start, stop))
        for w in _WORD.finditer(text, pos, e_start):
            tense = word_tense(w.group(0).lower())
            if tense:
                cues.append((w.start(), w.end(), tense))
        if e is not None:
            if e.hint and start <= e.start < stop:
                cues.append((e.start, e.stop, e.hint))
            pos = max(pos, e.stop)
    cues.sort()
    return cues, [c[0] for c in cues]


def _nearest_cue(cues, starts, start: int, stop: int, lo: int, hi: int) -> int | None:
    """The direction of the cue nearest to [start, stop) within [lo, hi) (ties: the earlier)."""
    i = bisect.bisect_left(starts, start)
    before = after = None
    for j in range(i - 1, -1, -1):
        c_start, c_stop, tense = cues[j]
        if c_start < lo:
            break
        if c_stop <= start:
            before = (start - c_stop, tense)
            break
    for j in range(i, len(cues)):
        c_start, c_stop, tense = cues[j]
        if c_start >= hi or c_stop > hi:
            break
        if c_start >= stop:
            after = (c_start - stop, tense)
            break
    if before and after:
        return before[1] if before[0] <= after[0] else after[1]
    return (before or after or (None, None))[1]


def _direction(breaks, e_start: int, e_stop: int, s_start: int, s_stop: int, cues) -> int:
    """The nearest cue in the mention's clause, else in its sentence; NONE without one.
    `breaks` are the sorted (start, stop) clause breaks of the text."""
    i = bisect.bisect_left(breaks, (e_start,))
    j = i
    while j > 0 and breaks[j - 1][1] > e_start:  # a break inside the mention («Сегодня, 23 сентября»)
        j -= 1
    lo = max(s_start, breaks[j - 1][1]) if j > 0 else s_start
    k = bisect.bisect_left(breaks, (e_stop,))
    hi = min(s_stop, breaks[k][0]) if k < len(breaks) else s_stop
    cues, starts = cues
    tense = _nearest_cue(cues, starts, e_start, e_stop, lo, hi)
    if tense is None:
        tense = _nearest_cue(cues, starts, e_start, e_stop, s_start, s_stop)
    return tense or NONE


# --------------------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------------------

def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], pub: dt.date, direction: int,
          last_day=lambda d: d) -> dt.date | None:
    """The candidate nearest `pub` in `direction`: past → latest starting on or before it,
    future → earliest ending on or after it, none → nearest (ties go to the past)."""
    if direction == PAST:
        ok = [c for c in candidates if c <= pub]
        return max(ok) if ok else None
    if direction == FUTURE:
        ok = [c for c in candidates if last_day(c) >= pub]
        return min(ok) if ok else None

    def distance(c):
        if c <= pub <= last_day(c):
            return 0
        return (pub - last_day(c)).days if last_day(c) < pub else (c - pub).days

    return min(candidates, key=lambda c: (distance(c), c)) if candidates else None


def _month_last_day(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _day_without_year(month: int, day: int, pub: dt.date, direction: int) -> dt.date | None:
    candidates = [c for y in range(pub.year - 4, pub.year + 5) if (c := _valid(y, month, day))]
    if not candidates:
        return None  # «30 февраля»
    # a date that exists only in leap years may look four years away; any other date
    # is looked for within a year of the publication
    near = [c for c in candidates if abs(c.year - pub.year) <= 1]
    return _pick(near or candidates, pub, direction)


def _month_without_year(month: int, pub: dt.date, direction: int) -> dt.date | None:
    candidates = [dt.date(y, month, 1) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if direction == NONE:  # nearest in months, ties to the past
        index = pub.year * 12 + pub.month
        return min(candidates, key=lambda c: (abs(c.year * 12 + c.month - index), c))
    return _pick(candidates, pub, direction, _month_last_day)


def _add_months(d: dt.date, n: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def _enclosing(first: dt.date, last: dt.date) -> tuple[dt.date, str] | None:
    """The finest of month/year that holds the whole period [first, last]."""
    if (first.year, first.month) == (last.year, last.month):
        return first.replace(day=1), "month"
    if first.year == last.year:
        return dt.date(first.year, 1, 1), "year"
    return None


def _resolve(e: _Expr, pub: dt.date, direction: int) -> tuple[dt.date, str] | None:
    try:
        return _resolve_unsafe(e, pub, direction)
    except (ValueError, OverflowError):  # a period beyond year 1 or 9999: no calendar value
        return None


def _resolve_unsafe(e: _Expr, pub: dt.date, direction: int) -> tuple[dt.date, str] | None:
    if e.kind == "unresolved":
        return None
    if e.kind == "date":
        return _resolve_date(e, pub, direction)
    if e.kind == "rel":
        if e.unit == "day":
            return pub + dt.timedelta(days=e.offset), "day"
        if e.unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=e.offset)
            return _enclosing(monday, monday + dt.timedelta(days=6))
        if e.unit == "month":
            return _add_months(pub.replace(day=1), e.offset), "month"
        return dt.date(pub.year + e.offset, 1, 1), "year"
    if e.kind == "shift":
        if e.offset is None or (e.offset > 0 and direction == PAST):
            return None  # «несколько дней назад»; «через два дня» told in the past is relative to a story
        if e.unit in ("day", "week"):
            return pub + dt.timedelta(days=e.offset * (7 if e.unit == "week" else 1)), "day"
        if e.unit == "month":
            return _add_months(pub.replace(day=1), e.offset), "month"
        return _year_value(pub.year + e.offset)
    if e.kind == "weekday":
        mode = direction if e.mode is None else e.mode
        days = [pub + dt.timedelta(days=k) for k in range(-7, 8)]
        days = [d for d in days if d.weekday() == e.weekday]
        if e.mode == NONE:  # «в эту пятницу»: the publication's week
            return next(d for d in days if 0 <= (d - pub).days + pub.weekday() < 7), "day"
        if e.mode is not None:  # «в прошлую пятницу»: strictly before; «в следующую»: strictly after
            days = [d for d in days if (d < pub if mode == PAST else d > pub)]
            return (max(days) if mode == PAST else min(days)), "day"
        return _pick(days, pub, mode), "day"
    if e.kind == "season":
        return _resolve_season(e, pub)
    return None


def _year_value(y: int) -> tuple[dt.date, str] | None:
    return (dt.date(y, 1, 1), "year") if 1 <= y <= 9999 else None


def _resolve_season(e: _Expr, pub: dt.date) -> tuple[dt.date, str] | None:
    if e.season == "winter":
        return None  # a winter spans two years: no year holds it
    first_month, last_month = _SEASON_MONTHS[e.season]
    if e.mode == NONE:  # «этим летом»: this year's
        return dt.date(pub.year, 1, 1), "year"
    if e.mode == PAST:  # the latest that ended before the publication
        y = pub.year if pub.month > last_month else pub.year - 1
    else:  # the earliest that starts after it
        y = pub.year if pub.month < first_month else pub.year + 1
    return dt.date(y, 1, 1), "year"


def _resolve_date(e: _Expr, pub: dt.date, direction: int) -> tuple[dt.date, str] | None:
    year = e.year
    if e.short_year is not None:  # «12.05.24»: 20YY unless that lies more than ten years ahead
        year = 2000 + e.short_year if 2000 + e.short_year <= pub.year + 10 else 1900 + e.short_year
    if year is None and e.year_rel is not None:
        year = pub.year + e.year_rel
    if e.forced is not None:
        direction = e.forced
    if e.month is None:
        return _year_value(year) if year is not None else None
    if year is None:
        if e.day is not None:
            value = _day_without_year(e.month, e.day, pub, direction)
        else:
            value = _month_without_year(e.month, pub, direction)
        if value is None:
            return None
    elif e.day is not None:
        value = _valid(year, e.month, e.day)
        if value is None:
            return None
    else:
        value = dt.date(year, e.month, 1)
    precision = "day" if e.day is not None else "month"
    if e.coarse == "year":
        return dt.date(value.year, 1, 1), "year"
    if e.coarse == "month" and precision == "day":
        return value.replace(day=1), "month"
    return value, precision


def _resolve_group(parts: list[_Expr], pub: dt.date, directions: list[int]):
    """A range or list: the last part carries what the others leave out (month, year);
    a range start that would fall after its end moves one year back."""
    anchor = parts[-1]
    if anchor.kind == "unresolved":  # «с 10 по 12 мая того же года»: none of it
        return [None] * len(parts)
    anchor_value = _resolve(anchor, pub, directions[-1])
    out = []
    for e, direction in zip(parts[:-1], directions[:-1]):
        if e.kind != "date" or anchor.kind != "date":
            out.append(_resolve(e, pub, direction))
            continue
        if e.has_year or e.month is None and anchor.month is None:
            out.append(_resolve(e, pub, direction))
            continue
        if anchor_value is None:
            out.append(None if e.month is None else _resolve(e, pub, direction))
            continue
        filled = replace(e, month=e.month if e.month is not None else anchor.month,
                         year=anchor_value[0].year, year_rel=None, short_year=None)
        value = _resolve(filled, pub, direction)
        if value is not None and e.role == "range" and value[0] > anchor_value[0]:
            value = _resolve(replace(filled, year=filled.year - 1), pub, direction)
        out.append(value)
    out.append(anchor_value)
    return out


def _normal(value: dt.date | None, precision: str | None) -> str:
    if value is None:
        return UNRESOLVED
    if precision == "day":
        return value.isoformat()
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"


# --------------------------------------------------------------------------------------
# Public interface
# --------------------------------------------------------------------------------------

def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences of a text nobody split for us: razdel within each paragraph (as transforms.nlp)."""
    from razdel import sentenize

    out = []
    for b_start, b_stop in _blocks(text):
        out.extend((b_start + s.start, b_start + s.stop) for s in sentenize(text[b_start:b_stop]))
    return out or [(0, len(text))]


def find_dates(text: str, published: dt.date,
               sentences: Sequence[tuple[int, int]] | None = None) -> list[DateMention]:
    """All date expressions of `text` (offsets into text), resolved against `published`.

    `sentences` are (start, stop) sentence offsets (used for tense/direction cues within
    the sentence); default: the whole text, split into sentences by razdel within its
    paragraphs (the way transforms.nlp splits it), so that a verb of the next sentence
    never decides the year of a date.  Within a sentence the nearest cue in the mention's
    own clause decides first.
    """
    exprs = _match(text)
    _extend_prepositions(text, exprs)
    exprs = _merge_day_names(text, exprs)
    _link_ranges(text, exprs)

    spans = sorted(sentences) if sentences is not None else _sentences(text)
    starts = [s for s, _ in spans]
    expr_starts = [e.start for e in exprs]
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text)] if exprs else []
    cue_cache: dict[int, list] = {}

    def sentence_of(e: _Expr) -> tuple[int, int]:
        i = bisect.bisect_right(starts, e.start) - 1
        if i >= 0 and spans[i][0] <= e.start < spans[i][1]:
            return spans[i]
        return 0, len(text)

    def direction_of(e: _Expr) -> int:
        s_start, s_stop = sentence_of(e)
        key = s_start * (len(text) + 1) + s_stop
        if key not in cue_cache:
            lo = bisect.bisect_left(expr_starts, s_start)
            hi = bisect.bisect_left(expr_starts, s_stop)
            cue_cache[key] = _cues(text, s_start, s_stop, exprs[lo:hi])
        return _direction(breaks, e.start, e.stop, s_start, s_stop, cue_cache[key])

    values: dict[int, tuple[dt.date, str] | None] = {}
    groups: dict[int, list[int]] = {}
    for i, e in enumerate(exprs):
        if e.group is not None:
            groups.setdefault(e.group, []).append(i)
        else:
            values[i] = _resolve(e, published, direction_of(e))
    for members in groups.values():
        parts = [exprs[i] for i in members]
        resolved = _resolve_group(parts, published, [direction_of(p) for p in parts])
        values.update(zip(members, resolved))

    mentions = []
    for i, e in enumerate(exprs):
        resolved = values[i]
        value, precision = resolved if resolved else (None, None)
        mentions.append(DateMention(e.start, e.stop, text[e.start:e.stop], value, precision,
                                    _normal(value, precision)))
    return mentions


def sentence_dates(sentence: str, published: dt.date) -> list[DateMention]:
    """Date expressions of one sentence (offsets into the sentence) — will feed events.event_date.

    The whole string is the sentence: it is not split any further."""
    return find_dates(sentence, published, [(0, len(sentence))])
