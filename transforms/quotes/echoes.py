"""A headline's quote that the body repeats: one speaker for both.

A title quotes the article's key words, and the body quotes them again with who said them:
«Лед не убирали с декабря»: в Нижнем Новгороде осудили директора УК — «Лед не убирали с декабря.
Мама каждый день ходила …, — сказала она» (Елена Гущина). A run of at least three words that a
title's quote and a body's quote share (`echoes`, compared folded, punctuation aside) makes them
one speaker's: a title span in marks that no row took becomes a direct quote of the body row's
speaker, and a body row with no speaker found takes the title row's, or another body row's: a lead that
repeats the words the article attributes below («По его мнению, вспышка будет в августе-сентябре.» before
«Петр Чумаков рассказал …»).
"""

from __future__ import annotations

import re

from transforms.names import fold

_WORD = re.compile(r"\w+")
MIN_WORDS = 3  # fewer shared words may be a name in marks or a common phrase


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def echoes(short: str, long: str) -> bool:
    """Whether the words of `short` (at least MIN_WORDS) run, in order and unbroken, inside `long`."""
    s, l = _words(short), _words(long)
    return len(s) >= MIN_WORDS and any(l[i:i + len(s)] == s for i in range(len(l) - len(s) + 1))


def echoed_title_spans(title: str, spans: list[tuple[int, int]], title_rows: list[dict],
                       body_rows: list[dict]) -> list[tuple[int, int, dict]]:
    """(start, stop, body row) for each title span in marks (inner offsets) that no title row
    overlaps and whose words a body row with a speaker found quotes."""
    out = []
    for a, b in spans:
        if any(r["start"] < b and a < r["stop"] for r in title_rows):
            continue
        said = next((r for r in body_rows if r["speaker_entity_id"] and echoes(title[a:b], r["text"])), None)
        if said is not None:
            out.append((a, b, said))
    return out


def lend_speakers(rows: list[dict], body_rows: list[dict]) -> None:
    """A body row with no speaker found takes the speaker of a row of `rows` (the title's, or another of the
    body's) whose words it repeats, or that repeats its words (in place); not a row it lies in, which reports
    someone else's words inside its own («Вчера адвокат проинформировала меня, что …»)."""
    for r in body_rows:
        if r["speaker_entity_id"]:
            continue
        t = next((t for t in rows if t["speaker_entity_id"] and not _overlap(t, r)
                  and (echoes(t["text"], r["text"]) or echoes(r["text"], t["text"]))), None)
        if t is not None:
            r["speaker_entity_id"], r["speaker_name"] = t["speaker_entity_id"], t["speaker_name"]


def _overlap(a: dict, b: dict) -> bool:
    """Whether rows `a` and `b` share characters of one field."""
    return a["field"] == b["field"] and a["start"] < b["stop"] and b["start"] < a["stop"]
