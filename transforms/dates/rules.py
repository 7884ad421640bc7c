"""The rules: a regex and a builder that turns one match into expressions (or None: no date).

A builder is `build(m, text) -> list[Expr] | None`; the list holds the parts of one match
(several for a list of weekdays or a range).  `RULES`, at the end, is the table of them all
in priority order.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from transforms.dates import ranges
from transforms.dates.build import date, fill_year, rel_offset, rel_year, relative
from transforms.dates.lexicon import (
    MODIFIER_STEMS, MONTH_FORMS, MONTH_GENITIVE, NUMBER_WORDS, PREPOSITIONS, REL_FEM, REL_GEN, REL_LOC,
    RELDAY, SEASON_STEMS, UNITS, VAGUE_NUMBERS, WEEKDAY_FORMS, WEEKDAYS_ACC, WEEKDAYS_DAT, WEEKDAYS_GEN,
    stem_value,
)
from transforms.dates.model import NONE, YEAR_MAX, YEAR_MIN, Expr, new_group
from transforms.dates.patterns import (
    DAYNUM, MONTH_ANY, MONTH_GEN, NB, YEAR4, alt, prep_before, year_tail,
)

# ---- numeric dates ----------------------------------------------------------------------

ISO = r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-]|[.,:]\d)"


def iso(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (YEAR_MIN <= y <= YEAR_MAX and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return [date(start=m.start(), stop=m.end(), day=d, month=mo, year=y)]


DOTTED = (r"(?<![\w.,/-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![\w/-]|[.,:]\d)"
          rf"(?:\s*(?:года|году|г\.|г{NB}))?")


def dotted(m, text):
    d, mo, raw_y = int(m["d"]), int(m["m"]), m["y"]
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None  # «45.13.2024» is no date at all; «30.02.2024» is one that does not exist
    if len(raw_y) == 2:
        return [date(start=m.start(), stop=m.end(), day=d, month=mo, short_year=int(raw_y))]
    if not YEAR_MIN <= int(raw_y) <= YEAR_MAX:
        return None
    return [date(start=m.start(), stop=m.end(), day=d, month=mo, year=int(raw_y))]


# ---- months and years in words: natasha's `DD month`, `month YYYY`, `DD month YYYY`, `YYYY год`

DAY_MONTH = rf"(?P<d>{DAYNUM})\s+(?P<m>{MONTH_GEN}){year_tail('t')}"


def day_month(m, text):
    d = int(m["d"].split("-")[0].removesuffix("го"))
    if not 1 <= d <= 31:
        return None
    e = date(start=m.start(), stop=m.end(), day=d, month=MONTH_GENITIVE[m["m"].lower()])
    return [fill_year(e, m, "t")]


PREP_MONTH = rf"(?<![\w-])(?P<p>{alt(PREPOSITIONS)})\s+(?P<m>{MONTH_ANY}){year_tail('t')}"


def prep_month(m, text):
    # a bare month must be written in lower case («Мая Плисецкая», «Августа» are names)
    # unless a year follows it
    if not (m["m"].islower() or m["ty"] or m["trel"] or m["tabbr"]):
        return None
    e = date(start=m.start(), stop=m.end(), month=MONTH_FORMS[m["m"].lower()])
    return [fill_year(e, m, "t")]


MONTH_YEAR = (rf"(?<![\w-])(?P<m>{MONTH_ANY})\s+(?:(?P<ty>{YEAR4})(?P<tyw>-го|(?:-го)?\s*(?:года|году|г\.|г{NB}))?"
              rf"|(?P<trel>{alt(REL_GEN)})\s+года{NB}|(?P<tabbr>[ст]\.\s?г\.))")


def month_year(m, text):
    e = fill_year(date(start=m.start(), stop=m.end(), month=MONTH_FORMS[m["m"].lower()]), m, "t")
    return [e] if e.stop == m.end() else None  # without its year, a month needs a preposition


_YEAR_WORD = rf"(?:года|году|годом|год|годы|годах|годов|гг\.|г\.|г{NB})"
YEAR = rf"(?<![\w.,/-])(?P<y>{YEAR4})(?:-(?:го|м|й))?\s*(?P<w>{_YEAR_WORD})(?!\w)"


def year(m, text):
    if m["w"].lower() == "г" and not prep_before(text, m.start()):
        return None  # «1500 г сахара»: grams; «в 2010 г» is a year
    return [date(start=m.start(), stop=m.end(), year=int(m["y"]))]


YEAR_SUFFIXED = rf"(?<![\w.,/-])(?P<y>{YEAR4})-(?:го|м){NB}"


def year_suffixed(m, text):
    return [date(start=m.start(), stop=m.end(), year=int(m["y"]))]


# ---- periods relative to the publication ---------------------------------------------------

REL_GEN_RULE = rf"(?<![\w-])(?P<rel>{alt(REL_GEN)})\s+(?P<u>года|месяца){NB}"


def rel_gen(m, text):
    offset, known = rel_year(m["rel"])
    unit = "year" if m["u"].lower() == "года" else "month"
    return [relative(m.start(), m.end(), unit, offset, known)]


REL_LOC_RULE = rf"(?<![\w-])(?P<p>в|во)\s+(?P<rel>{alt(REL_LOC)})\s+(?P<u>году|месяце){NB}"


def rel_loc(m, text):
    unit = "year" if m["u"].lower() == "году" else "month"
    return [relative(m.start(), m.end(), unit, *rel_offset(REL_LOC, m["rel"]))]


REL_WEEK = rf"(?<![\w-])(?P<p>на)\s+(?P<rel>{alt(REL_FEM)})\s+неделе{NB}"


def rel_week(m, text):
    return [relative(m.start(), m.end(), "week", *rel_offset(REL_FEM, m["rel"]))]


RELDAY_RULE = rf"(?<![\w-])(?P<w>{alt(RELDAY)}){NB}"


def relday(m, text):
    return [relative(m.start(), m.end(), "day", RELDAY[m["w"].lower()], True)]


# ---- qualified periods, decades, centuries -------------------------------------------------

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

QUALIFIED = (rf"(?<![\w-])(?P<q>{_QUALIFIER})\s+(?:"
             rf"(?P<m>{MONTH_GEN}){year_tail('t')}"
             rf"|(?P<y>{YEAR4})(?:-го{NB}|(?:-го)?\s*(?:года|г\.|г{NB}))"
             rf"|(?P<rel>{alt(REL_GEN)})\s+(?P<u>года|месяца){NB}"
             rf"|(?P<frel>{alt(REL_FEM)})\s+недели{NB}"
             rf"|(?P<cur>года|месяца|недели){NB}"
             rf"|(?P<dec>(?:1\d|20)?\d0)-?(?:х|е|ых){NB}(?:\s*(?:годов|годах|гг\.))?"
             rf"(?:\s+(?:прошлого|позапрошлого|нынешнего|[XХIV]{{2,5}})\s+века{NB})?"
             rf"|(?P<cent>прошлого|позапрошлого|нынешнего|этого|текущего)\s+века{NB})")


def qualified(m, text):
    q = re.sub(r"\s+", " ", m["q"].lower())
    start, stop = m.start(), m.end()
    if m["m"]:
        if q.split()[-1].startswith(("квартал", "полугоди")) or q.startswith(("лет", "зим", "весн", "осен")):
            return None  # «летом сентября» is not Russian; «лето августа 1991» is not a date
        e = date(start=start, stop=stop, month=MONTH_GENITIVE[m["m"].lower()], coarse="month")
        return [fill_year(e, m, "t")]
    if m["y"]:
        return [date(start=start, stop=stop, year=int(m["y"]), coarse="year")]
    if m["rel"]:
        offset, known = rel_year(m["rel"])
        unit = "year" if m["u"].lower() == "года" else "month"
        return [relative(start, stop, unit, offset, known)]
    if m["frel"]:
        return [relative(start, stop, "week", *rel_offset(REL_FEM, m["frel"]))]
    if m["cur"]:
        if not re.fullmatch(_PART_OF, q):
            return None  # «в течение года», «лета года»: a duration, not a date
        unit = {"года": "year", "месяца": "month", "недели": "week"}[m["cur"].lower()]
        return [relative(start, stop, unit, 0, True)]
    if m["dec"] and not re.fullmatch(_PART_OF, q):
        return None
    return [Expr(start=start, stop=stop, kind="unresolved")]  # a decade or a century


DECADE = (rf"(?<![\w.,])(?P<dec>(?:1\d|20)?\d0)-?(?:х|е|ые|ых|ми)(?!\w)"
          rf"(?P<decword>\s*(?:годах|годы|годов|годами|гг\.))?"
          rf"(?:\s+(?:прошлого|позапрошлого|нынешнего|этого|текущего|[XХIV]{{2,5}})\s+века{NB})?")


def decade(m, text):
    if not m["decword"]:
        return None  # «30-х Королёвских чтениях», «в 24-х странах»: not decades
    return [Expr(start=m.start(), stop=m.end(), kind="unresolved")]


CENTURY = (rf"(?<![\w-])(?P<c>[IVXХ]{{1,5}}|\d{{1,2}}-?(?:м|го|й|ом)|\d{{1,2}}(?=\s+веке))\s+(?:век|века|веке|веком){NB}"
           rf"|(?<![\w-])(?:в|во)\s+(?:прошлом|позапрошлом|нынешнем|этом|текущем)\s+веке{NB}")


def century(m, text):
    if m["c"] and not m["c"][0].isdigit() and not m["c"].isupper():
        return None
    return [Expr(start=m.start(), stop=m.end(), kind="unresolved")]


# ---- shifts: «три дня назад», «через неделю» ------------------------------------------------

_NUMBER = rf"(?:\d{{1,3}}|{alt(NUMBER_WORDS)}|{alt(VAGUE_NUMBERS)})"
AGO = rf"(?<![\w-])(?:(?P<n>{_NUMBER})\s+)?(?P<u>{alt(UNITS)})\s+назад{NB}"
LATER = rf"(?<![\w-])через\s+(?:(?P<n>{_NUMBER})\s+)?(?P<u>{alt(UNITS)}){NB}(?!\s+после)"


def _shift(m: re.Match, sign: int) -> Expr:
    n = (m["n"] or "1").lower()
    amount = int(n) if n.isdigit() else NUMBER_WORDS.get(n)  # None: «несколько дней назад»
    unit = UNITS[m["u"].lower()]
    return Expr(start=m.start(), stop=m.end(), kind="shift", unit=unit,
                offset=None if amount is None else sign * amount, hint=sign)


def ago(m, text):
    return [_shift(m, -1)]


def later(m, text):
    return [_shift(m, +1)]


# ---- weekdays and seasons -----------------------------------------------------------------

_WD_MOD = r"(?:прошл|минувш|прошедш|следующ|будущ|ближайш|нынешн|текущ)\w*|эт(?:у|от|о)"
_WD_ACC = rf"(?:{alt(WEEKDAYS_ACC)}){NB}"
_HABITAT = re.compile(r"\s+обитания", re.IGNORECASE)

WEEKDAY = (rf"(?<![\w-])(?:(?P<p>в|во|на)\s+(?:(?P<mod>{_WD_MOD})\s+)?(?P<acc>{_WD_ACC})"
           rf"(?P<more>(?:\s*,\s*|\s+и\s+)(?:(?:в|во)\s+)?{_WD_ACC}){{0,6}}+"
           rf"|(?P<p2>с|со|до)\s+(?P<gen>{alt(WEEKDAYS_GEN)})"
           rf"|(?P<p3>к|ко)\s+(?P<dat>{alt(WEEKDAYS_DAT)})){NB}")


def weekday(m, text):
    """«в понедельник», «в минувшую пятницу», «с понедельника», «во вторник и среду»."""
    word = (m["acc"] or m["gen"] or m["dat"]).lower()
    if word.startswith("сред") and _HABITAT.match(text, m.end()):
        return None  # «в среду обитания»: the environment
    mode = stem_value(MODIFIER_STEMS, m["mod"].lower()) if m["mod"] else None
    first_stop = m.end("acc") if m["acc"] else m.end()
    exprs = [Expr(start=m.start(), stop=first_stop, kind="weekday", weekday=WEEKDAY_FORMS[word],
                  mode=mode, hint=mode or NONE)]
    if m["acc"] and m.end() > first_stop:  # a list: one mention per weekday
        group = new_group()
        for it in re.finditer(rf"(?:(?:в|во)\s+)?(?P<w>{_WD_ACC})", text[first_stop:m.end()], re.IGNORECASE):
            exprs.append(Expr(start=first_stop + it.start(), stop=first_stop + it.end(), kind="weekday",
                              weekday=WEEKDAY_FORMS[it["w"].lower()], mode=mode, hint=mode or NONE))
        for e in exprs:
            e.group, e.role = group, "list"
    return exprs


SEASON = (r"(?<![\w-])(?P<mod>этим|этой|прошлым|прошлой|минувшим|минувшей|прошедшим|прошедшей"
          r"|следующим|следующей|будущим|будущей|нынешним|нынешней)\s+(?P<s>летом|весной|осенью|зимой)(?![\w-])")


def season(m, text):
    mode = stem_value(MODIFIER_STEMS, m["mod"].lower())
    return [Expr(start=m.start(), stop=m.end(), kind="season", season=stem_value(SEASON_STEMS, m["s"].lower()),
                 mode=mode, hint=mode)]


# ---- the table ------------------------------------------------------------------------------

class Rule(NamedTuple):
    name: str
    pattern: re.Pattern
    build: Callable[[re.Match, str], list[Expr] | None]
    # Finds, in lower-cased text, something every match contains (None: nothing named).  A regex
    # led by a look-behind is tried at every position of a text; a paragraph without any of it
    # cannot match, and this plain search says so many times faster.
    needs: re.Pattern | None = None


def _rule(name: str, pattern: str, build, needs=()) -> Rule:
    """`needs`: words (lower case; any one of them) or a regex that every match contains."""
    if isinstance(needs, str):
        gate = re.compile(needs)
    else:
        gate = re.compile("|".join(map(re.escape, sorted(needs)))) if needs else None
    return Rule(name, re.compile(pattern, re.IGNORECASE), build, gate)


DIGITS = r"\d"  # as the patterns' \d: any Unicode digit
MONTHS = tuple(MONTH_FORMS)  # MONTH_GENITIVE is a part of it


# Order = priority.  `find` settles overlapping matches by length (the longest wins), then by
# position (the leftmost); only two matches of one start and one length fall to this order:
# the rule listed first wins.  Such a tie is rare (none in tests/ or in the soak corpus today),
# so the order is the one the rules were written and tested in — unambiguous numeric dates
# first, then months and years in words, relative periods, qualified periods, decades and
# centuries, shifts, weekdays and seasons, ranges last — and a rule added later should not
# win a tie it creates with an older one: append it, or place it on purpose.
RULES: tuple[Rule, ...] = (
    _rule("iso", ISO, iso, DIGITS),
    _rule("dotted", DOTTED, dotted, DIGITS),
    _rule("day_month", DAY_MONTH, day_month, MONTHS),
    _rule("prep_month", PREP_MONTH, prep_month, MONTHS),
    _rule("month_year", MONTH_YEAR, month_year, MONTHS),
    _rule("year", YEAR, year, DIGITS),
    _rule("year_suffixed", YEAR_SUFFIXED, year_suffixed, DIGITS),
    _rule("rel_gen", REL_GEN_RULE, rel_gen, ("года", "месяца")),
    _rule("rel_loc", REL_LOC_RULE, rel_loc, ("году", "месяце")),
    _rule("rel_week", REL_WEEK, rel_week, ("неделе",)),
    _rule("relday", RELDAY_RULE, relday, RELDAY),
    _rule("qualified", QUALIFIED, qualified),
    _rule("decade", DECADE, decade, DIGITS),
    _rule("century", CENTURY, century, ("век",)),
    _rule("ago", AGO, ago, ("назад",)),
    _rule("later", LATER, later, ("через",)),
    _rule("weekday", WEEKDAY, weekday, WEEKDAY_FORMS),
    _rule("season", SEASON, season, ("летом", "весной", "осенью", "зимой")),
    _rule("day_range", ranges.DAY_RANGE, ranges.day_range, MONTHS),
    _rule("year_range", ranges.YEAR_RANGE, ranges.year_range, DIGITS),
    _rule("month_range", ranges.MONTH_RANGE, ranges.month_range, MONTHS),
)
