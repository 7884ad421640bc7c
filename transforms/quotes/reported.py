"""Reported speech: the clauses cues introduce in a sentence (docs/quotes.md §3).

The patterns, tried at each token in turn: «По словам X, …» (and «по мнению», …), «Согласно X,
…», «Как отметил X, …», «X заявил, что …» (a cue and its complement: a «что» clause or a
quote), «…, считает X» (a cue after the clause). `indirect.py` makes rows of the clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, attr_for_cue, author_cue, cue_of, impersonal_cue, set_np
from transforms.quotes.complement import complement
from transforms.quotes.lexicon import (CONNECTIVES, COORDINATORS, CUE_MANNER, CUE_MANNER_NOT, PRONOUN_GENDER, THAT_CALL, Cue,
                                       opens_with_cue_object)
from transforms.quotes.marks import OPENING_MARKS, n_words, name_in_marks
from transforms.quotes.subjects import dateline_dash, nominal


@dataclass
class Clause:
    """A reported clause: characters [start, stop), its cue token and attribution, and where
    the attribution starts."""

    start: int
    stop: int
    cue_i: int
    attr: Attr
    anchor: int
    verb: int | None = None  # the clause's own head token, when the tree gives it («что» → its verb)


@dataclass
class _Sentence:
    a: int  # first token
    b: int  # the token after the last
    stop: int  # where its words end (final punctuation left out)


@dataclass
class _Found:
    """What a pattern made of a token: a clause (or none) and the tokens it used up."""

    clause: Clause | None = None
    used: range = range(0)
    before: Clause | None = None  # «…, уточнила Набиуллина: …»: the clause before the cue, as well


def clauses_in_sentence(f: FieldView, si: int, blocked) -> list[Clause]:
    """The reported clauses of sentence `si`; tokens at offsets `blocked(offset)` (inside a
    direct quote) start none."""
    return [c for x in _attributions(f, si, blocked) for c in (x.before, x.clause) if c is not None]


def _attributions(f: FieldView, si: int, blocked, before: bool = True) -> list[_Found]:
    """What the patterns made of sentence `si`: its clauses, and the attributions that make none
    (a relaying source, «Как передала радиостанция «Маяк», …»). `before`: try `_told_before`."""
    a, b = f.sent_tokens[si]
    if a >= b:
        return []
    s = _Sentence(a, b, _sentence_end(f, si))
    out: list[_Found] = []
    used: set[int] = set()
    told = _told_before(f, si, blocked) if before else None
    if told is not None:
        out.append(told)
        used.update(told.used)
    for i in range(a, b):
        if i in used or blocked(f.tokens[i].start):
            continue
        for pattern in (_by_words, _according_to, _as_said, _cue_clause):
            found = pattern(f, i, s)
            if found is not None:
                break
        if found.clause is not None or found.used:
            out.append(found)
        used.update(found.used)
    return out


def _sentence_end(f: FieldView, si: int) -> int:
    s = f.doc.sentences[si]
    stop = s.stop
    while stop > s.start and (f.text[stop - 1].isspace() or f.text[stop - 1] in ".!?…;:"):
        stop -= 1
    return stop


def _told_before(f: FieldView, si: int, blocked) -> _Found | None:
    """«Россия не намерена … . Об этом заявил Сергей Лавров.»: a sentence that opens with the
    cue's object (`cue-object`, «Об этом») says who told the sentence before it, when that sentence
    is in the same paragraph, outside direct quotes and names no source of its own (no reported
    clause, no «Как передала радиостанция …»); a relay may open the telling sentence («Как передает
    Цензор.НЕТ, об этом сказал министр … Виктор Ляшко»)."""
    a, b = f.sent_tokens[si]
    a = _after_relay(f, a, b)
    # «Так пресс-секретарь … Дмитрий Песков прокомментировал …»: «так» the manner of the cue it hangs on
    manner = (a + 2 < b and f.word(a) in CUE_MANNER and f.rel(a) == "advmod" and f.tokens[a + 1].pos != "PUNCT"
              and f.word(a + 1) not in CUE_MANNER_NOT)
    if (si == 0 or a + 2 >= b or not (manner or opens_with_cue_object([f.word(a), f.word(a + 1)]))
            or (not manner and f.rel(a + 1) == "det")):  # «Об этом человеке говорят разное»: «этом» modifies a noun
        return None
    j = next((k for k in range(a + 2, b) if f.tokens[k].pos == "VERB"), None)
    h = f.head(a + 1) if f.tokens[a + 1].pos == "NOUN" else None
    noun_verb = not manner and h is not None and f.tokens[h].pos == "VERB"
    if noun_verb:
        j = h  # «Такую оценку прошедшей встрече дал X»: the noun's verb, not a participle before it
    if manner:
        j = f.head(a)
    if j is None:
        return None
    cue = cue_of(f, j)
    if manner and cue is None:
        return None
    if cue is not None and complement(f, j, cue, b) is not None:
        return None  # «На это Песков ответил, что …»: the sentence has its own reported clause
    if cue is None and noun_verb and f.rel(a + 1) in ("obj", "obl"):
        cue = author_cue(f, j)  # «Такое заявление сделал X», «Такую оценку дал X»: the noun is the words
    attr = _teller(f, j, cue)
    if attr is None:
        return None
    prev = f.doc.sentences[si - 1]
    pa, pb = f.sent_tokens[si - 1]
    if (pa >= pb or not _tells_paragraph_of(f, si)
            or any(blocked(f.tokens[k].start) for k in range(pa, pb))
            or _attributions(f, si - 1, blocked, before=False)):
        return None
    start, stop = _strip_lead(f, f.tokens[pa].start, _sentence_end(f, si - 1)), _sentence_end(f, si - 1)
    if n_words(f.text[start:stop]) < 3:
        return None
    attr.source = "told"
    return _Found(Clause(start, stop, j, attr, min(f.tokens[a].start, attr.pos)), range(a, j + 1))


def _teller(f: FieldView, j: int, cue: Cue | None) -> Attr | None:
    """Who the telling verb `j` («Об этом заявил X», «…, об этом сообщили в Следкоме») names: its
    subject, or the document of an impersonal cue; None for nobody written or a relay."""
    attr = attr_for_cue(f, j, cue) if cue is not None else impersonal_cue(f, j)
    if cue is not None and attr.implicit:  # «Об этом заявил адвокат X …, передал корреспондент»: the
        attr = attr_for_cue(f, j, cue, after_only=True)  # parser may hang the subject on the relay
    return None if attr is None or attr.implicit or attr.relay else attr


def _tells_paragraph_of(f: FieldView, si: int) -> bool:
    """Whether sentence `si` may tell the sentence before it: the two share a paragraph, or `si`
    opens its paragraph and the one before is that sentence alone (a lead set apart: «Приговор …
    будет обвинительным.» ¶ «Об этом заявил адвокат …»)."""
    here, before = f.paragraph_of(f.doc.sentences[si].start), f.paragraph_of(f.doc.sentences[si - 1].start)
    if here == before:
        return True
    return (not f.text[here[0]:f.doc.sentences[si].start].strip()
            and (si < 2 or f.paragraph_of(f.doc.sentences[si - 2].start) != before))


def _by_words(f: FieldView, i: int, s: _Sentence) -> _Found | None:
    """По словам X, … / По мнению X, … / По её словам, … / Согласно словам X, … / Со слов X, … / На его
    взгляд, … (a phrase of «на» only with its own preposition)."""
    if f.word(i) not in ("по", "согласно", "со", "на") or i + 1 >= s.b:
        return None
    noun_i = i + 2 if f.word(i + 1) in PRONOUN_GENDER and i + 2 < s.b else i + 1
    phrase = cue_of(f, noun_i, roles=("phrase", "phrase-person"))
    if phrase is None or (f.word(i) == "на") != phrase.cue.startswith("на "):
        return None
    head, after = _phrase_speaker(f, noun_i, s.b)
    named = f.mention_at(head) if head is not None else None
    if phrase.role == "phrase-person" and (named is None or named["type"] != "PER"
                                           or len((named.get("entity_name") or "").split()) < 2):
        return None  # «по данным Reuters»: a source cited, no one's speech; a person has a first name
        # in the article («по данным Антикора» is the anti-corruption service, tagged PER)
    if after is None or after >= s.b:
        return _Found()
    attr = Attr(cue=phrase.cue, head=head, pos=f.tokens[i].start)
    if head is not None:
        set_np(f, attr, head, (i + 1, after))
    else:
        attr.implicit = True
    start = _phrase_clause_start(f, s.a, i, after, s.b)
    return _Found(Clause(start, s.stop, noun_i, attr, f.tokens[i].start), range(i, after))


def _according_to(f: FieldView, i: int, s: _Sentence) -> _Found | None:
    """Согласно X, … with a person X."""
    if f.word(i) != "согласно" or i + 1 >= s.b:
        return None
    m = f.mention_at(i + 1)
    if m is None or m["type"] != "PER":
        return None
    k = i + 1
    while k < s.b and f.tokens[k].start < m["stop"]:
        k += 1
    if k >= s.b or f.tokens[k].text != ",":
        return None
    attr = Attr(cue="согласно", head=k - 1, np=(i + 1, k), pos=f.tokens[i].start)
    start = _phrase_clause_start(f, s.a, i, k + 1, s.b)
    return _Found(Clause(start, s.stop, i, attr, f.tokens[i].start), range(i, k + 1))


def _as_said(f: FieldView, i: int, s: _Sentence) -> _Found | None:
    """Как отметил X, … (a relaying source, «Как передала радиостанция», makes no clause)."""
    a, b = s.a, s.b
    if f.word(i) != "как" or not (i == a or f.tokens[i - 1].text == "," or _only_connectives(f, a, i)):
        return None
    for j in range(i + 1, min(i + 4, b)):
        if f.tokens[j].pos == "ADV" and f.word(j) != "как":
            continue
        cue = cue_of(f, j)
        if cue is None:
            break
        k = j + 1
        while k < b and f.tokens[k].text != "," and not f.stops(k) and k < j + 15:
            k += 1
        if k >= b - 1 or f.tokens[k].text != ",":
            break
        attr = attr_for_cue(f, j, cue, after_only=True)
        written = [x for x in range(j + 1, k) if f.feat(x, "Case") == "Nom" and nominal(f, x)]
        if attr.implicit and written:
            # «Как сообщал накануне «Политсовет», обыск …», parsed as «Политсовет» ← «начался»: the
            # subject is written, whatever the parser hung it on; no one the text went on with
            attr.implicit = False
            set_np(f, attr, written[0], (j + 1, k))
        if attr.relay:
            return _Found(used=range(i, k + 1))
        if attr.implicit and f.feat(j, "Number") == "Plur":
            break
        return _Found(Clause(f.tokens[k + 1].start, s.stop, j, attr, f.tokens[i].start), range(i, k + 1))
    return _Found()


def _cue_clause(f: FieldView, i: int, s: _Sentence) -> _Found:
    """A cue at token i: the clause it introduces («X заявил, что …») or the clause it follows
    («…, считает X»)."""
    cue = cue_of(f, i) or cue_of(f, i, roles=("noun",))
    if cue is None:
        return _Found()
    comp = complement(f, i, cue, s.b)
    if comp is not None:  # (a relay's complement, «НСН писала, что …», makes no clause but is a source told)
        clause = _complement_clause(f, i, cue, comp, s)
        # «…, уточнила Набиуллина: в мае …»: a colon after the cue's subject goes on with her words
        after_colon = f.text[max(0, comp - 4):comp].rstrip().endswith(":")
        before = _clause_before_cue(f, i, cue, s) if clause and after_colon else None
        return _Found(clause, range(i, i + 1), before)
    return _Found(_clause_before_cue(f, i, cue, s))


def _complement_clause(f: FieldView, i: int, cue: Cue, comp: int, s: _Sentence) -> Clause | None:
    """X заявил, что …; выразил мнение, что … (a noun cue speaks through its verb)."""
    if cue.role == "noun":
        h = f.head(i)
        if h is None or f.tokens[h].pos != "VERB" or f.rel(i).startswith("nsubj"):
            return None  # «Есть мнение, что …», «Существуют опасения, что …»: no one voices it
        attr = attr_for_cue(f, h, Cue(cue.word, "speech", cue.cue))
        attr.cue = cue.cue
    else:
        attr = attr_for_cue(f, i, cue)
    if attr.relay:
        return None
    if attr.implicit and (attr.gender == "Plur" or f.rel(i) not in ("root", "conj", "parataxis")):
        return None
    k = f.token_at(comp)
    verb = f.head(k - 1) if k > 0 and f.word(k - 1) in THAT_CALL else None  # «что» hangs on the clause's verb
    if verb is not None and verb < k:  # the parser hung «что» on a verb before it: the clause's head is unknown
        verb = None                    # («заявил, что A, и добавил, что B», the second «что» on A's verb)
    return Clause(comp, s.stop, i, attr, min(f.tokens[i].start, attr.pos), verb)


def _clause_before_cue(f: FieldView, i: int, cue: Cue, s: _Sentence) -> Clause | None:
    """…, считает X. / …, подчеркнул президент РФ, … (the clause runs round the attribution)."""
    a, b = s.a, s.b
    if cue.role != "noun" and (told := _told_after_comma(f, i, cue, s)) is not None:
        return told
    if cue.role == "noun" or i - 1 < a or f.tokens[i - 1].text not in ",—–-":
        return None
    if f.feat(i, "VerbForm") == "Conv":  # «…», — сказал министр, комментируя произошедшее: a gerund tells
        return None                       # how the verb before it was done, the words before are not its
    k = i - 1
    while k > a and f.tokens[k].text in "—–-":
        k -= 1
    if f.tokens[k].text != "," or k - 1 < a or (f.tokens[k - 1].text in "»“\"" and not _closes_a_name(f, a, k - 1)):
        return None  # «…», заявил X: a direct quote's author (direct.py), unless the marks hold a name
    if a + 1 < b and opens_with_cue_object([f.word(a), f.word(a + 1)]):
        return None  # «Об этом в воскресенье, 20 февраля, заявил Песков»: the cue's object, no clause
    attr = attr_for_cue(f, i, cue, after_only=True)
    if attr.implicit or attr.relay or attr.head is None or attr.head < i or _after_attribution(f, a, k):
        return None
    np_end = attr.np[1] if attr.np else attr.head + 1
    start = f.tokens[a].start
    stop = f.tokens[k].start
    tail = [j for j in range(np_end, b) if f.tokens[j].pos != "PUNCT"]
    predicates = [j for j in tail if _predicate(f, j)]
    parenthetical = bool(predicates) and f.tokens[np_end].text == "," and not _relayed(f, predicates[0])
    if parenthetical:
        host = f.head(i)
        host_cue = cue_of(f, host) if host is not None and host > i else None
        if host_cue is not None and complement(f, host, host_cue, b) is not None:
            # «Сама Савченко, отметил Полозов, подчеркнула, что …»: the words are the host verb's
            # subject's, relayed; that verb's own clause is the row
            return None
        stop = s.stop  # the clause runs round the attribution: «Сейчас, продолжал он, …»
    elif n_words(f.text[start:stop]) < 2:
        return None
    start = _strip_lead(f, start, stop)
    return Clause(start, stop, i, attr, start)


TOLD_GAP = 3  # words between «, об этом» and its cue: «, об этом ЯСИА заявили», «, об этом в среду сообщил»


def _relayed(f: FieldView, j: int) -> bool:
    """The predicate at token j is a source passing the words on («…, сообщила министр Ольга
    Любимова, передает РИА Новости»; «…, заявил мэр столицы Виталий Кличко, сообщает пресс-служба
    городского головы»: a cue with its subject after it tells the whole sentence), not the rest of a
    clause the attribution interrupts."""
    cue = cue_of(f, j)
    if cue is None:
        return False
    attr = attr_for_cue(f, j, cue, after_only=True)
    return attr.relay or (cue.role == "report" and attr.head is not None and attr.head > j)


def _after_attribution(f: FieldView, a: int, comma: int) -> bool:
    """Whether the words before `comma` end with another cue and its subject, perhaps with a gerund's
    phrase after («…, заявил мэр столицы Виталий Кличко, отвечая на вопросы …, сообщает пресс-служба …»):
    they are that speaker's, the cue after only passes them on."""
    for j in range(comma - 1, a, -1):
        cue = cue_of(f, j + 1) if f.tokens[j].text == "," and f.feat(j + 1, "VerbForm") != "Conv" else None
        if cue is None:
            continue
        attr = attr_for_cue(f, j + 1, cue, after_only=True)
        if attr.head is None or attr.np is None or attr.head < j + 1:
            return False
        end = attr.np[1]
        return end == comma or (f.tokens[end].text == "," and f.feat(end + 1, "VerbForm") == "Conv")
    return False


def _told_after_comma(f: FieldView, i: int, cue: Cue, s: _Sentence) -> Clause | None:
    """«Подробности могут повредить следствию, об этом заявили в Следкоме.»: the cue's object
    (`cue-object`) after a comma tells the words before it, as «… . Об этом заявил X» tells the
    sentence before (`_told_before`), with at most `TOLD_GAP` words and no verb between it and the cue."""
    # (a name in quote marks between counts as its words: «, об этом в соцсети «ВКонтакте» сообщил …»)
    o = next((k for k in range(max(s.a + 3, i - 4 - TOLD_GAP), i - 1)
              if f.tokens[k - 1].text == "," and opens_with_cue_object([f.word(k), f.word(k + 1)])), None)
    if o is None:
        return None
    marks = {j for x in range(o + 2, i) if (close := name_in_marks(f, x, i)) is not None for j in (x, close)}
    between = [k for k in range(o + 2, i) if k not in marks]
    if (len(between) > TOLD_GAP or f.rel(o + 1) == "det" or _after_relay(f, s.a, s.b) == o
            or any(f.tokens[k].pos in ("VERB", "PUNCT") for k in between)):
        return None
    attr = _teller(f, i, cue)
    if attr is None or attr.head is None or attr.head < i:
        return None
    start, stop = f.tokens[s.a].start, f.tokens[o - 1].start
    if n_words(f.text[start:stop]) < 3:
        return None
    attr.source = "told"
    start = _strip_lead(f, start, stop)
    return Clause(start, stop, i, attr, f.tokens[o].start)


def _closes_a_name(f: FieldView, a: int, close_i: int) -> bool:
    """The mark at token `close_i` closes a name in quote marks (`marks.name_in_marks`) opened inside
    the clause that starts at `a`: «…выполняет все объемы программы "Земский доктор", заявил Мурашко»
    is a reported clause, not a quote before its author."""
    return any(name_in_marks(f, o, close_i + 1) == close_i for o in range(max(a + 1, close_i - 5), close_i))


def _phrase_speaker(f: FieldView, noun_i: int, b: int) -> tuple[int | None, int | None]:
    """По словам X, … → (head of X, token index after the phrase)."""
    if noun_i - 1 >= 0 and f.word(noun_i - 1) in PRONOUN_GENDER and f.word(noun_i - 2) in ("по", "на"):
        end = noun_i + 1
        if end < b and f.tokens[end].text == ",":
            end = _past_relative(f, end, b) + 1  # «По его словам, которые приводит РИА Новости, …»
        return noun_i - 1, end
    k = noun_i + 1
    while k < b and k < noun_i + 15:
        if f.tokens[k].text == ",":
            break
        if f.stops(k):
            return None, None
        k += 1
    if k >= b or f.tokens[k].text != ",":
        return None, None
    k = _past_relative(f, k, b)
    heads = [c for c in f.children(noun_i) if f.rel(c).startswith("nmod") and nominal(f, c) and c < k
             and not f.word(c).startswith("котор")]
    head = heads[0] if heads else next((j for j in range(noun_i + 1, k) if nominal(f, j)), None)
    return head, k + 1


def _past_relative(f: FieldView, comma: int, b: int) -> int:
    """The comma that closes a relative clause opening after token `comma` («, которые приводит РИА
    Новости,»), else `comma`."""
    if comma + 1 < b and f.word(comma + 1).startswith("котор"):
        j = comma + 1
        while j < b and f.tokens[j].text != "," and not f.stops(j):
            j += 1
        if j < b and f.tokens[j].text == ",":
            return j
    return comma


def _after_relay(f: FieldView, a: int, b: int) -> int:
    """The token after a relay that opens a sentence, «Как CUE X,» («Как передает Цензор.НЕТ, об этом
    сказал …»), else `a`."""
    if f.word(a) != "как" or not any(cue_of(f, j) is not None for j in range(a + 1, min(a + 3, b))):
        return a
    k = next((k for k in range(a + 2, min(a + 15, b)) if f.tokens[k].text in ",;:"), None)
    return k + 1 if k is not None and f.tokens[k].text == "," and k + 1 < b else a


def _only_connectives(f: FieldView, a: int, k: int) -> bool:
    """Tokens [a, k) are punctuation and connectives only («Однако, », «В то же время»)."""
    return all(f.tokens[j].pos == "PUNCT" or f.word(j) in CONNECTIVES for j in range(a, k))


def _predicate(f: FieldView, j: int) -> bool:
    t = f.tokens[j]
    feats = t.feats or {}
    return (t.pos in ("VERB", "AUX") and feats.get("VerbForm") == "Fin") or feats.get("Variant") == "Short"


def _phrase_clause_start(f: FieldView, a: int, phrase_i: int, after: int, b: int) -> int:
    """Where the reported clause of a «по словам X» phrase starts: after the phrase when it
    opens the sentence or a clause joined by a coordinator («…, но, по его словам, она
    «затянулась»»), or a quote follows it; else at the sentence's start."""
    if (_only_connectives(f, a, phrase_i) or _opens_coordinated_clause(f, a, phrase_i)
            or (after < b and f.tokens[after].text in OPENING_MARKS)):
        return f.tokens[after].start if after < b else f.tokens[b - 1].stop
    return f.tokens[a].start


def _opens_coordinated_clause(f: FieldView, a: int, phrase_i: int) -> bool:
    """Whether only a comma and a coordinator («но», «а», `coordinator` words) stand between the
    previous clause and token `phrase_i`: «…, но, по его словам, …»."""
    k = phrase_i - 1
    while k > a and f.tokens[k].pos == "PUNCT":
        k -= 1
    return k > a and f.word(k) in COORDINATORS and f.tokens[k - 1].text == ","


_LEAD = re.compile(r"^(?:(?:однако|но|а|и)\s+)?(?:о\s+том|то|того)\s*,\s*что\s+", re.IGNORECASE)


def _strip_lead(f: FieldView, start: int, stop: int) -> int:
    """Past a wire dateline that opens the sentence («INTERFAX.RU - Адвокаты …», `subjects.dateline`)
    and a leading «о том, что» / «то, что»."""
    i = f.token_at(start)
    dash = dateline_dash(f, i) if i == f.sent_tokens[f.sentence_of(i)][0] else None
    if dash is not None and dash + 1 < len(f.tokens) and f.tokens[dash + 1].start < stop:
        start = f.tokens[dash + 1].start
    m = _LEAD.match(f.text[start:stop])
    return start + m.end() if m else start
