"""Text → NLP document: sentences, tokens, morphology and named entities (natasha).

The natasha models ship inside its wheel and are loaded once per process, on
first use.  Sentences never cross a paragraph break: razdel would glue a heading
to the next sentence, so each paragraph is split on its own.  An abbreviation written with dots
and no spaces («и.о.», data/abbreviations.tsv) is one token, which razdel cuts at its dots.  The syntax parser
runs only on the sentences that need it (`NlpDoc.parse_syntax`): organisation
names are normalised through their syntactic head, and later extractors parse
the sentences that may hold a quote or an event.

`analyse_all` tags many texts at once: the sentences (for morphology) and the
texts (for NER) of all of them go through the models in batches of similar
length, which wastes less on padding and on per-call overhead than natasha's
document at a time; `parse_syntax_all` does the same for the syntax of many
documents.  A text's tags do not depend on its batch: slovnet zeroes the padded
positions after every layer, so a padded sentence computes what it computes
alone (`tests/test_work_skipped.py` checks it on the gold corpus).  NER takes the
tokens already found instead of tokenizing the text again, and the models'
convolutions run `transforms.slovnet_conv.conv1d`: slovnet's arithmetic, faster.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser,
                     Segmenter)
from natasha.doc import DocSent, DocSpan, DocToken, inject_morph, inject_syntax, offset_syntax
from natasha.morph.vocab import UD_OC_FEATS
from natasha.norm import inflect_word, recover_shapes, recover_spaces, select_inflectable
from slovnet.bio import bio_spans

from transforms import slovnet_conv, wordlists
from transforms.morph import morph_vocab
from transforms.names import fold
from transforms.person_names import NAME_GRAMMEMES, foreign_feminine_nominative, foreign_nominative, nominative_words


@dataclass(frozen=True)
class Sentence:
    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class Span:
    """A named-entity span as natasha found it (its normal form: `NlpDoc.natasha_normal`)."""

    start: int
    stop: int
    type: str
    text: str
    sentence_index: int


@dataclass(frozen=True)
class Models:
    segmenter: Segmenter
    morph_vocab: MorphVocab
    morph_tagger: NewsMorphTagger
    syntax_parser: NewsSyntaxParser
    ner_tagger: NewsNERTagger


_LOAD_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> Models:
    slovnet_conv.install()
    emb = NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    for model, kind in ((morph, "morph"), (syntax, "syntax"), (ner, "ner")):
        model.batch_size = model.infer.encoder.batch_size = BATCH_ITEMS[kind]  # `_batches` makes the calls
    return Models(Segmenter(), morph_vocab(), morph, syntax, ner)


def models() -> Models:
    """natasha's news models, loaded once per process (NLP tasks may run in threads)."""
    with _LOAD_LOCK:
        return _load()


@dataclass
class NlpDoc:
    text: str
    sentences: tuple[Sentence, ...]
    n_tokens: int
    spans: tuple[Span, ...]  # natasha's raw NER spans
    doc: Doc = field(repr=False)  # natasha's document: tokens with morphology (and syntax where parsed)
    parsed: set[int] = field(default_factory=set, repr=False)  # sentences the syntax parser has seen

    def __post_init__(self):
        self._sentence_starts = [s.start for s in self.sentences]
        self._token_starts = [t.start for t in self.doc.tokens]

    def sentence_index(self, offset: int) -> int:
        """The sentence holding character `offset`."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def tokens_in(self, start: int, stop: int) -> list[DocToken]:
        """The tokens inside text[start:stop]."""
        tokens = self.doc.tokens
        i = bisect.bisect_left(self._token_starts, start)
        out = []
        while i < len(tokens) and tokens[i].stop <= stop:
            out.append(tokens[i])
            i += 1
        return out

    def parse_syntax(self, sentence_indexes) -> None:
        """Run natasha's syntax parser on these sentences (once each)."""
        parse_syntax_all([(self, sentence_indexes)])

    def org_sentences(self) -> set[int]:
        """Sentences holding an organisation name of several words: `normalize` parses them."""
        return {s.sentence_index for s in self.spans if s.type == "ORG" and len(self.tokens_in(s.start, s.stop)) > 1}

    def natasha_normal(self, span: Span) -> str:
        """natasha's own normal form of a span, unchanged (the baseline of `benchmarks/entities.py`;
        the tables use `normalize`)."""
        doc_span = DocSpan(span.start, span.stop, span.type, span.text, tokens=self.tokens_in(span.start, span.stop))
        doc_span.normalize(models().morph_vocab)
        return doc_span.normal

    def normalize(self, start: int, stop: int, type_: str) -> str:
        """The nominative normal form of text[start:stop] as a `type_` name.

        natasha's normaliser, with these changes: organisation names inflect only
        their syntactic head and its adjectives («Центра стратегических разработок»
        → «Центр стратегических разработок»), never an adjective the parser reads as a noun
        complement («Союза зеленых и крестьян»), nor a word with its own preposition
        («Организации по безопасности и сотрудничеству в Европе») nor a word the parser
        hung outside the name after its head («института политической экспертизы»),
        so their sentence is parsed first;
        a word natasha cannot inflect (its tagged form is missing from the
        dictionary: «Обамы», «Долгорукому») takes the dictionary lemma of the
        same case instead of staying as written; a person's name mends women's
        surnames and foreign surnames (`person_names`).
        """
        span = DocSpan(start, stop, type_, self.text[start:stop], tokens=self.tokens_in(start, stop))
        tokens = span.tokens
        if not tokens:
            return span.text
        inflect = None
        if type_ == "ORG" and len(tokens) > 1:  # one word is its own head: no parse needed
            self.parse_syntax({self.sentence_index(start)})
            # a word with its own preposition keeps its case («по сотрудничеству в Европе»), whatever
            # the parse made of it
            governed = {t.head_id for t in tokens if t.rel == "case"}
            # nor an adjective used as a noun, the head's complement («Союза зеленых и крестьян»)
            governed |= {t.id for t in tokens if t.pos == "ADJ" and t.rel == "nmod"}
            inflect = (set(select_inflectable(tokens)) - governed) & _first_head(tokens)
        by_tags = type_ != "PER"
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
        words = [t.text if is_abbreviation(t.text) else abbreviation_stem(t.text) or w for w, t in zip(words, tokens)]
        words = [w.capitalize() if _shouted_name(t.text) else w
                 for w, t in zip(recover_shapes(words, tokens), tokens)]
        return recover_spaces(words, tokens)


def _first_head(tokens: list[DocToken]) -> set[str]:
    """The ids of the tokens under the span's first head: a later word whose head the parser put
    outside the span is a complement the head governs («Международного института политической
    экспертизы», with «экспертизы» hung on the word before the name), not a second head."""
    ids = {t.id: t for t in tokens}

    def top(t: DocToken) -> str:
        seen = set()
        while t.head_id in ids and t.id not in seen:
            seen.add(t.id)
            t = ids[t.head_id]
        return t.id

    roots = list(dict.fromkeys(top(t) for t in tokens))  # in text order
    nouns = [r for r in roots if ids[r].pos in ("NOUN", "PROPN")]
    if not nouns:
        return set(ids)
    later = set(roots[roots.index(nouns[0]) + 1:])
    return {t.id for t in tokens if top(t) not in later}


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
    """natasha's lemma of a tagged token, lowercase, ё as е."""
    return _lemma(token.text, token.pos, _feats_key(token))


@lru_cache(maxsize=100_000)
def _lemma(text: str, pos: str | None, feats: tuple[tuple[str, str], ...]) -> str:
    # cached by text and tags: the extractors ask for the same words again and again
    return fold(models().morph_vocab.lemmatize(text, pos, dict(feats)))


@lru_cache(maxsize=100_000)
def _inflected(text: str, pos: str | None, feats: tuple[tuple[str, str], ...], by_tags: bool = False) -> str:
    """A word's nominative form, by its text and tags alone (cached: names recur across articles);
    `by_tags`: a place's or organisation's word (`_lemma_fallback`)."""
    vocab = models().morph_vocab
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


def abbreviation_stem(text: str) -> str | None:
    """The abbreviation a word declines with a case ending after its capitals («УАЗа» → «УАЗ»), or None."""
    m = _DECLINED_ABBREVIATION.fullmatch(text)
    return m.group(1) if m and not _shouted_name(m.group(1)) else None


def is_abbreviation(text: str) -> bool:
    """A word in capitals that is no shouted name: an abbreviation is never inflected («МАГАТЕ», not «МАГАТ»)."""
    return text.isupper() and len(text) > 1 and not _shouted_name(text)


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
    «Тоттенхэма»), a feminine one takes -а/-я («лидер Хезболлы» → «Хезболла»), and where every
    guess of the tagged case has one lemma, that lemma («Минспорта» → «Минспорт»); a place the
    tagger left in the nominative that the dictionary knows only in an oblique case takes its
    lemma («города Мариинска» → «Мариинск»); a word the
    dictionary knows only in the plural is plural whatever the tagged number («на Апеннинах» →
    «Апеннины»).  An adjective keeps natasha's form, which keeps its gender (a lemma would not),
    with the stem it is written with (`_written_stem`: «Высшей» → «высшая»); a participle natasha
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
        plural = [f for f in forms if f.pos == "NOUN" and f.feats.get("Case") == feats["Case"]]
        if plural and all(f.feats.get("Number") == "Plur" for f in plural):
            return fold(plural[0].normal)
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


def _sentences(text: str, paragraphs, segmenter: Segmenter) -> list[DocSent]:
    sents = []
    for p_start, p_stop in paragraphs:
        for s in segmenter.sentenize(text[p_start:p_stop]):
            sents.append(DocSent(p_start + s.start, p_start + s.stop, s.text))
    return sents


NER_BLOCK_CHARS = 20_000  # an ordinary article is one block: natasha sees it whole


BATCH_ITEMS = {"morph": 32, "ner": 8, "syntax": 32}  # sentences (texts, for NER) per model call
BATCH_PADDED = {"morph": 4096, "ner": 24_000, "syntax": 4096}  # padded tokens (characters, for NER) per call


def _batches(lengths: list[int], kind: str) -> list[list[int]]:
    """Indexes of items grouped shortest first into model calls of similar length.

    A call holds at most BATCH_ITEMS[kind] items and, padded to its longest, at most
    BATCH_PADDED[kind] units, so memory stays bounded whatever the input; a longer item
    goes alone.
    """
    batches: list[list[int]] = []
    batch: list[int] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        if batch and (len(batch) == BATCH_ITEMS[kind] or (len(batch) + 1) * lengths[i] > BATCH_PADDED[kind]):
            batches.append(batch)
            batch = []
        batch.append(i)
    if batch:
        batches.append(batch)
    return batches


def _tag_morph(sents: list[DocSent], tagger: NewsMorphTagger) -> None:
    sizes = [len(s.tokens) for s in sents]
    for batch in _batches(sizes, "morph"):
        markups = tagger.map([[t.text for t in sents[i].tokens] for i in batch])
        for i, markup in zip(batch, markups):
            inject_morph(sents[i].tokens, markup.tokens)


def _ner_blocks(text: str, paragraphs) -> list[tuple[int, int]]:
    """Whole paragraphs grouped into blocks of at most NER_BLOCK_CHARS (a longer paragraph alone).

    The tagger holds a whole text in memory at once (1.1 GiB for a 0.55 MB article); an
    article up to NER_BLOCK_CHARS is one block, tagged whole exactly as natasha would.
    """
    blocks = []
    block_start = block_stop = None
    for p_start, p_stop in paragraphs:
        if block_start is not None and p_stop - block_start > NER_BLOCK_CHARS:
            blocks.append((block_start, block_stop))
            block_start = None
        if block_start is None:
            block_start = p_start
        block_stop = p_stop
    if block_start is not None:
        blocks.append((block_start, block_stop))
    return [(a, b) for a, b in blocks if text[a:b].strip()]


def _tag_ner(docs: list[Doc], paragraphs: list, tagger: NewsNERTagger) -> None:
    """natasha's NER over blocks of whole paragraphs, given the words the document's tokens
    already hold.  razdel never joins across whitespace, and blocks end at paragraph breaks,
    so a block's tokens are those razdel finds in the block's text: the tagger sees what
    natasha's `tagger(block)` would show it (slovnet's `NERInfer`, without tokenizing again)."""
    blocks = []  # (doc, its tokens in the block)
    for doc, paras in zip(docs, paragraphs):
        doc.spans = []
        starts = [t.start for t in doc.tokens]
        for a, b in _ner_blocks(doc.text, paras):
            blocks.append((doc, doc.tokens[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]))
    infer = tagger.infer
    for batch in _batches([tokens[-1].stop - tokens[0].start for _, tokens in blocks], "ner"):
        tags = []
        for words in infer.encoder([[t.text for t in blocks[i][1]] for i in batch]):
            scores = infer.model(words.word_id, words.shape_id, words.pad_mask)
            tags += infer.decoder(infer.model.head.crf.decode(scores, ~words.pad_mask))
        for i, block_tags in zip(batch, tags, strict=True):
            doc, tokens = blocks[i]
            doc.spans.extend(DocSpan(s.start, s.stop, s.type, doc.text[s.start:s.stop])
                             for s in bio_spans(tokens, block_tags))
    for doc in docs:
        doc.spans.sort(key=lambda s: s.start)  # blocks of one text may have come in any order


def parse_syntax_all(requests) -> None:
    """Run natasha's syntax parser on the sentences (doc, sentence indexes) ask for, in batches
    across the documents; a sentence a document has parsed already is not parsed again."""
    todo = []  # (doc, sentence index)
    for doc, indexes in requests:
        todo += [(doc, i) for i in sorted(set(indexes) - doc.parsed)]
    parser = models().syntax_parser
    for batch in _batches([len(doc.doc.sents[i].tokens) for doc, i in todo], "syntax"):
        sents = [todo[k][0].doc.sents[todo[k][1]] for k in batch]
        for k, sent, markup in zip(batch, sents, parser.map([[t.text for t in s.tokens] for s in sents])):
            inject_syntax(sent.tokens, markup.tokens)
            offset_syntax(todo[k][1] + 1, sent.tokens)
            todo[k][0].parsed.add(todo[k][1])


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, int]:
    """Each dotted abbreviation of abbreviations.tsv → the number of tokens razdel cuts it into."""
    return {row[0]: len(list(models().segmenter.tokenize(row[0]))) for row in wordlists.rows("abbreviations.tsv")}


def _joined_abbreviations(text: str, tokens: list[DocToken]) -> list[DocToken]:
    """The tokens of `text` with each abbreviation of abbreviations.tsv written with no spaces as one
    token («и.о.», «И.о.»: razdel cuts it into «и», «.», «о», «.»)."""
    known, out, i = _abbreviations(), [], 0
    folded = text.lower()
    if not any(a in folded for a in known):
        return tokens
    while i < len(tokens):
        short = tokens[i].text.isalpha() and len(tokens[i].text) <= 3
        n = next((k for a, k in known.items() if short and _spells(tokens, i, k, a)), 0)
        if n:
            out.append(DocToken(tokens[i].start, tokens[i + n - 1].stop, "".join(x.text for x in tokens[i:i + n])))
        else:
            out.append(tokens[i])
        i += n or 1
    return out


def _spells(tokens: list[DocToken], i: int, k: int, abbreviation: str) -> bool:
    """Whether the `k` tokens from `i` on, with nothing between them, spell `abbreviation` in any case."""
    return (i + k <= len(tokens) and tokens[i + k - 1].stop - tokens[i].start == len(abbreviation)
            and "".join(x.text for x in tokens[i:i + k]).lower() == abbreviation)


def analyse_all(items: list[tuple[str, tuple[tuple[int, int], ...] | None]]) -> list[NlpDoc]:
    """`analyse` of many (text, paragraphs) at once, the models running over all of them in batches."""
    m = models()
    docs, paragraphs = [], []
    for text, paras in items:
        paras = paras or ((0, len(text)),)
        doc = Doc(text)
        tokens = [DocToken(t.start, t.stop, t.text) for t in m.segmenter.tokenize(text)]
        doc.tokens = _joined_abbreviations(text, tokens)
        doc.sents = _sentences(text, paras, m.segmenter)
        doc.envelop_sent_tokens()
        docs.append(doc)
        paragraphs.append(paras)
    _tag_morph([s for doc in docs for s in doc.sents], m.morph_tagger)
    _tag_ner(docs, paragraphs, m.ner_tagger)
    out = []
    for doc in docs:
        doc.envelop_span_tokens()
        doc.envelop_sent_spans()
        sentences = tuple(Sentence(s.start, s.stop, s.text) for s in doc.sents)
        nlp = NlpDoc(text=doc.text, sentences=sentences, n_tokens=len(doc.tokens), spans=(), doc=doc)
        nlp.spans = tuple(Span(s.start, s.stop, s.type, s.text, nlp.sentence_index(s.start)) for s in doc.spans)
        out.append(nlp)
    return out


def analyse(text: str, paragraphs: tuple[tuple[int, int], ...] | None = None) -> NlpDoc:
    """Segment, morph-tag and NER-tag `text`.

    `paragraphs` are (start, stop) offsets of paragraphs in `text` (default: all
    of it); sentences are found within each paragraph.
    """
    return analyse_all([(text, paragraphs)])[0]
