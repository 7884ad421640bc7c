"""NLP document of one field → its named-entity mentions with refined spans and normal forms."""

from __future__ import annotations

import re
from functools import lru_cache

from transforms import wordlists
from transforms.countries import country_of_adjective, genitive_name, iso2
from transforms.descriptors import PERSON_DESCRIPTORS
from transforms.entities import NOT_A_NAME, Mention, gazetteer
from transforms.glued_names import first_name_first, glued_parts, name_after_place, place_then_subject, place_word
from transforms.institutions import institution_normal, institution_spans, is_institution_noun
from transforms.name_readings import POST_PREFIX, common_noun_only, name_reading
from transforms.names import fold, key
from transforms.morph import morph_vocab
from transforms.nlp import NlpDoc
from transforms.person_spans import family_first_names, surname_first
from transforms.shared_head import shared_head_normals
from transforms.spans import Token, refine
from transforms.word_forms import is_abbreviation, lemma, oblique_readings, settlement_noun


def field_mentions(field: str, doc: NlpDoc) -> list[Mention]:
    """natasha's spans, refined (`transforms.spans`) and normalised (`NlpDoc.normalize`)."""
    tokens = [Token(t.start, t.stop, t.pos) for t in doc.doc.tokens]
    starts = {s.start for s in doc.sentences}
    spans = refine(doc.text, [(s.start, s.stop, s.type) for s in doc.spans], tokens, starts)
    spans = _outermost([_compound_body(_extend_to_gazetteer_name(doc.text, _without_leading_noun(doc, s, starts)),
                                       doc.text) for s in spans])
    named = {key(doc.text[s.start:s.stop]): s.type for s in spans if s.type != "PER"}
    spans = [part for s in spans for part in _unglued(doc, s, named)]
    spans = institution_spans(doc, surname_first(doc, spans))
    genitive = {t.start for t in doc.doc.tokens if (t.feats or {}).get("Case") == "Gen"}
    gaz = gazetteer()
    normals = [_normal(doc, s.start, s.stop, s.type) for s in spans]  # each once: a place's serves its organisation
    normals = shared_head_normals(doc.text, spans, normals, morph_vocab().parse)  # «Смоленская и Минская области»
    families = family_first_names(doc, spans, normals)
    names = [key(doc.text[s.start:s.stop]).split() for s in spans if s.type == "PER"]
    mentions = []
    for i, s in enumerate(spans):
        normal = normals[i]
        if getattr(gaz.get(key(normal)), "type", None) == NOT_A_NAME or (s.type == "PER" and (_former_post(
                doc.text[s.start:s.stop]) or _person_noun(doc.text[s.start:s.stop], names))) or (
                s.type == "ORG" and _post_opening(doc.text[s.start:s.stop], s.start in starts)):
            continue
        place = spans[i + 1] if i + 1 < len(spans) else None
        j = _owner_after(doc.text, spans, i)
        owner = spans[j] if j is not None else None
        name, country = families.get(i, normal), None
        if (s.type == "ORG" and owner is not None and owner.type == "LOC"
                and (owner.start in genitive or doc.text[owner.start:owner.stop].isupper())):
            # «Конгресса США», «МЧС России», «Министерства иностранных дел (МИД) Ирана»: the
            # organisation (and its abbreviation in brackets) is the one of that place
            name, country = f"{normal} {doc.text[owner.start:owner.stop]}", iso2(normals[j])
            if country and (is_institution_noun(normal) or key(normal) in _STATE_BODIES):
                # «Правительства РФ» is «Правительство России», «МИД РФ» «МИД России»: one body, one name
                name = f"{normal} {genitive_name(country) or doc.text[owner.start:owner.stop]}"
        elif (s.type == "ORG" and place is not None and place.type == "ORG" and doc.text[s.stop:place.start] == " "
              and ((is_abbreviation(doc.text[place.start:place.stop])
                    and (_office(normal) or is_abbreviation(doc.text[s.start:s.stop])))
                   or (place.start in genitive and _bare_unit(normal)))):
            # «Института этнологии и антропологии РАН», «обкома КПСС», «СУ СК», «КДК РФС» (an abbreviation before
            # another): a body of that organisation;
            # so is a unit word alone before an organisation's full name («Управление Федеральной
            # антимонопольной службы», the NER's two names, probe DC)
            name = f"{normal} {doc.text[place.start:place.stop]}"
        elif s.type == "ORG" and (prefixed := _prefixed_gazetteer_name(doc.text, s.start, normal)):
            name = prefixed  # «РИА «Новости»»: the span is the quoted title, the name the agency's
        elif s.type == "ORG" and key(normal) in _STATE_BODIES and (code := _country_before(doc, s.start)):
            # «российского МИД» is «МИД России», not the article's «МИД Турции»
            name, country = f"{normal} {genitive_name(code)}", code
        elif s.type == "ORG" and key(normal) in _STATE_BODIES and (code := _country_named_last(doc, s.stop, spans[:i],
                                                                                              normals)):
            # «Белоруссия приняла … список …, сообщает БЕЛТА со ссылкой на заявление МИДа страны» (probe FP)
            name, country = f"{normal} {genitive_name(code)}", code
        if (s.type == "ORG" and (region := _region_after(doc.text, spans, j if name != normal and j is not None else i))
                and _office(normal)):
            # «УФСБ России по Ставропольскому краю»: a body's regional office is an organisation of its own
            name = f"{name} по {region}"
        words = doc.tokens_in(s.start, s.stop) if s.type == "PER" else []
        feats = (words[0].feats or {}) if words else {}
        mentions.append(Mention(field, s.start, s.stop, s.type, doc.text[s.start:s.stop], normal, name, country,
                                feats.get("Gender"), feats.get("Case") if len(words) == 1 else None))
    return mentions


#: the abbreviations of a territorial office's name: «УФСБ», «УМВД», «ГУ МВД», «СУ СК», «ОМВД»
_OFFICE_ABBREVIATION = re.compile(r"(?:Г?У|СУ|О)[А-ЯЁ]")


def _office(normal: str) -> bool:
    """Whether an organisation's name is an office's, which a region after «по» qualifies: a unit word
    of org_words.tsv `body` («Следственное управление СК»), or an abbreviation of «управление»,
    «отдел» opening it («УФСБ России», «ГУ МВД»; not «ВСУ»: «удары ВСУ по Белгороду» are strikes on it)."""
    words = normal.split()
    if not words:
        return False
    first = words[0]
    abbreviation = first.isupper() and (first in ("ГУ", "СУ") or _OFFICE_ABBREVIATION.match(first) is not None)
    return abbreviation or _unit(normal)


def _unit(normal: str) -> bool:
    """Whether an organisation's name holds a unit word of org_words.tsv `body` («институт», «управление»)."""
    return bool(_BODY & set(key(normal).split()))


def _bare_unit(normal: str) -> bool:
    """Whether an organisation's name is a unit word of org_words.tsv `body` alone («Управление»)."""
    return key(normal) in _BODY


def _region_after(text: str, spans: list, i: int) -> str | None:
    """The place after span i and «по», as written (a dative: «по Ставропольскому краю»), that makes
    the organisation ending there a regional office: «УФСБ России по Ставропольскому краю», «УМВД по
    Курской области»."""
    nxt = spans[i + 1] if i + 1 < len(spans) else None
    if nxt is None or nxt.type != "LOC" or text[spans[i].stop:nxt.start] != " по ":
        return None
    return text[nxt.start:nxt.stop]


def _owner_after(text: str, spans: list, i: int) -> int | None:
    """The index of the span that follows span i as its owner: the next one after a space, or the
    one after an abbreviation in brackets («Министерства иностранных дел (МИД) Ирана», for the name
    and for «МИД»); None if any other text comes between."""
    if i + 1 >= len(spans):
        return None
    s, nxt = spans[i], spans[i + 1]
    gap = text[s.stop:nxt.start]
    if gap == " " or (gap == ") " and text[s.start - 1:s.start] == "("):
        return i + 1
    if gap == " (" and nxt.type == "ORG" and i + 2 < len(spans) and text[nxt.stop:spans[i + 2].start] == ") ":
        return i + 2
    return None


_BODY = wordlists.groups("org_words.tsv")["body"]
_STATE_BODIES = wordlists.groups("org_words.tsv")["state_body"]
_ORG_NOUNS = _BODY | wordlists.groups("org_words.tsv")["authority"]


def _compound_body(span, text: str):
    """A PER span of one word that is a compound ending in an organisation's noun of org_words.tsv
    (`body`, `authority`) after three letters at least, unknown to the dictionary as a name, is an
    organisation: «Мингорсуд», «Мосгорсуд», «Облсовет»."""
    if span.type != "PER":
        return span
    word = fold(text[span.start:span.stop])
    if (word.isalpha() and any(len(w) >= 3 and len(word) >= len(w) + 3 and word.endswith(w) for w in _ORG_NOUNS)
            and not name_reading(word, morph_vocab().parse)):
        return type(span)(span.start, span.stop, "ORG")
    return span


_PREFIX_BEFORE_QUOTE = re.compile(r"([A-ZА-ЯЁ][\w-]*)\s*[«„\"]$")


def _prefixed_gazetteer_name(text: str, start: int, normal: str) -> str | None:
    """A quoted title whose prefix before the quote mark makes a gazetteer name with it: «РИА
    «Новости»» is «РИА Новости» (the span stays the title, as spans.py cuts it)."""
    m = _PREFIX_BEFORE_QUOTE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    name = f"{m.group(1)} {normal}"
    return name if key(name) in gazetteer() else None


_STATE_KINDS = wordlists.groups("org_words.tsv")["state_kind"]  # «МИД страны», «Минобороны республики»


def _country_named_last(doc: NlpDoc, stop: int, before: list, normals: list[str]) -> str | None:
    """The ISO code of the country the field names last among the spans `before` (with their `normals`),
    when the word right after `stop` names a country by its kind in the genitive («МИДа страны»)."""
    after = next((t for t in doc.tokens_in(stop, stop + 30) if t.start == stop + 1), None)
    if (after is None or doc.text[stop] != " " or (after.feats or {}).get("Case") != "Gen"
            or lemma(after) not in _STATE_KINDS):
        return None
    return next((code for span, normal in reversed(list(zip(before, normals)))
                 if span.type == "LOC" and (code := iso2(normal))), None)


def _country_before(doc: NlpDoc, start: int) -> str | None:
    """The ISO code of the country an adjective just before `start` names («российского» → RU)."""
    before = [t for t in doc.tokens_in(max(0, start - 40), start) if t.stop == start - 1]
    if not before or doc.text[start - 1] != " " or before[0].pos != "ADJ":
        return None
    return country_of_adjective(lemma(before[0]))


def _unglued(doc: NlpDoc, span, named: dict[str, str]) -> list:
    """A LOC span NER glued to the subject after it, or to a name after it, as the place and the person
    (`glued_names.place_then_subject`, `name_after_place`; a lone word before the name that is no place goes);
    a PER span NER glued out of two names, as its parts (`glued_names.glued_parts`); split
    only when every part is a name: a person's, or one the field names elsewhere, the
    gazetteer knows or the dictionary knows as nothing but an organisation's or a place's
    name, which gives its type (`named`: key → type; «Аль-Каида», «лидера Аль-Кайды Усамы бин
    Ладена»)."""
    tokens = doc.tokens_in(span.start, span.stop)
    if span.type == "LOC" and len(tokens) > 1:  # «в Пхеньяне Хилл провел встречу»: a place and a subject
        after = doc.tokens_in(span.stop, span.stop + 40)[:1]
        verb_after = bool(after) and after[0].pos == "VERB" and (after[0].feats or {}).get("VerbForm") == "Fin"
        texts, cases = [t.text for t in tokens], [(t.feats or {}).get("Case") for t in tokens]
        k = place_then_subject(texts, cases, verb_after, morph_vocab().parse)
        if k is not None:
            return [type(span)(span.start, tokens[k - 1].stop, "LOC"), type(span)(tokens[k].start, span.stop, "PER")]
        k = name_after_place(texts, cases, morph_vocab().parse)
        if k is None:
            return [span]
        # «Республики | Розой Отунбаевой»: one word before the name stays a place only when the dictionary knows it as
        # one («Кыргызской Республики | Розой Отунбаевой» keeps its two)
        kept = k > 1 or place_word(tokens[0].text, morph_vocab().parse)
        return ([type(span)(span.start, tokens[k - 1].stop, "LOC")] if kept else []
                ) + [type(span)(tokens[k].start, span.stop, "PER")]
    if span.type != "PER" or len(tokens) < 2:
        return [span]
    if len(tokens) >= 3 and _settlement_name_first(doc, span.start, tokens):
        return [type(span)(span.start, tokens[0].stop, "LOC"), type(span)(tokens[1].start, span.stop, "PER")]
    parts = _glued_parts(tuple(t.text for t in tokens), (tokens[0].feats or {}).get("Case") not in (None, "Nom"))
    if len(parts) == 1:
        return [span]
    out = []
    for i, j, person in parts:
        start, stop = tokens[i].start, tokens[j - 1].stop
        k = key(doc.text[start:stop])
        other = None if person else (named.get(k) or getattr(gazetteer().get(k), "type", None)
                                     or _dictionary_type(doc.text[start:stop])
                                     or ("LOC" if place_word(doc.text[start:stop], morph_vocab().parse) else None))
        if not person and other in (None, NOT_A_NAME):
            return [span]  # «Эссам Абд | Эль Фатах»: no name of its own before the first name, so one name
        out.append(type(span)(start, stop, "PER" if person else other))
    return out


def _settlement_name_first(doc: NlpDoc, start: int, tokens: list) -> bool:
    """«Акимом города Кентау Даурен Макажанов стал …»: a PER span right after a settlement noun whose first word the
    dictionary reads as no name and whose second as one opens with the settlement's name, a place; the person starts
    at the first name («Мэр города Иван Сергеевич Петров» keeps its name whole)."""
    before = doc.tokens_in(max(0, start - 40), start)
    forms = morph_vocab().parse
    return (bool(before) and settlement_noun(before[-1]) and not name_reading(fold(tokens[0].text), forms)
            and name_reading(fold(tokens[1].text), forms))


@lru_cache(maxsize=20_000)
def _glued_parts(texts: tuple[str, ...], oblique: bool) -> list[tuple[int, int, bool]]:
    return glued_parts(texts, morph_vocab().parse, oblique)


_DICTIONARY_TYPES = (("Orgn", "ORG"), ("Geox", "LOC"))  # pymorphy2's grammemes of organisations, places


def _former_post(text: str) -> bool:
    """A post that NER took for a person's name: «Экс-солистка» at a sentence's start (one word, a
    post's prefix and a word the dictionary knows only as a common noun; not «Глюкоза», a singer)."""
    word = fold(text.strip())
    return " " not in word and POST_PREFIX.match(word) is not None and common_noun_only(word, morph_vocab().parse)


def _person_noun(text: str, names: list[list[str]]) -> bool:
    """A person descriptor that NER took for a name because it is capitalised: it opens a sentence
    («Супруга рассказала», «Градоначальница рассказала …») or a document writes a post so («указ «О
    досрочном прекращении полномочий Губернатора Кировской области»», probe HH) — one word of
    speech_cues.tsv `descriptor`, in any case, or the feminine «-ница» of one: «градоначальник»,
    «руководитель»; never a name to the dictionary — unless a longer name of the field holds it."""
    word = fold(text.strip())
    if " " in word or any(word in n and len(n) > 1 for n in names):
        return False
    return _descriptor(word) or (word.endswith("ница") and (_descriptor(word[:-4] + "ник") or _descriptor(word[:-4])))


def _post_opening(text: str, opens_sentence: bool) -> bool:
    """An organisation's span of two words or more that opens a sentence with a person's descriptor (`_person_noun`):
    «Руководитель штабов Алексея Навального Леонид Волков объявил …» — a post, no organisation (a one-word name stays:
    «Звезды», the club)."""
    words = text.split()
    return opens_sentence and len(words) > 1 and _person_noun(words[0], [])


def _descriptor(word: str) -> bool:
    parse = morph_vocab().parse
    return common_noun_only(word, parse) and any(p.normal_form in PERSON_DESCRIPTORS for p in parse(word))


def _without_leading_noun(doc: NlpDoc, span, sentence_starts: set[int]):
    """A PER span that opens a sentence with a noun of a person, capitalised only because it opens
    the sentence, without that noun: «Кардиолог Ким: …» → «Ким», «Врач Иванов» (a word the
    dictionary knows as an animate common noun and never as a name; not «Роза Сябитова»)."""
    if span.type != "PER" or span.start not in sentence_starts:
        return span
    tokens = doc.tokens_in(span.start, span.stop)
    if len(tokens) < 2 or not tokens[1].text[:1].isupper():
        return span
    word = fold(tokens[0].text)
    if common_noun_only(word, morph_vocab().parse) and any("anim" in p.tag for p in morph_vocab().parse(word)):
        return type(span)(tokens[1].start, span.stop, span.type)
    return span


def _dictionary_type(text: str) -> str | None:
    """ORG or LOC for one word every dictionary reading of which is an organisation's or a place's
    name, in any case («Аль-Кайды»), else None (a word that can also be a person's or a common noun)."""
    if " " in text.strip():
        return None
    readings = [p for p in morph_vocab().parse(fold(text)) if p.is_known]
    for grammeme, type_ in _DICTIONARY_TYPES:
        if readings and all(grammeme in p.tag for p in readings):
            return type_
    return None


# Up to four words right before a span, the first capitalised: where a gazetteer name may begin.
_WORDS_BEFORE = re.compile(r"[A-ZА-ЯЁ][\w-]*\s+(?:[\w-]+\s+){0,3}$")


def _outermost(spans: list) -> list:
    """`spans` without those inside another: «Совет Безопасности», which natasha tags beside «ООН», is inside
    the gazetteer name «Совет Безопасности ООН» that `_extend_to_gazetteer_name` grew «ООН» into (`refine`
    left the spans disjoint, so only such a grown span holds another)."""
    inside, reach = set(), -1  # the furthest stop of the spans starting earlier
    for s in sorted(spans, key=lambda s: (s.start, -s.stop)):
        if s.stop <= reach:
            inside.add(id(s))
        reach = max(reach, s.stop)
    return [s for s in spans if id(s) not in inside]


def _extend_to_gazetteer_name(text: str, span):
    """«Голос Америки»: natasha tags only «Америки»; a gazetteer name ending in the span wins, the
    longest: «Экономическое сообщество стран Западной Африки» (natasha: «Западной Африки»), written
    as the gazetteer writes it, up to four words before the span, the first capitalised."""
    m = _WORDS_BEFORE.search(text, max(0, span.start - 80), span.start)
    if m is None:
        return span
    for word in re.finditer(r"\S+", m.group()):
        if not word.group()[:1].isupper():
            continue
        start = m.start() + word.start()
        entry = gazetteer().get(key(text[start:span.stop]))
        if entry is not None:
            return type(span)(start, span.stop, entry.type)
    return span


# Generic nouns a title stands in apposition to, staying nominative: «газета «Ведомости»».
_GENERIC_BEFORE = re.compile(
    r"(?<!\w)(?:парти|газет|движени|компани|клуб|журнал|радио|телеканал|канал|агентств|агенств|фонд|банк|"
    r"организаци|обществ|центр|издательств|театр|концерн|холдинг|завод|групп|объединени|союз|ансамбл|"
    r"фестивал|сайт|портал|проект|корпораци|фирм|университет|институт|магазин|кинотеатр|издани|"
    r"телекомпани|кампани|акци|операци|программ|сообществ|ассоциаци|блок|коалици|фракци)\w*\s*[«„\"]$",
    re.IGNORECASE)


def _oblique_only(word: str) -> bool:
    """A noun or adjective the dictionary knows in oblique cases only («Вестей», «Единой»)."""
    readings = oblique_readings(fold(word))
    return bool(readings) and all({"NOUN", "ADJF"} & p.tag.grammemes for p in readings)


def _normal(doc: NlpDoc, start: int, stop: int, type_: str) -> str:
    quoted = start > 0 and doc.text[start - 1] in "«„\"" and doc.text[stop:stop + 1] in "»“\""
    if (type_ == "ORG" and quoted and _GENERIC_BEFORE.search(doc.text, max(0, start - 40), start)
            and not _oblique_only(doc.text[start:stop].split(" ")[0])):
        # after a generic word the title keeps its own form: «партии «Яблоко»», «движение «За права
        # человека»»; not a title inflected as the generic word's genitive owner: «канал «Вестей»»
        return doc.text[start:stop]
    if type_ == "ORG" and (institution := institution_normal(doc, start, stop)):
        return institution
    normal = doc.normalize(start, stop, type_)
    if type_ == "PER" and normal.count(" ") == 2:  # «Улюкаев Алексей Валентинович» → «Алексей Валентинович Улюкаев»
        normal = " ".join(first_name_first(normal.split(" "), morph_vocab().parse))
    return normal
