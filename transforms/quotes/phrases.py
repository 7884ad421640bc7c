"""Reported speech opened by a phrase (docs/quotes.md §3): «По словам X, …» (and «по мнению», «со
слов», «на его взгляд»), «Согласно X, …» and «Как отметил X, …»; the clause runs from after the
phrase, or from the sentence's start when the phrase sits inside a clause.
"""

from __future__ import annotations

from transforms.field_view import FieldView
from transforms.quotes.attribution import Attr, attr_for_cue, cue_of, impersonal_cue, set_np
from transforms.quotes.clause import Clause, Found, Sentence
from transforms.quotes.lexicon import CONNECTIVES, COORDINATORS, PRONOUN_GENDER
from transforms.quotes.marks import OPENING_MARKS
from transforms.quotes.subjects import nominal


def by_words(f: FieldView, i: int, s: Sentence) -> Found | None:
    """По словам X, … / По мнению X, … / По её словам, … / Согласно словам X, … / Со слов X, … / На его
    взгляд, … (a phrase of «на» only with its own preposition)."""
    if f.word(i) not in ("по", "согласно", "со", "на") or i + 1 >= s.b:
        return None
    noun_i = i + 2 if f.word(i + 1) in PRONOUN_GENDER and i + 2 < s.b else i + 1
    phrase = cue_of(f, noun_i, roles=("phrase", "phrase-person"))
    if phrase is None or (f.word(i) == "на") != phrase.cue.startswith("на "):
        return None
    head, after = _phrase_speaker(f, noun_i, s.b)
    closing = _closes_sentence(f, i, noun_i, s)
    if closing and head is None:
        head, after = _phrase_noun_owner(f, noun_i, s.b), s.b
    named = f.mention_at(head) if head is not None else None
    if phrase.role == "phrase-person" and (named is None or named["type"] != "PER"
                                           or len((named.get("entity_name") or "").split()) < 2):
        return None  # «по данным Reuters»: a source cited, no one's speech; a person has a first name
        # in the article («по данным Антикора» is the anti-corruption service, tagged PER)
    if after is None or (after >= s.b and not closing):
        return Found()
    attr = Attr(cue=phrase.cue, head=head, pos=f.tokens[i].start)
    if head is not None:
        set_np(f, attr, head, (i + 1, after))
    else:
        attr.implicit = True
    if closing:  # «Доплата спасает ситуацию, по словам министра.»: the words before the phrase
        return Found(Clause(f.tokens[s.a].start, f.tokens[i - 1].start, noun_i, attr, f.tokens[i].start),
                     range(i, s.b))
    start = _phrase_clause_start(f, s.a, i, after, s.b, noun_i)
    return Found(Clause(start, s.stop, noun_i, attr, f.tokens[i].start), range(i, after))


def _closes_sentence(f: FieldView, i: int, noun_i: int, s: Sentence) -> bool:
    """Whether the phrase at token `i` closes its sentence after a comma, only its speaker's words and final
    punctuation after it («Доплата спасает ситуацию, по словам министра труда Максима Топилина.»), the words
    before the comma a clause of their own (a verb of their own, not a quote's: no cue said them)."""
    if i - 1 <= s.a or f.tokens[i - 1].text != ",":
        return False
    rest = range(noun_i + 1, s.b)
    if any(f.tokens[k].text in (",", "«", "»", '"') or (f.stops(k) and k < s.b - 1) for k in rest):
        return False
    return any(f.pos(k) in ("VERB", "AUX") for k in range(s.a, i - 1))


def according_to(f: FieldView, i: int, s: Sentence) -> Found | None:
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
    return Found(Clause(start, s.stop, i, attr, f.tokens[i].start), range(i, k + 1))


def as_said(f: FieldView, i: int, s: Sentence) -> Found | None:
    """Как отметил X, … (a relaying source, «Как передала радиостанция», makes no clause); «Как говорится в
    отчетности компании, …»: an impersonal cue with its document after it, the document's owner speaking
    (`impersonal_cue`).  Inside a sentence the clause starts where a «по словам» phrase's would
    (`_phrase_clause_start`)."""
    a, b = s.a, s.b
    if f.word(i) != "как" or not (i == a or f.tokens[i - 1].text == "," or _only_connectives(f, a, i)):
        return None
    for j in range(i + 1, min(i + 4, b)):
        if f.tokens[j].pos == "ADV" and f.word(j) != "как":
            continue
        cue = cue_of(f, j)
        document = impersonal_cue(f, j) if cue is None else None
        if cue is None and document is None:
            break
        k = j + 1
        while k < b and f.tokens[k].text != "," and not f.stops(k) and k < j + 15:
            k += 1
        if k >= b - 1 or f.tokens[k].text != ",":
            break
        # «Страну, как отметил министр, посетили …»: mid-sentence, the clause runs round the phrase, as «по словам» does
        start = _phrase_clause_start(f, a, i, k + 1, b, j)
        if document is not None:
            return Found(Clause(start, s.stop, j, document, f.tokens[i].start), range(i, k + 1))
        attr = attr_for_cue(f, j, cue, after_only=True)
        written = [x for x in range(j + 1, k) if f.feat(x, "Case") == "Nom" and nominal(f, x)]
        if attr.implicit and written:
            # «Как сообщал накануне «Политсовет», обыск …», parsed as «Политсовет» ← «начался»: the
            # subject is written, whatever the parser hung it on; no one the text went on with
            attr.implicit = False
            set_np(f, attr, written[0], (j + 1, k))
        if attr.relay:
            return Found(used=range(i, k + 1))
        if attr.implicit and f.feat(j, "Number") == "Plur":
            break
        return Found(Clause(start, s.stop, j, attr, f.tokens[i].start), range(i, k + 1))
    return Found()


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
    head = _phrase_noun_owner(f, noun_i, k)
    if head is None:
        head = next((j for j in range(noun_i + 1, k) if nominal(f, j)), None)
    return head, k + 1


def _phrase_noun_owner(f: FieldView, noun_i: int, k: int) -> int | None:
    """The first nominal the phrase's noun governs before token `k`, no relative «который»: «по словам министра» →
    «министра»."""
    return next((c for c in f.children(noun_i) if f.rel(c).startswith("nmod") and nominal(f, c) and c < k
                 and not f.word(c).startswith("котор")), None)


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


def _only_connectives(f: FieldView, a: int, k: int) -> bool:
    """Tokens [a, k) are punctuation and connectives only («Однако, », «В то же время»)."""
    return all(f.tokens[j].pos == "PUNCT" or f.word(j) in CONNECTIVES for j in range(a, k))


def _phrase_clause_start(f: FieldView, a: int, phrase_i: int, after: int, b: int, noun_i: int | None = None) -> int:
    """Where the reported clause of a «по словам X» phrase starts: after the phrase when it
    opens the sentence or a clause joined by a coordinator («…, но, по его словам, она
    «затянулась»»), or a clause of its own after the author's («…рассказал о большом интересе …, по
    его словам, уже есть конкретные заказчики»: `_opens_own_clause`), or a quote follows it; else at
    the sentence's start."""
    if (_only_connectives(f, a, phrase_i) or _opens_coordinated_clause(f, a, phrase_i)
            or (noun_i is not None and _opens_own_clause(f, a, phrase_i, noun_i))
            or (after < b and f.tokens[after].text in OPENING_MARKS)):
        return f.tokens[after].start if after < b else f.tokens[b - 1].stop
    return f.tokens[a].start


def _opens_own_clause(f: FieldView, a: int, phrase_i: int, noun_i: int) -> bool:
    """Whether the phrase after a comma opens a clause apart from the finite verb before it: the
    verb the phrase's noun hangs on is not under that verb in the tree («Чемезов рассказал о …, по
    его словам, уже есть заказчики»: two roots); «отметил, что компания, по его словам, выросла»
    keeps the whole sentence («выросла» is under «отметил»)."""
    if phrase_i - 1 <= a or f.tokens[phrase_i - 1].text != ",":
        return False
    verbs = [k for k in range(a, phrase_i - 1) if f.pos(k) in ("VERB", "AUX") and f.feat(k, "VerbForm") == "Fin"]
    h = f.head(noun_i)
    if not verbs or h is None or h < noun_i:
        return False
    seen = set()
    while h is not None and h not in seen:
        if h in verbs:
            return False
        seen.add(h)
        h = f.head(h)
    return True


def _opens_coordinated_clause(f: FieldView, a: int, phrase_i: int) -> bool:
    """Whether only a comma and a coordinator («но», «а», `coordinator` words) stand between the
    previous clause and token `phrase_i`: «…, но, по его словам, …»."""
    k = phrase_i - 1
    while k > a and f.tokens[k].pos == "PUNCT":
        k -= 1
    return k > a and f.word(k) in COORDINATORS and f.tokens[k - 1].text == ","
