"""Rows of reported speech: the clauses of every sentence outside direct quotes (`reported`),
nested and coordinated clauses sorted out, each cut where it ends.

A clause is cut before a direct quote it introduces (a quote after a colon), before a trailing
«, сообщает X», and before the next coordinated cue («…, а Россия уверена, что …»); a clause
that is exactly one pair of quote marks is direct speech, and so is one that opens with a quote, cut
at its closing mark.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.field_view import FieldView
from transforms.quotes.attribution import Row, attr_for_cue, cue_after, cue_of, np_attr, verb_after_subject
from transforms.quotes.direct import opens_name_list
from transforms.quotes.lexicon import CONCESSIVE, COORDINATORS, THAT
from transforms.quotes.marks import DASHES, Span, n_words, speech_like
from transforms.quotes.clause import Clause
from transforms.quotes.complement import asks_an_act
from transforms.quotes.reported import clauses_in_sentence
from transforms.quotes.subjects import nominal


def indirect_rows(f: FieldView, direct: list[Row], spans: list[Span]) -> list[Row]:
    """Rows of reported speech outside the `direct` rows; `spans`: the field's quote marks."""
    inside_direct = sorted((r.start, r.stop) for r in direct)

    def blocked(offset: int) -> bool:
        return any(s - 1 <= offset < e + 1 for s, e in inside_direct)

    clauses: list[Clause] = []
    for si in range(len(f.doc.sentences)):
        s = f.doc.sentences[si]
        if any(a0 <= s.start and s.stop <= b0 for a0, b0 in inside_direct):
            continue
        clauses += clauses_in_sentence(f, si, blocked)
    top = [sp for sp in spans if sp.depth == 0]
    for c in clauses:  # where each clause ends by the tree, before telling which cue is inside which
        if c.verb is not None:
            c.stop = _clause_end(f, c.verb, c.stop, top)
    keep = _outermost(f, _one_of_two_cues(f, clauses))
    rows = []
    for c in keep:
        stop = c.stop
        for s, e in inside_direct:  # a direct quote after a colon ends the reported clause
            if c.start < s - 1 <= stop:
                stop = s - 1
        text = f.text[c.start:stop]
        # a quote after a colon, not a list of names in marks («линии: "Саларьево" и "Румянцево"»); a
        # semicolon ends the clause
        cut = next((m for m in re.finditer(r"\s*:\s*[«„“\"]|\s*;", text)
                    if not any(sp.open == c.start + m.end() - 1 and opens_name_list(f, sp) for sp in spans)), None)
        if cut:
            stop = c.start + cut.start()
        # «… говорят о том, что этим тоже нужно позаниматься, — сообщил Илья Середюк»: the author's words after a
        # comma and a dash end the clause (probe HK)
        author = next((m for m in re.finditer(r",\s*[—–]\s+", f.text[c.start:stop])
                       if cue_after(f, c.start + m.start() + 1, stop, author=True) is not None), None)
        if author:
            stop = c.start + author.start()
        # (the tree's end is c.stop already, settled above: a cut before it leaves no earlier end to find)
        stop = _before_relay(f, c.start, stop)
        while stop > c.start and (f.text[stop - 1].isspace() or f.text[stop - 1] in ".,;:—–-"):
            stop -= 1
        start = c.start
        opening = next((sp for sp in top if sp.open == start and sp.close < stop - 1), None)
        if opening is not None and _said(f, opening) and not _after_that(f, start):
            # a complement opening with a quote is that quote («призвал Вашингтон «сделать …», в противном случае
            # «…»», probe FR): the author's words follow its mark; not a name in marks («Спартак» сыграл плохо),
            # nor a «что» clause the quote opens, which goes on past it («подчеркнул, что «настоящие выборы пройдут
            # 4 марта», когда россияне …», probe FW)
            stop = opening.close + 1
        if stop <= start or n_words(f.text[start:stop]) < 1:
            continue
        whole = next((sp for sp in top if sp.open == start and sp.close == stop - 1), None)
        if whole is not None:  # the cue's whole complement is in quote marks: direct speech
            a, b = whole.inner
            if not any(s == a for s, _ in inside_direct):
                rows.append(Row(a, b, "direct", c.attr, anchor=c.anchor))
            continue
        rows.append(Row(start, stop, "indirect", c.attr, anchor=c.anchor))
    return rows


def _after_that(f: FieldView, start: int) -> bool:
    """Whether the word right before offset `start` opens a reported clause (quote_words.tsv `that`: «что»)."""
    words = f.text[:start].split()
    return bool(words) and words[-1].lower().strip(",") in THAT


def _said(f: FieldView, sp: Span) -> bool:
    """Whether the words in the marks of `sp` are said: a statement, or an act asked for with an infinitive."""
    tokens = f.tokens_in(*sp.inner)
    return speech_like(f, *sp.inner) or (len(tokens) > 0 and asks_an_act(f, tokens.start, tokens.stop))


def _one_of_two_cues(f: FieldView, clauses: list[Clause]) -> list[Clause]:
    """«По его мнению, вспышка будет в августе-сентябре, сообщил он RT»: a clause after its phrase («по словам»,
    «по мнению») and a clause before its cue, each holding the other's cue, tell the same words twice; they are
    one clause, the words between the two cues, with the phrase's speaker (else `_outermost` would drop both as
    nested). Not a cue verb's «что» clause: «'Вчера адвокат проинформировала меня, что …', — рассказала Алла Бут»
    with marks the reader does not know."""
    phrases = [p for p in clauses if f.tokens[p.cue_i].start < p.start
               and cue_of(f, p.cue_i, roles=("phrase", "phrase-person")) is not None]
    dropped: set[int] = set()  # ids: clauses compare by value
    for p in phrases:
        at_p = f.tokens[p.cue_i].start
        for a in clauses:
            at_a = f.tokens[a.cue_i].start
            if (a is not p and a.stop <= at_a and a.start <= at_p < a.stop and p.start <= at_a < p.stop
                    and not {id(a), id(p)} & dropped):
                p.stop = min(p.stop, a.stop)
                dropped.add(id(a))
    return [c for c in clauses if id(c) not in dropped]


def _outermost(f: FieldView, clauses: list[Clause]) -> list[Clause]:
    """A cue inside another reported clause is part of it, unless it starts a coordinated one:
    then the outer clause ends before it (and the two may share a speaker)."""
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
                c.attr = np_attr(f, subject, cue=c.attr.cue, pos=f.tokens[subject].start,
                                 gender=c.attr.gender)
        keep.append(c)
    return keep


def _clause_end(f: FieldView, verb: int, stop: int, marks: list[Span] = ()) -> int:
    """Where the reported clause headed by token `verb` ends, by the syntax tree: before a comma
    after which the next predicate is not in the clause's subtree — the cue's own second
    predicate («заявил, что невиновен, и просил суд его оправдать») — or before «, хотя …» (a
    `concessive` word) hung outside the clause, the author's comment («пояснил, что речь шла о
    проверке, хотя в министерстве …»); else `stop`.  A comma inside quote marks (`marks`) ends
    nothing: quoted words are the speaker's whatever the parse."""
    candidates = []  # (comma, the word that decides): a concessive word, or a finite verb after «, (и)»
    k = verb + 1
    while k + 1 < len(f.tokens) and f.tokens[k + 1].start < stop:
        if f.tokens[k].text == "," and not any(sp.open < f.tokens[k].start < sp.close for sp in marks):
            j = k + 2 if f.word(k + 1) in COORDINATORS else k + 1
            while j + 1 < len(f.tokens) and f.rel(j) == "fixed" and f.tokens[j].start < stop:
                j += 1  # «…, а также отметил важность …»: a compound coordinator
            while j + 1 < len(f.tokens) and f.tokens[j].start < stop and (
                    f.tokens[j].pos == "ADV" or _bare_adverbial(f, j)):
                j += 1  # «…, и вновь рассказал о …»: an adverb before the verb (probe HA); «и еще раз принес»
            if j < len(f.tokens) and f.tokens[j].start < stop and f.tokens[j].pos != "VERB":
                j = verb_after_subject(f, j, stop, parsed=True) or j  # «…, Михаил Подоляк опроверг …»
            if j < len(f.tokens) and f.tokens[j].start < stop and (
                    f.word(k + 1) in CONCESSIVE or (f.tokens[j].pos == "VERB" and f.feat(j, "VerbForm") == "Fin")):
                candidates.append((k, j))
        k += 1
    if not candidates:
        return stop  # nothing could end the clause early: the tree need not be walked
    # «сообщила, что купила квартиру, делает ремонт, а потом …»: a clause the parser hung on the cue
    # as a second complement with no «что» of its own goes on with the first
    cue = f.head(verb) if f.rel(verb) == "ccomp" else None
    # — unless a relative pronoun is its subject: «Рудык, которая заявила, что …, отреагировала на …»
    # is the main clause after the relative one, whatever the parse
    more = [c for c in f.children(cue) if c > verb and f.rel(c) == "ccomp"
            and (_of_to(f, verb, c) or not any(f.rel(m) == "mark" or f.lemma(m) == "который" for m in f.children(c)))
            ] if cue is not None else []
    seen = f.subtree(verb, *more)
    return next((f.tokens[k].start for k, j in candidates if j not in seen or _not_its_conjunct(f, verb, j)), stop)


def _bare_adverbial(f: FieldView, j: int) -> bool:
    """A noun with no preposition that tells when or how often the verb after it acts: «раз» in «еще раз принес»."""
    h = f.head(j)
    return (f.tokens[j].pos == "NOUN" and f.rel(j) == "obl" and h is not None and h > j
            and not any(f.rel(c) == "case" for c in f.children(j)))


def _of_to(f: FieldView, verb: int, c: int) -> bool:
    """Whether the clause headed by `c` opens with «, что» after a «то» of the clause of `verb`:
    the content of that «то», whatever the parse («отметил, что считает правильным то, что
    депутаты, которые имеют доходы, отказались от надбавок» — one reported clause, to its end)."""
    marks = [m for m in f.children(c) if f.rel(m) == "mark"]
    m = marks[0] if marks else None
    return m is not None and verb < m - 2 and f.word(m - 2) == "то" and f.tokens[m - 1].text == ","


def _not_its_conjunct(f: FieldView, verb: int, j: int) -> bool:
    """A finite verb the parser conjoined to the reported clause's verb that has no subject of its
    own and the cue's form, not the clause verb's — another number («подчеркнул, что власти инвестируют
    в ремонт, а также отметил важность …»), another gender of a verb or an adjective in the singular («заверил
    горожан в том, что ситуация была вызвана обстоятельствами, и еще раз принес свои извинения»), or the cue's
    tense and gender where the clause verb has another tense («говорила, что ситуация остается напряженной, и
    призывала регионы …»): it is the cue's second predicate."""
    if f.rel(j) != "conj" or any(f.rel(c) in ("nsubj", "nsubj:pass") for c in f.children(j)):
        return False
    number, own = f.feat(j, "Number"), f.feat(verb, "Number")
    if number is not None and own is not None and number != own:
        return True
    # (a noun predicate's gender is its own, not its subject's: «сказала, что была врачом и работала …»)
    gender, own_gender = f.feat(j, "Gender"), f.feat(verb, "Gender")
    if (number == own == "Sing" and f.tokens[verb].pos in ("VERB", "ADJ")
            and gender is not None and own_gender is not None and gender != own_gender):
        return True
    cue = f.head(verb) if f.rel(verb) == "ccomp" else None
    tense = f.feat(j, "Tense")
    return (cue is not None and tense is not None and tense == f.feat(cue, "Tense") != f.feat(verb, "Tense")
            and f.feat(j, "Gender") == f.feat(cue, "Gender"))


def _before_relay(f: FieldView, start: int, stop: int) -> int:
    """«…, сообщает NEWSru.com», «…, — сообщает ТАСС» at the end of a reported clause is not part of it."""
    idx = list(f.tokens_in(start, stop))
    for n, k in enumerate(idx[:-1]):
        if f.tokens[k].text != "," or not f.tokens[k].start > start:
            continue
        j = idx[n + 1]
        if f.tokens[j].text in DASHES and n + 2 < len(idx):
            j = idx[n + 2]
        cue = cue_of(f, j)
        if cue is None:
            continue
        attr = attr_for_cue(f, j, cue, after_only=True)
        rest = [m for m in idx if m >= (attr.np[1] if attr.np else j + 1)]
        if attr.relay and len(rest) <= 4 and not any(f.tokens[m].pos == "VERB" for m in rest):
            return f.tokens[k].start
    return stop


def _coordinated_cut(f: FieldView, outer: Clause, inner: Clause) -> tuple[int, bool, int | None] | None:
    """«Минск считает, что A, а Россия уверена, что B»: cut A before «, а Россия» or a dash (and say
    whether the second cue shares the first one's subject: «…, и подчеркнул, что B»).
    (offset to cut at, shared, the second cue's own subject) or None: no coordination."""
    k = inner.cue_i - 1
    if f.feat(inner.cue_i, "VerbForm") == "Conv" and k >= 0 and f.tokens[k].text == ",":
        return f.tokens[k].start, True, None  # «…, добавив, что B»: the gerund's speaker is the first cue's
    narrated = _narration_before(f, outer, inner)
    if narrated is not None:
        return narrated
    n = 0
    while k >= 0 and f.tokens[k].start >= outer.start and n < 12:  # «, а WSJ со ссылкой на источники заявляет»
        # «…, а WSJ заявляет, что …»; «… — член палаты представителей Грин заявила, что …»: a dash
        # before a cue with its own clause opens a second statement
        dash = f.tokens[k].text in DASHES and inner.start > f.tokens[inner.cue_i].start
        if f.tokens[k].text == ";" or f.word(k) in COORDINATORS or dash:
            subject = next((j for j in range(k + 1, inner.cue_i) if nominal(f, j) and f.feat(j, "Case") == "Nom"),
                           None)
            own_subject = subject is not None or (inner.attr.head is not None and inner.attr.head > k)
            # «напомнил, что A и подчеркнул, что B», «…, а также добавила, что B»
            shared = all(f.tokens[j].pos in ("ADV", "PART") for j in range(k + 1, inner.cue_i))
            if not (own_subject or shared):
                return None
            cut = k - 1 if k > 0 and f.tokens[k - 1].text == "," else k
            return f.tokens[cut].start, shared and not own_subject, subject
        if f.tokens[k].pos == "VERB":
            return None
        k -= 1
        n += 1
    return None


def _narration_before(f: FieldView, outer: Clause, inner: Clause) -> tuple[int, bool, int | None] | None:
    """«отметили, что были рады встретиться, а Полина Гухман легко влилась в процесс и призналась,
    что B»: the second cue is conjoined to a verb inside the first clause that has a subject of its
    own — the author's narration, which the first clause ends before (at the comma or the
    coordinator before that verb's clause) and whose subject says B.  None: no such verb."""
    h = f.head(inner.cue_i) if f.rel(inner.cue_i) == "conj" else None
    if h is None or f.tokens[h].pos != "VERB" or not outer.start <= f.tokens[h].start < f.tokens[inner.cue_i].start:
        return None
    subject = next((c for c in f.children(h) if f.rel(c) == "nsubj" and nominal(f, c) and c < h), None)
    if subject is None or (outer.attr.head is not None and subject == outer.attr.head):
        return None
    k = min([subject] + [c for c in f.children(subject) if c < subject])
    if k == 0 or not (f.tokens[k - 1].text == "," or f.word(k - 1) in COORDINATORS):
        return None  # no clause boundary right before the subject
    while k > 0 and (f.tokens[k - 1].text == "," or f.word(k - 1) in COORDINATORS):
        k -= 1
    if f.tokens[k].start <= outer.start:
        return None
    return f.tokens[k].start, False, subject

