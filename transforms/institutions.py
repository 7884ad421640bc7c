"""A public institution named by its common noun and its place: «в правительстве Камской области»,
«администрации Калининграда», «прокуратуры Башкирии» (docs/entities.md §3, rule 8).

natasha tags the place alone.  The noun just before a place in the genitive, when it is a word of
org_words.tsv `by_place`, is an organisation mention of its own; `mentions.field_mentions` then
names it with its place, as it names «МЧС России» («Правительство Камской области»).
"""

from __future__ import annotations

from transforms import wordlists
from transforms.names import fold
from transforms.nlp import NlpDoc
from transforms.word_forms import lemma

_BY_PLACE = wordlists.groups("org_words.tsv")["by_place"]


def institution_spans(doc: NlpDoc, spans: list) -> list:
    """`spans` (sorted, each with .start, .stop, .type) with an ORG span added on each `by_place`
    noun in the singular (a plural one is shared by the places listed after it) right before a LOC
    span whose first word is in the genitive."""
    tokens = doc.doc.tokens
    index = {t.start: i for i, t in enumerate(tokens)}
    covered = [(s.start, s.stop) for s in spans]
    added = []
    for s in spans:
        i = index.get(s.start)
        if s.type != "LOC" or not i or (tokens[i].feats or {}).get("Case") != "Gen":
            continue
        noun = tokens[i - 1]
        if (doc.text[noun.stop:s.start] == " " and noun.text[1:].islower() and noun.pos in ("NOUN", "PROPN")
                and (noun.feats or {}).get("Number") != "Plur"  # «администрациями Санкт-Петербурга и …»: shared
                and lemma(noun) in _BY_PLACE and not any(a < noun.stop and noun.start < b for a, b in covered)):
            added.append(type(s)(noun.start, noun.stop, "ORG"))
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def institution_normal(doc: NlpDoc, start: int, stop: int) -> str | None:
    """The normal form of a mention of this module: its noun's lemma, capitalised («администрации»,
    «Администрации» → «Администрация»), as natasha leaves a capitalised noun as written; None for
    any other span."""
    words = doc.tokens_in(start, stop)
    if len(words) != 1 or (noun := lemma(words[0])) not in _BY_PLACE:
        return None
    return noun[:1].upper() + noun[1:]


def is_institution_noun(normal: str) -> bool:
    """Whether a mention's normal form is a `by_place` noun alone («Правительство»): a mention of
    this module, where factRuEval-2016's annotators tag the place only (`benchmarks.entities`)."""
    return fold(normal) in _BY_PLACE
