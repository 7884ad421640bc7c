"""Regex pieces that several rules share, built over the lexicon.

Every rule is compiled with re.IGNORECASE.  `year_tail(g)` names its groups `{g}y`, `{g}yw`,
`{g}rel` and `{g}abbr`; `build.fill_year` reads them.
"""

from __future__ import annotations

import re

from transforms.dates.lexicon import MONTH_FORMS, MONTH_GENITIVE, PREPOSITIONS, REL_GEN


def alt(words) -> str:
    """A regex alternation of `words`, longest first (so that no word hides a longer one)."""
    return "|".join(sorted(words, key=len, reverse=True))


NB = r"(?![\w-])"                  # end of word (a hyphen glues: «мая-июня» is handled as a range)
MONTH_ANY = rf"(?:{alt(MONTH_FORMS)}){NB}"
MONTH_GEN = rf"(?:{alt(MONTH_GENITIVE)}){NB}"
YEAR4 = r"(?:1\d{3}|20\d{2}|2100)(?!\d)"
DASH = r"[-‐‑‒–—−]"
DAYNUM_CORE = r"[0-3]?\d(?:-?го)?(?![\d.,:/]\d)"
DAYNUM = r"(?<![\w.,:/-])" + DAYNUM_CORE

PREP_BEFORE = re.compile(rf"(?<![\w-])(?:{alt(PREPOSITIONS)})\s+$", re.IGNORECASE)
STARTS_WITH_PREP = re.compile(rf"(?:{alt(PREPOSITIONS)}|через)\s", re.IGNORECASE)


def prep_before(text: str, start: int) -> bool:
    """Whether a one-word preposition ends right before text[start] (looked for in 10 characters)."""
    return bool(PREP_BEFORE.search(text, max(0, start - 10), start))


def year_tail(g: str) -> str:
    """An optional year after a month: « 2024 года», « 2010-го», « прошлого года», « с.г.»."""
    return (rf"(?:\s+(?:(?P<{g}y>{YEAR4})(?P<{g}yw>-го|(?:-го)?\s*(?:года|году|г\.|г{NB}))?"
            rf"|(?P<{g}rel>{alt(REL_GEN)})\s+года{NB}"
            rf"|(?P<{g}abbr>[ст]\.\s?г\.)))?")


# ranges and lists: «с 10 по 12 мая», «10–12 мая», «2019–2022 годах», «август–сентябрь»
MAX_ITEMS = 12  # a longer run of numbers is a table, not a list of dates
CONNECT = rf"(?:\s*{DASH}\s*|\s*,\s*|\s+(?:по|до|на|и)\s+)"
