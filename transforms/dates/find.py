"""The driver: match every rule, select, extend, merge, link, then resolve each mention.

- `find_dates(text, published, sentences=None)`: every date expression of a text;
- `sentence_dates(sentence, published)`: the same for one sentence, not split further.
Selection: of overlapping matches the longest wins, then the leftmost, then the rule listed
first in `rules.RULES`; a one-word preposition right before a date joins its span.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from transforms.dates.direction import CLAUSE_BREAK, cues, direction
from transforms.dates.lexicon import PARTS_OF_DAY
from transforms.dates.model import DateMention, Expr
from transforms.dates.patterns import PREP_BEFORE, STARTS_WITH_PREP
from transforms.dates.ranges import link_ranges
from transforms.dates.resolve import normal, resolve, resolve_group
from transforms.dates.rules import RULES

_BLOCK_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _blocks(text: str):
    """Paragraphs: no date expression crosses a blank line."""
    start = 0
    for m in _BLOCK_BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _match(text: str) -> list[Expr]:
    candidates = []  # (start, stop, rule priority, the expressions of one match)
    for b_start, b_stop in _blocks(text):
        lower = text[b_start:b_stop].lower()
        for priority, rule in enumerate(RULES):
            if rule.needs is not None and not rule.needs.search(lower):
                continue
            for m in rule.pattern.finditer(text, b_start, b_stop):
                exprs = rule.build(m, text)
                if exprs:
                    candidates.append((exprs[0].start, max(e.stop for e in exprs), priority, exprs))
    # the longest match wins; then the leftmost; then the rule listed first
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    chosen: list[Expr] = []
    for start, stop, _, exprs in candidates:
        i = bisect.bisect_left(taken, (start, stop))
        if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < stop):
            continue
        taken.insert(i, (start, stop))
        chosen.extend(exprs)
    chosen.sort(key=lambda e: e.start)
    return chosen


def _extend_prepositions(text: str, exprs: list[Expr]) -> None:
    prev_stop = 0
    for e in exprs:
        if not STARTS_WITH_PREP.match(text, e.start):
            m = PREP_BEFORE.search(text, max(prev_stop, e.start - 12), e.start)
            if m:
                e.start = m.start()
        prev_stop = e.stop


_MERGE_GAP = re.compile(rf"\s*,?\s*(?:(?:{'|'.join(PARTS_OF_DAY)})\s*,?\s*)?", re.IGNORECASE)


def _merge_day_names(text: str, exprs: list[Expr]) -> list[Expr]:
    """«в понедельник, 28 июня», «вчера, 22 сентября», «20 марта, в субботу» → one mention
    whose value is the written date (the weekday or «вчера» only fixes the direction)."""
    out: list[Expr] = []
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


def _is_day_name(e: Expr) -> bool:
    return e.kind == "weekday" or (e.kind == "rel" and e.unit == "day")


def _day_name_direction(e: Expr) -> int | None:
    if e.kind == "weekday":
        return e.mode if e.mode else None
    return (e.offset > 0) - (e.offset < 0) if e.offset else None


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
    link_ranges(text, exprs)

    spans = sorted(sentences) if sentences is not None else _sentences(text)
    starts = [s for s, _ in spans]
    expr_starts = [e.start for e in exprs]
    breaks = [m.span() for m in CLAUSE_BREAK.finditer(text)] if exprs else []
    cue_cache: dict[int, tuple] = {}

    def sentence_of(e: Expr) -> tuple[int, int]:
        i = bisect.bisect_right(starts, e.start) - 1
        if i >= 0 and spans[i][0] <= e.start < spans[i][1]:
            return spans[i]
        return 0, len(text)

    def direction_of(e: Expr) -> int:
        s_start, s_stop = sentence_of(e)
        key = s_start * (len(text) + 1) + s_stop
        if key not in cue_cache:
            lo = bisect.bisect_left(expr_starts, s_start)
            hi = bisect.bisect_left(expr_starts, s_stop)
            cue_cache[key] = cues(text, s_start, s_stop, exprs[lo:hi])
        return direction(breaks, e.start, e.stop, s_start, s_stop, cue_cache[key])

    values: dict[int, tuple[dt.date, str] | None] = {}
    groups: dict[int, list[int]] = {}
    for i, e in enumerate(exprs):
        if e.group is not None:
            groups.setdefault(e.group, []).append(i)
        else:
            values[i] = resolve(e, published, direction_of(e))
    for members in groups.values():
        parts = [exprs[i] for i in members]
        resolved = resolve_group(parts, published, [direction_of(p) for p in parts])
        values.update(zip(members, resolved))

    mentions = []
    for i, e in enumerate(exprs):
        resolved = values[i]
        value, precision = resolved if resolved else (None, None)
        mentions.append(DateMention(e.start, e.stop, text[e.start:e.stop], value, precision,
                                    normal(value, precision)))
    return mentions


def sentence_dates(sentence: str, published: dt.date) -> list[DateMention]:
    """Date expressions of one sentence (offsets into the sentence) — will feed events.event_date.

    The whole string is the sentence: it is not split any further."""
    return find_dates(sentence, published, [(0, len(sentence))])
