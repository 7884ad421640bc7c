"""The people an article's descriptor nouns name («министр», «супруга», «глава МИД»): a descriptor's
words, gender and countries, and the people the article introduces with it.

A person is introduced with a noun in apposition («Скульптор Георгий Франгулян», «Вагит Алекперов,
глава ЛУКОЙЛа») or predicated of them («избрал Стармера премьер-министром»); `carriers` finds them
before an offset, `holders` anywhere, `owners` those a descriptor is of («Адвокат Александра
Пилипенко»).  `transforms.coreference` chooses among them; the words are speech_cues.tsv's
descriptors and quote_words.tsv's kinship and counterpart nouns.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from transforms import wordlists
from transforms.countries import country_of_adjective, iso2
from transforms.field_view import FieldView, name_cases
from transforms.names import LIST_JOINER, fold

_WORDS = wordlists.groups("quote_words.tsv")
#: a kinship noun: its grammatical gender is the person's («мужа» is a man)
KIN = frozenset(fold(w) for w in _WORDS["kin"])
#: «коллега»: with a country's adjective, that country's person named last (`transforms.events.referents`)
COUNTERPARTS = frozenset(fold(w) for w in _WORDS["counterpart"])
#: a person descriptor → its synonyms («лидер» → президент, глава …)
DESCRIPTORS: dict[str, tuple[str, ...]] = {
    fold(word): tuple(fold(w) for w in (rest[0] if rest else "").split())
    for word, role, *rest in wordlists.rows("speech_cues.tsv") if role == "descriptor"}
#: every descriptor and synonym: a noun of a person, no name («Супруга», «Градоначальница» opening a sentence)
PERSON_DESCRIPTORS = frozenset(DESCRIPTORS) | {w for synonyms in DESCRIPTORS.values() for w in synonyms}
#: the heads the lexicon also lists with a body's kind («глава» of «глава город»): a post only with it
GENERIC_HEADS = frozenset(k.split()[0] for k in DESCRIPTORS if " " in k)


def _post(word: str) -> str:
    """A descriptor without «экс-»: a former holder is introduced with the post itself or «бывший»
    («Экс-министр спорта: …» is «Бывший министр спорта … Александр Григоров»)."""
    return word[4:] if word.startswith("экс-") and len(word) > 4 else word


class Descriptor(frozenset):
    """A descriptor's words: its own (lemma and form) and its synonyms.  `own` also holds the synonyms
    that list it back («премьер» ↔ «премьер-министр»), not a broader word («губернатор» → «глава»)."""
    own: frozenset[str] = frozenset()


def descriptor_words(f: FieldView, h: int) -> Descriptor:
    """The descriptor at token h (read past «экс-») and its synonyms from the lexicon; a generic head
    with its body's kind («глава города») is that post's («мэр»), then any «глава»."""
    own = {_post(f.lemma(h)), _post(f.word(h))}
    posts = _compound_posts(f, h, own)
    if posts:
        named = set(posts).union(*(DESCRIPTORS[p] for p in posts))
        out = Descriptor(named | own)
        out.own = frozenset(named)
        return out
    synonyms = set().union(*(DESCRIPTORS.get(w, ()) for w in own))
    out = Descriptor(own | synonyms)
    # a mutual synonym is one's own, but a generic head is not: «президент» is no «глава МЧС» (probe FD)
    out.own = frozenset(own | {w for w in synonyms if own & set(DESCRIPTORS.get(w, ())) and w not in GENERIC_HEADS})
    return out


def _compound_posts(f: FieldView, h: int, heads: set[str]) -> set[str]:
    """The lexicon's posts a generic head at token h names with its body's kind in the genitive: «глава
    города» is «глава город», a mayor (speech_cues.tsv `descriptor`); a ministry's short name is a
    «министерство» («глава Минобразования», probe GK)."""
    return {f"{w} {_body_kind(f, c)}" for w in heads for c in _genitives(f, h)} & DESCRIPTORS.keys()


# the short names of ministries (org_words.tsv `state_body` «минфин», «минобразования», …): each a «министерство»
_MINISTRIES = frozenset(w for w in wordlists.groups("org_words.tsv")["state_body"] if w.startswith("мин"))


def _body_kind(f: FieldView, c: int) -> str:
    return "министерство" if f.word(c) in _MINISTRIES or f.lemma(c) in _MINISTRIES else f.lemma(c)


def descriptor_gender(f: FieldView, h: int) -> str | None:
    """The gender a descriptor tells: a feminine noun's («супруга», «актриса»), a kinship noun's
    («мужа»); a post's masculine is anyone's («министр» may be a woman)."""
    gender = f.feat(h, "Gender")
    if gender == "Fem" or (gender == "Masc" and f.lemma(h) in KIN):
        return gender
    return None


def descriptor_countries(f: FieldView, h: int) -> set[str]:
    """The countries (ISO codes) the adjectives of descriptor `h` name: «российский министр» → RU."""
    return {code for k in f.children(h) if f.rel(k) == "amod" and (code := country_of_adjective(f.lemma(k)))}


def owner_countries(f: FieldView, h: int) -> set[str]:
    """The countries (ISO codes) the genitives of descriptor `h` name: «Президент Кубы» → CU."""
    return {code for k in _genitives(f, h) if (code := iso2(f.lemma(k)))}


def of_country(f: FieldView, entity_id: str, countries: Collection[str]) -> bool:
    """Whether a person may be of one of `countries`: no mention of theirs in the field is
    introduced with a country («министр иностранных дел Венгрии Петер Сийярто» is HU), or one is
    introduced with one of them («Глава МИД РФ Сергей Лавров», «российский лидер Владимир Путин»)."""
    named = countries_of(f, entity_id)
    return not named or bool(named & set(countries))


def countries_of(f: FieldView, entity_id: str) -> set[str]:
    """The countries the field introduces a person's mentions with (`introduced_countries`)."""
    return set().union(*(introduced_countries(f, m) for m in f.mentions if m["entity_id"] == entity_id))


def posts_of(f: FieldView, entity_id: str) -> set[str]:
    """The lemmas of the nouns the field introduces a person's mentions with («Сенатор Густаво Петро» →
    {сенатор})."""
    return {f.lemma(k) for m in f.mentions if m["entity_id"] == entity_id for k in _apposed(f, m)
            if f.tokens[k].pos == "NOUN"}


def introduced_countries(f: FieldView, m: dict) -> set[str]:
    """The countries named in the words that introduce PER mention `m`, up to six tokens before
    it in its sentence, short of a verb, a conjunction, punctuation or another person: a country's
    name («Венгрии», «РФ») or adjective («российский»)."""
    idx = list(f.tokens_in(m["start"], m["stop"]))
    if not idx:
        return set()
    before = _reach(f, m, range(idx[0] - 1, max(-1, idx[0] - 7), -1), punctuation=True)
    codes = {country_of_adjective(f.lemma(k)) if f.tokens[k].pos == "ADJ" else iso2(f.lemma(k))
             for k in before if f.sentence_of(k) == f.sentence_of(idx[0])}
    return {code for code in codes if code}


def introduced(f: FieldView, descriptor: Descriptor, before: int,
               countries: Collection[str] = ()) -> list[tuple[int, str]]:
    """The people one person's descriptor may be: `carriers` of its own words (`Descriptor.own`) when
    there are any, else of all its words — «Губернатор добавил» is «Губернатор Денис Паслер», not
    «Глава Орска Василий Козупица» named after him, though a governor is a «глава» too.  (A plural's
    people, «лидеры провели переговоры», are `carriers` of all its words.)"""
    own = descriptor.own
    if own != descriptor and (found := carriers(f, own, before, countries)):
        return found
    return carriers(f, descriptor, before, countries)


def carriers(f: FieldView, nouns: Collection[str], before: int, countries: Collection[str] = ()) -> list[tuple[int, str]]:
    """PER mentions introduced with one of `nouns` in apposition: «Скульптор Георгий Франгулян»;
    also the people of a list that shares the first one's descriptor, each after its own owner
    («Президентами Азербайджана Ильхамом Алиевым, Кыргызстана Садыром Жапаровым и Таджикистана
    Эмомали Рахмоном»).  `countries`: the descriptor's own («российский министр»,
    `descriptor_countries`): not a person the article introduces with another country, and one it
    introduces with that country before one it introduces with none («иранский лидер» is «Президент
    Ирана Масуд Пезешкиан», not «глава департамента … Игорь Богдашев» named after him)."""
    if countries:
        fits = [(at, eid) for at, eid in carriers(f, nouns, before) if of_country(f, eid, countries)]
        return [(at, eid) for at, eid in fits if countries_of(f, eid)] or fits
    found: list[tuple[int, str]] = []
    last: dict | None = None  # the carrier before, for a list that shares its descriptor
    for m in f.mentions:  # in text order (FieldView keeps them so)
        if m["type"] != "PER" or m["start"] >= before:
            continue
        if (last is not None and last["sentence_index"] == m["sentence_index"]
                and _SHARED.fullmatch(f.text[last["stop"]:m["start"]])):
            found.append((m["start"], m["entity_id"]))
            last = m
            continue
        last = None
        for k in _apposed(f, m) + _predicated(f, m):
            # («главу города Андрея Ласточкина» carries «глава город», the mayor)
            if _post(f.lemma(k)) in nouns or _post(f.word(k)) in nouns or any(
                    c in nouns or set(DESCRIPTORS[c]) & set(nouns) for c in _compound_posts(f, k, {_post(f.lemma(k))})):
                found.append((m["start"], m["entity_id"]))
                last = m
                break
    return found


def holders(f: FieldView, nouns: set[str], said: tuple[int, int] | None = None,
            members: bool = False) -> dict[str, set[str]]:
    """The people the field introduces, before or after any offset, with one of `nouns` (none named
    inside `said`), each with the organisations and places of those posts, their genitives: «Вагит
    Алекперов, глава ЛУКОЙЛа», «глава ЛУКОЙЛа Вагит Алекперов» → {ЛУКОЙЛ}; «министр Антон Силуанов» → {}.
    With `members` (a noun of membership, «сотрудник»), a body's own genitive organisation counts too:
    «сотрудник Института физики атмосферы РАН Александр Чернокульский» → {Институт …, РАН}."""
    found: dict[str, set[str]] = {}
    for m in f.mentions:
        idx = list(f.tokens_in(m["start"], m["stop"]))
        if m["type"] != "PER" or not idx or (said and said[0] <= m["start"] < said[1]):
            continue
        window = (_reach(f, m, _before(f, idx[0]))
                  + _reach(f, m, range(idx[-1] + 1, min(len(f.tokens), idx[-1] + 5))))
        posts = [k for k in window if f.lemma(k) in nouns or f.word(k) in nouns]
        if posts:  # the body: the post's genitive («глава ЛУКОЙЛа»), not a place nearby («в Сан-Франциско»)
            # (the head of a department is not the head of its ministry, but its staff are the ministry's)
            found.setdefault(m["entity_id"], set()).update(
                b["entity_id"] for k in posts for c in _genitives(f, k)
                for g in ((c, *_genitives(f, c)) if members else (c,))
                if (b := f.mention_at(g)) is not None and b["type"] in ("ORG", "LOC"))
    return found


def _genitives(f: FieldView, k: int) -> list[int]:
    """The genitive nouns hung on token `k`: «глава ЛУКОЙЛа» → ЛУКОЙЛа."""
    return [c for c in f.children(k) if f.rel(c) == "nmod" and f.feat(c, "Case") == "Gen"]


def introducing_nouns(f: FieldView) -> set[str]:
    """The lemmas of the nouns the field introduces a person with («Президент Беларуси Александр
    Лукашенко», «губернатором … Андреем Воробьевым»): the descriptors `carriers` can resolve."""
    return {f.lemma(k) for m in f.mentions if m["type"] == "PER" for k in _apposed(f, m)}


_NOT_APPOSED = {"VERB", "AUX", "CCONJ", "SCONJ"}  # a noun past one of these is no apposition to a name


def _apposed(f: FieldView, m: dict) -> list[int]:
    """The nouns around PER mention `m` that may introduce it: within five tokens before or after,
    short of a verb, a conjunction or another person («гособвинителем Эдуардом Лоховым и судьей
    Александром Дементьевым», «Лохов закончил речь, судья попросил»: the judge is not Лохов), in its
    sentence, in the name's case (or none)."""
    idx = list(f.tokens_in(m["start"], m["stop"]))
    if not idx:
        return []
    # the name's case: its last word that has one («Елизавета II»: not the numeral)
    # «поздравил лидера США Дональда Трампа»: an animate accusative is a genitive's form
    cases = name_cases({None, next((c for i in reversed(idx) if (c := f.feat(i, "Case"))), None)})
    # «По словам Ушакова, оба лидера выразили …»: a noun of both sides introduces no one
    after = [k for k in _reach(f, m, range(idx[-1] + 1, min(len(f.tokens), idx[-1] + 5)))
             if not any(f.lemma(c) in _BOTH for c in f.children(k))]
    window = _reach(f, m, _before(f, idx[0])) + after
    owner_of = {f.head(i) for i in idx if f.rel(i) == "nmod"}  # «Адвокат Александра Пилипенко»: his lawyer
    return [k for k in window if f.tokens[k].pos in ("NOUN", "PROPN") and f.feat(k, "Case") in cases
            and k not in owner_of
            and (f.doc.sentence_index(f.tokens[k].start) == m["sentence_index"] or m.get("sentence_index") is None)]


def _predicated(f: FieldView, m: dict) -> list[int]:
    """The posts (event_words.tsv `post`) a clause predicates of PER mention `m` in the instrumental, no
    preposition: «Парламент избрал Сигэру Исибу премьер-министром», «Стармер стал премьер-министром» —
    the person is the subject or the object of the verb the post hangs on (when the sentence was
    parsed); not a title, which many hold («стала олимпийской чемпионкой» is no «двукратная чемпионка мира»)."""
    idx = list(f.tokens_in(m["start"], m["stop"]))
    heads = [i for i in idx if f.head(i) is not None and f.head(i) not in idx]
    if len(heads) != 1:
        return []
    h = f.head(heads[0]) if f.rel(heads[0]) == "appos" else heads[0]  # «председателя ЛДП Сигэру Исибу»
    # an apposition follows its head: a name hung on a noun after it is misparsed («принял отставку Амана Тулеева,
    # …, — … назначил заместителя …», parsed as «Амана» ← «заместителя», probe GI) and predicates nothing
    if h is None or h > heads[0] or f.rel(h) not in ("nsubj", "nsubj:pass", "obj"):
        return []
    verb = f.head(h)
    if verb is None:
        return []
    return [k for k in f.children(verb) if f.rel(k) in ("xcomp", "obl") and f.lemma(k) in _POSTS
            and f.feat(k, "Case") == "Ins" and not any(f.rel(c) == "case" for c in f.children(k))]


_BOTH = frozenset(wordlists.groups("event_words.tsv")["both"])  # «оба», «обе»
_POSTS = frozenset(wordlists.groups("event_words.tsv")["post"])  # «премьер-министр», «мэр»: a post one holds


def owners(f: FieldView, nouns: set[str]) -> set[str]:
    """The people the field names as whom one of `nouns` is of, its genitive: «Адвокат Александра
    Пилипенко», «Адвокат арестованного заместителя министра обороны Тимура Иванова» → that
    descriptor is never they («добавил адвокат» is not Иванов)."""
    found = set()
    for m in f.mentions:
        idx = list(f.tokens_in(m["start"], m["stop"]))
        if m["type"] != "PER" or not idx:
            continue
        x = idx[0]
        for _ in range(4):  # up through the name's apposition to a post: «заместителя … Тимура»
            if f.rel(x) != "appos" or f.head(x) is None:
                break
            named = f.mention_at(f.head(x))
            if named is not None and named["type"] != "PER":
                break  # «Президент Аргентины Милей», the name hung on the place: the president, not whom he is of
            x = f.head(x)
        if f.rel(x) == "nmod" and f.feat(x, "Case") == "Gen" and (h := f.head(x)) is not None \
                and (f.lemma(h) in nouns or f.word(h) in nouns):
            found.add(m["entity_id"])
    return found


def _before(f: FieldView, first: int, n: int = 5) -> range:
    """The `n` tokens before token `first`, walking away from it, the words of a bracketed abbreviation not
    counted: «Руководитель Госкомитета национальной безопасности (ГКНБ) Орозбек Опумбаев» (probe GY); an
    organisation's name counts as one word: «главврач Городской больницы № 1 им. Н. И. Пирогова
    Андрей Коситченков» (probe KK)."""
    k, counted, depth, named = first - 1, 0, 0, None
    while k >= 0 and counted < n:
        word = f.tokens[k].text
        m = f.mention_at(k)
        if word == ")":
            depth += 1
        elif word == "(" and depth:
            depth -= 1
        elif depth:
            pass
        elif m is not None and m["type"] == "ORG":
            counted += m is not named
            named = m
        else:
            counted += 1
        k -= 1
    return range(first - 1, k, -1)


def _reach(f: FieldView, m: dict, ks: range, punctuation: bool = False) -> list[int]:
    """The tokens `ks` (walking away from PER mention `m`) up to a verb, a conjunction, another
    person or the end of its sentence («…, добавил представитель Кремля. Шойгу также станет …»: no
    post of Шойгу's), and with `punctuation` up to a punctuation mark: the words that may introduce `m`."""
    out = []
    sentence = f.sentence_of(f.token_at(m["start"]))
    for k in ks:
        other = f.mention_at(k)
        if f.sentence_of(k) != sentence:
            break
        if _joins_nouns(f, k):
            continue  # «министр спорта и туризма Александр Григоров»: one post; «вратарь и капитан X»: one person
        if other is not None and other is not m and other["type"] == "PER" and _owner_of_noun(f, other):
            continue  # «Адвокат Навального Ольга Михайлова»: whom the post is of, passed (probe FA)
        if (f.tokens[k].pos in _NOT_APPOSED or (punctuation and f.tokens[k].pos == "PUNCT")
                or (other is not None and other is not m and other["type"] == "PER")):
            break
        out.append(k)
    return out


def _owner_of_noun(f: FieldView, m: dict) -> bool:
    """Whether PER mention `m` is the genitive owner of a common noun right before it («Адвокат Навального»)."""
    k = f.token_at(m["start"])
    h = f.head(k)
    return (f.rel(k) == "nmod" and f.feat(k, "Case") == "Gen" and h is not None and h == k - 1
            and f.tokens[h].pos == "NOUN" and f.mention_at(h) is None)


def _joins_nouns(f: FieldView, k: int) -> bool:
    """Whether token k is an «и» between two common nouns in one case: a post's two fields
    («министр спорта и туризма», «министр науки и высшего образования») or one person's two posts
    («вратарь и капитан россиян Игорь Акинфеев»), not two people («Лоховым и судьей»: a name before)."""
    if f.word(k) != "и" or not 0 < k < len(f.tokens) - 1:
        return False
    after = next((j for j in range(k + 1, min(len(f.tokens), k + 3)) if f.tokens[j].pos != "ADJ"), None)
    return (after is not None and all(f.tokens[j].pos == "NOUN" for j in (k - 1, after))
            and f.feat(k - 1, "Case") == f.feat(after, "Case") is not None)


#: between two people of a list that shares a descriptor: «, Кыргызстана », « и Таджикистана »
_SHARED = re.compile(rf"(?:{LIST_JOINER.pattern})[А-ЯЁ][а-яё-]+\s+")
