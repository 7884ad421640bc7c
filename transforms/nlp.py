"""Text → NLP document: sentences, tokens, morphology and named entities (natasha).

The natasha models ship inside its wheel and are loaded once per process, on
first use.  Sentences never cross a paragraph break: razdel would glue a heading
to the next sentence, so each paragraph is split on its own.  The syntax parser
runs only on the sentences that need it (`NlpDoc.parse_syntax`): organisation
names are normalised through their syntactic head, and later extractors parse
the sentences that may hold a quote or an event.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser,
                     Segmenter)
from natasha.doc import DocSent, DocSpan, DocToken, inject_syntax, offset_syntax
from natasha.norm import inflect_word, recover_shapes, recover_spaces, select_inflectable


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
    emb = NewsEmbedding()
    return Models(Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb))


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
        todo = sorted(set(sentence_indexes) - self.parsed)
        if not todo:
            return
        sents = [self.doc.sents[i] for i in todo]
        markups = models().syntax_parser.map([[t.text for t in s.tokens] for s in sents])
        for i, sent, markup in zip(todo, sents, markups):
            inject_syntax(sent.tokens, markup.tokens)
            offset_syntax(i + 1, sent.tokens)
        self.parsed.update(todo)

    def natasha_normal(self, span: Span) -> str:
        """natasha's own normal form of a span, unchanged (the baseline of `benchmarks/entities.py`;
        the tables use `normalize`)."""
        doc_span = DocSpan(span.start, span.stop, span.type, span.text, tokens=self.tokens_in(span.start, span.stop))
        doc_span.normalize(models().morph_vocab)
        return doc_span.normal

    def normalize(self, start: int, stop: int, type_: str) -> str:
        """The nominative normal form of text[start:stop] as a `type_` name.

        natasha's normaliser, with two changes: organisation names inflect only
        their syntactic head and its adjectives («Центра стратегических разработок»
        → «Центр стратегических разработок»), so their sentence is parsed first;
        a word natasha cannot inflect (its tagged form is missing from the
        dictionary: «Обамы», «Долгорукому») takes the dictionary lemma of the
        same case instead of staying as written.
        """
        span = DocSpan(start, stop, type_, self.text[start:stop], tokens=self.tokens_in(start, stop))
        tokens = span.tokens
        if not tokens:
            return span.text
        inflect = None
        if type_ == "ORG" and len(tokens) > 1:  # one word is its own head: no parse needed
            self.parse_syntax({self.sentence_index(start)})
            inflect = set(select_inflectable(tokens))
        words = [_inflected(t.text, t.pos, tuple(sorted((t.feats or {}).items())))
                 if inflect is None or t.id in inflect else t.text for t in tokens]
        words = [t.text if t.text.isupper() and len(t.text) > 1 else w for w, t in zip(words, tokens)]
        return recover_spaces(recover_shapes(words, tokens), tokens)


@lru_cache(maxsize=100_000)
def _inflected(text: str, pos: str | None, feats: tuple[tuple[str, str], ...]) -> str:
    """A word's nominative form, by its text and tags alone (cached: names recur across articles)."""
    vocab = models().morph_vocab
    token = DocToken(0, len(text), text, pos=pos, feats=dict(feats))
    return _lemma_fallback(vocab, token, inflect_word(vocab, token))


def _lemma_fallback(vocab: MorphVocab, token: DocToken, inflected: str) -> str:
    word = token.text.lower().replace("ё", "е")
    feats = token.feats or {}
    if token.text.isupper() and len(token.text) > 1:
        return token.text  # an abbreviation is never inflected: «МАГАТЕ», not «МАГАТ»
    if inflected != word or feats.get("Case") in (None, "Nom") or token.pos not in ("PROPN", "NOUN", "ADJ"):
        return inflected
    same = [f for f in vocab(word) if f.pos in ("NOUN", "ADJ") and f.feats.get("Case") == feats["Case"]
            and f.feats.get("Number", feats.get("Number")) == feats.get("Number")]
    return same[0].normal.replace("ё", "е") if same else inflected


def _sentences(text: str, paragraphs, segmenter: Segmenter) -> list[DocSent]:
    sents = []
    for p_start, p_stop in paragraphs:
        for s in segmenter.sentenize(text[p_start:p_stop]):
            sents.append(DocSent(p_start + s.start, p_start + s.stop, s.text))
    return sents


NER_BLOCK_CHARS = 20_000  # an ordinary article is one block: natasha sees it whole


def _ner_spans(text: str, paragraphs, tagger: NewsNERTagger) -> list[DocSpan]:
    """natasha's NER over blocks of whole paragraphs, so a huge article needs bounded memory.

    The tagger holds a whole text in memory at once (1.1 GiB for a 0.55 MB article); an
    article up to NER_BLOCK_CHARS is tagged whole, exactly as natasha would.
    """
    spans: list[DocSpan] = []
    block_start = block_stop = None
    blocks = []
    for p_start, p_stop in paragraphs:
        if block_start is not None and p_stop - block_start > NER_BLOCK_CHARS:
            blocks.append((block_start, block_stop))
            block_start = None
        if block_start is None:
            block_start = p_start
        block_stop = p_stop
    if block_start is not None:
        blocks.append((block_start, block_stop))
    for b_start, b_stop in blocks:
        block = text[b_start:b_stop]
        if not block.strip():
            continue
        for start, stop, type_ in tagger(block).spans:
            spans.append(DocSpan(b_start + start, b_start + stop, type_, text[b_start + start:b_start + stop]))
    return spans


def analyse(text: str, paragraphs: tuple[tuple[int, int], ...] | None = None) -> NlpDoc:
    """Segment, morph-tag and NER-tag `text`.

    `paragraphs` are (start, stop) offsets of paragraphs in `text` (default: all
    of it); sentences are found within each paragraph.
    """
    m = models()
    doc = Doc(text)
    doc.tokens = [DocToken(t.start, t.stop, t.text) for t in m.segmenter.tokenize(text)]
    doc.sents = _sentences(text, paragraphs or ((0, len(text)),), m.segmenter)
    doc.envelop_sent_tokens()
    doc.tag_morph(m.morph_tagger)
    doc.spans = _ner_spans(text, paragraphs or ((0, len(text)),), m.ner_tagger)
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()
    sentences = tuple(Sentence(s.start, s.stop, s.text) for s in doc.sents)
    nlp = NlpDoc(text=text, sentences=sentences, n_tokens=len(doc.tokens), spans=(), doc=doc)
    nlp.spans = tuple(Span(s.start, s.stop, s.type, s.text, nlp.sentence_index(s.start)) for s in doc.spans)
    return nlp
