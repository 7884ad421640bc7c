"""Where and when an event happened (docs/events.md §6).

`location`: a LOC in a «в/на …» phrase of the trigger (or a visited place), else an organisation
named as the venue.  `event_date`: the date expression of the trigger's clause nearest to it,
skipping those that bound a period («впервые с 2019 года»); None: the caller takes the
publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from transforms.events.frame_base import Frame
from transforms.events.sentence import EventSentence
from transforms.events.words import PERIOD_PREPOSITIONS, VENUE_NOUNS
from transforms.quotes.lexicon import is_press_office

# date expressions that bound a period rather than date the event: «впервые с 2019 года»
_NOT_EVENT_DATE = re.compile("(?:%s)\\s" % "|".join(map(re.escape, sorted(PERIOD_PREPOSITIONS))), re.IGNORECASE)


def location(s: EventSentence, frame: Frame, actors: set[str]) -> str | None:
    """A LOC in a «в/на …» phrase; else an organisation named as the venue («на полях
    Генассамблеи ООН», «в Белом доме»): the phrase is the organisation or a venue noun's.  Of places visited,
    the row's own host («побывал в ЮАР, Эсватини, …»: each row where it went), else the first."""
    visited = [a.entity_id for a in frame.place_objects]
    if visited:
        return next((e for e in visited if e in actors), visited[0])

    def place(x: int, type_: str) -> str | None:
        m = s.view.mention_at(x)
        return m["entity_id"] if m is not None and m["type"] == type_ and m["entity_id"] not in actors else None

    for head in frame.places:
        phrase = s.phrase(head)
        for x in phrase:
            if found := place(x, "LOC"):
                return found
        if (found := place(head, "ORG")) and not is_press_office(s.view.mention_at(head)["entity_name"]):
            return found  # («сообщили в пресс-службе Белого дома»: an office is where no event happens)
        if s.lemma(head) in VENUE_NOUNS:
            for x in phrase[1:]:
                if found := place(x, "ORG"):
                    return found
    return None


def event_date(s: EventSentence, trigger: int, frame: Frame, dates) -> tuple[dt.date, str] | None:
    """The date expression of the trigger's clause nearest to it (a conjoined verb shares
    its head verb's date: «22 сентября X заявил … и добавил»); `dates`: the sentence's
    (`transforms.dates.sentence_dates`, offsets in the sentence)."""
    heads = [s.path_up(frame.anchor)[-1]]
    if s.rel(heads[0]) == "conj" and s.head(heads[0]) is not None:
        heads.append(s.path_up(s.head(heads[0]))[-1])
    tokens = s.view.tokens
    for head in heads:
        clause = s.clause(head)
        best = None
        for d in dates:
            if d.value is None or _NOT_EVENT_DATE.match(d.text):
                continue
            ids = [i for i in s.tokens if tokens[i].start - s.start < d.stop and d.start < tokens[i].stop - s.start]
            if not ids or not any(i in clause for i in ids):
                continue
            distance = min(abs(i - trigger) for i in ids)
            if best is None or distance < best[0]:
                best = (distance, d)
        if best is not None:
            return best[1].value, best[1].precision
    return None
