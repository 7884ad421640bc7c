"""A word's lemma and nominative: natasha's inflection, with the dictionary where it fails.

`lemma` is the extractors' lemma of a tagged token; `nominative` is a name's word in the
nominative (`nlp.NlpDoc.normalize` puts a span's words through it).  The fallbacks cover words
natasha cannot inflect (`_lemma_fallback`), abbreviations declined after their capitals
(«УАЗа»), names written in capitals («КРАСНОЯРСК»), and a place's noun after a feminine
adjective («Новой Маячке»).  Every result is cached: names recur across articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from natasha import MorphVocab
from natasha.doc import DocToken
from natasha.morph.vocab import UD_OC_FEATS
from natasha.norm import inflect_word, recover_shapes

from transforms import wordlists
from transforms.morph import morph_vocab
from transforms.name_endings import foreign_feminine_nominative, foreign_nominative
from transforms.name_readings import NAME_GRAMMEMES, is_womans_first_name, womans_name
from transforms.names import QUOTE_MARK, fold, yo_as_written
from transforms.person_names import nominative_words


def name_words(tokens: list[DocToken], type_: str, inflect: set[str] | None = None) -> list[str]:
    """The words of a `type_` name (tokens of one span) in the nominative, as written where they
    stay (`inflect`: the ids of the words that decline, None for all); `NlpDoc.normalize` joins them.

    A place's or organisation's word takes the case the tagger or its noun gives it; a person's
    name mends women's and foreign surnames (`person_names`); an abbreviation keeps its capitals.
    """
    by_tags = type_ != "PER"
    if type_ == "PER" and not all(t.text.isupper() for t in tokens):
        tokens = [_capitals_lowered(t) for t in tokens]  # «Наримана ТУРЕГАЛИЕВА» → «Нариман Турегалиев»
    words = [_inflected(t.text, t.pos, _agreed_feats(tokens, i) if by_tags else _feats_key(t), by_tags)
             if inflect is None or t.id in inflect else t.text for i, t in enumerate(tokens)]
    if (type_ == "ORG" and len(tokens) == 2 and [w.lower() for w in words] == [t.text.lower() for t in tokens]
            and tokens[1].rel == "flat:name"
            and (tokens[1].feats or {}).get("Case") not in (None, "Nom")):
        # «Милли Меджлиса», «Жогорку Кенеша»: a two-word name the head of which stays as written is
        # a foreign modifier and a noun; the noun declines
        words[1] = _inflected(tokens[1].text, tokens[1].pos, _agreed_feats(tokens, 1), True)
    if type_ == "LOC":
        words = _feminine_place_noun(words, tokens)
    if type_ == "PER":
        words = list(_person_words(tuple(t.text for t in tokens),
                                   tuple((t.feats or {}).get("Case") for t in tokens), tuple(words)))
    # an initial stays a letter («Ш.М.Мирзиёева», not «ШИРОТА.М.»), an abbreviation keeps its capitals
    words = [t.text if is_abbreviation(t.text) or (len(t.text) == 1 and t.text.isupper()) else
             abbreviation_stem(t.text) or w for w, t in zip(words, tokens)]
    words = [yo_as_written(w.capitalize() if _shouted_name(t.text) else w, t.text)
             for w, t in zip(recover_shapes(words, tokens), tokens)]
    return words


DESCRIPTOR_REACH = 5  # «корреспондентку испанской газеты ABC Камилу»: the noun's genitive words read past


_SETTLEMENTS = frozenset(w for w, *_ in wordlists.rows("settlement_words.tsv"))


def settlement_noun(token: DocToken | None) -> bool:
    """Whether a token is a settlement noun in the singular (settlement_words.tsv: «города», «села»), whose place's
    name follows it."""
    return (token is not None and token.pos == "NOUN" and lemma(token) in _SETTLEMENTS
            and (token.feats or {}).get("Number") == "Sing")


def apposed_place(before: DocToken | None, tokens: list[DocToken]) -> list[DocToken]:
    """The one token of a place's name in the oblique case of the settlement noun right before it, which it
    agrees with, when the tagger read it as a nominative or gave it no case («акимом города Шымкента»,
    tagged nominative → «Шымкент»). Copies; `tokens` themselves are left as they are."""
    case = (before.feats or {}).get("Case") if before is not None else None
    if (not settlement_noun(before) or len(tokens) != 1 or case in (None, "Nom")
            or (tokens[0].feats or {}).get("Case") not in (None, "Nom")):
        return tokens
    return [_retagged(tokens[0], Case=case)]


def _word_before(before: list[DocToken], marks: bool = False) -> int:
    """The index in `before` (the tokens before a name) of the last one that is no genitive and no foreign word — nor a
    quote mark, with `marks` («директор «Русала» Александра») —, within DESCRIPTOR_REACH of the name; -1 if none."""
    k = len(before) - 1
    while k >= 0 and len(before) - k <= DESCRIPTOR_REACH and (
            (before[k].feats or {}).get("Case") == "Gen" or (before[k].feats or {}).get("Foreign") == "Yes"
            or (marks and QUOTE_MARK.fullmatch(before[k].text))):
        k -= 1
    return k


def described_woman(before: list[DocToken], tokens: list[DocToken]) -> list[DocToken]:
    """The tokens of a person's name, in the case of the feminine person noun before it when the tagger
    read them otherwise («задержали корреспондентку испанской газеты ABC Камилу Акосту», tagged a man's
    dative → a woman's accusative: «Камила Акоста»): only that noun's genitive words or a foreign word
    between, the name not tagged genitive (then it is the noun's owner: «жена Михаила Горбачева»), and its
    first word only a woman's first name in that case. Copies; `tokens` themselves are left as they are."""
    k = _word_before(before)
    if k < 0 or not tokens:
        return tokens
    noun, name = before[k].feats or {}, tokens[0].feats or {}
    case = noun.get("Case")
    if (before[k].pos != "NOUN" or noun.get("Animacy") != "Anim" or noun.get("Gender") != "Fem"
            or noun.get("Number") != "Sing" or case in (None, name.get("Case")) or name.get("Case") == "Gen"
            or not womans_name(fold(tokens[0].text), morph_vocab().parse, UD_OC_FEATS[case])):
        return tokens
    return [_retagged(t, Case=case, Gender="Fem") for t in tokens]


def woman_by_her_verb(before: list[DocToken], after: DocToken | None, tokens: list[DocToken]) -> list[DocToken]:
    """The tokens of a person's name in the nominative and feminine when a feminine past verb follows it right away,
    its first word, tagged another case, is a woman's first name in the nominative, and nothing before it could be the
    verb's feminine subject: it opens the sentence, or a masculine post comes before it, past its genitives and a
    title in quote marks («Генеральный директор «Русала» Александра Бурико ушла в отставку», tagged a man's
    genitive: «Александра Бурико», not «Александр»; probe IC). Not «Встреча Александра Иванова прошла»: his meeting.
    Copies; `tokens` themselves are left as they are."""
    if not tokens or after is None or after.pos != "VERB":
        return tokens
    verb, name = after.feats or {}, tokens[0].feats or {}
    if (verb.get("Gender") != "Fem" or verb.get("Tense") != "Past" or name.get("Case") in (None, "Nom")
            or not is_womans_first_name(fold(tokens[0].text), morph_vocab().parse)):
        return tokens
    k = _word_before(before, marks=True)
    if k < 0:
        return tokens  # (what stands before the reach is not known)
    feats = before[k].feats or {}
    opens = before[k].text in ".!?"
    post = before[k].pos == "NOUN" and feats.get("Case") == "Nom" and feats.get("Gender") == "Masc"
    if not opens and not post:
        return tokens
    return [_retagged(t, Case="Nom", Gender="Fem") for t in tokens]


#: a Russian word in capitals, hyphenated parts too («ТУРЕГАЛИЕВА», «ИВЛЕЕВА-ПЕТРОВА»); not «II» of «Николай II»
_CAPITALS_WORD = re.compile(r"[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})*")


def _capitals_lowered(t: DocToken) -> DocToken:
    """A person's name word in capitals beside words that are not, as outlets set surnames («Абылкаира СКАКОВА»,
    «Олег КРУК»), as a name is written («Крук»): the person's type settles that it is no abbreviation, which the
    dictionary may not know. Other tokens as they are; a copy, `t` itself is left as it is."""
    if not _CAPITALS_WORD.fullmatch(t.text):
        return t
    return _retagged(t, text="-".join(p.capitalize() for p in t.text.split("-")))


def named_before_colon(before: list[DocToken], after: DocToken | None, tokens: list[DocToken],
                       opens: bool) -> list[DocToken]:
    """The tokens of a person's name in the nominative when a colon follows it right away and it opens its sentence
    or follows a nominative noun, past that noun's genitives: the headline's and the interview's «who speaks:»
    («Ханну Йортикка: "Сегодня мы провели самый худший матч"», tagged a man's genitive → «Ханну Йортикка», not
    «Ханна Йортикк»; «Глава МИД Венгрии Петер Сийярто: …»). Not «По словам Ивана Петрова: …», whose noun is
    no nominative. Copies; `tokens` themselves are left as they are."""
    if (not tokens or after is None or after.text != ":"
            or all((t.feats or {}).get("Case") in (None, "Nom") for t in tokens)):
        return tokens
    if not opens:
        k = _word_before(before, marks=True)
        if k < 0 or before[k].pos != "NOUN" or (before[k].feats or {}).get("Case") != "Nom":
            return tokens
    return [_retagged(t, Case="Nom") for t in tokens]


def _retagged(t: DocToken, text: str | None = None, **feats: str) -> DocToken:
    """A copy of token `t` with `feats` over its own features (and `text` for its own, if given)."""
    return DocToken(t.start, t.stop, t.text if text is None else text, id=t.id, head_id=t.head_id, rel=t.rel,
                    pos=t.pos, feats={**(t.feats or {}), **feats}, lemma=t.lemma)


def _feats_key(token: DocToken) -> tuple[tuple[str, str], ...]:
    """A token's morphological features as a cache key."""
    return tuple(sorted((token.feats or {}).items()))


def _agreed_feats(tokens: list[DocToken], i: int) -> tuple[tuple[str, str], ...]:
    """`_feats_key` of tokens[i]; an adjective the tagger gave no case («Экспертно-консультативного
    общественного совета») takes the case, gender and number of the next noun of the name, which
    it agrees with."""
    token = tokens[i]
    feats = token.feats or {}
    if token.pos != "ADJ" or "Case" in feats:
        return _feats_key(token)
    for noun in tokens[i + 1:]:
        if noun.pos in ("NOUN", "PROPN") and "Case" in (noun.feats or {}):
            agreed = {k: v for k, v in noun.feats.items() if k in ("Case", "Gender", "Number")}
            return tuple(sorted({**feats, **agreed}.items()))
    return _feats_key(token)


def lemma(token: DocToken) -> str:
    """natasha's lemma of a tagged token, lowercase, ё as е; an abbreviation's is itself (`is_abbreviation`: «БПЛА»,
    not «бпл»)."""
    if is_abbreviation(token.text):
        return fold(token.text)
    return _lemma(token.text, token.pos, _feats_key(token))


_INFINITIVE_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")


def is_infinitive(lemma_: str) -> bool:
    """Whether a lemma is a verb's (an infinitive): a word the tagger took for a verb whose lemma
    is none is a noun («Поздравления …» opening a sentence), and the other way round («подытожила»)."""
    return lemma_.endswith(_INFINITIVE_ENDINGS)


@lru_cache(maxsize=100_000)
def _lemma(text: str, pos: str | None, feats: tuple[tuple[str, str], ...]) -> str:
    # cached by text and tags: the extractors ask for the same words again and again
    return fold(morph_vocab().lemmatize(text, pos, dict(feats)))


@lru_cache(maxsize=100_000)
def _inflected(text: str, pos: str | None, feats: tuple[tuple[str, str], ...], by_tags: bool = False) -> str:
    """A word's nominative form, by its text and tags alone (cached: names recur across articles);
    `by_tags`: a place's or organisation's word (`_lemma_fallback`)."""
    vocab = morph_vocab()
    token = DocToken(0, len(text), text, pos=pos, feats=dict(feats))
    return _lemma_fallback(vocab, token, inflect_word(vocab, token), by_tags)


@lru_cache(maxsize=100_000)
def _person_words(texts: tuple[str, ...], cases: tuple[str | None, ...], inflected: tuple[str, ...]) -> tuple[str, ...]:
    """`person_names.nominative_words`, cached: the same names recur across articles."""
    return tuple(nominative_words(texts, cases, inflected, morph_vocab().parse))


#: a noun the dictionary lacks, left in an oblique case after a feminine adjective: «Новой Маячке»
_FEMININE_OBLIQUE = re.compile(r"(\w*[^аеёиоуыэюя\W])(?:е|и|у|ой|ою)")


def _feminine_place_noun(words: list[str], tokens) -> list[str]:
    """A place's noun left as written after an adjective that became feminine nominative takes the
    nominative «-а» (`_FEMININE_OBLIQUE`): «Новой Маячке» → «Новая Маячка», not «Новая Маячке»."""
    out = list(words)
    for i in range(1, len(tokens)):
        if (tokens[i - 1].pos == "ADJ" and out[i - 1].endswith("ая") and out[i] == tokens[i].text.lower()
                and tokens[i].pos in ("NOUN", "PROPN") and (m := _FEMININE_OBLIQUE.fullmatch(out[i]))):
            out[i] = m.group(1) + "а"
    return out


#: an abbreviation declined with a case ending after its capitals: «УАЗа», «ЛУКОЙЛа», «МИДом», «ВАЗе»
_DECLINED_ABBREVIATION = re.compile(r"([A-ZА-ЯЁ]{2,})(?:а|у|ом|е|ы)")
# («ЗакСа» → «ЗакС»: a mixed-case abbreviation that ends in a capital, Законодательное собрание, probe FR)
_DECLINED_MIXED_ABBREVIATION = re.compile(r"([А-ЯЁ][а-яё]{1,4}[А-ЯЁ])(?:а|у|ом|е|ы)")


def abbreviation_stem(text: str) -> str | None:
    """The abbreviation a word declines with a case ending after its capitals («УАЗа» → «УАЗ», «ЗакСа» →
    «ЗакС»), or None."""
    m = _DECLINED_ABBREVIATION.fullmatch(text) or _DECLINED_MIXED_ABBREVIATION.fullmatch(text)
    return m.group(1) if m and not _shouted_name(m.group(1)) else None


def is_abbreviation(text: str) -> bool:
    """A word in capitals that is no shouted name, or a mixed-case one that starts and ends with a capital
    («УрФУ», «СПбГУ», «ТюмГУ»): an abbreviation is never inflected («МАГАТЕ», not «МАГАТ»)."""
    if text.isupper():
        return len(text) > 1 and not _shouted_name(text)
    return bool(_MIXED_ABBREVIATION.fullmatch(text))


_MIXED_ABBREVIATION = re.compile(r"[А-ЯЁA-Z](?:[а-яёa-z]{0,3}[А-ЯЁA-Z])+")


@lru_cache(maxsize=10_000)
def _shouted_name(text: str) -> bool:
    """A place or person's name written in capitals, as wire datelines and headlines do («КРАСНОЯРСК,
    12 марта», «МОСКВЫ»): a dictionary word whose likeliest reading is a place, surname, first name
    or patronymic, not an abbreviation.  Organisations keep their capitals («ТАСС»)."""
    if not (text.isupper() and len(text) > 3 and text.isalpha()):
        return False
    vocab = morph_vocab()
    word = fold(text)
    if not vocab.word_is_known(word):
        return False
    tag = vocab.parse(word)[0].tag
    return "Abbr" not in tag and bool(({"Geox"} | NAME_GRAMMEMES) & set(tag.grammemes))


def _lemma_fallback(vocab: MorphVocab, token: DocToken, inflected: str, by_tags: bool = False) -> str:
    """A word's nominative where natasha's inflection (`inflected`) fails: the dictionary lemma
    of the tagged case for a word natasha left as written.

    `by_tags` (a place's or organisation's word; a person's name has `person_names`): the
    tagger's gender and animacy choose among the dictionary's guesses («в Бенрате», Masc Inan:
    «Бенрат», not the first name «Бенрата»); a masculine word the dictionary does not know,
    with no guess of that gender, drops its case ending («в Тоттенхэме» → «Тоттенхэм», not
    «Тоттенхэма»), a feminine one takes -а/-я («лидер Хезболлы» → «Хезболла»; so does one whose first
    agreeing guess is an adjective: «Миннесотой» → «Миннесота», not «Миннесотый»), and where every
    guess of the tagged case has one lemma, that lemma («Минспорта» → «Минспорт»); a place the
    tagger left in the nominative that the dictionary knows only in an oblique case takes its
    lemma («города Мариинска» → «Мариинск»); a word the dictionary knows in the tagged case in one
    number only is of that number whatever the tagged one («на Апеннинах» → «Апеннины»; «Шри-Ланки»,
    tagged plural → «Шри-Ланка»).  An adjective keeps natasha's form, which keeps its gender (a lemma
    would not), with the stem it is written with (`_written_stem`: «Высшей» → «высшая»); a participle natasha
    did not inflect as the name's adjective inflects as one (`_participle_nominative`).
    """
    word = fold(token.text)
    feats = token.feats or {}
    if is_abbreviation(token.text):
        return token.text
    if by_tags and token.pos in ("PROPN", "NOUN") and feats.get("Case") in (None, "Nom"):
        place = _oblique_place(word)
        if place is not None:
            return place
    if feats.get("Case") in (None, "Nom") or token.pos not in ("PROPN", "NOUN", "ADJ"):
        return inflected
    # a noun the dictionary lacks: natasha's inflection of it is a guess, so it is chosen again below
    guessed = by_tags and token.pos != "ADJ" and not vocab.word_is_known(word)
    if inflected != word and not guessed:
        return _written_stem(word, inflected) if token.pos == "ADJ" else inflected
    number, gender = feats.get("Number"), feats.get("Gender")
    forms = vocab(word)
    same = [f for f in forms if f.pos in ("NOUN", "ADJ") and f.feats.get("Case") == feats["Case"]
            and f.feats.get("Number", number) == number]
    if guessed:
        agreeing = [f for f in same if all(f.feats.get(k, feats[k]) == feats[k] for k in ("Gender", "Animacy")
                                           if k in feats)]
        if (token.pos == "PROPN" and gender == "Fem" and agreeing and agreeing[0].pos == "ADJ"
                and (nominative := foreign_feminine_nominative(word, feats["Case"])) is not None):
            return nominative  # «с «Миннесотой Уайлд»»: a feminine name's first guess an adjective («миннесотый»)
        if agreeing:
            return fold(agreeing[0].normal)
        if token.pos == "PROPN" and (lemma := _one_guess(vocab, word, feats["Case"])) is not None:
            return lemma  # every guess of that case agrees: «Минспорта» (tagged Neut) → «Минспорт»
        if token.pos == "PROPN" and gender == "Masc" and feats["Case"] != "Acc":
            return foreign_nominative(word, feats["Case"]) or inflected
        if token.pos == "PROPN" and gender == "Fem":
            return foreign_feminine_nominative(word, feats["Case"]) or inflected
        return inflected
    if any(f.feats.get("Case") == "Nom" and f.feats.get("Number", number) == number
           and f.feats.get("Gender", gender) == gender for f in forms):
        # the word is a nominative of its number and gender too («Палестинское государство»,
        # «Курильские острова»), not «Кирана» (Masc, Gen) beside a woman's «Кирана»
        return inflected
    if by_tags and not same:
        cased = [f for f in forms if f.pos == "NOUN" and f.feats.get("Case") == feats["Case"]]
        if cased and len({f.feats.get("Number") for f in cased}) == 1:
            return fold(cased[0].normal)
        if token.pos == "ADJ":
            return _participle_nominative(word, feats) or inflected
    return fold(same[0].normal) if same else inflected


def _one_guess(vocab: MorphVocab, word: str, case: str) -> str | None:
    """The one lemma of the dictionary's guesses for an unknown word in `case`, none of them a
    person's name («Тоттенхэме»: a guessed woman's name «Тоттенхэма» is no place's lemma)."""
    guesses = [p for p in vocab.parse(word) if UD_OC_FEATS.get(case) in p.tag]
    if not guesses or any(NAME_GRAMMEMES & p.tag.grammemes for p in guesses):
        return None
    lemmas = {p.normal_form for p in guesses}
    return lemmas.pop() if len(lemmas) == 1 else None


def oblique_readings(word: str) -> list:
    """The dictionary's readings of a word it knows only in oblique cases («мариинска», «вестей»);
    [] for a word it does not know or knows in the nominative too. `word`: lower case, ё as е."""
    readings = [p for p in morph_vocab().parse(word) if p.is_known]
    return [] if any("nomn" in p.tag for p in readings) else readings


def may_be_accusative(word: str) -> bool:
    """Whether the dictionary reads a word as accusative («Мурата», «Анну»; not «Анны»), or does
    not know it (a foreign name that does not decline). `word`: lower case, ё as е."""
    readings = [p for p in morph_vocab().parse(word) if p.is_known]
    return not readings or any("accs" in p.tag for p in readings)


def plurale_tantum(word: str) -> bool:
    """Whether the dictionary knows a plural noun only in the plural («переговоров»; not «разговоров»,
    the plural of «разговор»): one event, not several."""
    return any("Pltm" in p.tag for p in morph_vocab().parse(fold(word)) if p.is_known)


def _oblique_place(word: str) -> str | None:
    """The nominative of a place the tagger left in the nominative («города Мариинска», in
    apposition) that the dictionary knows only in an oblique case: its place reading's lemma."""
    places = {p.normal_form for p in oblique_readings(word) if "Geox" in p.tag}
    return places.pop() if len(places) == 1 else None


def _written_stem(word: str, inflected: str) -> str:
    """An adjective's nominative keeps the stem it is written with: of the nominatives of its
    dictionary readings in the gender and number `inflected` has, the one that shares most of its
    first letters with `word` — «Высшей школы» → «высшая», not the same lexeme's «высочайшая»,
    «Лучшего» → «лучший», not «наихороший»."""
    def shared(form: str) -> int:
        return next((i for i, (a, b) in enumerate(zip(form, word)) if a != b), min(len(form), len(word)))

    if shared(inflected) >= len(word) - 3 and abs(len(inflected) - len(word)) <= 2:
        return inflected  # only the case ending changed (-ого → -ый): the usual case, no dictionary search
    target = next((p.tag for p in morph_vocab().parse(inflected) if p.word == inflected and "nomn" in p.tag), None)
    if target is None:
        return inflected
    wanted = {g for g in ("masc", "femn", "neut", "sing", "plur", "Supr", "Cmp2") if g in target}
    best = inflected
    for reading in morph_vocab().parse(word):
        for form in reading.lexeme:
            if ({"nomn"} | wanted) <= form.tag.grammemes and shared(fold(form.word)) > shared(best):
                best = fold(form.word)
    return best


def _participle_nominative(word: str, feats: dict[str, str]) -> str | None:
    """The nominative of a participle that a name uses as its adjective, in the same gender and
    number («Соединённого Королевства» → «соединенное»): natasha inflects adjectives only."""
    wanted = {UD_OC_FEATS[v] for k, v in feats.items() if k in ("Case", "Gender", "Number") and v in UD_OC_FEATS}
    for reading in morph_vocab().parse(word):
        if reading.tag.POS == "PRTF" and wanted <= reading.tag.grammemes:
            nominative = reading.inflect({"Nom", "Plur" if "plur" in reading.tag.grammemes else "Sing"})
            if nominative is not None:
                return fold(nominative.word)
    return None
