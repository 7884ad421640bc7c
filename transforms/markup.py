"""One article as plain text with its mentions, quotes and events drawn over it.

The picture is natasha's markup printout (`doc.ner.print()`, ipymarkup's ASCII
markup): each wrapped line of text, then under it one row per level of spans —
the span's type label followed by ``─`` up to the span's width, overlapping spans
on separate rows::

    Президент Казахстана Касым-Жомарт Токаев провел встречу с Владимиром Зеленским
              LOC─────── PER────────────────                  PER─────────────────

Quotes come below the mention rows, drawn with ``▔`` and labelled with their
speaker (``Q:`` direct speech, ``RQ:`` reported speech; the label goes on the first
piece of the quote where it fits, so a quote that starts at the end of a line is
labelled on the next one).  After each body paragraph, the events read from its
sentences, one per line::

      ▸ 04 consult/meet: Касым-Жомарт Токаев → Владимир Зеленский @ Нью-Йорк 2025-09-23 [встретиться]

Pure: rows in (dicts with the table columns of docs/tables.md), text out.
Offsets are character offsets into ``article[field]``; spans outside the text are
left out rather than drawn wrong.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

MENTION_FILL = "─"
QUOTE_FILL = "▔"
EVENT_BULLET = "  ▸ "
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class _Span:
    start: int
    stop: int
    label: str
    order: int  # input order, to keep the picture deterministic


def draw_article(article: dict, mentions: list[dict], quotes: list[dict], events: list[dict],
                 width: int = 100) -> str:
    """The article (title, blank line, body) wrapped at `width`, with its markup.

    `mentions` and `quotes` are rows of those tables for this article (their `field`,
    `start`, `stop` point into `article["title"]` / `article["body"]`); `events` are
    rows of the events table, listed after the paragraph that holds their sentence.
    """
    width = max(int(width), 10)
    title = article.get("title") or ""
    body = article.get("body") or ""
    names = _entity_names(mentions)

    lines = _draw_field(title, [(0, len(title))], _mention_spans(mentions, "title", title),
                        _quote_spans(quotes, "title", title), width)
    paragraphs = paragraph_spans(body)
    placed, unplaced = _place_events(body, paragraphs, events, mentions, quotes)
    body_mentions = _mention_spans(mentions, "body", body)
    body_quotes = _quote_spans(quotes, "body", body)
    for i, (start, stop) in enumerate(paragraphs):
        lines.append("")
        lines += _draw_field(body, [(start, stop)], body_mentions, body_quotes, width)
        lines += [EVENT_BULLET + format_event(e, names) for e in placed.get(i, [])]
    if unplaced:
        lines += ["", "events whose sentence is not in the body:"]
        lines += [EVENT_BULLET + format_event(e, names) for e in unplaced]
    return "\n".join(lines)


def draw_text(text: str, spans, width: int = 100) -> str:
    """`text` with `(start, stop, label)` spans drawn under it (no quotes, no events)."""
    marks = [_Span(s, e, label, i) for i, (s, e, label) in enumerate(spans) if 0 <= s < e <= len(text)]
    return "\n".join(_draw_field(text, [(0, len(text))], marks, [], max(int(width), 10)))


def format_event(event: dict, names: dict[str, str] | None = None) -> str:
    """`04 consult/meet: Actor1 → Actor2 @ Place 2025-09-23 [trigger]` (parts that are unknown left out)."""
    names = names or {}
    code = event.get("event_subcode") or "??"
    kind = event.get("event_type") or ""
    a1 = event.get("actor1_name") or names.get(event.get("actor1_entity_id") or "")
    a2 = event.get("actor2_name") or names.get(event.get("actor2_entity_id") or "")
    if a1 and a2:
        who = f"{a1} → {a2}"
    elif a2:
        who = f"? → {a2}"
    else:
        who = a1 or "?"
    out = f"{code} {kind}: {who}" if kind else f"{code}: {who}"
    location = event.get("location_entity_id")
    if location:
        out += f" @ {names.get(location, location)}"
    when = format_date(event.get("event_date"), event.get("date_precision"))
    if when:
        out += f" {when}"
    if event.get("trigger"):
        out += f" [{event['trigger']}]"
    return out


def format_date(value, precision: str | None) -> str:
    """A date at its precision: 2025-09-23, 2025-09 or 2025."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        return str(value)
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each paragraph: text between blank lines, outer white space left out."""
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def wrap_offsets(text: str, start: int, stop: int, width: int) -> list[tuple[int, int]]:
    """Lines of `text[start:stop]` no wider than `width`, as (start, stop) offsets.

    Breaks at newlines and after the last white space that fits (the space stays at
    the end of its line, so offsets are never lost); a word longer than `width` is cut.
    """
    out = []
    pos = start
    for line in text[start:stop].split("\n"):
        end = pos + len(line)
        while end - pos > width:
            cut = next((i for i in range(pos + width, pos, -1) if text[i - 1].isspace()), pos + width)
            out.append((pos, cut))
            pos = cut
        out.append((pos, end))
        pos = end + 1
    return out


# -- spans ---------------------------------------------------------------------------------------

def _mention_spans(rows: list[dict], field: str, text: str) -> list[_Span]:
    out = []
    for i, m in enumerate(rows):
        if (m.get("field") or "body") != field:
            continue
        start, stop = m.get("start"), m.get("stop")
        if isinstance(start, int) and isinstance(stop, int) and 0 <= start < stop <= len(text):
            out.append(_Span(start, stop, str(m.get("type") or "?"), i))
    return sorted(out, key=lambda s: (s.start, -s.stop, s.label, s.order))


def _quote_spans(rows: list[dict], field: str, text: str) -> list[_Span]:
    out = []
    for i, q in enumerate(rows):
        if (q.get("field") or "body") != field:
            continue
        start, stop = q.get("start"), q.get("stop")
        if isinstance(start, int) and isinstance(stop, int) and 0 <= start < stop <= len(text):
            prefix = "RQ:" if q.get("kind") == "indirect" else "Q:"
            speaker = q.get("speaker_name") or q.get("speaker") or "?"
            out.append(_Span(start, stop, prefix + speaker, i))
    return sorted(out, key=lambda s: (s.start, -s.stop, s.order))


def _entity_names(mentions: list[dict]) -> dict[str, str]:
    names: dict[str, str] = {}
    for m in mentions:
        eid = m.get("entity_id")
        if eid and eid not in names and (m.get("entity_name") or m.get("normal")):
            names[eid] = m.get("entity_name") or m.get("normal")
    return names


# -- drawing -------------------------------------------------------------------------------------

def _draw_field(text: str, ranges: list[tuple[int, int]], mentions: list[_Span], quotes: list[_Span],
                width: int) -> list[str]:
    segments = [seg for start, stop in ranges for seg in wrap_offsets(text, start, stop, width)]
    mention_labels = _label_pieces(mentions, segments, first_fit=False)
    quote_labels = _label_pieces(quotes, segments, first_fit=True)
    lines = []
    for index, (start, stop) in enumerate(segments):
        lines.append(text[start:stop].replace("\t", " ").rstrip())
        lines += _rows(start, stop, index, mentions, mention_labels, MENTION_FILL)
        lines += _rows(start, stop, index, quotes, quote_labels, QUOTE_FILL)
    return lines


def _label_pieces(spans: list[_Span], segments: list[tuple[int, int]], first_fit: bool) -> dict[_Span, int]:
    """Which line (segment index) carries each span's label."""
    starts = [s for s, _ in segments]
    where = {}
    for span in spans:
        first = max(0, bisect.bisect_right(starts, span.start) - 1)
        where[span] = first
        if first_fit:
            for index in range(first, len(segments)):
                s, e = segments[index]
                if s >= span.stop:
                    break
                if min(e, span.stop) - max(s, span.start) >= len(span.label):
                    where[span] = index
                    break
    return where


def _rows(start: int, stop: int, index: int, spans: list[_Span], labels: dict[_Span, int], fill: str) -> list[str]:
    """The annotation rows under one line: each piece on the first row where it overlaps nothing."""
    rows: list[list[str]] = []
    taken: list[list[tuple[int, int]]] = []
    for span in spans:
        a, b = max(span.start, start) - start, min(span.stop, stop) - start
        if a >= b:
            continue
        level = next((i for i, used in enumerate(taken) if all(b <= x or a >= y for x, y in used)), None)
        if level is None:
            level = len(rows)
            rows.append([" "] * (stop - start))
            taken.append([])
        taken[level].append((a, b))
        piece = [fill] * (b - a)
        if labels.get(span) == index:
            label = span.label[: b - a]
            piece[: len(label)] = label
        rows[level][a:b] = piece
    return ["".join(r).rstrip() for r in rows]


def _place_events(body: str, paragraphs: list[tuple[int, int]], events: list[dict], mentions: list[dict],
                  quotes: list[dict]) -> tuple[dict[int, list[dict]], list[dict]]:
    """Events by the paragraph that holds their sentence (found by its text, near the offsets of
    mentions and quotes of the same sentence index), and those whose sentence was not found."""
    anchors: dict[int, int] = {}
    for row in list(mentions) + list(quotes):
        if (row.get("field") or "body") == "body" and isinstance(row.get("start"), int) \
                and isinstance(row.get("sentence_index"), int):
            i = row["sentence_index"]
            anchors[i] = min(anchors.get(i, row["start"]), row["start"])
    starts = [s for s, _ in paragraphs]
    found: list[tuple[int, int, dict]] = []
    unplaced = []
    for order, event in enumerate(events):
        position = _sentence_position(body, event.get("sentence") or "", anchors.get(event.get("sentence_index")))
        if position is None or not paragraphs:
            unplaced.append(event)
        else:
            found.append((position, order, event))
    placed: dict[int, list[dict]] = {}
    for position, _, event in sorted(found, key=lambda t: (t[0], t[1])):
        placed.setdefault(max(0, bisect.bisect_right(starts, position) - 1), []).append(event)
    return placed, unplaced


def _sentence_position(body: str, sentence: str, anchor: int | None) -> int | None:
    sentence = sentence.strip()
    hits = []
    if sentence:
        at = body.find(sentence)
        while at >= 0:
            hits.append(at)
            at = body.find(sentence, at + 1)
    if not hits:
        return anchor
    if anchor is None:
        return hits[0]
    inside = [h for h in hits if h <= anchor < h + len(sentence)]
    return inside[0] if inside else min(hits, key=lambda h: abs(h - anchor))
