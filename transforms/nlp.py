"""Text → NLP document: sentences, tokens, morphology and named entities (natasha).

The natasha models ship inside its wheel and are loaded once per process, on
first use.  Sentences never cross a paragraph break: razdel would glue a heading
to the next sentence, so each paragraph is split on its own.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
from natasha.doc import DocSent, DocToken


@dataclass(frozen=True)
class Sentence:
    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class Span:
    """A named-entity span as natasha found it, with its normal form."""

    start: int
    stop: int
    type: str
    text: str
    normal: str
    sentence_index: int


@dataclass(frozen=True)
class NlpDoc:
    text: str
    sentences: tuple[Sentence, ...]
    n_tokens: int
    spans: tuple[Span, ...]
    doc: Doc = field(repr=False, compare=False)  # natasha's document, for later extractors


@dataclass(frozen=True)
class Models:
    segmenter: Segmenter
    morph_vocab: MorphVocab
    morph_tagger: NewsMorphTagger
    ner_tagger: NewsNERTagger


_LOAD_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> Models:
    emb = NewsEmbedding()
    return Models(Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsNERTagger(emb))


def models() -> Models:
    """natasha's news models, loaded once per process (NLP tasks may run in threads)."""
    with _LOAD_LOCK:
        return _load()


def _sentences(text: str, paragraphs, segmenter: Segmenter) -> list[DocSent]:
    sents = []
    for p_start, p_stop in paragraphs:
        for s in segmenter.sentenize(text[p_start:p_stop]):
            sents.append(DocSent(p_start + s.start, p_start + s.stop, s.text))
    return sents


def analyse(text: str, paragraphs: tuple[tuple[int, int], ...] | None = None) -> NlpDoc:
    """Segment, morph-tag and NER-tag `text`; normalise every span.

    `paragraphs` are (start, stop) offsets of paragraphs in `text` (default: all
    of it); sentences are found within each paragraph.
    """
    m = models()
    doc = Doc(text)
    doc.tokens = [DocToken(t.start, t.stop, t.text) for t in m.segmenter.tokenize(text)]
    doc.sents = _sentences(text, paragraphs or ((0, len(text)),), m.segmenter)
    doc.envelop_sent_tokens()
    doc.tag_morph(m.morph_tagger)
    doc.tag_ner(m.ner_tagger)
    starts = [s.start for s in doc.sents]
    spans = []
    for span in doc.spans:
        span.normalize(m.morph_vocab)
        spans.append(Span(span.start, span.stop, span.type, span.text, span.normal,
                          max(0, bisect.bisect_right(starts, span.start) - 1)))
    return NlpDoc(
        text=text,
        sentences=tuple(Sentence(s.start, s.stop, s.text) for s in doc.sents),
        n_tokens=len(doc.tokens),
        spans=tuple(spans),
        doc=doc,
    )
