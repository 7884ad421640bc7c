"""Text → NLP document: sentences, tokens, morphology and named entities (natasha).

The natasha models ship inside its wheel and are loaded once per process, on
first use.  Sentences never cross a paragraph break: razdel would glue a heading
to the next sentence, so each paragraph is split on its own.  An abbreviation written with dots
and no spaces («и.о.», data/abbreviations.tsv) is one token, which razdel cuts at its dots; so is a site's
name («NEWS.ru», «www.kremlin.ru», data/domains.tsv).  The syntax parser
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
from natasha.norm import recover_spaces, select_inflectable

from transforms import slovnet_conv, wordlists
from transforms.morph import morph_vocab
from transforms.ner_tags import bio_spans
from transforms.word_forms import (DESCRIPTOR_REACH, apposed_place, described_woman, name_words, named_before_colon,
                                   woman_by_her_verb)
from transforms.websites import is_website


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
        surnames and foreign surnames (`person_names`), and drops an editor's brackets round a first name
        in a quote («(Андреем) Белоусовым» → «Андрей Белоусов») and a nickname in brackets.
        """
        span = DocSpan(start, stop, type_, self.text[start:stop], tokens=self.tokens_in(start, stop))
        tokens = span.tokens
        if not tokens:
            return span.text
        inflect = None
        first = bisect.bisect_left(self._token_starts, start)  # the span's first token: the words before it tell
        if type_ == "PER":
            before = self.doc.tokens[max(0, first - DESCRIPTOR_REACH - 1):first]
            tokens = described_woman(before, tokens)
            last = first + len(tokens)
            after = self.doc.tokens[last] if last < len(self.doc.tokens) else None
            tokens = woman_by_her_verb(before, after, tokens)
            if after is not None and after.text == ":":  # (the sentence lookup only where a colon follows)
                opens = first == 0 or (self.sentence_index(self.doc.tokens[first - 1].start)
                                       != self.sentence_index(start))
                tokens = named_before_colon(before, after, tokens, opens)
        if type_ == "LOC":
            tokens = apposed_place(self.doc.tokens[first - 1] if first else None, tokens)
        if type_ == "ORG" and len(tokens) > 1:  # one word is its own head: no parse needed
            self.parse_syntax({self.sentence_index(start)})
            # a word with its own preposition keeps its case («по сотрудничеству в Европе»), whatever
            # the parse made of it
            governed = {t.head_id for t in tokens if t.rel == "case"}
            # nor an adjective used as a noun, the head's complement («Союза зеленых и крестьян»)
            governed |= {t.id for t in tokens if t.pos == "ADJ" and t.rel == "nmod"}
            inflect = (set(select_inflectable(tokens)) - governed) & _first_head(tokens)
        if type_ == "PER" and any(t.text in ("(", ")") for t in tokens):
            # «министром обороны (Андреем) Белоусовым», «Владимиром (Вовой) Путиным»: an editor's brackets, and
            # a nickname in them, are no part of the name
            words = [t for t in _outside_brackets(tokens) if t.text not in ("(", ")")] or tokens
            return " ".join(recover_spaces(name_words(words, type_, inflect), words).split())
        return recover_spaces(name_words(tokens, type_, inflect), tokens)


def _outside_brackets(tokens: list[DocToken]) -> list[DocToken]:
    """`tokens` without those between a bracket pair both inside them."""
    out, opened = [], []
    for t in tokens:
        if t.text == "(":
            opened.append(len(out))
        elif t.text == ")" and opened:
            del out[opened.pop():]
            continue
        out.append(t)
    return out


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


def _sentences(text: str, paragraphs, segmenter: Segmenter) -> list[DocSent]:
    sents = []
    for p_start, p_stop in paragraphs:
        for s in segmenter.sentenize(text[p_start:p_stop]):
            cuts = [0, *_year_ends(s.text), len(s.text)]
            for a, b in zip(cuts, cuts[1:]):
                piece = s.text[a:b].rstrip()
                sents.append(DocSent(p_start + s.start + a, p_start + s.start + a + len(piece), piece))
    return sents


_YEAR_END = re.compile(r"\d\s?гг?\.\s+(?=([А-ЯЁ][а-яё]*))")
_OPENING_POS = {"CONJ", "PREP", "PRCL", "ADVB", "NPRO", "COMP", "PRED", "INTJ"}


def _year_ends(text: str) -> list[int]:
    """Where razdel's sentence runs on past «г.» of a year that ends a sentence: «… заниматься в 2014 г. Как
    передает корреспондент …» (probe HU); a capitalised function word or pronoun after it opens a sentence,
    a name does not («В 2014 г. Россия …»). Offsets of the next sentences' first words, in `text`."""
    return [m.end() for m in _YEAR_END.finditer(text)
            if (forms := morph_vocab().parse(m.group(1).lower())) and forms[0].tag.POS in _OPENING_POS]


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
                             for s in bio_spans(tokens, block_tags, morph_vocab().parse))
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
    token («и.о.», «И.о.»: razdel cuts it into «и», «.», «о», «.»), or with a space after a dot before a
    lower-case letter («и. о. министра», probe HK; not the initials «И. О.»)."""
    known, out, i = _abbreviations(), [], 0
    folded = text.lower()
    if not any(a in folded or a.replace(".", ". ").rstrip() in folded for a in known):
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


def _joined_domains(text: str, tokens: list[DocToken], spans: list[DocSpan]) -> list[DocToken]:
    """The tokens of `text` with each site's name in Latin letters (`websites.is_website`: «NEWS.ru»,
    «www.kremlin.ru», which razdel cuts at its dots) as one token, for the tagger and the parser; a dot after it
    stays the sentence's end.  Not where a named-entity span (`spans`, tagged on razdel's words) starts or ends
    inside the name: a span is a run of whole tokens."""
    if "." not in text:
        return tokens
    inner = {x for sp in spans for x in (sp.start, sp.stop)}
    out, i = [], 0
    while i < len(tokens):
        j = i  # the run word . word . word …, each touching the next
        while (j + 2 < len(tokens) and tokens[j].text.replace("-", "").isalnum() and tokens[j + 1].text == "."
               and tokens[j + 2].text.replace("-", "").isalnum()
               and tokens[j].stop == tokens[j + 1].start and tokens[j + 1].stop == tokens[j + 2].start):
            j += 2
        # (a Latin one: the tagger reads the words of «Аргументы.ру» as words, and its parses were no worse, probe GI)
        k = next((e for e in range(j, i, -2) if text[tokens[i].start:tokens[e].stop].isascii()
                  and is_website(text[tokens[i].start:tokens[e].stop])), None)
        if (k is not None and not tokens[i].text.isdigit()
                and (k + 1 >= len(tokens) or tokens[k + 1].start > tokens[k].stop or not tokens[k + 1].text.isalnum())
                and not any(tokens[i].start < x < tokens[k].stop for x in inner)):
            out.append(DocToken(tokens[i].start, tokens[k].stop, text[tokens[i].start:tokens[k].stop]))
            i = k + 1
        else:
            out.append(tokens[i])
            i += 1
    return out


def _spells(tokens: list[DocToken], i: int, k: int, abbreviation: str) -> bool:
    """Whether the `k` tokens from `i` on spell `abbreviation` in any case, with nothing between them but
    one space after a dot before a lower-case letter."""
    if i + k > len(tokens) or "".join(x.text for x in tokens[i:i + k]).lower() != abbreviation:
        return False
    return all(b.start == a.stop or (b.start == a.stop + 1 and a.text == "." and b.text.islower())
               for a, b in zip(tokens[i:i + k - 1], tokens[i + 1:i + k]))


def analyse_all(items: list[tuple[str, tuple[tuple[int, int], ...] | None]]) -> list[NlpDoc]:
    """`analyse` of many (text, paragraphs) at once, the models running over all of them in batches."""
    m = models()
    docs, paragraphs = [], []
    for text, paras in items:
        paras = paras or ((0, len(text)),)
        doc = Doc(text)
        tokens = [DocToken(t.start, t.stop, t.text) for t in m.segmenter.tokenize(text)]
        doc.tokens = _joined_abbreviations(text, tokens)
        docs.append(doc)
        paragraphs.append(paras)
    _tag_ner(docs, paragraphs, m.ner_tagger)  # (on razdel's words at a site's name, as natasha's NER sees them)
    for doc, paras in zip(docs, paragraphs):
        doc.tokens = _joined_domains(doc.text, doc.tokens, doc.spans)
        doc.sents = _sentences(doc.text, paras, m.segmenter)
        doc.envelop_sent_tokens()
    _tag_morph([s for doc in docs for s in doc.sents], m.morph_tagger)
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
