"""Speakers the sentences before a quote tell: who sent the document it is read from, who was asked the
question it answers, whose document «документ» means (docs/quotes.md §4).  Each gives the Person, or None."""

from __future__ import annotations

from transforms.coreference import Person
from transforms.field_view import FieldView
from transforms.quotes.attribution import Row, relative_document
from transforms.quotes.lexicon import ASKING, GENERIC_DOCUMENTS, GREETING, IMPERSONAL, POINTING, REPLIES, is_document
from transforms.quotes.subjects import named_person


def _sentence_before(f: FieldView, k: int) -> int | None:
    """The sentence before token `k`'s, in its paragraph, or None."""
    s = f.sentence_of(k)
    if s == 0 or f.paragraph_of(f.tokens[f.sent_tokens[s - 1][0]].start) != f.paragraph_of(f.tokens[k].start):
        return None
    return s - 1


def sender(f: FieldView, row: Row, people: dict[str, Person]) -> Person | None:
    """«Токаев направил чемпионке поздравительную телеграмму. «…» — говорится в поздравлении»: a
    document with no owner is the one the sentence before the quote (in its paragraph) tells a person
    sent: that sentence's subject, where a document noun (speech_cues.tsv `document`) is its verb's object, or
    where its verb greets (quote_words.tsv `greeting`: «Путин поздравил Алиева с победой»);
    so is the document a relative clause of the cue relates to («Си Цзиньпин направил … поздравление, в
    котором говорится, что …»)."""
    cue = f.token_at(row.attr.pos)
    if f.lemma(cue) not in IMPERSONAL:
        return None
    if (k := relative_document(f, cue)) is not None:
        documents = [k]
    else:
        before = _sentence_before(f, f.token_at(row.start))
        if before is None:
            return None
        documents = [k for k in f.sentence_tokens(before) if is_document(f.lemma(k))]
        if not documents:  # «Путин поздравил Алиева с победой. «…», — говорится в телеграмме»: the greeter sent it
            greeters = [c for v in f.sentence_tokens(before) if f.lemma(v) in GREETING and f.tokens[v].pos == "VERB"
                        for c in f.children(v) if f.rel(c) == "nsubj"]
            return _person(named_person(f, greeters[0]), people) if greeters else None
    for k in documents:
        if f.rel(k) != "obj" or f.head(k) is None:
            continue
        for c in f.children(f.head(k)):
            if f.rel(c) == "nsubj":
                return _person(named_person(f, c), people)
    return None


def asked_person(f: FieldView, row: Row, people: dict[str, Person]) -> Person | None:
    """«Журналист спросил Черчесова, не считает ли он … . «…», — ответил тренер»: a reply cue's
    pronoun or descriptor is the person asked (the object of a cue of asking) in the sentence
    before the quote or in the quote's own sentence before it."""
    if row.attr.cue not in REPLIES:
        return None
    first = f.token_at(row.start)
    s = f.sentence_of(first)
    for k in reversed(range(f.sent_tokens[max(s - 1, 0)][0], first)):
        if f.lemma(k) in ASKING:
            return _person(asked(f, k), people)
    return None


def asked(f: FieldView, k: int) -> dict | None:
    """The PER mention verb of asking `k` asks: its object or indirect object, named («спросил Черчесова»,
    «спросил Путина о доверии»); None for any other token."""
    if f.lemma(k) not in ASKING:
        return None
    return next((m for c in f.children(k) if f.rel(c) in ("obj", "iobj") and (m := named_person(f, c)) is not None),
                None)


def _person(m: dict | None, people: dict[str, Person]) -> Person | None:
    return people.get(m["entity_id"]) if m is not None else None


def near_cue(f: FieldView, cue: int) -> range:
    """The tokens around an impersonal cue where its document is named, in its sentence: «говорится в
    документе», «В приговоре … говорится»."""
    a, b = f.sent_tokens[f.sentence_of(cue)]
    return range(max(a, cue - 3), min(b, cue + 4))


def earlier_document(f: FieldView, row: Row, people: dict[str, Person]) -> Person | None:
    """«…, следует из обзора финансовой стабильности Банка России. … «…», — отмечается в документе»: a
    generic document noun with no owner (quote_words.tsv `generic-document`) is the last document the
    field named before the quote, when a name in the genitive follows that noun in its phrase: that
    name's person or organisation."""
    cue = f.token_at(row.attr.pos)
    if f.lemma(cue) not in IMPERSONAL:
        return None
    a = f.sent_tokens[f.sentence_of(cue)][0]
    if not any(f.lemma(k) in GENERIC_DOCUMENTS for k in near_cue(f, cue)):
        return None
    for k in reversed(range(0, min(f.token_at(row.start), a))):
        if not is_document(f.lemma(k)):
            continue
        for x in range(k + 1, min(k + 6, len(f.tokens))):
            if f.tokens[x].pos == "PUNCT":
                return None
            m = f.mention_at(x)
            if m is not None and m["type"] in ("PER", "ORG") and f.feat(x, "Case") == "Gen":
                return people.get(m["entity_id"])
        return None
    return None


def pointed_document(f: FieldView, row: Row, people: dict[str, Person]) -> Person | None:
    """«Еще в начале марта «Лукойл» стал первой компанией, которая призвала к прекращению боевых действий.
    В том обращении говорилось: «…»»: a document with a demonstrative (quote_words.tsv `pointing`) and no
    owner is what the sentence before, in its paragraph, tells of: its main verb's subject, a person or an
    organisation named (probe EM)."""
    at = f.token_at(row.attr.pos)  # the cue, or the colon after it («В том обращении говорилось: «…»»)
    cue = next((k for k in range(at, f.sent_tokens[f.sentence_of(at)][0] - 1, -1) if f.lemma(k) in IMPERSONAL), None)
    if cue is None or not any(
            is_document(f.lemma(k)) and any(f.lemma(d) in POINTING for d in f.children(k)) for k in near_cue(f, cue)):
        return None
    before = _sentence_before(f, cue)
    if before is None:
        return None
    for k in f.sentence_tokens(before):
        if f.rel(k) == "root":
            for c in f.children(k):
                m = f.mention_at(c) if f.rel(c) == "nsubj" else None
                if m is not None and m["type"] in ("PER", "ORG"):
                    return people.get(m["entity_id"])
    return None
