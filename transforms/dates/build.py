"""Expressions from the parts of a match, shared by the rules of `rules` and `ranges`.

- `date(**fields)`: an `Expr` of kind date;
- `relative(...)`: a period relative to the publication («вчера», «в прошлом году»), or an
  unresolved expression when its offset is unknown («в том же году»);
- `rel_year(word)`: the year offset of «прошлого», «с.г.»; `rel_offset(table, word)`: of any
  relative word of a lexicon table;
- `fill_year(e, m, g)`: the year tail of a match (`patterns.year_tail(g)`) put into `e`.
"""

from __future__ import annotations

import re

from transforms.dates.lexicon import REL_ABBR, REL_GEN, counted_noun_after
from transforms.dates.model import Expr


def date(**kw) -> Expr:
    return Expr(kind="date", **kw)


def relative(start: int, stop: int, unit: str, offset: int | None, known: bool) -> Expr:
    if not known:
        return Expr(start=start, stop=stop, kind="unresolved")
    return Expr(start=start, stop=stop, kind="rel", unit=unit, offset=offset,
                hint=(offset > 0) - (offset < 0))


def rel_year(word: str | None) -> tuple[int | None, bool]:
    """(offset, known) of «прошлого» / «с.г.»; «того же» is known to be unknown."""
    if word is None:
        return None, True
    key = re.sub(r"\s+", " ", word.lower())
    key = re.sub(r"\s", "", key) if "." in key else key
    offset = REL_GEN.get(key, REL_ABBR.get(key))
    return offset, offset is not None


def rel_offset(table: dict[str, int | None], word: str) -> tuple[int | None, bool]:
    """(offset, known) of a relative word of `table` as written («прошлой», «том  же»)."""
    offset = table[re.sub(r"\s+", " ", word.lower())]
    return offset, offset is not None


def fill_year(e: Expr, m: re.Match, g: str) -> Expr:
    """Put the year tail of a match into `e`.  A bare number after a month is no year when
    a counted noun follows it («22 сентября 2000 человек»): then the span ends before it."""
    y, rel, abbr = m.group(f"{g}y"), m.group(f"{g}rel"), m.group(f"{g}abbr")
    if y and not m.group(f"{g}yw") and counted_noun_after(m.string, m.end(f"{g}y"), int(y)):
        e.stop = len(m.string[:m.start(f"{g}y")].rstrip())
    elif y:
        e.year = int(y)
    elif rel or abbr:
        offset, known = rel_year(rel or abbr)
        if known:
            e.year_rel = offset
            e.hint = (offset > 0) - (offset < 0)
        else:
            e.kind = "unresolved"  # «того же года»: the year of some other sentence
    return e
