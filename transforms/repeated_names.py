"""Surnames the NER missed where the article names their person elsewhere (docs/entities.md §1).

natasha tags a name from its context, so it can miss the same surname where the context is thin, as
in a headline (its first word, which the tagger tags «I-», `ner_tags` reads).  A word the morphology tagger reads as a
proper noun (PROPN), outside every mention, that is one name word (`names.same_name_word`) with the
last word of a person the article names, or one part of a double one («Винер» of «Винер-Усманова»), is a
mention of that person's surname.  A word next to another proper noun is left alone: the two may be a name
of their own («Андрей Путин»).
"""

from __future__ import annotations

from bisect import bisect_left

from transforms.entities import Mention
from transforms.names import double_surname_part, fold, same_name_word
from transforms.nlp import NlpDoc

MIN_LETTERS = 4  # a shorter surname («Ли», «Ким») is too likely a word of another name


def repeated_surnames(mentions: list[Mention], docs: dict[str, NlpDoc]) -> list[Mention]:
    """PER mentions for the untagged repeats, in each field of `docs`, of the surnames of the PER
    `mentions` of the article (all its fields); their normal form is the surname as the person's
    mention gives it («Путина» → «Путин»)."""
    surnames = {}  # folded → as in the normal form
    for m in mentions:
        if m.type == "PER" and len(last := m.normal.split()[-1]) >= MIN_LETTERS and last[:1].isupper():
            surnames.setdefault(fold(last), last)
    if not surnames:
        return []
    found = []
    for field, doc in docs.items():
        taken = sorted((m.start, m.stop) for m in mentions if m.field == field)
        starts = [a for a, _ in taken]
        tokens = doc.doc.tokens
        for i, t in enumerate(tokens):
            if t.pos != "PROPN" or not t.text[:1].isupper() or not t.text.replace("-", "").isalpha():
                continue
            if any(0 <= j < len(tokens) and tokens[j].pos == "PROPN" for j in (i - 1, i + 1)):
                continue
            k = bisect_left(starts, t.stop) - 1  # the last mention starting before the token ends
            if k >= 0 and taken[k][1] > t.start:
                continue  # inside a mention (mentions do not overlap one another)
            word = fold(t.text)
            # («Винер после финала: «…»» of «Ирина Винер-Усманова»: one part of a double surname)
            surname = next((s for s in surnames if same_name_word(word, s) or double_surname_part(word, s)), None)
            if surname is not None:
                normal = surnames[surname]
                found.append(Mention(field, t.start, t.stop, "PER", t.text, normal, normal))
    return found
