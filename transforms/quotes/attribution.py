"""Attributions: which token is a speech cue, and who the cue attributes words to.

An `Attr` says who a quote is attributed to, as the text writes it (the cue, the speaker's head
token and noun phrase, or a labelling mention); a `Row` is a quote found in a field with its
attribution. Speakers are resolved to entities later (`speakers.resolve`).
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.descriptors import descriptor_words, introducing_nouns
from transforms.field_view import FieldView, relative_antecedent
from transforms.names import fold
from transforms.quotes.lexicon import (ANSWERABLE, CHANNELS, IMPERSONAL, VERB_ROLES, Cue, is_authority, is_document,
                                      is_media, is_news_outlet, lexicon, prefixes)
from transforms.quotes.subjects import is_person_pronoun, nominal, np_range, subject, words_noun
from transforms.websites import is_website
from transforms.word_forms import is_infinitive

SPEAKER_TYPES = ("PER", "ORG", "LOC")


@dataclass
class Attr:
    """Who a quote is attributed to, as the text says it."""

    cue: str | None = None
    head: int | None = None  # token index of the speaker's head word
    np: tuple[int, int] | None = None  # token range [i, j) of the speaker's noun phrase (as written)
    np_tokens: frozenset = frozenset()  # every token of the phrase's subtree (appositions after a gap too)
    source: str = "cue"  # cue | label | colon | implicit | continuation | told («… . Об этом заявил X») | headline
    # | unsourced («Ранее сообщалось, что …»: no one's words)
    gender: str | None = None  # Masc / Fem / Plur from the cue verb
    relay: bool = False  # a source that only passes the words on
    implicit: bool = False  # no speaker written: the previous speaker goes on
    belief: bool = False  # the cue tells a belief held in the past («считали», «были уверены»), no statement made
    label: dict | None = None  # a mention that labels an interview line or a byline
    pos: int = 0  # character offset of the attribution


@dataclass
class Row:
    """A quote of a field: characters [start, stop), direct or indirect, and its attribution."""

    start: int
    stop: int
    kind: str
    attr: Attr | None
    anchor: int = 0  # where the attribution starts (for antecedents: text before it)


def set_np(f: FieldView, attr: Attr, head: int, limit: tuple[int, int] | None = None) -> None:
    """Make token `head` the speaker of `attr`, with its noun phrase (within `limit`, by
    default the head's sentence)."""
    a, b, keep = np_range(f, head, limit or f.sent_tokens[f.sentence_of(head)])
    attr.head, attr.np, attr.np_tokens = head, (a, b), keep


def np_attr(f: FieldView, head: int, **kw) -> Attr:
    """An attribution to the noun phrase headed by token `head`; `kw`: the other Attr fields."""
    a, b, keep = np_range(f, head, f.sent_tokens[f.sentence_of(head)])
    return Attr(head=head, np=(a, b), np_tokens=keep, **kw)


def cue_of(f: FieldView, i: int, roles=VERB_ROLES) -> Cue | None:
    """The lexicon entry of token i when it works as a cue with one of `roles`; a verb asked about
    («Его спросили, признает ли он победу …»: «ли» after it) is none."""
    word = f.word(i)
    if not word[:1].isalpha() or word[:3] not in prefixes() or f.word(i + 1) == "ли":
        return None
    lex = lexicon()
    lemma = f.lemma(i)
    if lemma in ANSWERABLE and any(f.rel(c) == "case" and f.word(c) == "за"
                                   for k in f.children(i) for c in f.children(k)):
        return None  # «которые отвечают за сотрудничество с Африкой, что …»: answerable, no speaking
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
                if role in VERB_ROLES and not _finite_enough(f, i, cue):
                    continue
                if negated and not cue.word.startswith("не ") and role != "opinion":
                    return None
                return cue
    return None


def author_cue(f: FieldView, i: int) -> Cue | None:
    """Token i as the verb of the author's words after direct speech («…», — описала она): a cue of
    the lexicon, or any finite verb in the third person — in that position every verb reports
    how the words were said («улыбнулся он», «вспоминает Иванов»); such a verb's cue has the
    role `author` (`author_attr`), or `quote` when its object is the words of someone («приводит
    слова Кличко isport.ua»: Кличко speaks, as with «цитирует»)."""
    cue = cue_of(f, i)
    if cue is not None:
        return cue
    t = f.tokens[i]
    feats = t.feats or {}
    if t.pos != "VERB" or feats.get("VerbForm") != "Fin" or feats.get("Mood") == "Imp" or (
            feats.get("Person") in ("1", "2")):
        return None
    words = words_noun(f, i)
    # («Такое заявление сделал его адвокат X»: words before the verb with no owner of their own are the subject's)
    if words is not None and (words > i or any(f.rel(g).startswith("nmod") for g in f.children(words))):
        return Cue(f.lemma(i), "quote", f.lemma(i))  # «— приводит слова Кличко isport.ua»: the words' owner speaks
    return Cue(f.lemma(i), "author", f.lemma(i))


def author_attr(f: FieldView, i: int, cue: Cue) -> Attr | None:
    """The attribution of the author's verb at token i (`author_cue`): its subject after it; a
    verb outside the lexicon attributes nothing without a written subject."""
    attr = attr_for_cue(f, i, cue, after_only=True)
    return None if attr.implicit and cue.role == "author" else attr


def _finite_enough(f: FieldView, i: int, cue: Cue) -> bool:
    """Token i in a form that reports a statement: a verb that is not an infinitive, an
    imperative, in the first or second person or a passive participle; an adjective only as an
    opinion («уверен»); a noun or an adjective only as a verb the tagger mistook."""
    t = f.tokens[i]
    feats = t.feats or {}
    if t.pos in ("NOUN", "ADJ") and f.lemma(i) == cue.word and is_infinitive(cue.word):
        return True  # a verb the tagger took for a noun or an adjective: «…, передаёт NEWSru.com», «подытожила»
    if t.pos == "ADJ":
        return cue.role == "opinion" and (feats.get("Variant") == "Short" or fold(t.text) == cue.word)
    if t.pos not in ("VERB", "AUX"):
        return False
    if feats.get("VerbForm") == "Inf" or feats.get("Mood") == "Imp" or feats.get("Person") in ("1", "2"):
        return False
    if feats.get("VerbForm") == "Part" and feats.get("Voice") == "Pass":
        return False
    return True


def _relay(f: FieldView, cue_i: int, cue: Cue, head: int | None) -> bool:
    """«…, сообщает NEWSru.com», «как передала радиостанция «Маяк»»: a news source reporting,
    not a speaker — an organisation in the present tense, a news outlet or a web address in any tense."""
    if head is None or cue.role == "quote":
        return False
    m = f.mention_at(head)
    if is_media(f.lemma(head), f.word(head)) or (m is not None and is_website(m["text"])):
        return True  # «передала радиостанция», «Ранее Life.ru писал»
    if m is not None and m["type"] == "ORG" and any(
            f.rel(c) in ("nmod", "flat", "appos") and is_media(f.lemma(c), f.word(c)) for c in f.children(head)):
        return True  # «сообщает Русская служба Би-би-си» (not «аналитик Bloomberg Ярослав Косатый считает»)
    present = f.feat(cue_i, "Tense") == "Pres" or (
        f.tokens[cue_i].pos == "NOUN" and f.word(cue_i).endswith(("ет", "ит", "ют", "ут", "ят")))
    if cue.role != "report" or not present:
        return False
    if m is not None and m["type"] == "ORG":
        return not is_authority(m["normal"] or m["text"])  # «МВД Грузии сообщает, что …» speaks for itself
    return f.tokens[head].pos == "X"


def outlet_at(f: FieldView, k: int) -> bool:
    """Whether token `k` names a news outlet: its word («агентство», «радио») or the mention it begins («ТАСС»)."""
    m = f.mention_at(k)
    return is_media(f.lemma(k), f.word(k)) or (m is not None and is_news_outlet(m["normal"] or m["text"]))


def _cited(f: FieldView, cue_i: int) -> int | None:
    """The named source a relaying cue cites «со ссылкой на X» (a person or a body, no news outlet): «…,
    сообщает ИТАР-ТАСС со ссылкой на пресс-службу Кремля» → the press service; None for «на источники»,
    «на украинские СМИ»."""
    for c in f.children(cue_i):
        if f.lemma(c) != "ссылка" or not any(f.word(p) in ("с", "со") for p in f.children(c)):
            continue
        for x in f.children(c):
            if not any(f.word(p) == "на" for p in f.children(x)):
                continue
            # «со ссылкой на руководителя экспедиции, члена комитета РАН Виктора Гроховского»: the name
            # in apposition to the descriptor (or to the descriptor's own apposition) (probe GK)
            for y in (x, *_apposed_names(f, x)):
                m = f.mention_at(y)
                if m is not None and m["type"] in ("PER", "ORG") and not outlet_at(f, y):
                    return y
    return None


def _apposed_names(f: FieldView, x: int) -> list[int]:
    """The tokens in apposition to noun `x`, two levels deep («руководителя …, члена … Виктора …»); a second
    descriptor after a comma, which the parser hangs on the genitive of the first («руководителя экспедиции,
    члена комитета»), counts as the first's."""
    first = [a for a in f.children(x) if f.rel(a) == "appos"] + [
        a for g in f.children(x) if f.rel(g) == "nmod" for a in f.children(g)
        if f.rel(a) == "appos" and a > 0 and f.tokens[a - 1].text == ","]
    return first + [b for a in first for b in f.children(a) if f.rel(b) == "appos"]


def relays(f: FieldView, verb_i: int) -> bool:
    """Whether speech verb `verb_i`'s subject only relays the news (`_relay`: «Об этом сообщает
    ONLINE.UA», «сообщает Site Intelligence Group») — the one test quotes and event statements share."""
    cue = cue_of(f, verb_i)
    return cue is not None and _relay(f, verb_i, cue, subject(f, verb_i, cue))


def verb_gender(f: FieldView, i: int) -> str | None:
    """What verb `i` says of its subject: "Plur", else its gender («сказала» → Fem), else None."""
    return "Plur" if f.feat(i, "Number") == "Plur" else f.feat(i, "Gender")


def _past(f: FieldView, i: int) -> bool:
    """Whether cue token i is a finite verb in the past tense, or a short adjective with a past copula
    («считали», «были уверены»); a participle's tense is the tagger's guess («меньшинству, считающему»: Past)."""
    return (f.feat(i, "Tense") == "Past" and f.feat(i, "VerbForm") == "Fin") or any(
        f.rel(c) in ("cop", "aux") and f.feat(c, "Tense") == "Past" for c in f.children(i))


def attr_for_cue(f: FieldView, cue_i: int, cue: Cue, after_only: bool = False) -> Attr:
    """The attribution of cue token `cue_i`: its subject as the speaker (implicit when it has
    none), the verb's gender and number, whether the subject only relays the words."""
    return attr_of_subject(f, cue_i, cue, subject(f, cue_i, cue, after_only=after_only))


def attr_of_subject(f: FieldView, cue_i: int, cue: Cue, head: int | None) -> Attr:
    """`attr_for_cue` with the speaker's head token `head` already chosen (None: implicit)."""
    # «приводят слова министра «Известия»»: a quoting verb agrees with who relays the words, not the speaker
    gender = None if cue.role == "quote" else verb_gender(f, cue_i)
    attr = Attr(cue=cue.cue, head=head, gender=gender, pos=f.tokens[cue_i].start, belief=cue.role == "opinion" and _past(f, cue_i))
    if head is not None:
        set_np(f, attr, head)
        if cue.role == "quote":
            _leave_relaying_outlet(f, attr, cue_i)
        attr.relay = _relay(f, cue_i, cue, head)
        if attr.relay and (cited := _cited(f, cue_i)) is not None:
            set_np(f, attr, cited)  # «…, сообщает ИТАР-ТАСС со ссылкой на пресс-службу Кремля»: the body cited
            attr.relay = False
        attr.pos = min(attr.pos, f.tokens[attr.np[0]].start)
    else:
        attr.implicit = True
    return attr


def _leave_relaying_outlet(f: FieldView, attr: Attr, cue_i: int) -> None:
    """«— приводит слова наставника РИА «Новости»»: a quoting verb with no subject has its relayer in the words'
    owner's genitive, where the parser hung it — an outlet after a post the article introduces someone with
    («Главный тренер «Витязя» Андрей Назаров»). It leaves the speaker's phrase; an outlet's own source stays
    the outlet's («приводит слова собеседника агентства»: no post anyone was introduced with)."""
    h = attr.head
    if any(f.rel(c) in ("nsubj", "nsubj:pass") for c in f.children(cue_i)):
        return
    outlet = next((c for c in f.children(h) if c > h and f.rel(c) == "nmod" and outlet_at(f, c)), None)
    if outlet is None or not descriptor_words(f, h) & introducing_nouns(f):
        return
    cut = f.subtree(outlet)
    attr.np_tokens = attr.np_tokens - cut
    attr.np = (attr.np[0], min(attr.np[1], min(cut)))


def _genitive(f: FieldView, k: int) -> bool:
    """A genitive, or a name the tagger gives no case (in Latin letters: «В пресс-релизе Ozon»)."""
    return f.feat(k, "Case") == "Gen" or (f.feat(k, "Case") is None and f.mention_at(k) is not None)


def relative_document(f: FieldView, cue_i: int) -> int | None:
    """The document a relative clause of cue `cue_i` is about, through its «который»
    (`relative_antecedent`): «направил участникам миссии поздравление, в котором говорится, что …»."""
    rel = next((c for c in f.children(cue_i) if f.lemma(c) == "который"), None)
    doc = relative_antecedent(f, rel, f.sent_tokens[f.sentence_of(rel)][0]) if rel is not None else None
    return doc if doc is not None and is_document(f.lemma(doc)) else None


def impersonal_cue(f: FieldView, cue_i: int) -> Attr | None:
    """«…» — говорится в сообщении [пресс-службы …], «В сообщении регулятора говорится, что …»: the
    document's owner speaks (implicit when the document has none); so does a channel's (quote_words.tsv
    `channel`: «Об этом сообщается на официальном сайте МИД РФ»), unless it is a news outlet's or no one's."""
    if f.lemma(cue_i) not in IMPERSONAL:
        return None
    doc_i = next((k for k in range(cue_i + 1, min(cue_i + 4, len(f.tokens)))
                  if is_document(f.lemma(k)) or f.lemma(k) in CHANNELS), None)
    if doc_i is None:  # the document before the cue, its «в» phrase
        doc_i = next((c for c in f.children(cue_i) if c < cue_i and f.rel(c) == "obl"
                      and is_document(f.lemma(c))
                      and any(f.word(p) in ("в", "во") for p in f.children(c))), None)
    if doc_i is None:
        doc_i = relative_document(f, cue_i)
    if doc_i is None:
        return None
    prep = next((f.word(p) for p in f.children(doc_i) if f.word(p) in ("в", "во", "на")), "в")
    attr = Attr(cue=f"{f.word(cue_i)} {prep} {f.word(doc_i)}", pos=f.tokens[cue_i].start)
    owners = [c for c in f.children(doc_i) if f.rel(c).startswith("nmod") and _genitive(f, c)
              and nominal(f, c) and c > doc_i]
    if not owners and doc_i + 1 < len(f.tokens) and nominal(f, doc_i + 1) and _genitive(f, doc_i + 1):
        owners = [doc_i + 1]
    if not owners:  # «— говорится в его обращении»: whom the possessive stands for
        owners = [c for c in f.children(doc_i) if c < doc_i and f.rel(c) == "det" and is_person_pronoun(f, c)]
    if owners and f.lemma(doc_i) in CHANNELS and outlet_at(f, owners[0]):
        return None  # «сообщается в Telegram-канале радио Sputnik»: an outlet's channel relays
    if owners:
        attr.head = owners[0]
        set_np(f, attr, owners[0])
    elif f.lemma(doc_i) in CHANNELS:
        return None  # «на сайте» whose owner is not written: no one's document
    else:
        attr.implicit = True
    return attr


def cue_after(f: FieldView, pos: int, limit: int, author: bool = False) -> Attr | None:
    """An attribution that starts right after offset `pos` (before `limit`): «…», — сказал X.
    `author`: the words after a dash are the author's (`author_cue`: any verb with a written
    subject)."""
    i = f.token_at(pos)
    n_punct = 0
    while i < len(f.tokens) and f.tokens[i].start < limit and f.tokens[i].text in ",—–-" and n_punct < 3:
        i += 1
        n_punct += 1
    skipped = 0
    while i < len(f.tokens) and f.tokens[i].pos == "ADV" and skipped < 2:
        i += 1
        skipped += 1
    if author and f.word(i) == "не" and i + 1 < len(f.tokens) and f.tokens[i + 1].pos == "VERB":
        i += 1  # «"…", — не успокаивался Жирков», «— не выдержал Гоголев»: the author's verb, negated
    if i < len(f.tokens) and f.feat(i, "VerbForm") == "Conv":
        # «— сдерживая гнев, сказал Жирков»: past the gerund's phrase, to the verb it hangs on
        comma = next((k for k in range(i + 1, min(i + 7, len(f.tokens))) if f.tokens[k].text == ","), None)
        if comma is not None and not any(f.tokens[k].text in ".!?…:;«»\"" for k in range(i, comma)):
            i = comma + 1
    if i >= len(f.tokens) or f.tokens[i].start >= limit:
        return None
    between = f.text[pos:f.tokens[i].start]
    if any(ch in between for ch in ".!?…:;«") or not any(ch in between for ch in ",—–-"):
        return None
    gov = impersonal_cue(f, i)
    if gov is not None:
        return gov
    verb = verb_after_subject(f, i, limit)
    if verb is not None:  # «…», — Песков подчеркнул; «…», — министр не скрывал чувств: the subject first
        cue = author_cue(f, verb) if author else cue_of(f, verb)
        if cue is None or not _finite_enough(f, verb, cue):
            return None
        return np_attr(f, i, cue=cue.cue, gender=verb_gender(f, verb), pos=f.tokens[i].start)
    cue = author_cue(f, i) if author else cue_of(f, i)
    if cue is None:
        return None
    return author_attr(f, i, cue)


def verb_after_subject(f: FieldView, i: int, limit: int, parsed: bool = False) -> int | None:
    """The verb after a short noun phrase opening at token `i` — a name, or a noun with its
    adjectives and genitive: «Михаил Подоляк», «министр просвещения» (no pronoun: «…, что произошло»
    is no subject of the author's) — «не» allowed before it, the verb before offset `limit`; with
    `parsed`, only when the tree makes the phrase that verb's subject. None when there is no such verb."""
    if f.tokens[i].pos not in ("PROPN", "NOUN", "ADJ", "DET"):
        return None
    j = i
    while (j < len(f.tokens) and f.tokens[j].start < limit and j - i < 5
           and f.tokens[j].pos in ("PROPN", "NOUN", "ADJ", "DET")):
        j += 1
    k = j  # «сотни тысяч демонстрантов все же смогли», «Подоляк уже опроверг»: particles and adverbs between
    while k < len(f.tokens) and k - j < 2 and f.tokens[k].start < limit and f.tokens[k].pos in ("PART", "ADV"):
        k += 1
    if k < len(f.tokens) and f.tokens[k].pos == "VERB":
        j = k
    if j < len(f.tokens) and f.word(j) == "не":
        j += 1
    if j >= len(f.tokens) or f.tokens[j].start >= limit or f.tokens[j].pos != "VERB":
        return None
    if parsed and not any(f.rel(c) == "nsubj" and i <= c < j for c in f.children(j)):
        return None
    return j
