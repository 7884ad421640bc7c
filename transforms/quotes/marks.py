"""Quote marks in raw text: which marks pair up into spans, a word count, and whether words read as speech.

Marks: «…» (nesting allowed; «…«, — the opening mark written for the closing one before the
author's dash), „…“, “…”, and straight "…" or ”…” (the right mark written for both ends; an
opening one follows a space, a bracket, a colon or a dash and is followed by a word, or follows a sentence's end
with no space and is followed by a capital), and "…» (mixed, before the author's words or a paragraph's end). A pair
never crosses a paragraph break, but for a «…» or "…" quote that paragraph breaks cut (`_across`).
A closing mark no mark opens closes the quote a name in quote marks opens («Тюмень» … лучше»: `_merged_opening`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms.field_view import FieldView
from transforms.quotes.lexicon import PREDICATIVES

DASHES = "—–-"
ANY_QUOTE = "«»„“”\"'‘’‹›‚"  # every character a text may use as a quote mark, paired below or not
OPENING_MARKS = "«„“\""  # the marks a quote or a name in quote marks opens with
CLOSING_MARKS = "»“”\""  # … and closes with
AUTHOR_DASH = re.compile(r"[,!?…]?[ \t]*[—–-][ \t]")  # «…», — / «…?» — : the author's words follow
# «…, — сказал Кличко. — …»: the author's words inside a quote, between two dashes
COLON = re.compile(r"(?<!\d):(?!\d)")  # a colon that introduces: no digit beside it, as a score's or a time's has
INTERJECTION = re.compile(r"[,!?…][ \t]*[—–-][ \t]+[^—–«»\"\n]{3,80}?[.,][ \t]*[—–-][ \t]+\w")
_WORD = re.compile(r"\w+")


@dataclass
class Span:
    """A pair of quote marks: the offsets of the marks themselves and how deep it is nested.
    `broken`: the quote goes on in the next paragraph, its close is the paragraph's end, not a mark.
    `shared`: the opening mark is also the one of a name in quote marks opening the quote, so the
    quote's words start at it (`_merged_opening`)."""

    open: int
    close: int
    depth: int
    broken: bool = False
    shared: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + (not self.shared), self.close


def mark_spans(text: str, paragraphs) -> list[Span]:
    """Balanced quote-mark pairs, nested ones included, never across a paragraph break — but for
    a «…» or "…" quote that paragraph breaks cut (`_across`); in text order, an outer span before the
    spans inside it."""
    spans, later, continued = [], [], []  # the pieces of quotes paragraph breaks cut; all but the first
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
                opens = _opener(text, i, p0, p1)
                nxt = text[i + 1] if i + 1 < p1 else " "
                if stack and stack[-1][1] == ch and not (opens and nxt not in ".,;:!?»"):
                    j, _ = stack.pop()
                    spans.append(Span(j, i, len(stack)))
                    if stack and stack[-1][1] == ch and (AUTHOR_DASH.match(text, i + 1)
                                                         or not text[i + 1:p1].strip(" \t.!?…")):
                        # «"Я … разберусь, почему завод не работает, а "кувыркается", - сказал …»: one mark
                        # closes the inner quote and the outer one the author's words or the paragraph's end
                        # follow («Хиддинк: "… вся Россия говорит: "Это матч для Аршавина!"»)
                        j, _ = stack.pop()
                        spans.append(Span(j, i, len(stack)))
                elif opens:
                    stack.append((i, ch))
                elif not stack:
                    _merged_opening(text, p0, i, spans)  # «пояснил: "Аристономия", в отличие от … заскучать".»
                continue
            if ch == "«" and any(c == "«" for _, c in stack) and AUTHOR_DASH.match(text, i + 1):
                ch = "»"  # «…«, — говорится в заявлении: the opening mark written for the closing one
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
                        if stack and stack[-1][1] == "«" and AUTHOR_DASH.match(text, i + 1):
                            # «… Он ответил: «Я выполню свое обещание», — заявил турецкий лидер: one mark closes
                            # the inner quote and the outer one the author's words follow, as with straight marks
                            # (probe JX); not at a paragraph's end, where the outer quote may go on (`_across`)
                            j, _ = stack.pop()
                            spans.append(Span(j, i, len(stack)))
                        break
                else:
                    if stack and stack[-1][1] == '"' and (AUTHOR_DASH.match(text, i + 1)
                                                          or not text[i + 1:p1].strip(" \t.!?…")):
                        # «"Я не знаю, … Надеюсь», - цитирует тренера Чемпионат»: a straight mark opened the quote
                        # that «»» closes before the author's words or the paragraph's end (probe KS)
                        j, _ = stack.pop()
                        spans.append(Span(j, i, len(stack)))
                    else:
                        _merged_opening(text, p0, i, spans)
        pieces = []
        if len(stack) == 1 and stack[0][1] in '«"' and n + 1 < len(paragraphs):
            pieces = _across(text, stack[0][0], paragraphs[n:n + 1 + _MAX_PARAGRAPHS])
            later, continued = later + pieces, continued + pieces[1:]
        if (not pieces and len(stack) == 1 and stack[0][1] in '«"„' and not text[p0:stack[0][0]].strip()
                and INTERJECTION.search(text, stack[0][0], p1)):
            # «Мы … предложений, — сказал мэр Анатолий Локоть. — У меня … города. ¶: a paragraph that opens
            # with a quote broken by the author's words and lost its closing mark: the quote runs to its end
            spans.append(Span(stack[0][0], len(text[:p1].rstrip()), 0))
    # a pair in a paragraph such a quote goes on into is nested in it
    spans = [replace(x, depth=x.depth + 1) if any(p.open < x.open and x.close < p.close for p in continued) else x
             for x in spans]
    return sorted(spans + later, key=lambda s: (s.open, -s.close))


_MAX_PARAGRAPHS = 5  # how many paragraphs after its first one a quote may run on
#: the author's words between dashes that end a paragraph a quote goes on from: «, — приводит слова X. —»
_AUTHOR_TAIL = re.compile(r",?[ \t]+[—–-][ \t]+[а-яё][^—–\n]{2,120}?[.,]?[ \t]*[—–-][ \t]*$")


def _across(text: str, opened: int, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """A «…» or straight "…" quote that paragraph breaks cut, left open at the end of the first of
    `paragraphs` and closed by the first closing mark outside the pairs of a later one, with the
    author's words after it («Россия не может дотянуться … путем. ¶ Здесь надо отметить роль Украины
    …», — указал Речан; "Очень громко было. ¶ Думали, что ПВО сработало. ¶ Говорят, …", - сказал
    мужчина) or nothing but the paragraph's end («…:» ¶ «С сегодняшнего дня я не работаю в
    «Мариуполе». … ¶ … хочу побыть с семьей».); the paragraphs between hold balanced pairs only.
    One span per paragraph, all but the last `broken`; none when no such close comes."""
    straight = text[opened] == '"'
    end = len(text[:paragraphs[0][1]].rstrip())
    # «…, — приводит слова Ковальчука «Чемпионат.com». — ¶ …»: the author's words between dashes at the first
    # paragraph's end are no part of the quote, which they attribute (probe FR)
    tail = _AUTHOR_TAIL.search(text, opened + 1, end)
    pieces = [Span(opened, tail.start() if tail else end, 0, broken=True)]
    for q0, q1 in paragraphs[1:]:
        depth, close = 0, None
        for i in range(q0, q1):
            opens = text[i] == "«" or (straight and text[i] == '"' and _opener(text, i, q0, q1))
            if opens:
                depth += 1
            elif text[i] == ('"' if straight else "»"):
                if depth == 0:
                    close = i
                    break
                depth -= 1
        if close is not None:
            rest = text[close + 1:q1]
            if AUTHOR_DASH.match(text, close + 1) or not rest.strip(" \t.!?…"):
                return pieces + [Span(q0 - 1, close, 0)]
            return []
        if depth:
            return []
        pieces.append(Span(q0 - 1, len(text[:q1].rstrip()), 0, broken=True))
    return []


def _merged_opening(text: str, p0: int, i: int, spans: list[Span]) -> None:
    """«Карпин: «Тюмень» ничего не сделала для победы, мы были лучше»»: a closing «»» at `i` that no mark opens
    closes the quote whose opening mark the name in quote marks opening it shares (the writer's ««Тюмень» …»
    with one of the two opening marks dropped); so does a straight one after a straight pair («пояснил:
    "Аристономия", в отличие от … книжек, … заскучать"», probe HK). The name's pair must open a quote (the
    paragraph's start, or after a colon, a dash or a sentence's end) and be the paragraph's last pair, with no
    mark after it; it becomes the inner pair of the quote, appended to `spans`."""
    inner = next((k for k in range(len(spans) - 1, -1, -1) if spans[k].open >= p0 and spans[k].depth == 0), None)
    if (inner is None or any(c in ANY_QUOTE for c in text[spans[inner].close + 1:i])
            or text[spans[inner].open] != ("«" if text[i] == "»" else '"')):
        return
    x = spans[inner]
    before = text[p0:x.open].rstrip(" \t")
    if (before and before[-1] not in ":.!?…" + DASHES) or not text[x.close + 1:i].strip(" \t.,!?…"):
        return
    spans[inner] = replace(x, depth=1)
    spans.append(Span(x.open, i, 0, shared=True))


def _opener(text: str, i: int, p0: int, p1: int) -> bool:
    """Whether the straight mark at `i` opens a quote: after a space, a bracket, a colon or a dash
    (or the paragraph's start), before a word; or after a sentence's end that lacks its space, before a
    capital («… заявил мэр столицы Сергей Собянин."Те, кто хотел …», probe IO)."""
    prev = text[i - 1] if i > p0 else " "
    nxt = text[i + 1] if i + 1 < p1 else " "
    return ((prev.isspace() or prev in "([{«„“:" + DASHES) and not nxt.isspace()) or (prev in ".!?…" and nxt.isupper())


def name_in_marks(f: FieldView, open_i: int, limit: int) -> int | None:
    """The token closing a name in quote marks that opens at token `open_i` before token `limit` (at
    most four words, the first capitalised, no mark inside: «Говорит Москва», «Газеты.Ru»,
    "Интерфаксу"), or None: a quote, not a name."""
    closer = {"«": "»", '"': '"'}.get(f.tokens[open_i].text)
    if closer is None or open_i + 1 >= limit or not f.tokens[open_i + 1].text[:1].isupper():
        return None
    close = next((j for j in range(open_i + 1, min(limit, open_i + 6)) if f.tokens[j].text in ANY_QUOTE), None)
    return close if close is not None and f.tokens[close].text == closer else None


def n_words(text: str) -> int:
    """How many words (runs of letters and digits) `text` has."""
    return len(_WORD.findall(text))


def speech_like(f: FieldView, start: int, stop: int) -> bool:
    """Words that read as a statement: three words or more with a verb (or a modal predicate word,
    quote_words.tsv `predicative`: «расходы можно урезать»), a dash or two sentences."""
    inner = f.text[start:stop]
    if n_words(inner) < 3:
        return False
    if re.search(r"\s[—–-]\s", inner) or re.search(r"[.!?…]\s+\w", inner):
        return True
    for k in f.tokens_in(start, stop):
        t = f.tokens[k]
        feats = t.feats or {}
        if ((t.pos in ("VERB", "AUX") and feats.get("VerbForm") in ("Fin", None)) or feats.get("Variant") == "Short"
                or f.lemma(k) in PREDICATIVES):
            return True
    return False
