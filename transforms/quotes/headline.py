"""A headline that gives a name (and perhaps its topic) and a colon, then words with no quote marks
around them all: «Сечин: "Роснефть" справилась с нестабильностью рынка», «Мединский о разгоне
Минкульта: Шнуров не понимает, о чем говорит». The words are the named speaker's, told by the
editor: reported speech (`indirect`, docs/quotes.md §6), as after «X заявил:» with no marks.
"""

from __future__ import annotations

import re

from transforms.field_view import FieldView
from transforms.quotes.attribution import Row
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
    attr = name_before_colon(f, idx[:about])  # «Мединский о разгоне Минкульта: …»: the name before its topic
    start, stop = m.end(), len(f.text.rstrip(_END))
    words = f.text[start:stop]
    if attr is None or stop <= start or not speech_like(f, start, stop):
        return []
    if words[:1] in "«„“\"”" and words[-1:] in "»“”\"":
        return []  # «Токаев: «Казахстан не является анти-Россией»»: a marked span
    attr.source = "headline"  # kept only when the speakers resolve the name (not a rubric: «Видеофакт: …»)
    return [Row(start, stop, "indirect", attr, anchor=attr.pos)]
