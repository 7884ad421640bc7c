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
from transforms.word_forms import is_abbreviation, lemma

_BY_PLACE = wordlists.groups("org_words.tsv")["by_place"]
_BY_FIELD_PLACE = wordlists.groups("org_words.tsv")["by_field_place"]
_FIELD_WORDS = 4  # «министерстве науки и высшего образования России»: the longest field phrase read


def institution_spans(doc: NlpDoc, spans: list) -> list:
    """`spans` (sorted, each with .start, .stop, .type) with an ORG span added on each `by_place`
    noun in the singular (a plural one is shared by the places listed after it) right before a LOC
    span whose first word is in the genitive."""
    tokens = doc.doc.tokens
    index = {t.start: i for i, t in enumerate(tokens)}
    spans = _place_after_noun(tokens, index, spans)
    covered = [(s.start, s.stop) for s in spans]
    added = []
    for s in spans:
        i = index.get(s.start)
        if s.type != "LOC" or not i or (tokens[i].feats or {}).get("Case") != "Gen":
            continue
        noun = tokens[i - 1]
        if (doc.text[noun.stop:s.start] == " " and _institution_noun(noun)
                and not any(a < noun.stop and noun.start < b for a, b in covered)):
            added.append(type(s)(noun.start, noun.stop, "ORG"))
        elif (field := _field_before(doc, tokens, i)) is not None and not any(
                a < tokens[i - 1].stop and field < b for a, b in covered):
            added.append(type(s)(field, tokens[i - 1].stop, "ORG"))
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans


def _institution_noun(token) -> bool:
    """A `by_place` noun in the singular, as written or capitalised (a plural one is shared by the places listed
    after it: «администрациями Санкт-Петербурга и …»)."""
    return (token.pos in ("NOUN", "PROPN") and token.text[1:].islower() and lemma(token) in _BY_PLACE
            and (token.feats or {}).get("Number") != "Plur")


def _place_after_noun(tokens: list, index: dict[int, int], spans: list) -> list:
    """`spans` with a LOC span that opens with a capitalised `by_place` noun in the singular before a word in the
    genitive cut to the place: NER tags «Правительством Азербайджанской Республики» a place, which its normal form
    then declines whole («Правительство Азербайджанская Республика»); the noun is the place's institution."""
    out = []
    for s in spans:
        i = index.get(s.start)
        if (s.type == "LOC" and i is not None and i + 1 < len(tokens) and tokens[i + 1].stop <= s.stop
                and _institution_noun(tokens[i]) and (tokens[i + 1].feats or {}).get("Case") == "Gen"):
            s = type(s)(tokens[i + 1].start, s.stop, s.type)
        out.append(s)
    return out


def _field_before(doc: NlpDoc, tokens: list, i: int) -> int | None:
    """Where a `by_field_place` noun in the singular starts whose field, lower-case words in the genitive
    (and «и», an abbreviation: «министерства энергетики и ЖКХ Самарской области»), runs up to token `i`, the
    place: «министерстве коммерции» before «КНР»; the nearest such noun; else None."""
    if i < 2 or not (tokens[i - 1].pos == "NOUN" or is_abbreviation(tokens[i - 1].text)):
        return None
    for k in range(i - 1, max(0, i - 1 - _FIELD_WORDS), -1):
        word = tokens[k]
        if doc.text[word.stop:tokens[k + 1].start] != " ":
            return None
        noun = tokens[k - 1]
        if (lemma(noun) in _BY_FIELD_PLACE and noun.pos == "NOUN" and noun.text[1:].islower()
                and (noun.feats or {}).get("Number") != "Plur" and doc.text[noun.stop:word.start] == " "):
            return noun.start
        if not (is_abbreviation(word.text) or word.text.islower() and (word.text == "и" or (
                word.pos in ("NOUN", "ADJ") and (word.feats or {}).get("Case") == "Gen"))):
            return None
    return None


def institution_normal(doc: NlpDoc, start: int, stop: int) -> str | None:
    """The normal form of a mention of this module: its noun's lemma, capitalised («администрации»,
    «Администрации» → «Администрация»), as natasha leaves a capitalised noun as written, its field as
    written («министерстве коммерции» → «Министерство коммерции»); None for any other span."""
    words = doc.tokens_in(start, stop)
    if not words or (noun := lemma(words[0])) not in (_BY_PLACE if len(words) == 1 else _BY_FIELD_PLACE):
        return None
    return noun[:1].upper() + noun[1:] + doc.text[words[0].stop:stop]


def is_institution_noun(normal: str) -> bool:
    """Whether a mention's normal form is a `by_place` noun alone («Правительство»): a mention of
    this module, where factRuEval-2016's annotators tag the place only (`benchmarks.entities`)."""
    return fold(normal) in _BY_PLACE
