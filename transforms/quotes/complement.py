"""Where the clause a cue introduces starts: «X заявил, что CLAUSE», «пояснил: CLAUSE», a quote
right after the cue, a reported question («спросил, ездил ли он …»), or a clause with «что» left
out (docs/quotes.md §3).  The tree decides what the «что» belongs to: a noun object's clause
(«опроверг предположения, что …») or a word its clause asks about («раскрыл, что изменилось»)
is no content told.
"""

from __future__ import annotations

from transforms.field_view import FieldView
from transforms.quotes.lexicon import (DENIAL, PREDICATIVES, QUESTION_WORDS, THAT, THAT_CALL, VERB_ROLES, WHETHER,
                                      WHETHER_WORDS, Cue, is_question, lexicon)
from transforms.quotes.marks import DASHES, OPENING_MARKS, name_in_marks, speech_like


def complement(f: FieldView, cue_i: int, cue: Cue, b: int) -> int | None:
    """Start offset of the clause a cue introduces: «…, что CLAUSE» or a quote right after it."""
    k = _past_object(f, cue_i, b) if cue.role == "call" else cue_i + 1
    if k < b and f.tokens[k].text in OPENING_MARKS and cue.role != "noun":  # «сказав «…»», not «передаёт «Интерфакс»»
        close = next((j for j in range(k + 1, b) if f.tokens[j].text in "»“”\""), None)
        if close is not None and (speech_like(f, f.tokens[k].stop, f.tokens[close].start)
                                  or (cue.role == "call" and asks_an_act(f, k + 1, close))):
            return f.tokens[k].start
        if name_in_marks(f, k, b) is None:
            return None
    words = THAT_CALL if cue.role == "call" else THAT
    if (cue.role != "noun" and k + 1 < b and f.word(k) in words and f.rel(k) == "mark" and f.head(k) is not None
            and f.head(k) > k and f.head(f.head(k)) == cue_i):
        return f.tokens[k + 1].start  # «и отметил что это первая находка»: the comma left out
    limit = min(b, cue_i + 20)
    while k < limit:
        t = f.tokens[k]
        first = range(k + 1, min(k + 1 + WHETHER_WORDS, b))  # the words the clause opens with
        if (t.text == "," and cue.role != "noun" and not any(f.tokens[j].pos == "PUNCT" for j in first)
                and is_question(f.lemma(cue_i), " ".join(f.tokens[j].text for j in first))):
            return f.tokens[k + 1].start  # «спросил у Силуанова, ездил ли он …»: a reported question
        if t.text == "," and k == cue_i + 1 and cue.role != "noun" and _unmarked_clause(f, cue_i, k):
            return f.tokens[k + 1].start  # «Улюкаев также пояснил, в первом квартале … инфляция … вырастет»
        if t.text == "," and k + 1 < b and f.word(k + 1) in words:
            if k + 2 >= b or f.word(k + 2) == "касается":  # «о том, что касается …» = as regards
                return None
            if f.word(k + 1) not in THAT and any(f.feat(c, "VerbForm") == "Inf" and c < k for c in f.children(cue_i)):
                # «просил отложить заседание, чтобы защита могла …»: asked for the infinitive; «чтобы» is why
                return None
            if _clause_of_noun(f, k + 1, cue_i) or (f.rel(k + 1) in ("nsubj", "nsubj:pass", "obj")
                                                     and not _role_taken(f, k + 1)):
                return None  # «раскрыл, что изменилось»: «что» a word of its clause asks, no content told
            j = k + 2 + (f.tokens[k + 2].text == "," and k + 3 < b)  # «что, используя ресурсы, …»: past its comma
            return f.tokens[j].start
        if (t.text in DASHES and k == cue_i + 1 and cue.role not in ("noun", "call") and k + 1 < b
                and f.tokens[k + 1].text not in OPENING_MARKS
                and speech_like(f, f.tokens[k + 1].start, f.tokens[b - 1].stop)):
            # «Он подчеркнул – никаких комментариев … не последует»: a dash for «что» (probe FW)
            return f.tokens[k + 1].start
        if (t.text == ":" and cue.role != "noun" and k + 1 < b and f.tokens[k + 1].text not in OPENING_MARKS + DASHES
                and not (f.tokens[k - 1].text.isdigit() and f.tokens[k + 1].text.isdigit()
                         and f.tokens[k - 1].stop == t.start and f.tokens[k + 1].start == t.stop)):
            # (a colon between digits, «в 17:03», is a time's or a score's, no colon that opens words)
            # «Песков заявил: Кремль …» (words after a colon, no quote marks) — not a colon that
            # lists the cue's object («отметили три сферы: политическую, …»)
            objects = [c for c in f.children(cue_i) if f.rel(c) == "obj" and c < k]
            if objects or not speech_like(f, f.tokens[k + 1].start, f.tokens[b - 1].stop):
                return None
            return f.tokens[k + 1].start
        if k > cue_i + 1 and (end := _relative_clause_end(f, k)) is not None:
            k = end + 1  # «предупредил чиновников, которые отвечают за сотрудничество с Африкой, что …»: past it
            continue
        if f.stops(k) or (t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Fin"):
            return None
        if (cue.role == "noun" and t.pos == "VERB" and (t.feats or {}).get("VerbForm") == "Part"
                and lexicon().get(f.lemma(k), {}).keys() & set(VERB_ROLES)):
            return None  # «отреагировал на слова президента США, заявившего, что …»: the participle's clause
        if t.text in "«»":
            close = name_in_marks(f, k, limit)
            if close is None:
                return None
            k = close  # «заявил корреспонденту радиостанции «Говорит Москва», что …»
        k += 1
    return None


def _relative_clause_end(f: FieldView, k: int) -> int | None:
    """The last token of the relative clause whose predicate is token `k` («…, которые отвечают за сотрудничество
    с Африкой»: a verb the tree hangs under a noun, its clause opening with «который»), or None."""
    if f.rel(k) != "acl:relcl" or f.pos(k) != "VERB":
        return None
    inside = f.subtree(k)
    first = min(x for x in inside if f.pos(x) != "PUNCT")
    if f.lemma(first) != "который":
        return None
    end = first  # its words in a row: the tree may hang a later word of the main clause on it («… каждый день»)
    while end + 1 in inside:
        end += 1
    return end


def question_word(f: FieldView, k: int) -> bool:
    """Whether token k is a question word (quote_words.tsv `question`): a clause it opens after «CUE,»
    is what the cue was about, not what was said («рассказал, как обстоят дела»); so is a preposition before the
    pronoun «что» («рассказал, на что могла бы претендовать сборная», «о чём шла речь»)."""
    after = k + 1
    if f.tokens[k].pos == "ADP" and after < len(f.tokens) and f.tokens[after].pos == "PRON" and f.lemma(after) == "что":
        return True
    return f.word(k) in QUESTION_WORDS or f.lemma(k) in QUESTION_WORDS


def _unmarked_clause(f: FieldView, cue_i: int, comma: int) -> bool:
    """Whether the comma right after a cue opens the clause it tells with «что» left out: the comma
    hangs on a finite verb the parser makes the cue's complement, with a subject of its own and no
    conjunction («Улюкаев также пояснил, в первом квартале 2015 года инфляция … вырастет до 10%»), or on
    a modal predicate word with its infinitive («Министр отметил, нельзя просто пережить …»)."""
    c = f.head(comma)
    if c is None or c <= comma or f.word(comma + 1) in THAT_CALL:  # («раскрыл, что изменилось»: read above)
        return False
    if any(question_word(f, k) for k in range(comma + 1, c)):
        return False
    if any(f.rel(k) == "mark" for k in f.children(c)):
        return False
    if f.lemma(c) in PREDICATIVES:  # the parser makes it the cue's complement or a clause of its own
        return ((f.head(c) == cue_i or f.rel(c) == "root") and f.rel(c) in ("ccomp", "parataxis", "root")
                and any(f.feat(k, "VerbForm") == "Inf" for k in f.children(c))
                and f.word(c + 1) not in WHETHER)  # («можно ли это сделать»: a question)
    return (f.head(c) == cue_i and f.rel(c) == "ccomp" and f.feat(c, "VerbForm") == "Fin"
            and any(f.rel(k) == "nsubj" for k in f.children(c)))


def _clause_of_noun(f: FieldView, mark_i: int, cue_i: int) -> bool:
    """«опроверг предположения, что …», «прокомментировал информацию о том, что …»: the clause
    belongs to a noun object (through «о том»), not to the cue."""
    verb = f.head(mark_i)
    if verb is None:
        return False
    owner = f.head(verb)
    before = mark_i - 2  # «о том, что …» written before the mark, wherever the parser hung the clause
    if f.word(mark_i - 1) == "," and before > 0 and f.lemma(before) in ("то", "тот") and f.word(before - 1) == "о":
        owner = before  # («…, что у Шойгу якобы «проблемы со здоровьем»»: no verb, the mark hung on «Шойгу»)
    if owner is not None and f.lemma(owner) in ("то", "тот") and f.rel(owner).startswith("nmod"):
        owner = f.head(owner)  # «информацию о том, что …»
    if owner is None or owner == cue_i or not cue_i < owner < mark_i:
        return False
    if f.tokens[owner].pos != "NOUN" or f.rel(owner) != "obj":
        return False
    # a claim denied is no one's words here, even a noun of speech: «опровергла предположения о том, что …»;
    # a statement of someone's speaks for them: «прокомментировал заявление Зеленского о том, что …»
    return (f.lemma(cue_i) in DENIAL or not lexicon().get(f.lemma(owner), {}).keys() & {"noun", "document"}
            or statement_owner(f, owner) is not None)


def statement_owner(f: FieldView, i: int) -> int | None:
    """The genitive name that noun `i` is of, a person or an organisation, or a noun with one in apposition
    («заявление Ющенко», «заявление президента Виктора Ющенко»): who says the clause of a noun of speech
    (probe FR)."""
    return next((c for c in f.children(i) if f.rel(c) == "nmod" and f.feat(c, "Case") == "Gen"
                 and not any(f.rel(k) == "case" for k in f.children(c))
                 and any((f.mention_at(k) or {}).get("type") in ("PER", "ORG")
                         for k in [c, *(a for a in f.children(c) if f.rel(a) == "appos")])), None)


def _role_taken(f: FieldView, that: int) -> bool:
    """Whether the verb «что» is parsed as the subject or object of has one already, so «что» is the conjunction:
    an infinitive for its subject, an impersonal «стоит/следует» («сообщила, что стоит подготовиться к скачку
    цен»), or a nominal in the role «что» was given («уточнил, что такое решение было принято …», probe JM)."""
    h = f.head(that)
    if h is None:
        return False
    subject = f.rel(that).startswith("nsubj")
    return any(c != that and ((f.rel(c) == "csubj" and f.feat(c, "VerbForm") == "Inf")
                              or (f.tokens[c].pos in ("NOUN", "PROPN", "PRON")
                                  and (f.rel(c).startswith("nsubj") if subject else f.rel(c) == f.rel(that))))
               for c in f.children(h))


def asks_an_act(f: FieldView, a: int, b: int) -> bool:
    """Whether tokens [a, b), quoted after a call cue, ask for an act: three words or more with an infinitive
    («призвал «народ Японии объединиться перед лицом национальной угрозы»», «приказал «всегда быть готовыми к
    пуску»»), which a call's words need no finite verb for."""
    return b - a >= 3 and any(f.tokens[k].pos in ("VERB", "AUX") and f.feat(k, "VerbForm") == "Inf"
                              for k in range(a, b))


def _past_object(f: FieldView, cue_i: int, b: int) -> int:
    """The token after call cue `cue_i` where its words may open: past whom it asks, the cue's object right after
    it («призвал Вашингтон «сделать правильный выбор …»», probe FR), when a quote mark follows that."""
    k = cue_i + 1
    while k < min(b, cue_i + 8) and f.tokens[k].text not in OPENING_MARKS and _under_object(f, k, cue_i):
        k += 1
    return k if k < b and f.tokens[k].text in OPENING_MARKS else cue_i + 1


def _under_object(f: FieldView, k: int, cue_i: int) -> bool:
    """Whether token `k` is in the phrase of an object of cue `cue_i` (a few levels up)."""
    for _ in range(4):
        h = f.head(k)
        if h == cue_i:
            return f.rel(k) in ("obj", "iobj")
        if h is None:
            return False
        k = h
    return False
