"""Quotes: who said what — direct and reported speech with the speaker resolved.

`extract_quotes(article, docs, mentions)` gives the rows of the quotes table (DESIGN.md §2)
for one article.  Pure: strings, natasha documents and mention rows in, dicts out.  The rules,
with examples from real articles, are in docs/quotes.md; in short:

- **direct** speech is a span in quote marks («…», „…“, “…”, "…") that something attributes
  to a speaker: a cue after it («…», — сказал X), a cue inside it («…, — сказал X. — …»), a
  clause before a colon (X заявил: «…»), a byline paragraph after it, a cue whose whole
  complement it is (X отметил, что «…»; по словам X, «…»); a quoted sentence standing alone
  after other quotes continues the previous speaker.  Interview lines («Мустафа Джемилев:
  …») and dialogue lines starting with a dash are direct speech too.  Anything else in quote
  marks (names, titles, scare quotes, fragments inside reported speech) is not a quote.
- **indirect** (reported) speech is the clause a cue introduces: X заявил, что …; По словам
  X, …; Как отметил X, …; …, считает X.
- the **speaker** is the cue's subject (or agent, or the object of «цитировать»), read from
  natasha's syntax tree of the cue's sentence only; mentions overlapping it give the entity.
  Pronouns and descriptors («парламентарий», «жена российского бизнесмена») resolve to a
  person of the preceding text; a relaying source («— цитировало его РИА Новости») is not
  the speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from transforms.names import fold, key, names_word, surname
from transforms import wordlists
from transforms.field_view import FieldView
from transforms.ids import stable_id
from transforms.nlp import NlpDoc, lemma
from transforms.parse import ParsedArticle

SPEAKER_TYPES = ("PER", "ORG", "LOC")

_DASHES = "—–-"
_WORD = re.compile(r"\w+")
_PRONOUN_GENDER = {
    **dict.fromkeys(("он", "его", "него", "ему", "нему", "им", "ним", "нем", "нём"), "Masc"),
    **dict.fromkeys(("она", "ее", "её", "нее", "неё", "ей", "ней", "нею", "ею"), "Fem"),
    **dict.fromkeys(("они", "их", "них", "ими", "ними"), "Plur"),
}
_CONNECTIVES = {"однако", "но", "а", "и", "вместе", "с", "тем", "при", "этом", "также", "кроме", "того", "тоже",
                "не", "менее", "в", "то", "же", "время", "свою", "очередь", "ранее", "впрочем", "между", "тогда",
                "кстати", "правда", "итак", "так", "вот", "сейчас", "теперь", "позднее", "позже"}
_SUBJECT_RELS = ("nsubj", "nsubj:pass")
_NOT_SPEAKERS = {"это", "что", "кто", "то", "все", "всё", "который", "которая", "которые", "такой", "сам"}
_NP_RELS = ("amod", "nmod", "det", "nummod", "flat", "flat:name", "flat:foreign", "compound", "case", "appos",
            "nmod:poss", "fixed", "conj", "cc")


# ---------------------------------------------------------------------------------------------
# lexicon


@dataclass(frozen=True)
class Cue:
    word: str
    role: str
    cue: str
    synonyms: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, Cue]]:
    """word → role → Cue, from transforms/data/speech_cues.tsv."""
    entries: dict[str, dict[str, Cue]] = defaultdict(dict)
    for word, role, *rest in wordlists.rows("speech_cues.tsv"):
        extra = rest[0].strip() if rest else ""
        if role == "descriptor":
            entries[fold(word)][role] = Cue(fold(word), role, fold(word), tuple(extra.split()))
        else:
            entries[fold(word)][role] = Cue(fold(word), role, extra or fold(word))
    return dict(entries)


_VERB_ROLES = ("speech", "opinion", "report", "quote", "call")


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """First three letters of every lexicon word: a cheap filter before lemmatising a token."""
    return frozenset(w.removeprefix("не ")[:3] for w in lexicon())


# ---------------------------------------------------------------------------------------------
# one field of an article: text, tokens, syntax on demand


@dataclass
class _Attr:
    """Who a quote is attributed to, as the text says it."""

    cue: str | None = None
    head: int | None = None  # token index of the speaker's head word
    np: tuple[int, int] | None = None  # token range [i, j) of the speaker's noun phrase (as written)
    np_tokens: frozenset = frozenset()  # every token of the phrase's subtree (appositions after a gap too)
    source: str = "cue"  # cue | label | colon | implicit | continuation
    gender: str | None = None  # Masc / Fem / Plur from the cue verb
    relay: bool = False  # a source that only passes the words on
    implicit: bool = False  # no speaker written: the previous speaker goes on
    label: dict | None = None  # a mention that labels an interview line or a byline
    pos: int = 0  # character offset of the attribution


@dataclass
class _Row:
    start: int
    stop: int
    kind: str
    attr: _Attr | None
    anchor: int = 0  # where the attribution starts (for antecedents: text before it)


@dataclass
class _Span:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    depth: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


class _Field(FieldView):
    """A field as quotes read it: the shared view plus the entities of the whole article
    (title and body) that a name may refer to."""

    def __init__(self, name: str, text: str, doc: NlpDoc, paragraphs, mentions: list[dict],
                 article_mentions: list[dict] | None = None):
        super().__init__(name, doc, paragraphs, mentions, SPEAKER_TYPES)
        self.article_mentions = [m for m in (article_mentions or mentions)
                                 if m.get("type") in SPEAKER_TYPES and m.get("entity_id")]


# ---------------------------------------------------------------------------------------------
# quote marks


def mark_spans(text: str, paragraphs) -> list[_Span]:
    """Balanced quote-mark pairs, nested ones included, never across a paragraph break."""
    spans = []
    for p0, p1 in paragraphs:
        stack: list[tuple[int, str]] = []
        for i in range(p0, p1):
            ch = text[i]
            if ch == '"':
                prev = text[i - 1] if i > p0 else " "
                nxt = text[i + 1] if i + 1 < p1 else " "
                opener = prev.isspace() or prev in "([{«„“:" + _DASHES or i == p0
                if stack and stack[-1][1] == '"' and not (opener and not nxt.isspace() and nxt not in ".,;:!?»"):
                    j, _ = stack.pop()
                    spans.append(_Span(j, i, len(stack)))
                elif opener and not nxt.isspace():
                    stack.append((i, ch))
                continue
            if ch == "«" or ch == "„":
                stack.append((i, ch))
            elif ch == "“":
                if stack and stack[-1][1] == "„":
                    j, _ = stack.pop()
                    spans.append(_Span(j, i, len(stack)))
                else:
                    stack.append((i, ch))
            elif ch == "»":
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][1] == "«":
                        j = stack[k][0]
                        del stack[k:]
                        spans.append(_Span(j, i, len(stack)))
                        break
            elif ch == "”":
                if stack and stack[-1][1] in "“„":
                    j, _ = stack.pop()
                    spans.append(_Span(j, i, len(stack)))
    return sorted(spans, key=lambda s: (s.open, -s.close))


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


# ---------------------------------------------------------------------------------------------
# cues and speakers


def _cue_of(f: _Field, i: int, roles=_VERB_ROLES) -> Cue | None:
    """The lexicon entry of token i when it works as a cue with one of `roles`."""
    t = f.tokens[i]
    if not t.text[:1].isalpha() or fold(t.text)[:3] not in _prefixes():
        return None
    lex = lexicon()
    word, lemma = fold(t.text), f.lemma(i)
    negated = f.word(i - 1) == "не"
    candidates = []
    if negated:
        candidates += [lex.get("не " + lemma), lex.get("не " + word)]
    candidates += [lex.get(word), lex.get(lemma)]
    for entry in candidates:
        if not entry:
            continue
        for role in roles:
            if role in entry:
                cue = entry[role]
                if role in _VERB_ROLES and not _finite_enough(f, i, cue):
                    continue
                if negated and not cue.word.startswith("не ") and role != "opinion":
                    return None
                return cue
    return None


def _finite_enough(f: _Field, i: int, cue: Cue) -> bool:
    t = f.tokens[i]
    feats = t.feats or {}
    if t.pos == "ADJ":
        return cue.role == "opinion" and (feats.get("Variant") == "Short" or fold(t.text) == cue.word)
    if t.pos == "NOUN" and f.lemma(i) == cue.word and cue.word.endswith(("ть", "ться", "ти")):
        return True  # a verb the tagger took for a noun: «…, передаёт NEWSru.com»
    if t.pos not in ("VERB", "AUX"):
        return False
    if feats.get("VerbForm") == "Inf" or feats.get("Mood") == "Imp" or feats.get("Person") in ("1", "2"):
        return False
    if feats.get("VerbForm") == "Part" and feats.get("Voice") == "Pass":
        return False
    return True


def _is_person_pronoun(f: _Field, i: int) -> bool:
    return f.tokens[i].pos in ("PRON", "DET") and f.word(i) in _PRONOUN_GENDER


def _np_range(f: _Field, h: int, limit: tuple[int, int] | None = None) -> tuple[int, int, frozenset]:
    """Token range of the noun phrase headed by token h (modifiers, genitives, names, appositions)
    and the set of its tokens."""
    keep = {h}
    todo = [h]
    while todo:
        k = todo.pop()
        for c in f.children(k):
            if c in keep:
                continue
            if f.rel(c) in _NP_RELS or (f.tokens[c].pos == "PUNCT" and f.tokens[c].text in "«»\"„“”,"):
                keep.add(c)
                todo.append(c)
    a = b = h
    while a - 1 in keep:
        a -= 1
    while b + 1 in keep:
        b += 1
    if limit:
        a, b = max(a, limit[0]), min(b, limit[1] - 1)
    # edges: no punctuation, no prepositions at the end, quote marks only in pairs
    while a < b and (f.tokens[a].pos in ("PUNCT", "ADP", "CCONJ") and f.tokens[a].text not in "«\"„“"):
        a += 1
    while b > a and (f.tokens[b].pos in ("PUNCT", "ADP", "CCONJ") and f.tokens[b].text not in "»\"“”"):
        b -= 1
    opened = sum(f.tokens[k].text in "«„" for k in range(a, b + 1))
    closed = sum(f.tokens[k].text in "»“" for k in range(a, b + 1))
    if closed > opened and f.tokens[b].text in "»“":
        b -= 1
    return a, b + 1, frozenset(keep)


def _nominal(f: _Field, i: int) -> bool:
    t = f.tokens[i]
    if t.pos in ("NOUN", "PROPN") or (t.pos == "X" and t.text[:1].isupper()):
        return True
    return _is_person_pronoun(f, i)


def _subject(f: _Field, cue_i: int, cue: Cue, after_only: bool = False) -> tuple[int | None, bool]:
    """Head token of the speaker of cue token `cue_i` and whether it is only a relay."""
    kids = f.children(cue_i)
    if cue.role == "quote":
        si = f.sentence_of(cue_i)
        for k in range(cue_i + 1, f.sent_tokens[si][1]):  # «— цитирует ИА Regnum Минченко»
            if f.tokens[k].text in ".!?;:«»":
                break
            m = f.mention_at(k)
            if (m is not None and m["type"] == "PER" and not _common_noun_mention(f, m)) or (
                    _is_person_pronoun(f, k) and f.feat(k, "Case") in ("Acc", "Gen")):
                return k, False
        for c in kids:
            if f.rel(c) in ("obj", "iobj") and _nominal(f, c):
                if f.lemma(c) in ("слово", "высказывание"):
                    owner = [g for g in f.children(c) if f.rel(g).startswith("nmod") and _nominal(f, g)]
                    return (owner[0] if owner else None), False
                return c, False
        si = f.sentence_of(cue_i)
        for k in range(cue_i + 1, f.sent_tokens[si][1]):
            if f.tokens[k].text in ".!?;:«»":
                break
            if _nominal(f, k) and f.feat(k, "Case") in ("Acc", "Gen"):
                return k, False
        return None, False
    subj = [c for c in kids if f.rel(c) in _SUBJECT_RELS and (_nominal(f, c) or (
        f.tokens[c].pos in ("DET", "ADJ", "PRON", "NUM", "X") and f.word(c) not in _NOT_SPEAKERS))]
    if after_only:
        subj = [c for c in subj if c > cue_i]
    if subj:
        s = subj[0]
        if f.word(s) in ("который", "которая", "которые", "кто"):
            h = f.head(cue_i)
            return (f.head(h) if h is not None and f.rel(cue_i) == "acl:relcl" else h), False
        return s, False
    rel = f.rel(cue_i)
    feats = f.tokens[cue_i].feats or {}
    if feats.get("VerbForm") == "Conv":  # «…, полагая, что …»: the subject of the main clause
        si = f.sentence_of(cue_i)
        chain, h = [], f.head(cue_i)
        while h is not None and h not in chain and len(chain) < 4:
            chain.append(h)
            h = f.head(h)
        roots = [k for k in range(*f.sent_tokens[si]) if f.rel(k) == "root" and k < cue_i]
        for h in chain + roots:
            subj = [c for c in f.children(h) if f.rel(c) in _SUBJECT_RELS and _nominal(f, c)]
            if subj and (_person_like(f, subj[0]) or any(
                    f.mention_at(k) is not None for k in _np_range(f, subj[0])[2])):
                return subj[0], False
    elif rel == "conj":
        h = f.head(cue_i)
        if h is not None and h != cue_i:
            subj = [c for c in f.children(h) if f.rel(c) in _SUBJECT_RELS and _nominal(f, c)]
            if subj:
                return subj[0], False
            if f.rel(h) == "conj":
                h2 = f.head(h)
                subj = [c for c in f.children(h2) if f.rel(c) in _SUBJECT_RELS and _nominal(f, c)] if h2 else []
                if subj:
                    return subj[0], False
    if feats.get("VerbForm") == "Part" and rel.startswith("acl"):
        h = f.head(cue_i)
        if h is not None and _nominal(f, h):
            return h, False
    # «заявили в МИД», «пояснили в милиции»: an organisation as the place of the statement
    for c in kids:
        if f.rel(c) == "obl" and any(f.word(g) in ("в", "во") for g in f.children(c)) and f.tokens[c].pos in (
                "NOUN", "PROPN") and feats.get("Number") == "Plur":
            return c, False
    # linear fallback: the nearest nominative noun before the cue (after it, for «…, — сказал X»)
    si = f.sentence_of(cue_i)
    a, b = f.sent_tokens[si]
    if after_only:
        order = range(cue_i + 1, b)
    else:
        order = range(cue_i - 1, a - 1, -1)
    depth = 0
    for k in order:
        t = f.tokens[k]
        if t.text in ".!?;:" or (after_only and t.text == "," and k > cue_i + 1):
            break
        if t.text in "«„»“":
            depth += 1 if (t.text in "«„") == after_only else -1
            continue
        if depth == 0 and _nominal(f, k) and f.feat(k, "Case") == "Nom" and f.word(k) not in (
                "это", "что", "кто", "который", "которая", "которые"):
            return k, False
    return None, False


def _relay(f: _Field, cue_i: int, cue: Cue, head: int | None) -> bool:
    """«…, сообщает NEWSru.com», «как передала радиостанция «Маяк»»: a news source reporting,
    not a speaker — an organisation in the present tense, a news outlet in any tense."""
    if head is None or cue.role == "quote":
        return False
    if "media" in lexicon().get(f.lemma(head), {}) or "media" in lexicon().get(f.word(head), {}):
        return True
    present = f.feat(cue_i, "Tense") == "Pres" or (
        f.tokens[cue_i].pos == "NOUN" and f.word(cue_i).endswith(("ет", "ёт", "ит", "ют", "ут", "ят")))
    if cue.role != "report" or not present:
        return False
    m = f.mention_at(head)
    return (m is not None and m["type"] == "ORG") or f.tokens[head].pos == "X"


def _attr_for_cue(f: _Field, cue_i: int, cue: Cue, after_only: bool = False) -> _Attr:
    head, _ = _subject(f, cue_i, cue, after_only=after_only)
    feats = f.tokens[cue_i].feats or {}
    gender = "Plur" if feats.get("Number") == "Plur" else feats.get("Gender")
    attr = _Attr(cue=cue.cue, head=head, gender=gender, pos=f.tokens[cue_i].start)
    if head is not None:
        _set_np(f, attr, head)
        attr.relay = _relay(f, cue_i, cue, head)
        attr.pos = min(attr.pos, f.tokens[attr.np[0]].start)
    else:
        attr.implicit = True
    return attr


def _govoritsya(f: _Field, cue_i: int) -> _Attr | None:
    """«…» — говорится в сообщении [пресс-службы …]."""
    if f.lemma(cue_i) not in ("говориться", "сообщаться"):
        return None
    doc_i = None
    for k in range(cue_i + 1, min(cue_i + 4, len(f.tokens))):
        if "document" in lexicon().get(f.lemma(k), {}):
            doc_i = k
            break
    if doc_i is None:
        return None
    attr = _Attr(cue=f"{f.word(cue_i)} в {f.word(doc_i)}", pos=f.tokens[cue_i].start)
    owners = [c for c in f.children(doc_i) if f.rel(c).startswith("nmod") and f.feat(c, "Case") == "Gen"
              and _nominal(f, c) and c > doc_i]
    if not owners and doc_i + 1 < len(f.tokens) and _nominal(f, doc_i + 1) and f.feat(doc_i + 1, "Case") == "Gen":
        owners = [doc_i + 1]
    if owners:
        attr.head = owners[0]
        _set_np(f, attr, owners[0])
    else:
        attr.implicit = True
    return attr


def _cue_after(f: _Field, pos: int, limit: int) -> _Attr | None:
    """An attribution that starts right after offset `pos`: «…», — сказал X."""
    i = f.token_at(pos)
    n_punct = 0
    while i < len(f.tokens) and f.tokens[i].start < limit and f.tokens[i].text in ",—–-" and n_punct < 3:
        i += 1
        n_punct += 1
    skipped = 0
    while i < len(f.tokens) and f.tokens[i].pos == "ADV" and skipped < 2:
        i += 1
        skipped += 1
    if i >= len(f.tokens) or f.tokens[i].start >= limit:
        return None
    between = f.text[pos:f.tokens[i].start]
    if any(ch in between for ch in ".!?…:;«") or not any(ch in between for ch in ",—–-"):
        return None
    gov = _govoritsya(f, i)
    if gov is not None:
        return gov
    cue = _cue_of(f, i)
    if cue is None:
        return None
    return _attr_for_cue(f, i, cue, after_only=True)


# ---------------------------------------------------------------------------------------------
# direct speech


def _speech_like(f: _Field, start: int, stop: int) -> bool:
    """Words that read as a statement: three words or more with a verb, a dash or two sentences."""
    inner = f.text[start:stop]
    if _n_words(inner) < 3:
        return False
    if re.search(r"\s[—–-]\s", inner) or re.search(r"[.!?…]\s+\w", inner):
        return True
    for k in f.tokens_in(start, stop):
        t = f.tokens[k]
        feats = t.feats or {}
        if (t.pos in ("VERB", "AUX") and feats.get("VerbForm") in ("Fin", None)) or feats.get("Variant") == "Short":
            return True
    return False


def _interjection(f: _Field, start: int, stop: int) -> _Attr | None:
    """«…, — сказал X. — …»: a cue inside the quote, between two dashes."""
    for k in f.tokens_in(start, stop):
        t = f.tokens[k]
        if t.text not in "—–-" or k < 1 or f.tokens[k - 1].text not in ",!?…":
            continue
        j = k + 1
        if j >= len(f.tokens) or f.tokens[j].start >= stop:
            continue
        cue = _cue_of(f, j)
        if cue is None:
            continue
        # the interjection closes with [.,] and a dash before the quote goes on
        m = j + 1
        while m < len(f.tokens) and f.tokens[m].start < stop and m < j + 25:
            if f.tokens[m].text in ".,:" and m + 1 < len(f.tokens) and f.tokens[m + 1].text in "—–-":
                return _attr_for_cue(f, j, cue, after_only=True)
            if f.tokens[m].text in "«»\"":
                break
            m += 1
    return None


def _pre_colon(f: _Field, colon: int, quote_start: int) -> _Attr | None:
    """X заявил: «…»; Слова Сагдеева из интервью: «…»; a person as the subject before the colon."""
    p0 = f.paragraph_of(colon)[0]
    start = p0
    for m in re.finditer(r"[.!?…»]\s", f.text[p0:colon]):
        start = p0 + m.end()
    idx = [k for k in f.tokens_in(start, colon)]
    if not idx:
        return None
    words = [k for k in idx if f.tokens[k].pos != "PUNCT"]
    if 0 < len(words) <= 4 and all(f.tokens[k].pos == "PROPN" for k in words):  # «Виктор Понедельник: «…»»
        m = f.mention_at(words[0])
        if m is not None and m["type"] in SPEAKER_TYPES:
            return _Attr(label=m, pos=m["start"], source="label")
        return _Attr(head=words[-1], np=(words[0], words[-1] + 1), np_tokens=frozenset(words),
                     pos=f.tokens[words[0]].start, source="colon")
    speech = False
    inside = 0
    for k in idx:  # a cue of the clause (not inside quote marks)
        t = f.tokens[k]
        if t.text in "«„":
            inside += 1
        elif t.text in "»“":
            inside -= 1
        if inside:
            continue
        gov = _govoritsya(f, k)
        if gov is not None and not gov.implicit:
            gov.source = "colon"
            return gov
        cue = _cue_of(f, k)
        if cue is not None:
            speech = True
            attr = _attr_for_cue(f, k, cue)
            if not attr.implicit:
                attr.source = "colon"
                return attr
        noun = _cue_of(f, k, roles=("noun",))
        if noun is not None:
            speech = True
            if noun.cue == "слова":
                owners = [c for c in f.children(k) if f.rel(c).startswith("nmod") and _nominal(f, c)]
                if owners:
                    return _np_attr(f, owners[0], cue="слова", pos=f.tokens[k].start, source="colon")
            h = f.head(k)
            if h is not None and f.tokens[h].pos == "VERB":
                subj = [c for c in f.children(h) if f.rel(c) in _SUBJECT_RELS and _nominal(f, c)]
                if subj:
                    return _np_attr(f, subj[0], cue=noun.cue, pos=f.tokens[k].start, source="colon",
                                    gender=f.feat(h, "Gender"))
    if speech:  # a cue without a subject the parser could find: the first person of the clause
        for k in idx:
            m = f.mention_at(k)
            if (m is not None and m["type"] == "PER" and f.feat(k, "Case") == "Nom") or (
                    _is_person_pronoun(f, k) and f.feat(k, "Case") == "Nom"):
                return _np_attr(f, k, cue=None, pos=f.tokens[k].start, source="colon")
    # the subject of the clause's main verb, when it is a person
    roots = [k for k in idx if f.rel(k) == "root"][:1]
    for r in roots:
        for c in f.children(r):
            if f.rel(c) in _SUBJECT_RELS and _nominal(f, c) and _person_like(f, c):
                g = "Plur" if f.feat(r, "Number") == "Plur" else f.feat(r, "Gender")
                return _np_attr(f, c, cue=None, pos=f.tokens[c].start, source="colon", gender=g)
    return None


def _set_np(f: _Field, attr: _Attr, head: int, limit: tuple[int, int] | None = None) -> None:
    a, b, keep = _np_range(f, head, limit or f.sent_tokens[f.sentence_of(head)])
    attr.head, attr.np, attr.np_tokens = head, (a, b), keep


def _np_attr(f: _Field, head: int, **kw) -> _Attr:
    a, b, keep = _np_range(f, head, f.sent_tokens[f.sentence_of(head)])
    return _Attr(head=head, np=(a, b), np_tokens=keep, **kw)


def _person_like(f: _Field, i: int) -> bool:
    m = f.mention_at(i)
    if m is not None:
        return m["type"] == "PER"
    if _is_person_pronoun(f, i):
        return _PRONOUN_GENDER[f.word(i)] != "Plur"
    return f.feat(i, "Animacy") == "Anim" and f.tokens[i].pos == "NOUN" and f.feat(i, "Number") != "Plur"


def _byline(f: _Field, para_index: int) -> dict | None:
    """A paragraph «— Татьяна Скригонюк, заместитель начальника …» after a quote paragraph."""
    if para_index + 1 >= len(f.paragraphs):
        return None
    p0, p1 = f.paragraphs[para_index + 1]
    line = f.text[p0:p1]
    if not line[:1] in _DASHES or _n_words(line) > 25:
        return None
    for k in f.tokens_in(p0, p1):
        t = f.tokens[k]
        if t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin":
            return None
    pers = [m for m in f.mentions_in(p0, p1) if m["type"] == "PER"]
    return pers[0] if pers else None


def _direct_rows(f: _Field, spans: list[_Span]) -> list[_Row]:
    rows = []
    for sp in spans:
        if sp.depth:
            continue
        a, b = sp.inner
        while a < b and f.text[a].isspace():
            a += 1
        while b > a and f.text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        p0, p1 = f.paragraph_of(sp.open)
        attrs: list[_Attr] = []
        anchor = sp.open
        inter = _interjection(f, a, b)
        if inter:
            attrs.append(inter)
        before = f.text[p0:sp.open].rstrip(" \t" + _DASHES)
        starts_sentence = not before.strip() or before[-1:] in ".!?…:»\"”"
        after = _cue_after(f, sp.close + 1, p1) if starts_sentence else None  # not «включают «…», сообщает X»
        if after:
            attrs.append(after)
        colon = None
        if before.endswith(":"):
            colon = p0 + len(before) - 1
        elif not before.strip():
            pi = f.paragraphs.index((p0, p1)) if (p0, p1) in f.paragraphs else -1
            if pi > 0:
                q0, q1 = f.paragraphs[pi - 1]
                prev = f.text[q0:q1].rstrip()
                if prev.endswith(":"):
                    colon = q0 + len(prev) - 1
        rest = f.text[sp.close + 1:p1]
        ends_paragraph = not rest.strip(" .!?…")
        if ends_paragraph and not before.strip() and not after:
            pi = f.paragraphs.index((p0, p1)) if (p0, p1) in f.paragraphs else -1
            label = _byline(f, pi) if pi >= 0 else None
            if label is not None:
                attrs.append(_Attr(label=label, pos=label["start"], source="label"))
        if colon is not None:
            pre = _pre_colon(f, colon, sp.open)
            if pre is not None:
                attrs.append(pre)
            elif _speech_like(f, a, b):
                attrs.append(_Attr(implicit=True, pos=colon, source="implicit"))
        whole_sentence = (not before.strip() or before.rstrip()[-1:] in ".!?…»") and re.match(
            r"^[ \t]*[.!?…]?[ \t]*(?:$|[A-ZА-ЯЁ«„“\"—–-])", rest)
        if not attrs and whole_sentence and _speech_like(f, a, b):
            # a continuation: kept only when other quotes come before it (checked once rows are known)
            attrs.append(_Attr(implicit=True, pos=sp.open, source="continuation"))
        if not attrs:
            continue
        rows.append(_Row(a, b, "direct", _choose(attrs), anchor=min(anchor, *(x.pos for x in attrs))))
    return rows


def _choose(attrs: list[_Attr]) -> _Attr:
    """The attribution that names the speaker best: a written speaker over an implied one,
    a speaker over a source that relays the words."""
    def rank(x: _Attr) -> int:
        if x.relay:
            return 5
        if x.implicit:
            return 4
        return {"cue": 0, "label": 1, "colon": 2}.get(x.source, 3)
    return sorted(attrs, key=rank)[0]


def _interview_rows(f: _Field) -> list[_Row]:
    """«Мустафа Джемилев: Да, всё верно.» — a paragraph labelled by a person or organisation."""
    found = []
    for p0, p1 in f.paragraphs:
        ms = [m for m in f.mentions if m["start"] == p0 + (len(f.text[p0:p1]) - len(f.text[p0:p1].lstrip()))]
        if not ms:
            continue
        m = max(ms, key=lambda m: m["stop"])
        m_colon = re.match(r"[ \t]*:[ \t]*", f.text[m["stop"]:p1])
        if not m_colon or m["type"] not in ("PER", "ORG"):
            continue
        start = m["stop"] + m_colon.end()
        stop = len(f.text[:p1].rstrip())
        if _n_words(f.text[start:stop]) < 2:
            continue
        found.append((m, start, stop))
    if len(found) < 2:
        found = [x for x in found if x[0]["type"] == "PER"]
    return [_Row(start, stop, "direct", _Attr(label=m, pos=m["start"]), anchor=m["start"]) for m, start, stop in found]


def _dash_rows(f: _Field) -> list[_Row]:
    """Dialogue lines: «— Это было самое тяжёлое решение, — сказал Клинсман.»"""
    rows = []
    lines = [(p0, p1) for p0, p1 in f.paragraphs if f.text[p0:p1][:1] in _DASHES and f.text[p0 + 1:p0 + 2] == " "]
    line_set = set(lines)
    for n, (p0, p1) in enumerate(f.paragraphs):
        if (p0, p1) not in line_set:
            continue
        start = p0 + 1
        while start < p1 and f.text[start].isspace():
            start += 1
        stop = len(f.text[:p1].rstrip())
        attr = None
        for m in re.finditer(r"([,!?…])\s*[—–-]\s+(?=\w)", f.text[start:stop]):
            cut = start + m.start(1) + (0 if m.group(1) == "," else 1)
            found = _cue_after(f, start + m.start(1) + 1, p1)
            if found is None:
                continue
            attr = found
            tail = re.search(r"[.,]\s*[—–-]\s+(?=\w)", f.text[start + m.end():stop])  # «— A, — сказал X. — B»
            if not tail:
                stop = cut
            break
        if attr is None:
            neighbours = {f.paragraphs[k] for k in (n - 1, n + 1) if 0 <= k < len(f.paragraphs)}
            if not neighbours & line_set or _byline_like(f, p0, p1) or not _speech_like(f, start, stop):
                continue
        rows.append(_Row(start, stop, "direct", attr, anchor=p0))
    return rows


def _byline_like(f: _Field, p0: int, p1: int) -> bool:
    return _byline(f, f.paragraphs.index((p0, p1)) - 1) is not None if (p0, p1) in f.paragraphs else False


# ---------------------------------------------------------------------------------------------
# reported speech


@dataclass
class _Clause:
    start: int
    stop: int
    cue_i: int
    attr: _Attr
    anchor: int


def _sentence_end(f: _Field, si: int) -> int:
    s = f.doc.sentences[si]
    stop = s.stop
    while stop > s.start and (f.text[stop - 1].isspace() or f.text[stop - 1] in ".!?…;:"):
        stop -= 1
    return stop


def _complement(f: _Field, cue_i: int, cue: Cue, b: int) -> int | None:
    """Start offset of the clause a cue introduces: «…, что CLAUSE» or a quote right after it."""
    k = cue_i + 1
    if k < b and f.tokens[k].text in "«„“\"" and cue.role != "noun":  # «сказав «…»», not «передаёт «Интерфакс»»
        close = next((j for j in range(k + 1, b) if f.tokens[j].text in "»“”\""), None)
        if close is not None and _speech_like(f, f.tokens[k].stop, f.tokens[close].start):
            return f.tokens[k].start
        return None
    words = ("что", "будто", "чтобы") if cue.role == "call" else ("что", "будто")
    limit = min(b, cue_i + 20)
    while k < limit:
        t = f.tokens[k]
        if t.text == "," and k + 1 < b and f.word(k + 1) in words:
            if k + 2 >= b or f.word(k + 2) == "касается":  # «о том, что касается …» = as regards
                return None
            if _clause_of_noun(f, k + 1, cue_i):
                return None
            return f.tokens[k + 2].start
        if t.text in ".!?;:" or (t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin"):
            return None
        if t.text in "«»":
            return None
        k += 1
    return None


def _clause_of_noun(f: _Field, mark_i: int, cue_i: int) -> bool:
    """«опроверг предположения, что …»: the clause belongs to a noun object, not to the cue."""
    verb = f.head(mark_i)
    if verb is None:
        return False
    owner = f.head(verb)
    if owner is None or owner == cue_i or not cue_i < owner < mark_i:
        return False
    if f.tokens[owner].pos != "NOUN" or f.rel(owner) != "obj":
        return False
    return not lexicon().get(f.lemma(owner), {}).keys() & {"noun", "document"}


def _phrase_speaker(f: _Field, noun_i: int, b: int) -> tuple[int | None, int | None]:
    """По словам X, … → (head of X, token index after the phrase)."""
    if noun_i - 1 >= 0 and f.word(noun_i - 1) in _PRONOUN_GENDER and f.word(noun_i - 2) == "по":
        end = noun_i + 1
        if end < b and f.tokens[end].text == ",":
            end += 1
        return noun_i - 1, end
    k = noun_i + 1
    while k < b and k < noun_i + 15:
        if f.tokens[k].text == ",":
            break
        if f.tokens[k].text in ".!?;:":
            return None, None
        k += 1
    if k >= b or f.tokens[k].text != ",":
        return None, None
    if k + 1 < b and f.word(k + 1).startswith("котор"):
        j = k + 1
        while j < b and f.tokens[j].text != "," and f.tokens[j].text not in ".!?;:":
            j += 1
        if j < b and f.tokens[j].text == ",":
            k = j
    heads = [c for c in f.children(noun_i) if f.rel(c).startswith("nmod") and _nominal(f, c) and c < k
             and not f.word(c).startswith("котор")]
    head = heads[0] if heads else next((j for j in range(noun_i + 1, k) if _nominal(f, j)), None)
    return head, k + 1


def _only_connectives(f: _Field, a: int, k: int) -> bool:
    return all(f.tokens[j].pos == "PUNCT" or f.word(j) in _CONNECTIVES for j in range(a, k))


def _clauses_in_sentence(f: _Field, si: int, blocked) -> list[_Clause]:
    a, b = f.sent_tokens[si]
    if a >= b:
        return []
    sent_stop = _sentence_end(f, si)
    out: list[_Clause] = []
    used: set[int] = set()
    for i in range(a, b):
        if i in used or blocked(f.tokens[i].start):
            continue
        t = f.tokens[i]
        w = f.word(i)
        # По словам X, … / По мнению X, … / Согласно X, …
        if w == "по" and i + 1 < b:
            noun_i = i + 2 if f.word(i + 1) in _PRONOUN_GENDER and i + 2 < b else i + 1
            phrase = _cue_of(f, noun_i, roles=("phrase",))
            if phrase is not None:
                head, after = _phrase_speaker(f, noun_i, b)
                if after is None or after >= b:
                    continue
                attr = _Attr(cue=phrase.cue, head=head, pos=t.start)
                if head is not None:
                    _set_np(f, attr, head, (i + 1, after))
                else:
                    attr.implicit = True
                start = _phrase_clause_start(f, a, i, after, b)
                out.append(_Clause(start, sent_stop, noun_i, attr, t.start))
                used.update(range(i, after))
                continue
        if w == "согласно" and i + 1 < b:
            m = f.mention_at(i + 1)
            if m is not None and m["type"] == "PER":
                k = i + 1
                while k < b and f.tokens[k].start < m["stop"]:
                    k += 1
                if k < b and f.tokens[k].text == ",":
                    attr = _Attr(cue="согласно", head=k - 1, np=(i + 1, k), pos=t.start)
                    start = _phrase_clause_start(f, a, i, k + 1, b)
                    out.append(_Clause(start, sent_stop, i, attr, t.start))
                    used.update(range(i, k + 1))
                    continue
        # Как отметил X, …
        if w == "как" and (i == a or f.tokens[i - 1].text == "," or _only_connectives(f, a, i)):
            for j in range(i + 1, min(i + 4, b)):
                if f.tokens[j].pos == "ADV" and f.word(j) != "как":
                    continue
                cue = _cue_of(f, j)
                if cue is None:
                    break
                k = j + 1
                while k < b and f.tokens[k].text != "," and f.tokens[k].text not in ".!?;:" and k < j + 15:
                    k += 1
                if k >= b - 1 or f.tokens[k].text != ",":
                    break
                attr = _attr_for_cue(f, j, cue, after_only=True)
                if attr.relay:
                    used.update(range(i, k + 1))
                    break
                if attr.implicit and f.feat(j, "Number") == "Plur":
                    break
                out.append(_Clause(f.tokens[k + 1].start, sent_stop, j, attr, t.start))
                used.update(range(i, k + 1))
                break
            continue
        cue = _cue_of(f, i) or _cue_of(f, i, roles=("noun",))
        if cue is None:
            continue
        comp = _complement(f, i, cue, b)
        if comp is not None:
            if cue.role == "noun":
                h = f.head(i)
                if h is None or f.tokens[h].pos != "VERB":
                    continue
                attr = _attr_for_cue(f, h, Cue(cue.word, "speech", cue.cue))
                attr.cue = cue.cue
            else:
                attr = _attr_for_cue(f, i, cue)
            if attr.relay:
                continue
            if attr.implicit and (attr.gender == "Plur" or f.rel(i) not in ("root", "conj", "parataxis")):
                continue
            out.append(_Clause(comp, sent_stop, i, attr, min(t.start, attr.pos)))
            continue
        # …, считает X. / …, подчеркнул президент РФ, …
        if cue.role == "noun" or i - 1 < a or f.tokens[i - 1].text not in ",—–-":
            continue
        k = i - 1
        while k > a and f.tokens[k].text in "—–-":
            k -= 1
        if f.tokens[k].text != "," or k - 1 < a or f.tokens[k - 1].text in "»“\"":
            continue
        attr = _attr_for_cue(f, i, cue, after_only=True)
        if attr.implicit or attr.relay or attr.head is None or attr.head < i:
            continue
        np_end = attr.np[1] if attr.np else attr.head + 1
        start = f.tokens[a].start
        stop = f.tokens[k].start
        tail = [j for j in range(np_end, b) if f.tokens[j].pos != "PUNCT"]
        parenthetical = bool(tail) and f.tokens[np_end].text == "," and any(_predicate(f, j) for j in tail)
        if parenthetical:
            stop = sent_stop  # the clause runs round the attribution: «Сейчас, продолжал он, …»
        elif _n_words(f.text[start:stop]) < 2:
            continue
        start = _strip_lead(f, start, stop)
        out.append(_Clause(start, stop, i, attr, start))
    return out


def _predicate(f: _Field, j: int) -> bool:
    t = f.tokens[j]
    feats = t.feats or {}
    return (t.pos in ("VERB", "AUX") and feats.get("VerbForm") == "Fin") or feats.get("Variant") == "Short"


def _phrase_clause_start(f: _Field, a: int, phrase_i: int, after: int, b: int) -> int:
    """Where the reported clause of a «по словам X» phrase starts."""
    if _only_connectives(f, a, phrase_i) or (after < b and f.tokens[after].text in "«„“\""):
        return f.tokens[after].start if after < b else f.tokens[b - 1].stop
    return f.tokens[a].start


_LEAD = re.compile(r"^(?:(?:однако|но|а|и)\s+)?(?:о\s+том|то|того)\s*,\s*что\s+", re.IGNORECASE)


def _strip_lead(f: _Field, start: int, stop: int) -> int:
    m = _LEAD.match(f.text[start:stop])
    return start + m.end() if m else start


def _indirect_rows(f: _Field, direct: list[_Row], spans: list[_Span]) -> list[_Row]:
    inside_direct = sorted((r.start, r.stop) for r in direct)

    def blocked(offset: int) -> bool:
        return any(s - 1 <= offset < e + 1 for s, e in inside_direct)

    clauses: list[_Clause] = []
    for si in range(len(f.doc.sentences)):
        s = f.doc.sentences[si]
        if any(a0 <= s.start and s.stop <= b0 for a0, b0 in inside_direct):
            continue
        clauses += _clauses_in_sentence(f, si, blocked)
    # a cue inside another reported clause is part of it (unless it starts a coordinated one)
    keep = []
    for c in clauses:
        outer = [o for o in clauses if o is not c and o.start <= f.tokens[c.cue_i].start < o.stop]
        if outer:
            o = outer[0]
            cut = _coordinated_cut(f, o, c)
            if cut is None:
                continue
            o.stop, shared, subject = cut
            if shared:  # «X напомнил, что A, и подчеркнул, что B»: one speaker for both
                c.attr = replace(o.attr, cue=c.attr.cue, pos=c.attr.pos)
            elif subject is not None and subject != c.attr.head:  # the parser gave it another subject
                c.attr = _np_attr(f, subject, cue=c.attr.cue, pos=f.tokens[subject].start,
                                  gender=c.attr.gender)
        keep.append(c)
    rows = []
    top = [sp for sp in spans if sp.depth == 0]
    for c in keep:
        stop = c.stop
        for s, e in inside_direct:  # a direct quote after a colon ends the reported clause
            if c.start < s - 1 <= stop:
                stop = s - 1
        text = f.text[c.start:stop]
        cut = re.search(r"\s*:\s*[«„“\"]", text)
        if cut:
            stop = c.start + cut.start()
        stop = _before_relay(f, c.start, stop)
        while stop > c.start and (f.text[stop - 1].isspace() or f.text[stop - 1] in ".,;:—–-"):
            stop -= 1
        start = c.start
        if stop <= start or _n_words(f.text[start:stop]) < 1:
            continue
        whole = next((sp for sp in top if sp.open == start and sp.close == stop - 1), None)
        if whole is not None:  # the cue's whole complement is in quote marks: direct speech
            a, b = whole.inner
            if not any(s == a for s, _ in inside_direct):
                rows.append(_Row(a, b, "direct", c.attr, anchor=c.anchor))
            continue
        rows.append(_Row(start, stop, "indirect", c.attr, anchor=c.anchor))
    return rows


def _before_relay(f: _Field, start: int, stop: int) -> int:
    """«…, сообщает NEWSru.com» at the end of a reported clause is not part of it."""
    idx = list(f.tokens_in(start, stop))
    for n, k in enumerate(idx[:-1]):
        if f.tokens[k].text != "," or not f.tokens[k].start > start:
            continue
        j = idx[n + 1]
        cue = _cue_of(f, j)
        if cue is None:
            continue
        attr = _attr_for_cue(f, j, cue, after_only=True)
        rest = [m for m in idx if m >= (attr.np[1] if attr.np else j + 1)]
        if attr.relay and len(rest) <= 4 and not any(f.tokens[m].pos == "VERB" for m in rest):
            return f.tokens[k].start
    return stop


def _coordinated_cut(f: _Field, outer: _Clause, inner: _Clause) -> tuple[int, bool, int | None] | None:
    """«Минск считает, что A, а Россия уверена, что B»: cut A before «, а Россия» (and say
    whether the second cue shares the first one's subject: «…, и подчеркнул, что B»)."""
    k = inner.cue_i - 1
    n = 0
    while k >= 0 and f.tokens[k].start >= outer.start and n < 6:
        if f.tokens[k].text == ";" or f.word(k) in ("а", "но", "и", "однако"):
            subject = next((j for j in range(k + 1, inner.cue_i) if _nominal(f, j) and f.feat(j, "Case") == "Nom"),
                           None)
            own_subject = subject is not None or (inner.attr.head is not None and inner.attr.head > k)
            shared = k == inner.cue_i - 1  # «напомнил, что A и подчеркнул, что B»
            if not (own_subject or shared):
                return None
            cut = k - 1 if k > 0 and f.tokens[k - 1].text == "," else k
            return f.tokens[cut].start, shared and not own_subject, subject
        if f.tokens[k].pos == "VERB":
            return None
        k -= 1
        n += 1
    return None


# ---------------------------------------------------------------------------------------------
# speaker resolution


@dataclass
class _Person:
    entity_id: str
    name: str
    type: str
    gender: str | None


@dataclass
class _State:
    salient: list[tuple[int, _Person]] = field(default_factory=list)  # (offset, person), sorted
    last: tuple[str | None, _Person | None] | None = None  # the previous row's speaker


def _gender_of_mention(f: _Field, m: dict) -> str | None:
    for k in f.tokens_in(m["start"], m["stop"]):
        t = f.tokens[k]
        if t.pos == "PROPN" and (t.feats or {}).get("Gender") in ("Masc", "Fem"):
            return t.feats["Gender"]
    return None


def _persons(f: _Field) -> dict[str, _Person]:
    votes: dict[str, Counter] = defaultdict(Counter)
    info = {}
    for m in f.article_mentions:
        info.setdefault(m["entity_id"], m)
        g = _gender_of_mention(f, m) if m["type"] == "PER" and m in f.mentions else None
        if g:
            votes[m["entity_id"]][g] += 1
    out = {}
    for eid, m in info.items():
        v = votes[eid].most_common()
        g = v[0][0] if v and (len(v) == 1 or v[0][1] > v[1][1]) else None
        out[eid] = _Person(eid, m.get("entity_name") or m.get("normal") or m["text"], m["type"], g)
    return out


def _compatible(p: _Person, gender: str | None) -> bool:
    if gender is None:
        return True
    if gender == "Plur":
        return False
    return p.gender in (None, gender)


def _descriptor_words(f: _Field, h: int) -> set[str]:
    lemma, word = f.lemma(h), f.word(h)
    words = {lemma, word}
    for w in list(words):
        entry = lexicon().get(w, {}).get("descriptor")
        if entry:
            words.update(entry.synonyms)
    return words


def _carriers(f: _Field, words: set[str], before: int) -> list[tuple[int, str]]:
    """PER mentions introduced with one of `words` in apposition: «Скульптор Георгий Франгулян»."""
    found = []
    for m in f.mentions:
        if m["type"] != "PER" or m["start"] >= before:
            continue
        idx = list(f.tokens_in(m["start"], m["stop"]))
        if not idx:
            continue
        case = f.feat(idx[-1], "Case")
        lo = max(0, idx[0] - 5)
        window = list(range(lo, idx[0])) + list(range(idx[-1] + 1, min(len(f.tokens), idx[-1] + 5)))
        for k in window:
            if (f.lemma(k) in words or f.word(k) in words) and f.tokens[k].pos == "NOUN" and (
                    f.feat(k, "Case") in (None, case)):
                if f.doc.sentence_index(f.tokens[k].start) == m["sentence_index"] or m.get("sentence_index") is None:
                    found.append((m["start"], m["entity_id"]))
                    break
    return found


def _antecedent(f: _Field, state: _State, persons: dict[str, _Person], pos: int, gender: str | None,
                descriptor: set[str] | None = None, forward: bool = False) -> _Person | None:
    salient = [p for off, p in reversed(state.salient) if off < pos and p.type == "PER"]
    if descriptor:
        carriers = _carriers(f, descriptor, pos)
        carrier_ids = {eid for _, eid in carriers}
        for p in salient:
            if p.entity_id in carrier_ids and _compatible(p, gender):
                return p
        for _, eid in reversed(carriers):
            p = persons.get(eid)
            if p and _compatible(p, gender):
                return p
    for p in salient:
        if _compatible(p, gender):
            return p
    before = [m for m in f.mentions if m["type"] == "PER" and m["start"] < pos]
    for m in reversed(before):
        p = persons.get(m["entity_id"])
        if p and _compatible(p, gender):
            return p
    if descriptor and forward:  # cataphora: «Супруга «оружейного барона» …» before Алла Бут is named
        for m in f.mentions:
            if m["type"] == "PER" and m["start"] > pos:
                p = persons.get(m["entity_id"])
                if p and gender in ("Masc", "Fem") and p.gender == gender:
                    return p
    return None


def _by_surname(persons: dict[str, _Person], p: _Person, gender: str | None) -> _Person:
    """«Бут рассказала»: a surname shared by two people goes to the one of the verb's gender."""
    if p.type != "PER" or len(p.name.split()) != 1 or gender not in ("Masc", "Fem"):
        return p
    sur = key(p.name)
    same = [q for q in persons.values() if q.type == "PER" and q is not p and surname(q.name) == sur]
    fit = [q for q in same if q.gender == gender]
    if len(fit) == 1 and (p.gender != gender or len(same) >= 1):
        return fit[0]
    return p


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _misspelt(persons: dict[str, _Person], p: _Person) -> _Person | None:
    """A one-word name two letters away from the surname of one full name of the article."""
    word = key(p.name)
    if len(word) < 7:
        return None
    fit = [q for q in persons.values() if q.type == "PER" and q is not p and len(q.name.split()) > 1
           and surname(q.name)[:1] == word[:1] and _edit_distance(surname(q.name), word) <= 2]
    return fit[0] if len(fit) == 1 else None


def _common_noun_mention(f: _Field, m: dict) -> bool:
    """A one-word mention that is a common noun in the sentence («Супруга рассчитывает»)."""
    idx = list(f.tokens_in(m["start"], m["stop"]))
    return len(idx) == 1 and f.tokens[idx[0]].pos == "NOUN" and f.tokens[idx[0]].text[:1].isupper() and (
        idx[0] == 0 or f.tokens[idx[0] - 1].text in ".!?…" or f.sentence_of(idx[0] - 1) != f.sentence_of(idx[0]))


def _by_name(f: _Field, persons: dict[str, _Person], h: int, exclude: _Person | None = None) -> _Person | None:
    """The one person of the article whose name has the word at token h («Марку» → Марк)."""
    word = f.word(h)
    fit = [p for p in persons.values() if p.type == "PER" and p is not exclude and names_word(word, p.name)]
    return fit[0] if len(fit) == 1 else None


def _resolve(f: _Field, row: _Row, state: _State, persons: dict[str, _Person]):
    """(speaker as written, person or None) for a row."""
    attr = row.attr
    if attr is None:
        return None, None
    if attr.label is not None:
        return attr.label["text"], persons.get(attr.label["entity_id"])
    if attr.implicit or attr.head is None:
        if state.last is None:
            return None, None
        return None, state.last[1]
    h = attr.head
    a, b = attr.np or (h, h + 1)
    np_start, np_stop = f.tokens[a].start, f.tokens[b - 1].stop
    written = f.text[np_start:np_stop]
    gender = attr.gender if attr.gender in ("Masc", "Fem", "Plur") else None
    pos = min(row.start, row.anchor, np_start)
    if _is_person_pronoun(f, h):
        g = _PRONOUN_GENDER[f.word(h)]
        if g == "Plur":
            return f.tokens[h].text, None
        return f.tokens[h].text, _antecedent(f, state, persons, pos, g)
    m = f.mention_at(h)
    if m is not None and _common_noun_mention(f, m):
        m = None  # «Супруга» tagged as a person: a common noun is a descriptor
    if m is not None:
        p = persons.get(m["entity_id"])
        if p and p.type == "PER":
            p = _by_surname(persons, p, gender)
            if len(p.name.split()) == 1:
                p = _by_name(f, persons, h, exclude=p) or _misspelt(persons, p) or p
        return m["text"], p
    if f.tokens[h].pos == "PROPN":  # a name the NER missed: «Зеленский рассказал»
        p = _by_name(f, persons, h)
        if p is not None:
            return written, p
    inside = [x for x in f.mentions_in(np_start, np_stop) if not _common_noun_mention(f, x)]
    sub = [x for x in f.mentions if x not in inside and not _common_noun_mention(f, x)
           and any(k in attr.np_tokens for k in f.tokens_in(x["start"], x["stop"]))]
    case = f.feat(h, "Case")
    cases = {None, case} | ({"Acc", "Gen"} if case in ("Acc", "Gen") else set())  # animate Acc = Gen
    appos = [x for x in inside + sub if x["type"] == "PER"
             and any(f.feat(k, "Case") in cases for k in f.tokens_in(x["start"], x["stop"]))
             and not all(f.rel(k).startswith("nmod") or f.rel(k).startswith("flat")
                         for k in f.tokens_in(x["start"], x["stop"]))]  # «Помощник Хиллари Клинтон»: not her
    if appos and f.tokens[h].pos in ("NOUN", "PROPN"):
        x = appos[0]
        return x["text"], persons.get(x["entity_id"])
    orgs = [x for x in inside if x["type"] in ("ORG", "LOC")]
    animate = f.feat(h, "Animacy") == "Anim" and f.tokens[h].pos == "NOUN"
    plural = f.feat(h, "Number") == "Plur"
    if gender is None and f.feat(h, "Gender") == "Fem":  # «супруга», «актриса»: professions are masculine
        gender = "Fem"
    orgs = [x for x in orgs if x["type"] == "ORG"]
    names = [k for k in attr.np_tokens if k != h and f.rel(k) in ("appos", "flat", "flat:name", "flat:foreign")
             and f.tokens[k].pos in ("PROPN", "X")]
    if names and all(f.mention_at(k) is None for k in names):
        return written, None  # named, but not as an entity: «Пользователь ЖЖ zyalt»
    if animate and not plural:
        p = _antecedent(f, state, persons, pos, gender, _descriptor_words(f, h), forward=not orgs)
        if p is not None:
            return written, p
    if orgs:
        return written, persons.get(orgs[0]["entity_id"])
    return written, None


# ---------------------------------------------------------------------------------------------
# the extractor


def _field_rows(f: _Field) -> list[tuple[_Row, str | None, _Person | None]]:
    spans = mark_spans(f.text, f.paragraphs)
    lines = _interview_rows(f) + _dash_rows(f)
    line_spans = [(r.start, r.stop) for r in lines]
    spans = [sp for sp in spans if not any(s <= sp.open < e for s, e in line_spans)]
    direct = lines + _direct_rows(f, spans)
    direct = _dedupe(direct)
    indirect = _indirect_rows(f, direct, spans)
    rows = _dedupe(direct + indirect)
    rows.sort(key=lambda r: (r.start, r.stop))
    # continuations: a quoted sentence standing alone follows other quotes only
    kept = []
    for r in rows:
        if r.attr is not None and r.attr.source == "continuation" and not kept:
            continue
        kept.append(r)
    persons = _persons(f)
    state = _State()
    quoted = [(r.start, r.stop) for r in kept]
    for m in f.mentions:
        if m["type"] != "PER" or any(s <= m["start"] < e for s, e in quoted):
            continue
        idx = list(f.tokens_in(m["start"], m["stop"]))
        if idx and f.feat(idx[-1], "Case") == "Nom" and m["entity_id"] in persons:
            state.salient.append((m["start"], persons[m["entity_id"]]))
    state.salient.sort(key=lambda x: x[0])
    out = []
    for r in kept:
        speaker, person = _resolve(f, r, state, persons)
        out.append((r, speaker, person))
        if person is not None:
            off = min(r.start, r.anchor)
            bisect.insort(state.salient, (off, person), key=lambda x: x[0])
            state.last = (speaker, person)
        elif r.attr is not None and not r.attr.implicit:
            state.last = (speaker, None)
    return out


def _dedupe(rows: list[_Row]) -> list[_Row]:
    """One row per span; a row inside a direct quote is part of it."""
    rows = sorted(rows, key=lambda r: (r.start, -(r.stop - r.start)))
    out: list[_Row] = []
    for r in rows:
        if any(o.start <= r.start and r.stop <= o.stop and (o.kind == "direct" or o.start == r.start)
               for o in out):
            continue
        out.append(r)
    return out


def cue_sentences(doc: NlpDoc) -> set[int]:
    """Sentences holding a word of the speech-cue lexicon (as written or as its lemma): those
    `extract_quotes` will most likely parse, so a caller can parse them ahead in one batch."""
    lex, prefixes = lexicon(), _prefixes()
    out = set()
    for si, sent in enumerate(doc.doc.sents):
        for t in sent.tokens:
            word = fold(t.text)
            if not t.text[:1].isalpha() or word[:3] not in prefixes:
                continue
            base = lemma(t)
            if word in lex or base in lex or "не " + base in lex:
                out.add(si)
                break
    return out


def extract_quotes(article: ParsedArticle, docs: dict[str, NlpDoc], mentions: list[dict]) -> list[dict]:
    """Quote rows of one article. `docs` = {"title": NlpDoc, "body": NlpDoc}; `mentions` = the article's
    mention rows (dicts with field, start, stop, type, text, normal, entity_id, entity_name, sentence_index)."""
    rows = []
    seen = set()
    for name in ("title", "body"):
        text = getattr(article, name)
        doc = docs.get(name)
        if not text or doc is None:
            continue
        paragraphs = article.paragraphs if name == "body" else ((0, len(text)),)
        f = _Field(name, text, doc, paragraphs, [m for m in mentions if m.get("field") == name], mentions)
        for r, speaker, person in _field_rows(f):
            if (name, r.start, r.stop) in seen:
                continue
            seen.add((name, r.start, r.stop))
            rows.append({
                "quote_id": stable_id(article.article_id, name, r.start, r.stop),
                "article_id": article.article_id,
                "field": name,
                "start": r.start,
                "stop": r.stop,
                "sentence_index": doc.sentence_index(r.start),
                "text": text[r.start:r.stop],
                "kind": r.kind,
                "speaker": speaker,
                "speaker_entity_id": person.entity_id if person else None,
                "speaker_name": person.name if person else None,
                "cue": r.attr.cue if r.attr else None,
                "year": article.published_date.year,
                "month": article.published_date.month,
            })
    return rows


def relink_speakers(rows: list[dict], relinked: dict[str, tuple[str, str]]) -> list[dict]:
    """Point speakers at the entities that linking across articles moved their mentions to.

    `relinked` maps an entity_id the article's mentions had when `extract_quotes` ran to the
    (entity_id, name) they have after `transforms.entities.link_surnames` («Токаев» alone →
    «Касым-Жомарт Токаев»).  Rows are changed in place and returned.
    """
    for row in rows:
        new = relinked.get(row.get("speaker_entity_id"))
        if new is not None:
            row["speaker_entity_id"], row["speaker_name"] = new
    return rows
