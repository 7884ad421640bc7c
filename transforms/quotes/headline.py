"""A headline that gives a name (and perhaps its topic) and a colon, then words with no quote marks
around them all: «Сечин: "Роснефть" справилась с нестабильностью рынка», «Мединский о разгоне
Минкульта: Шнуров не понимает, о чем говорит». The words are the named speaker's, told by the
editor: reported speech (`indirect`, docs/quotes.md §6), as after «X заявил:» with no marks.
"""

from __future__ import annotations

import re

from transforms.coreference import Person, carriers, descriptor_words
from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, Row
from transforms.quotes.direct import name_before_colon, speech_like

_NAME_COLON = re.compile(r"[ \t]*([^:.!?«»\"„“”]{2,80}?)[ \t]*:[ \t]+")
_END = " \t.!?…"
_ABOUT = {"о", "об", "обо", "про"}


def headline_rows(f: FieldView) -> list[Row]:
    """The row of a title «Name: words», when the words read as a statement and are not one span
    in quote marks (that is direct speech, `direct.direct_rows`)."""
    m = _NAME_COLON.match(f.text)
    if m is None:
        return []
    idx = list(f.tokens_in(m.start(1), m.end(1)))
    about = next((i for i, k in enumerate(idx) if i and f.word(k) in _ABOUT), None)
    # «Мединский о разгоне Минкульта: …»: the name before its topic; «Посол РФ об отношениях с США: …»:
    # a descriptor the body introduces someone with (`descriptor_speaker`)
    attr = name_before_colon(f, idx[:about]) or _descriptor(f, idx[:about])
    start, stop = m.end(), len(f.text.rstrip(_END))
    words = f.text[start:stop]
    if attr is None or stop <= start or not speech_like(f, start, stop):
        return []
    if words[:1] in "«„“\"”" and words[-1:] in "»“”\"":
        return []  # «Токаев: «Казахстан не является анти-Россией»»: a marked span
    attr.source = "headline"  # kept only when the speakers resolve the name (not a rubric: «Видеофакт: …»)
    return [Row(start, stop, "indirect", attr, anchor=attr.pos)]


def _descriptor(f: FieldView, idx: list[int]) -> Attr | None:
    """A noun in the nominative opening the words before a headline's colon, up to four words and no
    verb («Посол РФ», «Адвокат Навального»): a descriptor for the body to resolve."""
    words = [k for k in idx if f.tokens[k].pos != "PUNCT"]
    if (not 0 < len(words) <= 4 or f.tokens[words[0]].pos != "NOUN" or f.feat(words[0], "Case") != "Nom"
            or any(f.tokens[k].pos in ("VERB", "AUX") for k in words)):
        return None
    return Attr(head=words[0], np=(words[0], words[-1] + 1), np_tokens=frozenset(words),
                pos=f.tokens[words[0]].start, source="headline")


def descriptor_speaker(title: FieldView, head: int, body: FieldView, people: dict[str, Person]) -> Person | None:
    """The person a headline's descriptor («Посол РФ: …») names: the one the body introduces with it
    or a synonym («Посол РФ в США Анатолий Антонов заявил …»), when it introduces exactly one."""
    found = {eid for _, eid in carriers(body, descriptor_words(title, head), len(body.text))}
    return people.get(found.pop()) if len(found) == 1 else None
