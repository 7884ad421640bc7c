"""Quote marks in raw text: which marks pair up into spans, and a word count.

Marks: «…» (nesting allowed), „…“, “…”, and straight "…" or ”…” (the right mark written for
both ends; an opening one follows a space, a bracket, a colon or a dash and is followed by a
word). A pair never crosses a paragraph break, but for one «…» quote the break cuts (`_across`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DASHES = "—–-"
ANY_QUOTE = "«»„“”\"'‘’‹›‚"  # every character a text may use as a quote mark, paired below or not
AUTHOR_DASH = re.compile(r"[,!?…]?[ \t]*[—–-][ \t]")  # «…», — / «…?» — : the author's words follow
_WORD = re.compile(r"\w+")


@dataclass
class Span:
    """A pair of quote marks: the offsets of the marks themselves and how deep it is nested.
    `broken`: the quote goes on in the next paragraph, its close is the paragraph's end, not a mark."""

    open: int
    close: int
    depth: int
    broken: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def mark_spans(text: str, paragraphs) -> list[Span]:
    """Balanced quote-mark pairs, nested ones included, never across a paragraph break — but for
    one «…» quote broken by it (`_across`); in text order, an outer span before the spans inside it."""
    spans = []
    paragraphs = list(paragraphs)
    for n, (p0, p1) in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []
        for i in range(p0, p1):
            ch = text[i]
            if ch == "”" and stack and stack[-1][1] in "“„":
                j, _ = stack.pop()
                spans.append(Span(j, i, len(stack)))
                continue
            if ch in '"”':  # straight, or a right mark written for both ends («”Защита заявляет …”»)
                prev = text[i - 1] if i > p0 else " "
                nxt = text[i + 1] if i + 1 < p1 else " "
                opener = prev.isspace() or prev in "([{«„“:" + DASHES or i == p0
                if stack and stack[-1][1] == ch and not (opener and not nxt.isspace() and nxt not in ".,;:!?»"):
                    j, _ = stack.pop()
                    spans.append(Span(j, i, len(stack)))
                elif opener and not nxt.isspace():
                    stack.append((i, ch))
                continue
            if ch == "«" or ch == "„":
                stack.append((i, ch))
            elif ch == "“":
                if stack and stack[-1][1] == "„":
                    j, _ = stack.pop()
                    spans.append(Span(j, i, len(stack)))
                else:
                    stack.append((i, ch))
            elif ch == "»":
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][1] == "«":
                        j = stack[k][0]
                        del stack[k:]
                        spans.append(Span(j, i, len(stack)))
                        break
        if len(stack) == 1 and stack[0][1] == "«" and n + 1 < len(paragraphs):
            spans += _across(text, stack[0][0], (p0, p1), paragraphs[n + 1])
    return sorted(spans, key=lambda s: (s.open, -s.close))


def _across(text: str, opened: int, paragraph: tuple[int, int], following: tuple[int, int]) -> list[Span]:
    """A «…» quote a paragraph break cuts, its closing mark in the next paragraph with no «
    before it and the author's words after it («Россия не может дотянуться … путем. ¶ Здесь надо
    отметить роль Украины …», — указал Речан): one span per paragraph, the first `broken`."""
    q0, q1 = following
    close = text.find("»", q0, q1)
    if close < 0 or "«" in text[q0:close] or not AUTHOR_DASH.match(text, close + 1):
        return []
    end = len(text[:paragraph[1]].rstrip())
    return [Span(opened, end, 0, broken=True), Span(q0 - 1, close, 0)]


def n_words(text: str) -> int:
    """How many words (runs of letters and digits) `text` has."""
    return len(_WORD.findall(text))
