"""Stories: near-copies of one article (reprints, syndicated wire copy, updates) grouped.

Pure: no file system, no Prefect.  Two steps, so that a run never reads the archive's text again:

- `signature(body)`: the MinHash signature (datasketch, `NUM_PERM` permutations) of the body's
  word shingles, its closing footer paragraphs left out (`story_text`), or None for a body
  shorter than `MIN_WORDS` words — a short note is never
  anybody's copy («Курс доллара составил 91,5 рубля» against «92,1»).  The title is left out: a
  reprint under another headline is still a copy.
- `assign_stories(items)`: every article's story, from the signatures alone.

Text is normalised before shingling: words only (punctuation and quote styles gone: «…» = "…"),
case and ё folded by `transforms.names.fold`, the one comparison rule; figures stay words, so two
notes that differ in a figure differ in every shingle that holds it.

Rules (docs/stories.md): articles are taken in (published_date, article_id) order.  An article
copies the earlier article whose signature is most similar to its own (estimated Jaccard of
shingles ≥ `THRESHOLD`; ties to the earlier one), found through MinHash LSH.  It joins that
article's story; an article that copies nothing starts its own story, `story_id` = its own id.
So `story_id` is the earliest published member of the group, and the result depends only on the
set of articles, never on the order or the runs they were loaded in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from transforms.names import fold
from transforms.wordlists import rows

#: Words per shingle, permutations per signature, the least Jaccard of a copy and the least
#: body length of an article that can copy or be copied: chosen with `benchmarks/stories.py`.
SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.5
MIN_WORDS = 30

SEED = 1  # fixed: signatures are stored beside the tables and compared across runs
SCHEME = "affine32"  # datasketch's hashing scheme; its values fit uint32

_WORD = re.compile(r"\w+")
_FOOTER_CUES = tuple(" " + " ".join(fold(w) for w in _WORD.findall(row[0])) + " "
                     for row in rows("boilerplate.tsv"))


def _is_footer(paragraph: str) -> bool:
    text = " " + " ".join(shingle_words(paragraph)) + " "
    return any(cue in text for cue in _FOOTER_CUES)


def story_text(body: str) -> str:
    """The body without its closing footer paragraphs (transforms/data/boilerplate.tsv)."""
    paragraphs = body.split("\n\n")
    while len(paragraphs) > 1 and _is_footer(paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def shingle_words(text: str) -> list[str]:
    """The words a body is shingled on: punctuation dropped, `names.fold` applied."""
    return [fold(w) for w in _WORD.findall(text)]


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """The distinct runs of `size` consecutive words (the whole text when it is shorter)."""
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(body: str, *, shingle: int = SHINGLE_WORDS, min_words: int = MIN_WORDS,
              num_perm: int = NUM_PERM) -> np.ndarray | None:
    """The body's MinHash signature (uint32, `num_perm` values), None below `min_words` words."""
    words = shingle_words(story_text(body))
    if len(words) < min_words:
        return None
    m = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    m.update_batch(sorted(shingles(words, shingle)))
    return m.hashvalues.astype(np.uint32)


@dataclass(frozen=True)
class Story:
    story_id: str
    duplicate_of: str | None
    similarity: float | None


def _minhash(values: np.ndarray) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=values.astype(np.uint64), scheme=SCHEME)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard of two signatures: the share of equal values, rounded to 4 places."""
    return round(float(np.count_nonzero(a == b)) / len(a), 4)


def assign_stories(items: Iterable[tuple[str, dt.date, np.ndarray | None]], *,
                   threshold: float = THRESHOLD) -> dict[str, Story]:
    """article_id → its Story, for (article_id, published_date, signature) items.

    Deterministic and order-independent: the same set of items gives the same stories.
    """
    ordered = sorted(items, key=lambda x: (x[1], x[0]))
    rank = {a: i for i, (a, _, _) in enumerate(ordered)}
    signed = [(a, s) for a, _, s in ordered if s is not None]
    num_perm = len(signed[0][1]) if signed else NUM_PERM
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    with lsh.insertion_session() as session:
        for a, s in signed:
            session.insert(a, _minhash(s), check_duplication=False)
    sig = dict(signed)
    stories: dict[str, Story] = {}
    for a, _, s in ordered:
        best = None
        if s is not None:
            for other in lsh.query(_minhash(s)):
                if rank[other] >= rank[a]:
                    continue
                j = similarity(s, sig[other])
                if j >= threshold and (best is None or (j, -rank[other]) > (best[1], -rank[best[0]])):
                    best = (other, j)
        stories[a] = Story(stories[best[0]].story_id, best[0], best[1]) if best else Story(a, None, None)
    return stories
