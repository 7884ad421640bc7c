"""Reported speech: the clauses cues introduce in a sentence (docs/quotes.md §3).

The patterns, tried at each token in turn: «По словам X, …» (and «по мнению», …), «Согласно X,
…», «Как отметил X, …», «X заявил, что …» (a cue and its complement: a «что» clause or a
quote), «…, считает X» (a cue after the clause); the phrases are `phrases.py`'s. `indirect.py`
makes rows of the clauses.
"""

from __future__ import annotations

import re

from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, attr_for_cue, attr_of_subject, cue_of, impersonal_cue, np_attr
from transforms.quotes.clause import Clause, Found, Sentence
from transforms.quotes.complement import complement, statement_owner
from transforms.quotes.lexicon import DENIAL, REPORTED_UNSOURCED, THAT_CALL, Cue, opens_with_cue_object
from transforms.quotes.marks import DASHES, OPENING_MARKS, n_words, name_in_marks
from transforms.quotes.phrases import according_to, as_said, by_words
from transforms.quotes.subjects import SUBJECT_RELS, dateline_dash
from transforms.quotes.telling import after_relay, teller, tells_paragraph_of, telling


def clauses_in_sentence(f: FieldView, si: int, blocked) -> list[Clause]:
    """The reported clauses of sentence `si`; tokens at offsets `blocked(offset)` (inside a
    direct quote) start none."""
    return [c for x in _attributions(f, si, blocked) for c in (x.before, x.clause) if c is not None]


def _attributions(f: FieldView, si: int, blocked, before: bool = True) -> list[Found]:
    """What the patterns made of sentence `si`: its clauses, and the attributions that make none
    (a relaying source, «Как передала радиостанция «Маяк», …»). `before`: try `_told_before`."""
    a, b = f.sent_tokens[si]
    if a >= b:
        return []
    s = Sentence(a, b, _sentence_end(f, si))
    out: list[Found] = []
    used: set[int] = set()
    told = _told_before(f, si, blocked) if before else None
    if told is not None:
        out.append(told)
        used.update(told.used)
    for i in range(a, b):
        if i in used or blocked(f.tokens[i].start):
            continue
        for pattern in (by_words, according_to, as_said, _cue_clause):
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


def _told_before(f: FieldView, si: int, blocked) -> Found | None:
    """«Россия не намерена … . Об этом заявил Сергей Лавров.»: a sentence that tells who said the one before it
    (`telling.telling`) makes that sentence the teller's reported speech, when it is in the same paragraph,
    outside direct quotes and names no source of its own (no reported clause, no «Как передала радиостанция
    …»); a whole sentence in quote marks is direct.py's (`telling.told_quote`)."""
    told = telling(f, si)
    if told is None:
        return None
    a, j, attr = told
    pa, pb = f.sent_tokens[si - 1]
    if (pa >= pb or not tells_paragraph_of(f, si)
            or any(blocked(f.tokens[k].start) for k in range(pa, pb))
            or _attributions(f, si - 1, blocked, before=False)):
        return None
    start, stop = _strip_lead(f, f.tokens[pa].start, _sentence_end(f, si - 1)), _sentence_end(f, si - 1)
    if n_words(f.text[start:stop]) < 3:
        return None
    attr.source = "told"
    return Found(Clause(start, stop, j, attr, min(f.tokens[a].start, attr.pos)), range(a, j + 1))


def _cue_clause(f: FieldView, i: int, s: Sentence) -> Found:
    """A cue at token i: the clause it introduces («X заявил, что …») or the clause it follows
    («…, считает X»)."""
    cue = cue_of(f, i) or cue_of(f, i, roles=("noun",))
    if cue is None:
        return _document_clause(f, i, s)
    if cue.role == "noun" and f.rel(i) == "obj" and f.lemma(f.head(i)) in DENIAL and statement_owner(f, i) is None:
        return Found()  # «опровергла предположения о том, что …»: a claim denied, no one's words
    comp = complement(f, i, cue, s.b)
    if comp is not None:  # (a relay's complement, «НСН писала, что …», makes no clause but is a source told)
        clause = _complement_clause(f, i, cue, comp, s)
        # «…, уточнила Набиуллина: в мае …»: a colon after the cue's subject goes on with her words
        after_colon = f.text[max(0, comp - 4):comp].rstrip().endswith(":")
        before = _clause_before_cue(f, i, cue, s) if clause and after_colon else None
        return Found(clause, range(i, i + 1), before)
    return Found(_clause_before_cue(f, i, cue, s))


def _document_clause(f: FieldView, i: int, s: Sentence) -> Found:
    """«В сообщении регулятора говорится, что …»: an impersonal cue with its document before it tells the
    clause, its owner speaking (`impersonal_cue`)."""
    attr = impersonal_cue(f, i)
    if attr is None and f.lemma(i) in REPORTED_UNSOURCED and f.rel(i) in ("root", "parataxis"):
        # «Ранее сообщалось, что …»: reported with no source the article names, no one's words it can tell
        # (probes FC, FR)
        attr = Attr(cue=f.word(i), implicit=True, source="unsourced", pos=f.tokens[i].start)
    if attr is None:
        return Found()
    comp = complement(f, i, Cue(f.word(i), "speech", attr.cue), s.b)
    if comp is None:
        return Found(_clause_before_document(f, i, attr, s))
    return Found(Clause(comp, s.stop, i, attr, f.tokens[i].start), range(i, i + 1))


def _clause_before_document(f: FieldView, i: int, attr: Attr, s: Sentence) -> Clause | None:
    """«Смена Кузюткина является плановой, сообщается на официальном сайте Всероссийской федерации волейбола»: the
    words before a comma and an impersonal cue with its document or channel are the owner's, as the words before
    «…, считает X» are X's (`_clause_before_cue`); not a direct quote's («…», — говорится в сообщении: direct.py),
    nor words that are already someone's («…, заявил X, говорится в сообщении»), nor an unsourced report."""
    a, k = s.a, i - 1
    if attr.source == "unsourced" or k - 1 < a or f.tokens[k].text != "," or f.tokens[k - 1].text in "»“\"":
        return None
    if _after_attribution(f, a, k) or _reports_speech(f, a, k):
        return None
    start, stop = f.tokens[a].start, f.tokens[k].start
    if n_words(f.text[start:stop]) < 3 or opens_with_cue_object(f.words(a, 3)):
        return None
    start = _strip_lead(f, start, stop)
    return Clause(start, stop, i, attr, start)


def _complement_clause(f: FieldView, i: int, cue: Cue, comp: int, s: Sentence) -> Clause | None:
    """X заявил, что …; выразил мнение, что … (a noun cue speaks through its verb)."""
    if cue.role == "noun" and (owner := statement_owner(f, i)) is not None:
        # «прокомментировал заявление Зеленского о том, что …», «опровергла заявление Ющенко о том, что …»: whose
        # statement it is says it, whoever comments on it or denies it (probe FR)
        attr = np_attr(f, owner, cue=cue.cue, pos=f.tokens[i].start)
    elif cue.role == "noun":
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


def _clause_before_cue(f: FieldView, i: int, cue: Cue, s: Sentence) -> Clause | None:
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
    if f.tokens[k].text != "," or k - 1 < a or (f.tokens[k - 1].text in "»“\"" and not _closes_a_name(f, a, k - 1)
                                                and not _closes_a_fragment(f, a, k - 1)):
        return None  # «…», заявил X: a direct quote's author (direct.py), unless the marks hold a name or a fragment
    if a + 1 < b and opens_with_cue_object(f.words(a, 3)):
        return None  # «Об этом в воскресенье, 20 февраля, заявил Песков»: the cue's object, no clause
    attr = attr_for_cue(f, i, cue, after_only=True)
    if (attr.implicit or attr.relay or attr.head is None or attr.head < i or _after_attribution(f, a, k)
            or _reports_speech(f, a, k)):
        return None
    if i + 1 < b and (f.tokens[i + 1].text == ":" or (f.tokens[i + 1].text in OPENING_MARKS
                                                       and name_in_marks(f, i + 1, b) is None)):
        # «Силуанов, в свою очередь, заметил: «… вопрос в том, …»»: a word of the quote is no subject; a name in
        # marks is («…, сообщает «Интерфакс» со ссылкой на … Виктора Гроховского», probe GK)
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


def _reports_speech(f: FieldView, a: int, comma: int) -> bool:
    """Whether the words before `comma` tell someone's speech with a cue of their own and its «что»
    clause («Путин заявил в ходе встречи с Алиевым, что … декларация …, передает пресс-служба
    Кремля»): that cue's clause is the row, the cue after the comma only passes the sentence on."""
    for t in range(a + 1, comma):
        clause = f.head(t) if f.word(t) in THAT_CALL and f.rel(t) == "mark" else None
        v = f.head(clause) if clause is not None else None
        if (v is not None and a <= v < t and f.tokens[v].pos == "VERB" and f.feat(v, "VerbForm") != "Conv"
                and cue_of(f, v) is not None):
            return True
    return False


def _told_after_comma(f: FieldView, i: int, cue: Cue, s: Sentence) -> Clause | None:
    """«Подробности могут повредить следствию, об этом заявили в Следкоме.»: the cue's object
    (`cue-object`) after a comma tells the words before it, as «… . Об этом заявил X» tells the
    sentence before (`_told_before`), with at most `TOLD_GAP` words and no verb between it and the cue."""
    # (a name in quote marks between counts as its words: «, об этом в соцсети «ВКонтакте» сообщил …»)
    o = next((k for k in range(max(s.a + 3, i - 4 - TOLD_GAP), i - 1)
              if opens_with_cue_object(f.words(k, 3)) and (f.tokens[k - 1].text == "," or (
                  f.tokens[k - 1].text in DASHES and f.tokens[k - 2].text == ","))), None)
    if o is None:
        return None
    marks = {j for x in range(o + 2, i) if (close := name_in_marks(f, x, i)) is not None for j in (x, close)}
    between = [k for k in range(o + 2, i) if k not in marks]
    if (len(between) > TOLD_GAP or f.rel(o + 1) == "det" or after_relay(f, s.a, s.b) == o
            or any(f.tokens[k].pos in ("VERB", "PUNCT") for k in between)):
        return None
    attr = teller(f, i, cue)
    if attr is not None and attr.head is not None and attr.head < o:
        attr = _subject_after(f, i, o, cue)
    if attr is None or attr.head is None:
        return None
    start, stop = f.tokens[s.a].start, f.tokens[o - 1 if f.tokens[o - 1].text == "," else o - 2].start
    if n_words(f.text[start:stop]) < 3:
        return None
    attr.source = "told"
    start = _strip_lead(f, start, stop)
    return Clause(start, stop, i, attr, f.tokens[o].start)


def _subject_after(f: FieldView, i: int, o: int, cue: Cue) -> Attr | None:
    """«Обстановка … остается стабильной, — об этом он заявил»: a subject of cue `i` before its object `o` is the
    told words' own, which the parser hung on the cue; the speaker is the cue's subject after `o`, if any, and no
    relay (as `telling.teller` reads one)."""
    later = next((c for c in f.children(i) if f.rel(c) in SUBJECT_RELS and c > o), None)
    attr = attr_of_subject(f, i, cue, later) if later is not None else None
    return None if attr is None or attr.relay else attr


def _closes_a_name(f: FieldView, a: int, close_i: int) -> bool:
    """The mark at token `close_i` closes a name in quote marks (`marks.name_in_marks`) opened inside
    the clause that starts at `a`: «…выполняет все объемы программы "Земский доктор", заявил Мурашко»
    is a reported clause, not a quote before its author."""
    return any(name_in_marks(f, o, close_i + 1) == close_i for o in range(max(a + 1, close_i - 5), close_i))


def _closes_a_fragment(f: FieldView, a: int, close_i: int) -> bool:
    """The mark at token `close_i` closes words in marks that the clause starting at `a` opens with words
    of its own, a predicate among them and no colon, dash or cue: «Премия присуждена «за усилия по достижению
    мира», сообщила председатель комитета» is a reported clause quoting a fragment, not a quote before its
    author — a fragment of three words at least («Глава МИД назвал решение «ошибкой», заявил Песков»: a word
    in marks, which direct.py reads with «назвал»; «После финала «…», — признался …»: no predicate, a quote)."""
    o = next((j for j in range(close_i - 1, a, -1) if f.tokens[j].text in OPENING_MARKS), None)
    return (o is not None and o > a + 1 and f.tokens[o - 1].text not in ":" + DASHES
            and n_words(f.text[f.tokens[o].stop:f.tokens[close_i].start]) >= 3
            and any(_predicate(f, j) for j in range(a, o)) and not any(cue_of(f, j) is not None for j in range(a, o)))


def _predicate(f: FieldView, j: int) -> bool:
    t = f.tokens[j]
    feats = t.feats or {}
    return (t.pos in ("VERB", "AUX") and feats.get("VerbForm") == "Fin") or feats.get("Variant") == "Short"


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
