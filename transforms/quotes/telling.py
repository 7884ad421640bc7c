"""A sentence that tells who said the sentence before it (docs/quotes.md §3): «… . Об этом заявил Сергей
Лавров.», «… . Так пресс-секретарь … Дмитрий Песков прокомментировал …», «… . Такое заявление сделал X.».
`reported.py` makes the sentence before a reported clause of the teller's; `direct.py` gives a whole
sentence in quote marks before it the teller for its speaker («Мы готовы к переговорам». Об этом заявил …).
"""

from __future__ import annotations

from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, attr_for_cue, author_cue, cue_of, impersonal_cue
from transforms.quotes.complement import complement
from transforms.quotes.lexicon import Cue, opens_with_cue_manner, opens_with_cue_object


def telling(f: FieldView, si: int) -> tuple[int, int, Attr] | None:
    """(first token, telling verb, teller) of sentence `si` when it opens with the cue's object (`cue-object`,
    «Об этом») or manner (`cue-manner`, «Так») and its cue names a teller and has no clause of its own; a relay
    may open it («Как передает Цензор.НЕТ, об этом сказал министр … Виктор Ляшко»). None otherwise."""
    if si == 0:
        return None
    a, b = f.sent_tokens[si]
    a = after_relay(f, a, b)
    # «Так пресс-секретарь … Дмитрий Песков прокомментировал …»: «так» the manner of the cue it hangs on
    manner = (a + 2 < b and opens_with_cue_manner([f.word(a), f.word(a + 1)]) and f.rel(a) == "advmod"
              and f.tokens[a + 1].pos != "PUNCT")
    noun = a + 1
    said = None if manner else _said_this(f, a, b)  # «он заявил это на форуме»: the cue's object after it
    noun_verb = False
    if said is not None:
        j = said
    else:
        if not manner and (with_noun := _with_noun(f, a, b)) is not None:
            noun = with_noun  # «С таким оптимистичным прогнозом выступил …»: «таким прогнозом» is the object
        elif (a + 2 >= b or not (manner or opens_with_cue_object(f.words(a, 3)))
                or (not manner and f.rel(a + 1) == "det")):
            return None  # (and «Об этом человеке говорят разное»: «этом» modifies a noun)
        j = next((k for k in range(a + 2, b) if f.tokens[k].pos == "VERB"), None)
        h = f.head(noun) if f.tokens[noun].pos == "NOUN" else None
        noun_verb = not manner and h is not None and f.tokens[h].pos == "VERB"
        if noun_verb:
            j = h  # «Такую оценку прошедшей встрече дал X»: the noun's verb, not a participle before it
        if manner:
            j = f.head(a)
    if j is None:
        return None
    cue = cue_of(f, j)
    if (manner or said is not None) and cue is None:
        return None
    if cue is not None and complement(f, j, cue, b) is not None:
        return None  # «На это Песков ответил, что …»: the sentence has its own reported clause
    if cue is None and noun_verb and f.rel(noun) in ("obj", "obl"):
        cue = author_cue(f, j)  # «Такое заявление сделал X», «Такую оценку дал X»: the noun is the words
    attr = teller(f, j, cue)
    return None if attr is None else (a, j, attr)


def _said_this(f: FieldView, a: int, b: int) -> int | None:
    """The verb of a sentence whose first verb, within its first four words, takes «это» as its object («Как
    передает корреспондент Firstnews, он заявил это на Гайдаровском форуме», probe HU): the words it tells are
    the sentence before, as «Об этом заявил X» tells them; None for any other sentence."""
    if "это" not in f.words(a, min(6, b - a)):
        return None  # (words first: the tree is parsed only for a sentence that may be one)
    j = next((k for k in range(a, min(a + 4, b)) if f.tokens[k].pos == "VERB"), None)
    if j is None or not any(f.word(c) == "это" and f.rel(c) == "obj" for c in f.children(j)):
        return None
    return j


def _with_noun(f: FieldView, a: int, b: int) -> int | None:
    """The noun of a sentence opening «С таким (…) прогнозом» («С таким оптимистичным прогнозом выступил сегодня
    … Герман Греф», probe HK): «с», a `cue-object` determiner and noun in the instrumental («таким прогнозом»,
    «этим заявлением»), adjectives between them; None for any other opening."""
    if f.word(a) != "с" or a + 2 >= b:
        return None
    k = a + 2
    while k < b and f.tokens[k].pos == "ADJ":
        k += 1
    if k >= b or f.tokens[k].pos != "NOUN" or not opens_with_cue_object([f.word(a + 1), f.word(k)]):
        return None
    return k


def teller(f: FieldView, j: int, cue: Cue | None) -> Attr | None:
    """Who the telling verb `j` («Об этом заявил X», «…, об этом сообщили в Следкоме») names: its
    subject, or the document of an impersonal cue; None for nobody written or a relay."""
    attr = attr_for_cue(f, j, cue) if cue is not None else impersonal_cue(f, j)
    if cue is not None and attr.implicit:  # «Об этом заявил адвокат X …, передал корреспондент»: the
        attr = attr_for_cue(f, j, cue, after_only=True)  # parser may hang the subject on the relay
    return None if attr is None or attr.implicit or attr.relay else attr


def tells_paragraph_of(f: FieldView, si: int) -> bool:
    """Whether sentence `si` may tell the sentence before it: the two share a paragraph, or `si`
    opens its paragraph and the one before is that sentence alone (a lead set apart: «Приговор …
    будет обвинительным.» ¶ «Об этом заявил адвокат …»)."""
    here, before = f.paragraph_of(f.doc.sentences[si].start), f.paragraph_of(f.doc.sentences[si - 1].start)
    if here == before:
        return True
    return (not f.text[here[0]:f.doc.sentences[si].start].strip()
            and (si < 2 or f.paragraph_of(f.doc.sentences[si - 2].start) != before))


def told_quote(f: FieldView, close: int) -> Attr | None:
    """The teller of a whole sentence in quote marks that closes at offset `close`: the next sentence, when it
    tells it (`telling`) from the same paragraph («Мы готовы к переговорам». Об этом заявил Дмитрий Песков.)."""
    si = f.sentence_of(f.token_at(close)) + 1
    if si >= len(f.doc.sentences) or not tells_paragraph_of(f, si):
        return None
    told = telling(f, si)
    if told is None:
        return None
    attr = told[2]
    attr.source = "told"
    return attr


def after_relay(f: FieldView, a: int, b: int) -> int:
    """The token after a relay that opens a sentence, «Как CUE X,» («Как передает Цензор.НЕТ, об этом
    сказал …»), else `a`."""
    if f.word(a) != "как" or not any(cue_of(f, j) is not None for j in range(a + 1, min(a + 3, b))):
        return a
    k = next((k for k in range(a + 2, min(a + 15, b)) if f.tokens[k].text in ",;:"), None)
    return k + 1 if k is not None and f.tokens[k].text == "," and k + 1 < b else a
