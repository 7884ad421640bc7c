"""What the date finder returns, and the intermediate expression its rules build.

- `DateMention`: one date expression of a text with its value (or `UNRESOLVED`);
- `Expr`: what a rule reads from one match, before selection and resolution;
- `PAST`, `NONE`, `FUTURE`: a direction (the tense of a clause), also the sign of an offset;
- `new_group()`: a fresh id that ties the parts of one range or list together.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

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


@dataclass
class Expr:
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


_group_counter = iter(range(1, 1 << 62))
_group_lock = threading.Lock()


def new_group() -> int:
    """A group id not given out before in this process (safe from threads)."""
    with _group_lock:
        return next(_group_counter)
