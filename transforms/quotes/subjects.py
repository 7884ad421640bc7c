"""Who a cue's subject is, in natasha's syntax of the cue's sentence: the speaker's head token
and the tokens of its noun phrase. Token-level only: no rows, no entities resolved."""

from __future__ import annotations

from transforms.coreference import pronoun_gender
from transforms.dates.lexicon import MONTH_ABBREVIATIONS, MONTH_FORMS, WEEKDAY_FORMS
from transforms.field_view import FieldView, crossed, relative_antecedent
from transforms.morph import morph_vocab
from transforms.name_readings import common_noun_only
from transforms.quotes.lexicon import (NOT_NEAREST, NOT_SPEAKERS, PRONOUN_GENDER, RELATIVES, THAT_CALL, WORDS_NOUNS,
                                      Cue, is_news_outlet)
from transforms.quotes.marks import name_in_marks

# Universal Dependencies relations: grammar, not word lists
SUBJECT_RELS = ("nsubj", "nsubj:pass")
_NP_RELS = ("amod", "nmod", "det", "nummod", "flat", "flat:name", "flat:foreign", "compound", "case", "appos",
            "nmod:poss", "fixed", "conj", "cc")


def is_person_pronoun(f: FieldView, i: int) -> bool:
    """A personal pronoun («он», «её», «они»)."""
    return pronoun_gender(f, i) is not None


def nominal(f: FieldView, i: int) -> bool:
    """A noun, a name (or a capitalised foreign word) or a personal pronoun."""
    t = f.tokens[i]
    if t.pos in ("NOUN", "PROPN") or (t.pos == "X" and t.text[:1].isupper()):
        return True
    return is_person_pronoun(f, i)


def person_like(f: FieldView, i: int) -> bool:
    """A person: a PER mention, a singular personal pronoun, an animate singular noun."""
    m = f.mention_at(i)
    if m is not None:
        return m["type"] == "PER"
    if is_person_pronoun(f, i):
        return PRONOUN_GENDER[f.word(i)] != "Plur"
    return f.feat(i, "Animacy") == "Anim" and common_noun(f, i) and f.feat(i, "Number") != "Plur"


def common_noun(f: FieldView, i: int) -> bool:
    """A common noun, also one the tagger took for a name for its capital at a sentence's start
    («Диктатор … отметил»): a word the dictionary knows only as a common noun."""
    t = f.tokens[i]
    if t.pos == "NOUN":
        return True
    return (t.pos == "PROPN" and t.text[:1].isupper() and _sentence_initial(f, i)
            and common_noun_only(f.word(i), morph_vocab().parse))


def _sentence_initial(f: FieldView, i: int) -> bool:
    return i == 0 or f.tokens[i - 1].text in ".!?…" or f.sentence_of(i - 1) != f.sentence_of(i)


def common_noun_mention(f: FieldView, m: dict) -> bool:
    """A one-word mention that is a common noun in the sentence («Супруга рассчитывает»)."""
    idx = list(f.tokens_in(m["start"], m["stop"]))
    return len(idx) == 1 and f.tokens[idx[0]].pos == "NOUN" and f.tokens[idx[0]].text[:1].isupper() and (
        _sentence_initial(f, idx[0]))


def np_range(f: FieldView, h: int, limit: tuple[int, int] | None = None) -> tuple[int, int, frozenset]:
    """Token range [a, b) of the noun phrase headed by token h (modifiers, genitives, names,
    appositions), within `limit`, and the set of its subtree's tokens."""
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


def subjects_of(f: FieldView, verb: int) -> list[int]:
    """The nominal subjects of token `verb`."""
    return [c for c in f.children(verb) if f.rel(c) in SUBJECT_RELS and nominal(f, c)]


def subject(f: FieldView, cue_i: int, cue: Cue, after_only: bool = False) -> int | None:
    """Head token of the speaker of cue token `cue_i`; None when none is written near it.
    `after_only`: only a subject after the cue counts («…», — сказал X)."""
    if cue.role == "quote":
        return _quoted(f, cue_i)
    if cue.role == "report" and (owner := _words_owner(f, cue_i)) is not None:
        return owner  # «— передаёт Интерфакс заявление Банина»: the agency relays Банин's words
    relative = [c for c in f.children(cue_i) if f.rel(c) in SUBJECT_RELS and f.word(c) in RELATIVES
                and not (after_only and c < cue_i)]
    if relative:  # «…, который заявил»: the nominal the relative clause is about
        x = relative_antecedent(f, relative[0], f.sent_tokens[f.sentence_of(cue_i)][0])
        if x is not None:
            return x
    subj = [c for c in f.children(cue_i) if f.rel(c) in SUBJECT_RELS and (nominal(f, c) or (
        f.tokens[c].pos in ("DET", "ADJ", "PRON", "NUM", "X") and f.word(c) not in NOT_SPEAKERS))
        and not _addressee(f, c, cue_i) and not dateline(f, c) and not _in_its_clause(f, cue_i, c)]
    if after_only:
        subj = [c for c in subj if c > cue_i]
    if len(subj) > 1:  # «Один из соперников Сергеева, академик Роберт Нигматулин, отметил»: the one named
        subj = [c for c in subj if f.tokens[c].pos != "NUM"] or subj
    subj = f.nominative_first(subj)
    if len(subj) > 1:  # «заявил представитель семьи Захарова адвокат Александр Добровинский»: the two descriptors
        # the parser made two subjects are one person's, the one a name is in apposition to (probe EA)
        subj = [c for c in subj if named_person(f, c) is not None] or subj
    if subj:  # («…, заявила NEWS.ru чемпионка X», the outlet parsed as the subject: whom she told)
        x = _uncrossed(f, subj[0], cue_i)
        return _told_outlet(f, x) if x > cue_i else x
    for step in (_borrowed_subject, _modified_noun, place_of_statement):
        k = step(f, cue_i)
        if k is not None:
            return k
    k = _nearest_nominative(f, cue_i, after_only)
    return _told_outlet(f, k) if after_only and k is not None else k


def _uncrossed(f: FieldView, x: int, cue_i: int) -> int:
    """Subject `x` of the cue, unless the parser crossed two clauses' subjects: «Отказ … вызвал споры, однако
    глава МИД Катрин Колонна заявила: …», parsed as «Отказ» ← «заявила» and «глава» ← «вызвал» (x before a
    verb whose subject lies between that verb and the cue: `field_view.crossed`) → that other subject, a person
    (`events.clause_subjects.uncross_clauses` mends the events' tree by the same test)."""
    for y in range(x + 1, cue_i):
        if (f.rel(y) in SUBJECT_RELS and crossed(f, x, y) and f.tokens[f.head(y)].pos == "VERB"
                and named_person(f, y) is not None and named_person(f, x) is None):
            return y
    return x


def named_person(f: FieldView, k: int) -> dict | None:
    """The PER mention a nominal names: its own, or the name in apposition to it («адвокат Александр
    Добровинский», «москвичку Ирину Соколову»); never a dependent's («адвокат Навального» is not Навальный)."""
    for x in (k, *f.children(k)):
        m = f.mention_at(x)
        if m is not None and m["type"] == "PER" and (x == k or f.rel(x) in ("appos", "flat:name")):
            return m
    return None


def answered_question(f: FieldView, a: int, b: int) -> int | None:
    """The «вопрос» sentence [a, b) names as answered, after «на» and its modifiers («на вопрос», «на
    уточняющий вопрос журналиста», «ответил на вопросы»), or None."""
    for k in range(a, b - 1):
        q = next((j for j in range(k + 1, min(b, k + 4)) if f.rel(j) not in ("amod", "det")), None)
        if f.word(k) == "на" and q is not None and f.lemma(q) == "вопрос":
            return q
    return None


def _in_its_clause(f: FieldView, cue_i: int, c: int) -> bool:
    """«В правительстве области сообщили, что исполнять обязанности будет заместитель мэра Андрей
    Кулагин»: a «subject» after the «что» the cue introduces is the clause's own, not the speaker."""
    return c > cue_i and any(f.word(k) in THAT_CALL and f.rel(k) == "mark" for k in range(cue_i + 1, c))


def _told_outlet(f: FieldView, k: int) -> int:
    """A news outlet right after a cue with a person named right after it is whom the person told:
    «…», — рассказал РИА Новости Вильфанд → Вильфанд (the outlet indeclinable, read as nominative); so
    with a descriptor in the nominative right after it that names someone: «…, заявила NEWS.ru двукратная
    олимпийская чемпионка … Алия Мустафина» → the descriptor's noun (probe GV, gv15)."""
    m = f.mention_at(k)
    if m is None or not is_news_outlet(m.get("entity_name") or m["text"]):
        return k
    after = f.token_at(m["stop"] + 1) if m["stop"] + 1 < len(f.text) else None
    if after is None or f.tokens[after].start != m["stop"] + 1 or f.sentence_of(after) != f.sentence_of(k):
        return k
    named = f.mention_at(after)
    if named is not None:
        return after if named["type"] == "PER" else k
    x = after
    while f.tokens[x].pos == "ADJ" and (h := f.head(x)) is not None and h > x:
        x = h  # «двукратная олимпийская чемпионка»: the adjectives' noun
    # (one the descriptor names: «— уверил РБК собеседник, близкий к руководству …» names no one: the outlet's)
    named_noun = f.tokens[x].pos == "NOUN" and f.feat(x, "Case") == "Nom" and named_person(f, x) is not None
    return x if named_noun else k


def dateline(f: FieldView, c: int) -> bool:
    """A «subject» that is the source of a dateline: the sentence opens with it, a web address or
    an agency in capitals, with a place and a date maybe, and a dash follows it («Letnews.ru –
    Назначая …, президент … высказал надежду …», «ВИЛЬНЮС, 25 мая, BNS - Председатель …»)."""
    dash = dateline_dash(f, f.sent_tokens[f.sentence_of(c)][0])
    return dash is not None and c < dash


def dateline_dash(f: FieldView, a: int) -> int | None:
    """The dash that ends a dateline opening at token `a` (a sentence's first), or None: no dateline."""
    dash = next((k for k in range(a, min(a + 9, len(f.tokens))) if f.tokens[k].text in "–—-"), None)
    if dash is None or dash == a:
        return None
    source = range(a, dash)  # a web address or an agency in capitals, not «Песков – пресс-секретарь … –»
    if all(f.tokens[k].pos in ("PUNCT", "X", "PROPN") or _date_word(f.tokens[k].text) or _agency_like(f.tokens[k].text)
           for k in source) and any(
            f.tokens[k].pos == "X" or _agency_like(f.tokens[k].text) for k in source):
        return dash
    return None


def _agency_like(word: str) -> bool:
    """An agency's name as datelines write it: in capitals («BNS», «ТАСС»), or capitals before a
    hyphen («НТА-Приволжье»)."""
    head = word.split("-")[0]
    return (word.isupper() and len(word) > 2) or ("-" in word and head.isupper() and len(head) >= 2)


def _date_word(word: str) -> bool:
    """A day or a month of a dateline's date («25 мая», «22 янв»)."""
    return (word.isdigit() and len(word) <= 4) or word.lower() in MONTH_FORMS or word.lower() in MONTH_ABBREVIATIONS


def _addressee(f: FieldView, c: int, cue_i: int) -> bool:
    """A «subject» the parser gave a cue that is its addressee: a lone dative the plural verb does
    not agree with («Евдокимову сообщили, что …»: someone told Евдокимов), or a name in Latin letters
    with no case right after it («…, сообщили RIA56 в правительстве области»: the outlet told)."""
    case = f.feat(c, "Case")
    return (f.feat(cue_i, "Number") == "Plur" and not any(f.rel(g) == "conj" for g in f.children(c)) and (
        (case == "Dat" and f.feat(c, "Number") == "Sing")
        or (case is None and c == cue_i + 1 and f.feat(c, "Foreign") == "Yes")))


def _after_cue(f: FieldView, cue_i: int):
    """The tokens after the cue up to a stop, a colon or a quote mark; a name in marks is passed over
    («— цитирует «Интерфакс» Эллу Памфилову», probe GQ)."""
    end = f.sent_tokens[f.sentence_of(cue_i)][1]
    k = cue_i + 1
    while k < end:
        if f.tokens[k].text in "«»" and (close := name_in_marks(f, k, end)) is not None:
            k = close + 1
            continue
        if f.stops(k) or f.tokens[k].text in "«»":
            return
        yield k
        k += 1


def words_noun(f: FieldView, cue_i: int) -> int | None:
    """The words noun a cue passes on (quote_words.tsv `words`): its object «слова X», «заявление X», or the first
    one after it in its clause, which the parser may hang on the quote's verb («…», - приводят журналисты
    американского пула слова Трампа, probe EW)."""
    for c in f.children(cue_i):
        if f.rel(c) in ("obj", "iobj") and f.lemma(c) in WORDS_NOUNS:
            return c
    for k in _after_cue(f, cue_i):
        if f.tokens[k].pos in ("VERB", "SCONJ") or f.word(k) == ",":
            return None
        if f.tokens[k].pos == "NOUN" and f.lemma(k) in WORDS_NOUNS:
            return k
    return None


def _words_owner(f: FieldView, cue_i: int) -> int | None:
    """The owner of the words a cue passes on (`words_noun`): their genitive, or a possessive pronoun just before
    them («— приводит его слова официальный сайт "Динамо"», which the parser may hang on the subject); None
    without one."""
    c = words_noun(f, cue_i)
    if c is None:
        return None
    owner = [g for g in f.children(c) if f.rel(g).startswith("nmod") and nominal(f, g)]
    if owner:
        return owner[0]
    return c - 1 if c > 0 and is_person_pronoun(f, c - 1) else None


def _quoted(f: FieldView, cue_i: int) -> int | None:
    """The person «цитировать» quotes — its object, not its subject, who only relays the words:
    «— цитирует ИА Regnum Минченко», «— цитировало его РИА Новости», «цитирует (Полозов) слова X»."""
    owner = _words_owner(f, cue_i)  # «слова X» first: a name between the verb and them relays them
    if owner is not None:
        return owner
    for k in _after_cue(f, cue_i):
        m = f.mention_at(k)
        if (m is not None and m["type"] == "PER" and not common_noun_mention(f, m)
                and not _relayer_in_apposition(f, k, cue_i)) or (
                is_person_pronoun(f, k) and f.feat(k, "Case") in ("Acc", "Gen")):
            return k
    for c in f.children(cue_i):
        if f.rel(c) in ("obj", "iobj") and nominal(f, c):
            return None if f.lemma(c) in WORDS_NOUNS else c  # «слова» with no owner (above) name nobody
    for k in _after_cue(f, cue_i):
        if nominal(f, k) and f.feat(k, "Case") in ("Acc", "Gen"):
            return k
    return None


def _relayer_in_apposition(f: FieldView, k: int, cue_i: int) -> bool:
    """«— цитирует тренера Чемпионат»: a name in the nominative the parser hung in apposition on the quoting verb's
    object, in another case, is who relays the words, its subject (probe KS); an indeclinable name right after the
    outlet stays the one quoted («— цитирует ИА Regnum Минченко»)."""
    h = f.head(k)
    return (f.rel(k) == "appos" and h is not None and f.head(h) == cue_i and f.rel(h) == "obj"
            and f.feat(k, "Case") == "Nom" and f.feat(h, "Case") not in (None, "Nom"))


def _borrowed_subject(f: FieldView, cue_i: int) -> int | None:
    """The subject of another verb: the main clause's for a converb («…, полагая, что …»), the
    first conjunct's for a coordinated cue («X пришёл и заявил»)."""
    if f.feat(cue_i, "VerbForm") == "Conv":
        chain, h = [], f.head(cue_i)
        while h is not None and h not in chain and len(chain) < 4:
            chain.append(h)
            h = f.head(h)
        roots = [k for k in f.sentence_tokens(f.sentence_of(cue_i)) if f.rel(k) == "root" and k < cue_i]
        for h in chain + roots:
            subj = subjects_of(f, h)
            if subj and (person_like(f, subj[0]) or any(
                    f.mention_at(k) is not None for k in np_range(f, subj[0])[2])):
                return subj[0]
    elif f.rel(cue_i) == "conj":
        h = f.head(cue_i)
        if h is not None and h != cue_i:
            subj = subjects_of(f, h)
            if subj:
                return subj[0]
            if f.rel(h) == "conj":
                h2 = f.head(h)
                subj = subjects_of(f, h2) if h2 is not None else []
                if subj:
                    return subj[0]
    return None


def _modified_noun(f: FieldView, cue_i: int) -> int | None:
    """A participle's speaker is the noun it modifies («эксперт, заявивший …»): the first after that one that
    agrees with it in case, where the parser hung it on another («на слова президента США, заявившего, что …»,
    parsed as «заявившего» ← «слова», probe EY)."""
    if f.feat(cue_i, "VerbForm") == "Part" and f.rel(cue_i).startswith("acl"):
        h = f.head(cue_i)
        case = f.feat(cue_i, "Case")
        if h is not None and case is not None and f.feat(h, "Case") not in (case, None):
            h = next((k for k in range(h + 1, cue_i) if f.tokens[k].pos in ("NOUN", "PROPN")
                      and f.feat(k, "Case") == case), h)  # the phrase's head, not its genitive («США»)
        if h is not None and nominal(f, h):
            return h
    return None


def place_of_statement(f: FieldView, cue_i: int) -> int | None:
    """«заявили в МИД», «пояснили в милиции»: an organisation as the place of a plural cue; right
    after the cue, whatever the parser hung it on, when it names an organisation («…», — сообщили в
    областном следственном управлении СК РФ, parsed as «управлении» ← the quote's «задержан»); for
    «там уточнили», the place of the sentence before («В Банке России указывали …»)."""
    if f.feat(cue_i, "Number") != "Plur":
        return None
    places = [c for c in f.children(cue_i)
              if f.rel(c) == "obl" and any(f.word(g) in ("в", "во") for g in f.children(c)) and f.tokens[c].pos in (
                  "NOUN", "PROPN") and f.word(c) not in WEEKDAY_FORMS and f.word(c) not in MONTH_FORMS]
    # (not «Об этом в среду сообщили в управлении …»: a day is when); a name before a common noun: «В свою очередь в
    # Баку заявили …» is said in Баку (probe HI)
    if places:
        return next((c for c in places if f.mention_at(c) is not None), places[0])
    si = f.sentence_of(cue_i)
    if si > 0 and any(f.word(c) == "там" for c in f.children(cue_i)):
        # «В Банке России указывали на … . Там уточнили, что …»: «там» is the place the sentence before told
        a, b = f.sent_tokens[si - 1]
        return next((c for v in range(a, b) if f.tokens[v].pos == "VERB"
                     for c in [place_of_statement(f, v)] if c is not None), None)
    k = cue_i + 1
    told = next((c for c in f.children(cue_i) if c == k and f.rel(c) == "iobj"), None)
    if told is not None:  # «Как сообщили РИА «Новый День» в пресс-службе КХЛ, …»: past whom they told
        k = np_range(f, told)[1]
    if k < len(f.tokens) and f.word(k) in ("в", "во") and f.rel(k) == "case":
        h = f.head(k)
        if (h is not None and h > k and f.sentence_of(h) == f.sentence_of(cue_i)
                and any((f.mention_at(x) or {}).get("type") == "ORG" for x in [h, *f.children(h)])):
            return h
    return None


def _nearest_nominative(f: FieldView, cue_i: int, after_only: bool) -> int | None:
    """The last resort: the nearest nominative noun before the cue in its clause (after it, for
    «…, — сказал X», also past a gerund's phrase: «…, — сказал, выступая со сцены, первый секретарь
    обкома КПРФ Виктор Лаптев», probe EM), outside quote marks."""
    a, b = f.sent_tokens[f.sentence_of(cue_i)]
    order = range(cue_i + 1, b) if after_only else range(cue_i - 1, a - 1, -1)
    if after_only and cue_i + 2 < b and f.word(cue_i + 1) == "," and f.feat(cue_i + 2, "VerbForm") == "Conv":
        comma = next((k for k in range(cue_i + 3, min(cue_i + 9, b)) if f.word(k) == ","), None)
        if comma is not None and not any(f.stops(k) for k in range(cue_i + 2, comma)):
            order = range(comma + 1, b)
    depth = 0
    for k in order:
        t = f.tokens[k]
        if f.stops(k) or (after_only and t.text == "," and k > cue_i + 1):
            break
        if t.text in "«„»“":
            depth += 1 if (t.text in "«„") == after_only else -1
            continue
        if depth == 0 and nominal(f, k) and f.feat(k, "Case") == "Nom" and f.word(k) not in NOT_NEAREST:
            return k
    return None
