"""Resolution: an expression, the publication date and a direction → (value, precision) or None.

- `resolve(e, pub, direction)`: the first day of the period and its precision (day, month,
  year), or None when no calendar value can be given (never guessed);
- `resolve_group(parts, pub, directions)`: the parts of one range or list, the last lending
  month and year to the others;
- `normal(value, precision)`: the ISO form at its precision, or `UNRESOLVED`.
A year-less date goes to the candidate nearest the publication in `direction` (PAST: on or
before it, FUTURE: on or after it, NONE: the nearest, ties to the past).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from transforms.dates.model import FUTURE, NONE, PAST, UNRESOLVED, Expr

_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


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


def resolve(e: Expr, pub: dt.date, direction: int) -> tuple[dt.date, str] | None:
    try:
        return _resolve_unsafe(e, pub, direction)
    except (ValueError, OverflowError):  # a period beyond year 1 or 9999: no calendar value
        return None


def _resolve_unsafe(e: Expr, pub: dt.date, direction: int) -> tuple[dt.date, str] | None:
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


def _resolve_season(e: Expr, pub: dt.date) -> tuple[dt.date, str] | None:
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


def _resolve_date(e: Expr, pub: dt.date, direction: int) -> tuple[dt.date, str] | None:
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


def resolve_group(parts: list[Expr], pub: dt.date, directions: list[int]):
    """A range or list: the last part carries what the others leave out (month, year);
    a range start that would fall after its end moves one year back."""
    anchor = parts[-1]
    if anchor.kind == "unresolved":  # «с 10 по 12 мая того же года»: none of it
        return [None] * len(parts)
    anchor_value = resolve(anchor, pub, directions[-1])
    out = []
    for e, direction in zip(parts[:-1], directions[:-1]):
        if e.kind != "date" or anchor.kind != "date":
            out.append(resolve(e, pub, direction))
            continue
        if e.has_year or e.month is None and anchor.month is None:
            out.append(resolve(e, pub, direction))
            continue
        if anchor_value is None:
            out.append(None if e.month is None else resolve(e, pub, direction))
            continue
        filled = replace(e, month=e.month if e.month is not None else anchor.month,
                         year=anchor_value[0].year, year_rel=None, short_year=None)
        value = resolve(filled, pub, direction)
        if value is not None and e.role == "range" and value[0] > anchor_value[0]:
            value = resolve(replace(filled, year=filled.year - 1), pub, direction)
        out.append(value)
    out.append(anchor_value)
    return out


def normal(value: dt.date | None, precision: str | None) -> str:
    if value is None:
        return UNRESOLVED
    if precision == "day":
        return value.isoformat()
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"
