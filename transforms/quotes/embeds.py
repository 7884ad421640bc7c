"""Posts embedded in an article (docs/quotes.md §2): a social network's post printed as a paragraph of
its text, its author's signature on the paragraph after it —

    Задержали на границе, увезли в неизвестном направлении, … Это нельзя назвать даже пародией законности.

    — Кира Ярмыш (@Kira_Yarmysh) January 18, 2021

The post's words are its author's own, a direct quote with no marks; the signature names the author (a
person or organisation mention before the account in brackets) and dates the post.  Addressees the
post opens with («@mich261213 Мы изучаем …») and a link it ends with are not its words.
"""

from __future__ import annotations

import re

from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, Row

# «— Имя Фамилия (@account) January 18, 2021», «— … (@account) 30 июня 2015 г.»: the signature alone on its
# paragraph; the author's name is whatever stands before the bracket
SIGNATURE = re.compile(r"[—–-][ \t]*(?P<name>[^()\n]+?)[ \t]*\(@\w+\)[ \t]*"
                       r"(?:\w+[ \t]+\d{1,2},[ \t]*\d{4}|\d{1,2}[ \t]+\w+[ \t]+\d{4}(?:[ \t]*г\.?)?)[ \t]*")
_ADDRESSEES = re.compile(r"(?:@\w+[ \t]+)+")  # «@mich261213 Мы изучаем …»
_LINK = re.compile(r"[ \t]*(?:pic\.twitter\.com/\S+|https?://\S+)[ \t]*$")


def embedded_rows(f: FieldView) -> list[Row]:
    """A direct row for each paragraph that a signature paragraph follows, its author the mention the
    signature opens with; none where the signature names no one the NER found, or the paragraph is a
    signature too."""
    rows = []
    for (p0, p1), (s0, s1) in zip(f.paragraphs, f.paragraphs[1:]):
        sig = SIGNATURE.fullmatch(f.text[s0:s1].strip())
        if sig is None or SIGNATURE.fullmatch(f.text[p0:p1].strip()):
            continue
        offset = s0 + len(f.text[s0:s1]) - len(f.text[s0:s1].lstrip())
        a, b = offset + sig.start("name"), offset + sig.end("name")
        author = next((m for m in f.mentions if a <= m["start"] and m["stop"] <= b and m["type"] in ("PER", "ORG")),
                      None)
        if author is None:
            continue
        start = p0 + len(f.text[p0:p1]) - len(f.text[p0:p1].lstrip())
        if (lead := _ADDRESSEES.match(f.text, start)) is not None:
            start = lead.end()
        text = f.text[start:p1].rstrip()
        text = text[:(link.start() if (link := _LINK.search(text)) else len(text))]
        if text:
            rows.append(Row(start, start + len(text), "direct", Attr(label=author, source="label",
                                                                     pos=author["start"]), anchor=s0))
    return rows
