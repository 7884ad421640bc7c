"""natasha's NER tags (BIO) read into spans (docs/entities.md §1).

slovnet's `bio_spans` drops an «I-» tag that follows no span of its type, and the tagger gives one to the
first word of a text it tags: «Шойгу прибыл в Сирию» comes back «I-PER O O B-LOC», so a headline or a body
that opens with a lone surname lost its name. An «I-X» that continues no «X» begins a span of its own, as a
«B-X» would (CoNLL's reading of IOB), unless it is one word the dictionary knows only as a common word: the
tagger tags the first word «I-» whatever it is («Пациентку избили …», «Губернатора Сахалина задержали …»).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Sequence

from slovnet.span import Span

from transforms.name_readings import common_word_only


def bio_spans(tokens: Sequence, tags: Iterable[str], forms: Callable) -> Iterator[Span]:
    """The spans of `tokens` (with `start`, `stop`, `text`) that their BIO `tags` mark, typed; `forms(word)`: the
    dictionary's readings of a word (folded)."""
    found = []  # [type, start, stop, whether it began with «I-», its words]
    last = None
    for token, tag in zip(tokens, tags):
        part, _, kind = tag.partition("-")
        if last is not None and part == "I" and kind == last[0]:
            last[2] = token.stop
            last[4].append(token.text)
            continue
        last = [kind, token.start, token.stop, part == "I", [token.text]] if part in ("B", "I") else None
        if last is not None:
            found.append(last)
    for kind, start, stop, inside, words in found:
        if not (inside and len(words) == 1 and common_word_only(words[0].lower(), forms)):
            yield Span(start, stop, kind)
