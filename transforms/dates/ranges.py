"""Ranges and lists of dates: one mention per part, the parts tied by one group id.

- the rules `day_range` («10–12 мая», «1, 2 и 5 июня»), `year_range` («2019–2022 годах») and
  `month_range` («с августа по сентябрь», «январе-марте 2024 года»): one match, several parts;
- `link_ranges(text, exprs)`: two dates written separately that form a range («с 20 апреля по
  15 июня», «25 декабря — 10 января»).
Each part's `role` is `list` after «,» or «и», else `range`; the last part carries the month
and year the others leave out (`resolve.resolve_group`).
"""

from __future__ import annotations

import re

from transforms.dates.build import date, fill_year
from transforms.dates.lexicon import MONTH_FORMS, MONTH_GENITIVE
from transforms.dates.model import Expr, new_group
from transforms.dates.patterns import (
    CONNECT, DASH, DAYNUM, DAYNUM_CORE, MAX_ITEMS, MONTH_GEN, NB, YEAR4, alt, prep_before, year_tail,
)

_CONNECT_RE = re.compile(CONNECT, re.IGNORECASE)


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


def _grouped(m: re.Match, items, fields, fill: bool) -> list[Expr]:
    """One date per item (`fields`: its own fields), all in one new group.  An item's role is
    that of the connector after it (the last item's: before it); the last item reaches to the
    end of the match and, when `fill`, takes its year tail."""
    group = new_group()
    exprs = []
    for i, ((s, e, _, conn), kw) in enumerate(zip(items, fields)):
        last = i == len(items) - 1
        role = _role(items[i + 1][3]) if not last else _role(conn)
        x = date(start=s, stop=m.end() if last else e, group=group, role=role, **kw)
        exprs.append(fill_year(x, m, "t") if last and fill else x)
    return exprs


DAY_RANGE = (rf"(?P<d1>{DAYNUM})(?:{CONNECT}(?<!\d){DAYNUM_CORE}){{1,{MAX_ITEMS}}}+\s+(?P<m>{MONTH_GEN})"
             rf"{year_tail('t')}")
_DAY_ITEM = re.compile(r"(?<!\d)[0-3]?\d(?:-?го)?(?!\d)", re.IGNORECASE)


def day_range(m, text):
    items = _parts(m, _DAY_ITEM, "d1")
    month = MONTH_GENITIVE[m["m"].lower()]
    days = [int(re.match(r"\d+", tok).group(0)) for _, _, tok, _ in items]
    if len(items) < 2 or not all(1 <= d <= 31 for d in days):
        return None
    return _grouped(m, items, [{"day": d, "month": month} for d in days], fill=True)


YEAR_RANGE = (rf"(?<![\w.,/-])(?P<y1>{YEAR4})(?:{CONNECT}{YEAR4}){{1,{MAX_ITEMS}}}+(?:-(?:х|е|м|й|го))?\s*"
              rf"(?:годы|годах|годов|годами|год|году|года|гг\.|г\.){NB}")
_YEAR_ITEM = re.compile(YEAR4)


def year_range(m, text):
    items = _parts(m, _YEAR_ITEM, "y1")
    if len(items) < 2:
        return None
    return _grouped(m, items, [{"year": int(tok)} for _, _, tok, _ in items], fill=False)


_MONTH_IN_RANGE = rf"(?:{alt(MONTH_FORMS)})(?!\w)"  # «январе-марте»: a hyphen may join them
_MONTH_ITEM = re.compile(_MONTH_IN_RANGE, re.IGNORECASE)
MONTH_RANGE = rf"(?<![\w-])(?P<m1>{_MONTH_IN_RANGE})(?:{CONNECT}{_MONTH_IN_RANGE}){{1,{MAX_ITEMS}}}+{year_tail('t')}"


def month_range(m, text):
    items = _parts(m, _MONTH_ITEM, "m1")
    has_year = bool(m["ty"] or m["trel"] or m["tabbr"])
    if len(items) < 2 or not (has_year or all(tok.islower() for _, _, tok, _ in items)):
        return None
    dashed = any(re.fullmatch(rf"\s*{DASH}\s*", conn) for _, _, _, conn in items[1:])
    if not (has_year or dashed or prep_before(text, m.start())):
        return None  # «продажи марта и апреля»: months only when a preposition or a year says so
    return _grouped(m, items, [{"month": MONTH_FORMS[tok.lower()]} for _, _, tok, _ in items], fill=True)


_RANGE_GAP = re.compile(rf"\s*(?:{DASH}\s*)?", re.IGNORECASE)


def link_ranges(text: str, exprs: list[Expr]) -> None:
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
        dashed = bool(re.search(DASH, gap))
        if dashed or (re.match(r"(?:с|со|от)\s", a_text) and re.match(r"(?:по|до|на)\s", b_text)):
            group = new_group()
            a.group = b.group = group
            a.role = b.role = "range"
