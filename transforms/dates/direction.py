"""Direction cues: the tense a year-less date is resolved towards.

- `word_tense(word)`: PAST, FUTURE or NONE of one lower-case word form (natasha's MorphVocab);
- `cues(text, start, stop, exprs)`: every cue of a sentence — tensed words outside date
  expressions, and date expressions that imply a direction («в следующем году»);
- `direction(breaks, ...)`: the nearest cue in the mention's clause, else in its sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from transforms.dates.lexicon import FUTURE_LEMMAS, FUTURE_STEMS, PAST_STEMS, morph
from transforms.dates.model import FUTURE, NONE, PAST

WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
CLAUSE_BREAK = re.compile(r"[,;:!?()«»\"„“”\n]|\.(?!\d)|\s[-–—]\s")

_PARTICIPLE_PAST = re.compile(r"(?:вш|ш)(?:ий|ая|ее|ие|его|ей|их|ему|им|ими|ую|ем|ой)(?:ся)?$")


@lru_cache(maxsize=65536)
def word_tense(word: str) -> int:
    """PAST, FUTURE or NONE for one word form (lower case), from its most likely parse."""
    if word.startswith(FUTURE_STEMS):
        return FUTURE
    if word.startswith(PAST_STEMS):
        return PAST
    parses = morph().parse(word)
    if not parses:
        return NONE
    tag = parses[0].tag
    if tag.POS == "VERB":
        if tag.tense == "past":
            return PAST
        if tag.tense == "futr":
            return FUTURE
        if tag.tense == "pres" and parses[0].normal_form in FUTURE_LEMMAS:
            return FUTURE
        return NONE
    if tag.POS == "PRTF" and tag.tense == "past":
        return PAST
    if _PARTICIPLE_PAST.search(word) and any(p.tag.POS == "PRTF" and p.tag.tense == "past" for p in parses):
        return PAST
    return NONE


def cues(text: str, start: int, stop: int, exprs):
    """(start, stop, direction) of every tense cue in text[start:stop], sorted: the words
    outside date expressions, and the date expressions that imply a direction themselves.
    Returned with the list of their starts (for bisection)."""
    found = []
    pos = start
    for e in [*exprs, None]:
        e_start = stop if e is None else max(pos, min(e.start, stop))
        for w in WORD.finditer(text, pos, e_start):
            tense = word_tense(w.group(0).lower())
            if tense:
                found.append((w.start(), w.end(), tense))
        if e is not None:
            if e.hint and start <= e.start < stop:
                found.append((e.start, e.stop, e.hint))
            pos = max(pos, e.stop)
    found.sort()
    return found, [c[0] for c in found]


def _nearest_cue(found, starts, start: int, stop: int, lo: int, hi: int) -> int | None:
    """The direction of the cue nearest to [start, stop) within [lo, hi) (ties: the earlier)."""
    i = bisect.bisect_left(starts, start)
    before = after = None
    for j in range(i - 1, -1, -1):
        c_start, c_stop, tense = found[j]
        if c_start < lo:
            break
        if c_stop <= start:
            before = (start - c_stop, tense)
            break
    for j in range(i, len(found)):
        c_start, c_stop, tense = found[j]
        if c_start >= hi or c_stop > hi:
            break
        if c_start >= stop:
            after = (c_start - stop, tense)
            break
    if before and after:
        return before[1] if before[0] <= after[0] else after[1]
    return (before or after or (None, None))[1]


def direction(breaks, e_start: int, e_stop: int, s_start: int, s_stop: int, sentence_cues) -> int:
    """The nearest cue in the mention's clause, else in its sentence; NONE without one.
    `breaks` are the sorted (start, stop) clause breaks of the text (`CLAUSE_BREAK`),
    `sentence_cues` what `cues` gave for the sentence [s_start, s_stop)."""
    i = bisect.bisect_left(breaks, (e_start,))
    j = i
    while j > 0 and breaks[j - 1][1] > e_start:  # a break inside the mention («Сегодня, 23 сентября»)
        j -= 1
    lo = max(s_start, breaks[j - 1][1]) if j > 0 else s_start
    k = bisect.bisect_left(breaks, (e_stop,))
    hi = min(s_stop, breaks[k][0]) if k < len(breaks) else s_stop
    found, starts = sentence_cues
    tense = _nearest_cue(found, starts, e_start, e_stop, lo, hi)
    if tense is None:
        tense = _nearest_cue(found, starts, e_start, e_stop, s_start, s_stop)
    return tense or NONE
