"""Better span boundaries than raw natasha NER: rules justified by the factRuEval gold data.

`refine(text, spans, tokens)` takes natasha's (start, stop, type) spans and returns
corrected ones.  Each rule fixes an error class seen in the dev part of
factRuEval-2016 (benchmarks/entities.py measures them):

- a name followed by its original or abbreviation in brackets is two names:
  «Комитет защиты журналистов (КЗЖ)», «Джошуа Вольфа (Joshua Wolf)»;
- a list glued into one span is split at its separators: «Монако • Намибия»,
  «Овечкин, Фёдоров»;
- a legal form or agency before a quoted name is not part of the name:
  «ОАО «Газпром»» → «Газпром», «РИА «Новости»» → «Новости», «РКК „Энергия“» → «Энергия»;
- a name in quotes after a generic word is an organisation's title, whole:
  «Голоса Америки» in «службе «Голоса Америки»» is not the place «Америки»;
- a span never crosses a line break;
- a span never ends inside an open quote or bracket, nor starts or ends on
  punctuation or white space: «ПАСЕ (» → «ПАСЕ», «Русской службе «Голоса Америки» →
  «Русской службе»;
- a word capitalised only because it opens the sentence is not part of a
  person's name: «Поддержку Кирсану Илюмжинову» → «Кирсану Илюмжинову», and in a two-word
  span a hyphenated common noun: «Остроумец-куплетист Смирнов-Сокольский»;
- «Telegram-канале» names the channel, not an organisation: the common-noun tail
  after the hyphen goes («Telegram»);
- a stage direction in brackets is no name: «— (Усмехается) «Зенит».» (a verb alone in brackets, probe HU).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from transforms import wordlists
from transforms.morph import morph_vocab


class Token(NamedTuple):
    start: int
    stop: int
    pos: str | None


class Span(NamedTuple):
    start: int
    stop: int
    type: str


# «(КЗЖ)», «(Joshua Wolf)»: a bracketed name, not digits or a comment in lower case
_BRACKETED = re.compile(r"\s*\(([^()\d]*[^\W\d_][^()]*)\)")
_SEPARATORS = re.compile(r"\s*(?:•|·|;|,)\s*")
_LEGAL_FORM = re.compile(
    r"^(?:[А-ЯЁA-Z]{2,5}|Концерн|Корпорация|Холдинг|Компания|Агентство|Агенство|Группа|Банк)\s*[«\"„“]"
    r"|^(?:Агентство|Агенство)\s+(?=[A-Z])")
_HYPHEN_COMMON_NOUN = re.compile(r"-(?:канал|аккаунт|блог|сайт|страниц|чат|бот)\w*$", re.IGNORECASE)
_EDGE = " \t\n«»\"„“”'()[]•·,;:.—–-"
_OPENERS = {"«": "»", "(": ")", "„": "“", "“": "”"}


def _trim(text: str, start: int, stop: int) -> tuple[int, int]:
    """Shrink [start, stop) past edge punctuation, keeping closers that balance an opener inside."""
    while start < stop and text[start] in _EDGE:
        start += 1
    while stop > start and text[stop - 1] in _EDGE:
        ch = text[stop - 1]
        if ch in "»)”“" and any(o in text[start:stop - 1] and c == ch for o, c in _OPENERS.items()):
            break
        if ch == "." and stop - start > 1 and text[stop - 2].isupper() and (stop - start <= 3 or text[stop - 3] in " ."):
            break  # an initial: «В.Л.»
        stop -= 1
    return start, stop


def _whole_words(text: str, start: int, stop: int) -> tuple[int, int]:
    """[start, stop) grown to the whole words it cuts: the tokenizer splits a word where its script
    changes, and NER may stop there («МакSим» tagged «МакS»)."""
    while 0 < start < stop and text[start - 1].isalpha() and text[start].isalpha():
        start -= 1
    while start < stop < len(text) and text[stop - 1].isalpha() and text[stop].isalpha():
        stop += 1
    return start, stop


def _cut_open_quote(text: str, start: int, stop: int) -> tuple[int, int]:
    """A span that opens a quote or bracket it never closes ends before it."""
    piece = text[start:stop]
    for opener, closer in _OPENERS.items():
        i = piece.find(opener)
        if i > 0 and closer not in piece[i:]:
            return _trim(text, start, start + i)
    return start, stop


def _split(span: Span, text: str) -> list[Span]:
    start, stop, type_ = span
    piece = text[start:stop]
    m = _BRACKETED.search(piece)
    if m and m.end() == len(piece) and m.start() > 0:
        inner_start, inner_stop = start + m.start(1), start + m.end(1)
        return _split(Span(start, start + m.start(), type_), text) + [Span(inner_start, inner_stop, type_)]
    parts = []
    cursor = start
    for sep in _SEPARATORS.finditer(piece):
        # a comma inside a name is rare; between two capitalised names it separates them
        after = piece[sep.end():sep.end() + 1]
        if sep.group().strip() == "," and not after.isupper():
            continue
        parts.append(Span(cursor, start + sep.start(), type_))
        cursor = start + sep.end()
    parts.append(Span(cursor, stop, type_))
    return parts


def stage_direction(text: str, start: int, stop: int) -> bool:
    """«(Усмехается)», «(Смеется)» in an interview: one word alone in brackets that reads first as a verb."""
    word = text[start:stop]
    if text[start - 1:start] != "(" or text[stop:stop + 1] != ")" or not word.isalpha():
        return False
    forms = morph_vocab().parse(word.lower())
    return bool(forms) and forms[0].tag.POS == "VERB"


def _drop_sentence_initial_common_word(span: Span, text: str, tokens: list[Token], token_starts: list[int],
                                       sentence_starts: set[int]) -> Span:
    if span.type != "PER" or span.start not in sentence_starts:
        return span
    i = bisect.bisect_left(token_starts, span.start)
    inside = []
    while i < len(tokens) and tokens[i].stop <= span.stop:
        inside.append(tokens[i])
        i += 1
    if (len(inside) >= 3 and inside[0].pos not in ("PROPN", None)) or (
            len(inside) >= 2 and _COMMON_COMPOUND.search(text, inside[0].start, inside[0].stop)):
        return Span(inside[1].start, span.stop, span.type)
    return span


# «Остроумец-куплетист»: a hyphenated word whose second part is lower case is a common noun, whatever
# the tagger says (names capitalise every part: «Жан-Поль», «Смирнов-Сокольский»)
_COMMON_COMPOUND = re.compile(r"\w-[а-яё]")


_QUOTED = re.compile(r"«([^«»\n]{2,60})»")
QUOTED_TITLE_MAX_WORDS = 5


def quoted_title(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The «…» title around [start, stop), if the span lies inside a short capitalised quoted name."""
    left = text.rfind("«", max(0, start - 60), start + 1)
    if left < 0:
        return None
    m = _QUOTED.match(text, left)
    if m is None or m.end(1) < stop:
        return None
    title = m.group(1)
    if not title[:1].isupper() or len(title.split()) > QUOTED_TITLE_MAX_WORDS or title.rstrip()[-1:] in ".!?,;:":
        return None
    return m.start(1), m.end(1)


@lru_cache(maxsize=1)
def _particles() -> re.Pattern:
    words = "|".join(sorted(wordlists.groups("name_particles.tsv")["after"]))
    return re.compile(rf"[ ]({words})(?!\w)")


def _with_patronymic_particle(span: Span, text: str) -> Span:
    """«Манас Абдыллабек уулу»: a Turkic patronymic particle (transforms/data/name_particles.tsv)
    after a name joins it, and makes a person of a span the NER typed otherwise."""
    after = _particles().match(text, span.stop)
    if after is not None:
        return Span(span.start, after.end(), "PER")
    if span.type != "PER" and _particles().search(text, span.start, span.stop) is not None:
        return Span(span.start, span.stop, "PER")
    return span


_NAMED_AFTER = re.compile(r"\s(?:им|имени)\.?$")


def _named_after(spans: list[Span], text: str) -> list[Span]:
    """«Театра им. Йозефа Бойса», «МГУ имени Ломоносова»: an organisation that ends in «им.» or
    «имени» and the name after it are one organisation."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (last is not None and last.type == "ORG" and span.type == "PER"
                and _NAMED_AFTER.search(text, last.start, last.stop)
                and re.fullmatch(r"\.?\s+", text[last.stop:span.start])):
            out[-1] = Span(last.start, span.stop, "ORG")
            continue
        out.append(span)
    return out


def refine(text: str, spans: list[tuple[int, int, str]], tokens: list[Token] = (),
           sentence_starts: set[int] = frozenset()) -> list[Span]:
    """Corrected (start, stop, type) spans, sorted, without empty or overlapping ones."""
    tokens, sentence_starts = sorted(tokens), set(sentence_starts)
    token_starts = [t.start for t in tokens]
    out: list[Span] = []
    for raw in spans:
        span = Span(*raw)
        start, stop = span.start, span.stop
        m = _LEGAL_FORM.match(text[start:stop])
        if m and span.type == "ORG":
            start += m.end()
        newline = text.find("\n", start, stop)
        if newline >= 0:
            stop = newline
        start, stop = _trim(text, start, stop)
        cut_start, cut_stop = _cut_open_quote(text, start, stop)
        if cut_stop < stop:  # «Русской службе «Голоса Америки»»: the quoted title is a name of its own
            title = quoted_title(text, text.find("«", cut_stop, stop) + 1, stop)
            if title is not None and span.type in ("LOC", "ORG"):
                out.append(Span(title[0], title[1], "ORG"))
        start, stop = cut_start, cut_stop
        title = quoted_title(text, start, stop)
        if title is not None and title != (start, stop) and span.type in ("LOC", "ORG"):
            out.append(Span(title[0], title[1], "ORG"))
            continue
        for part in _split(Span(start, stop, span.type), text):
            s, e = _whole_words(text, *_trim(text, part.start, part.stop))
            tail = _HYPHEN_COMMON_NOUN.search(text[s:e])
            if tail:
                e = s + tail.start()
            if e > s and not stage_direction(text, s, e):
                out.append(_drop_sentence_initial_common_word(Span(s, e, part.type), text, tokens, token_starts,
                                                              sentence_starts))
    out = _named_after(sorted(_with_patronymic_particle(span, text) for span in out), text)
    result: list[Span] = []
    for span in out:
        if result and span.start < result[-1].stop:
            continue
        result.append(span)
    return result
