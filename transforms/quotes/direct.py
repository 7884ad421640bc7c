"""Direct speech in quote marks: words in marks that something attributes to a speaker
(docs/quotes.md §2); interview and dialogue lines are `dialogue.py`'s.

A span in quote marks is a quote when one of these attributes it: a cue inside it («…, —
сказал X. — …»), a cue right after it («…», — сказал X), a clause or a name before a colon
(X заявил: «…»), a byline paragraph after it, a sentence after it that tells who said it («…». Об этом
заявил X; `telling`); a statement standing alone after other quotes continues the previous speaker (kept
only when quotes come before it: `extractor`).
"""

from __future__ import annotations

import re

from transforms.field_view import FieldView
from transforms.quotes.attribution import (Attr, Row, attr_for_cue, author_attr, author_cue,
                                           cue_after, cue_of, impersonal_cue, np_attr, verb_gender)
from transforms.quotes.clause import Sentence
from transforms.quotes.lexicon import NAMING, Cue
from transforms.quotes.marks import AUTHOR_DASH, COLON, DASHES, Span, n_words, name_in_marks, speech_like
from transforms.quotes.names_before_colon import before_topic, descriptor_then_name, name_before_colon, name_line
from transforms.quotes.phrases import by_words
from transforms.quotes.subjects import is_person_pronoun, nominal, person_like, subjects_of
from transforms.quotes.telling import told_quote


_NEXT_NAME = re.compile(r"[ \t]*(?:,|и|или)[ \t]+[«„“\"]")  # «"Саларьево" и "Румянцево"»


def opens_name_list(f: FieldView, sp: Span) -> bool:
    """Whether the quote marks `sp` hold a name (a few capitalised words, no statement) that a list
    of names in marks goes on from: «станции Сокольнической линии: "Саларьево" и "Румянцево"»."""
    a, b = sp.inner
    return (f.text[a:a + 1].isupper() and n_words(f.text[a:b]) <= 4 and not speech_like(f, a, b)
            and _NEXT_NAME.match(f.text, sp.close + 1) is not None)


def direct_rows(f: FieldView, spans: list[Span]) -> list[Row]:
    """A row for every outermost quote-mark span that something attributes to a speaker."""
    found, cuts = [], []  # cuts: each span's author's words inside it (`interjected`), or None
    for sp in spans:
        if sp.depth:
            continue
        a, b = sp.inner
        while a < b and f.text[a].isspace():
            a += 1
        while b > a and f.text[b - 1].isspace():
            b -= 1
        if a < b:
            cut = interjected(f, a, b)
            found.append((sp, a, b, _attributions(f, sp, a, b, cut[0] if cut is not None else None)))
            cuts.append(cut)
    written = [bool(attrs) and not all(x.implicit for x in attrs) for _, _, _, attrs in found]
    for chain in _chains(found):  # a quote paragraph breaks cut is attributed where it closes, or opens
        given = [found[i][3] for i in chain if written[i]]
        # none written: a piece with none of its own goes on as the others do (a continuation of the speaker who
        # introduced them: «Киркоров записал видеообращение.» ¶ «… ¶ Я артист … ¶ …», probe GG)
        implied = [found[i][3] for i in chain if found[i][3]]
        for i in chain:
            if given and not written[i]:
                found[i] = (*found[i][:3], given[-1])
            elif implied and not found[i][3]:
                found[i] = (*found[i][:3], implied[0])
    rows = []
    for (sp, a, b, attrs), cut in zip(found, cuts):
        if not attrs:
            continue
        attr, anchor = _choose(attrs), min(sp.open, *(x.pos for x in attrs))
        if cut is not None and a < cut[1] <= cut[2] < b:
            # «Они были организованы спецслужбами, — говорит олигарх. — Но я в надежных руках …»: the author's
            # words cut the quote in two, each a row of the same speaker (probes FC, FW, GB, GG and the gold)
            rows += [Row(a, cut[1], "direct", attr, anchor=anchor), Row(cut[2], b, "direct", attr, anchor=anchor)]
        else:
            rows.append(Row(a, b, "direct", attr, anchor=anchor))
    return rows


def _chains(found: list) -> list[list[int]]:
    """The indices of the runs of `found` that are pieces of one quote: `broken` pieces and the
    piece closing them."""
    chains, run = [], []
    for i, (sp, *_) in enumerate(found):
        run.append(i)
        if not sp.broken:
            if len(run) > 1:
                chains.append(run)
            run = []
    return chains


#: author's words after a quote that end in a colon before the next quote: they introduce that one
_INTRODUCES_NEXT = re.compile(r"[^.!?…«»\"„“\n]*:[ \t]*[«\"„“]")


def _attributions(f: FieldView, sp: Span, a: int, b: int, inter: Attr | None) -> list[Attr]:
    """Every attribution of the span `sp` (its words: [a, b)), in the order they were found; `inter`: the cue
    inside it, between two dashes (`interjected`), if any."""
    p0, p1 = f.paragraph_of(sp.open)
    attrs: list[Attr] = []
    if inter is not None:
        attrs.append(inter)
    before = f.text[p0:sp.open].rstrip(" \t" + DASHES)
    starts_sentence = not before.strip() or before[-1:] in ".!?…:»\"”"
    author = AUTHOR_DASH.match(f.text, sp.close + 1) is not None
    after = None  # not «включают «…», сообщает X»: mid-sentence, only «…», — X (the author's words)
    if starts_sentence or (author and speech_like(f, a, b)):
        after = cue_after(f, sp.close + 1, p1, author=author)
    if after is not None:
        attrs.append(after)
    colon = _colon_before(f, (p0, p1), before)
    rest = f.text[sp.close + 1:p1]
    ends_paragraph = not rest.strip(" .!?…")
    if not before.strip() and after is None:
        pi = paragraph_index(f, (p0, p1))
        label = byline(f, pi) if pi >= 0 and ends_paragraph else None
        if label is None and pi > 0:  # «Валерий Белов, главный тренер ХК "Лада"» ¶ «…» (the paragraph may go on
            # after the quote: «Павел Астахов» ¶ «…». Уполномоченный по правам ребенка заявил, что …, probe FM)
            label = name_line(f, list(f.tokens_in(*f.paragraphs[pi - 1])))
        if label is not None:
            attrs.append(Attr(label=label, pos=label["start"], source="label"))
    ends_sentence = re.match(r"^[ \t]*[.!?…]?[ \t]*(?:$|[A-ZА-ЯЁ«„“\"—–-])", rest) is not None
    if colon is not None and not opens_name_list(f, sp):
        pre = pre_colon(f, colon, ends_sentence)
        if pre is not None and after is not None and _INTRODUCES_NEXT.match(rest):
            # «После слов Усса: "Доклад окончен" — Путин сказал: "Что значит окончен…"»: the author's words
            # after the quote introduce the next one; the words before its colon tell whose this is (probe FC)
            attrs.remove(after)
        if pre is not None:
            attrs.append(pre)
        elif speech_like(f, a, b):
            attrs.append(Attr(implicit=True, pos=colon, source="implicit"))
    if not attrs and (named := _named_as(f, a, b)) is not None:
        attrs.append(named)
    whole_sentence = (not before.strip() or before.rstrip()[-1:] in ".!?…»") and ends_sentence
    if not attrs and whole_sentence and (told := told_quote(f, sp.close)) is not None:
        attrs.append(told)  # «Мы готовы к переговорам». Об этом заявил Песков. (`telling`)
    if not attrs and whole_sentence and speech_like(f, a, b):
        # a continuation: kept only when other quotes come before it (checked once rows are known)
        attrs.append(Attr(implicit=True, pos=sp.open, source="continuation"))
    return attrs


def _named_as(f: FieldView, a: int, b: int) -> Attr | None:
    """«Памфилова назвала прошедшие выборы «спокойными и конкурентными»»: lower-case words in marks that
    are the instrumental complement of a verb of naming (quote_words.tsv `naming`, finite or a gerund)
    before them in the sentence are its subject's words — when it has a subject."""
    if not f.text[a:a + 1].islower():
        return None
    first = f.token_at(a)
    s0 = f.sent_tokens[f.sentence_of(first)][0]
    verb = next((k for k in reversed(range(s0, first)) if f.lemma(k) in NAMING), None)
    if verb is None or f.feat(verb, "VerbForm") not in ("Fin", "Conv"):
        return None  # «островов, называемых в Японии «северными территориями»»: a participle names no one's words
    inside = list(f.tokens_in(a, b))
    heads = [k for k in inside if f.head(k) is not None and f.head(k) not in inside]
    # («назвав «абсурдным» отсутствие сроков»: the parser may hang the adjective on the object)
    if len(heads) != 1 or f.feat(heads[0], "Case") != "Ins" or verb not in (
            f.head(heads[0]), f.head(f.head(heads[0])) if f.rel(heads[0]) == "amod" else None):
        return None
    attr = attr_for_cue(f, verb, Cue(f.word(verb), "speech", f.lemma(verb)))
    return None if attr.implicit or attr.relay else attr


def paragraph_index(f: FieldView, paragraph: tuple[int, int]) -> int:
    return f.paragraphs.index(paragraph) if paragraph in f.paragraphs else -1


def _colon_before(f: FieldView, paragraph: tuple[int, int], before: str) -> int | None:
    """Offset of a colon that introduces the quote: ending the text `before` it in its
    paragraph, or ending the previous paragraph when the quote opens its own."""
    p0 = paragraph[0]
    if before.endswith(":"):
        return p0 + len(before) - 1
    if not before.strip():
        pi = paragraph_index(f, paragraph)
        if pi > 0:
            q0, q1 = f.paragraphs[pi - 1]
            prev = f.text[q0:q1].rstrip()
            if prev.endswith(":"):
                return q0 + len(prev) - 1
    return None


def _choose(attrs: list[Attr]) -> Attr:
    """The attribution that names the speaker best: a written speaker over an implied one,
    a speaker over a source that relays the words."""
    def rank(x: Attr) -> int:
        if x.relay:
            return 5
        if x.implicit:
            return 4
        return {"cue": 0, "label": 1, "colon": 2}.get(x.source, 3)
    return sorted(attrs, key=rank)[0]


def interjected(f: FieldView, start: int, stop: int) -> tuple[Attr, int, int] | None:
    """The cue inside the quote [start, stop) between two dashes («…, — сказал X. — …») and the offsets of the
    author's words it stands in, [the punctuation before the first dash, the first word after the second): the
    words on either side are two quotes of one speaker."""
    for k in f.tokens_in(start, stop):
        t = f.tokens[k]
        if t.text not in "—–-" or k < 1 or f.tokens[k - 1].text not in ",!?…":
            continue
        j = k + 1
        if j >= len(f.tokens) or f.tokens[j].start >= stop:
            continue
        cue = author_cue(f, j)
        if cue is None:
            continue
        # the interjection closes with [.,] and a dash before the quote goes on
        m = j + 1
        while m < len(f.tokens) and f.tokens[m].start < stop and m < j + 25:
            if f.tokens[m].text in ".,:" and m + 1 < len(f.tokens) and f.tokens[m + 1].text in "—–-":
                attr = author_attr(f, j, cue)
                if attr is None:
                    break
                cut = f.tokens[k - 1].start if f.tokens[k - 1].text == "," else f.tokens[k - 1].stop
                return attr, cut, f.tokens[m + 2].start if m + 2 < len(f.tokens) else stop
            if f.tokens[m].text in "«»\"":
                named = name_in_marks(f, m, stop)  # «, — сообщил "Интерфаксу" врач X. —»
                if named is None:
                    break
                m = named
            m += 1
    return None


def pre_colon(f: FieldView, colon: int, ends_sentence: bool = True) -> Attr | None:
    """X заявил: «…»; Слова Сагдеева из интервью: «…»; a person as the subject before the colon. A
    bare name before the colon, or a descriptor and a name («Адвокат Ромашов: "…"»), says the words only
    when the marks close its sentence
    (`ends_sentence`): in «Сечин: "Роснефть" справилась …» they hold a name (`headline.headline_rows`)."""
    p0 = f.paragraph_of(colon)[0]
    start = p0
    # (a closing mark alone ends no sentence: «Анчелотти после победы «Реала» в Лиге чемпионов: «…»»)
    for m in re.finditer(r"[.!?…]»?\s", f.text[p0:colon]):
        start = p0 + m.end()
    # an earlier colon in the sentence introduced an earlier quote: «После слов Усса: "Доклад окончен" — Путин
    # сказал: "…"» (probe FC)
    start = max([start] + [start + m.end() for m in COLON.finditer(f.text[start:colon])])
    # «Андрей Назаров (главный тренер ХК "Донбасс"):» over a press conference's lines: the bracket says who the
    # words before it are, no part of them (probe IT)
    aside = re.search(r"\s*\([^()]*\)\s*$", f.text[start:colon])
    idx = list(f.tokens_in(start, start + aside.start() if aside and aside.start() else colon))
    if not idx:
        return None
    named = name_before_colon(f, before_topic(f, idx)) or descriptor_then_name(f, before_topic(f, idx))
    if named is not None:
        return named if ends_sentence else None
    attr, speech = cue_before_colon(f, idx)
    if attr is not None:
        return attr
    if speech:  # a cue without a subject the parser could find: the first person of the clause
        for k in idx:
            m = f.mention_at(k)
            if (m is not None and m["type"] == "PER" and f.feat(k, "Case") == "Nom") or (
                    is_person_pronoun(f, k) and f.feat(k, "Case") == "Nom"):
                return np_attr(f, k, cue=None, pos=f.tokens[k].start, source="colon")
    # the subject of the clause's main verb, when it is a person
    roots = [k for k in idx if f.rel(k) == "root"][:1]
    for r in roots:
        for c in subjects_of(f, r):
            if person_like(f, c):
                return np_attr(f, c, cue=None, pos=f.tokens[c].start, source="colon", gender=verb_gender(f, r))
    label = name_line(f, idx)
    if label is not None:
        return Attr(label=label, pos=label["start"], source="label")
    if isinstance(speech, Attr):  # its subject dropped: the last person named goes on (speakers.resolve)
        return speech
    return None


def cue_before_colon(f: FieldView, idx: list[int]) -> tuple[Attr | None, Attr | bool]:
    """The attribution of the first cue of the clause `idx` (tokens before a colon, outside
    quote marks) that names a speaker, and whether the clause has a cue at all: the first cue's
    attribution with its subject dropped («Но написала в Facebook:»), else True or False."""
    speech: Attr | bool = False
    inside = 0
    for k in idx:
        t = f.tokens[k]
        if t.text in "«„":
            inside += 1
        elif t.text in "»“":
            inside -= 1
        if inside:
            continue
        gov = impersonal_cue(f, k)
        if gov is not None and not gov.implicit:
            gov.source = "colon"
            return gov, speech
        phrase = by_words(f, k, Sentence(idx[0], idx[-1] + 1, f.tokens[idx[-1]].stop))
        if phrase is not None and phrase.clause is not None and not phrase.clause.attr.implicit:
            # «По его словам, Евросоюз «…»: «…»»: the words after the colon are the phrase's speaker's too
            phrase.clause.attr.source = "colon"
            return phrase.clause.attr, speech
        cue = cue_of(f, k)
        if cue is not None:
            attr = attr_for_cue(f, k, cue)
            speech = speech or attr
            if not attr.implicit:
                attr.source = "colon"
                return attr, speech
        noun = cue_of(f, k, roles=("noun",))
        if noun is not None:
            speech = speech or True
            if noun.cue == "слова":
                owners = [c for c in f.children(k) if f.rel(c).startswith("nmod") and nominal(f, c)]
                if owners:
                    return np_attr(f, owners[0], cue="слова", pos=f.tokens[k].start, source="colon"), speech
            h = f.head(k)
            if h is not None and f.tokens[h].pos == "VERB":
                subj = subjects_of(f, h)
                if subj:
                    return np_attr(f, subj[0], cue=noun.cue, pos=f.tokens[k].start, source="colon",
                                   gender=f.feat(h, "Gender")), speech
    return None, speech


def byline(f: FieldView, para_index: int) -> dict | None:
    """A paragraph «— Татьяна Скригонюк, заместитель начальника …» after a quote paragraph."""
    if para_index + 1 >= len(f.paragraphs):
        return None
    p0, p1 = f.paragraphs[para_index + 1]
    line = f.text[p0:p1]
    if not line[:1] in DASHES or n_words(line) > 25 or line.rstrip().endswith("?"):
        return None  # a byline never asks: «— Как вам дебют Антипина?» is an interviewer's line
    for k in f.tokens_in(p0, p1):
        t = f.tokens[k]
        if t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin":
            return None
    pers = [m for m in f.mentions_in(p0, p1) if m["type"] == "PER"]
    return pers[0] if pers else None
