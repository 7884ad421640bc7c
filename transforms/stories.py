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

from transforms.names import fold
from transforms.wordlists import rows

#: Words per shingle, permutations per signature, the least Jaccard of a copy and the least
#: body length of an article that can copy or be copied: chosen with `benchmarks/stories.py`.
SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.5
MIN_WORDS = 30

#: LSH banding: 42 bands of 3 values; a pair at Jaccard 0.5 becomes a candidate with
#: probability 0.996 (1 - (1 - 0.5**3)**42), at 0.3 with 0.68; every candidate is then checked.
BANDS, ROWS = 42, 3

SEED = 1  # fixed: signatures are stored beside the tables and compared across runs
SCHEME = "affine32"  # datasketch's hashing scheme; its values fit uint32

_WORD = re.compile(r"\w+")


def _word_line(text: str) -> str:
    """`text` as its shingle words, space-separated and space-padded: a phrase matches whole words."""
    return " " + " ".join(shingle_words(text)) + " "


def _is_footer(paragraph: str) -> bool:
    text = _word_line(paragraph)
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


_FOOTER_CUES = tuple(_word_line(row[0]) for row in rows("boilerplate.tsv"))


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
    from datasketch import MinHash  # it imports scipy (0.6 s): only the processes that sign pay for it

    m = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    m.update_batch(sorted(shingles(words, shingle)))
    return m.hashvalues.astype(np.uint32)


@dataclass(frozen=True)
class Story:
    story_id: str
    duplicate_of: str | None
    similarity: float | None


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard of two signatures: the share of equal values, rounded to 4 places."""
    return float(_similarities(np.stack([a, b]), np.array([[0, 1]]))[0])


def candidate_pairs(sigs: np.ndarray, *, bands: int = BANDS, rows: int = ROWS) -> np.ndarray:
    """MinHash LSH: the row pairs (i, j), i < j, of a signature matrix that agree on every value
    of at least one band of `rows` values.  Sorted, distinct, shape (n, 2)."""
    mult = np.random.default_rng(SEED).integers(1, 2**63, size=rows, dtype=np.uint64) | np.uint64(1)
    found = [np.empty((0, 2), np.int64)]
    for band in range(bands):
        # a band's key is a hash of its values: a collision only adds a candidate, which is checked
        keys = (sigs[:, band * rows:(band + 1) * rows].astype(np.uint64) * mult).sum(axis=1, dtype=np.uint64)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        sizes = np.diff(np.r_[starts, len(keys)])
        for size in np.unique(sizes[sizes > 1]):
            at = starts[sizes == size]
            members = order[at[:, None] + np.arange(size)]  # one row per bucket of this size
            a, b = np.triu_indices(size, 1)
            found.append(np.stack([members[:, a].ravel(), members[:, b].ravel()], axis=1))
    pairs = np.concatenate(found)
    return np.unique(np.sort(pairs, axis=1), axis=0)


def _similarities(sigs: np.ndarray, pairs: np.ndarray, chunk: int = 50_000) -> np.ndarray:
    """The estimated Jaccard of every pair of rows — the share of equal values, rounded to 4
    places — a chunk of pairs at a time (bounded memory)."""
    out = np.empty(len(pairs))
    for at in range(0, len(pairs), chunk):
        a, b = pairs[at:at + chunk, 0], pairs[at:at + chunk, 1]
        out[at:at + chunk] = np.count_nonzero(sigs[a] == sigs[b], axis=1) / sigs.shape[1]
    return np.round(out, 4)


def assign_stories(items: Iterable[tuple[str, dt.date, np.ndarray | None]], *,
                   threshold: float = THRESHOLD) -> dict[str, Story]:
    """article_id → its Story, for (article_id, published_date, signature) items.

    Deterministic and order-independent: the same set of items gives the same stories.
    Articles with one signature (exact copies of the shingles) are grouped first, so a
    thousand reprints of one wire text make one LSH row, not half a million pairs.
    """
    ordered = sorted(items, key=lambda x: (x[1], x[0]))
    ids = [a for a, _, _ in ordered]
    copies_of: dict[int, tuple[int, float]] = {}  # rank → (rank of the article it copies, similarity)
    signed = [rank for rank, (_, _, s) in enumerate(ordered) if s is not None]
    if signed:
        sigs = np.stack([ordered[rank][2] for rank in signed]).astype(np.uint32)
        distinct, first_row, inverse = np.unique(sigs, axis=0, return_index=True, return_inverse=True)
        inverse = inverse.ravel()
        for row, group in enumerate(inverse):  # an identical earlier signature is the best copy there is
            if first_row[group] != row:
                copies_of[signed[row]] = (signed[first_row[group]], 1.0)
        # among distinct signatures, each represented by its earliest article (rows are in rank order)
        reps = np.argsort(first_row, kind="stable")
        rep_sigs, rep_rank = distinct[reps], np.asarray(signed)[first_row[reps]]
        pairs = candidate_pairs(rep_sigs)  # i < j: i is the earlier article
        sim = _similarities(rep_sigs, pairs)
        pairs, sim = pairs[sim >= threshold], sim[sim >= threshold]
        best = np.lexsort((pairs[:, 0], -sim, pairs[:, 1]))  # per later article: most similar, then earliest
        pairs, sim = pairs[best], sim[best]
        first = np.r_[True, pairs[1:, 1] != pairs[:-1, 1]] if len(pairs) else np.zeros(0, bool)
        for (i, j), s in zip(pairs[first], sim[first]):
            copies_of[int(rep_rank[j])] = (int(rep_rank[i]), float(s))
    stories: dict[str, Story] = {}
    for rank, a in enumerate(ids):
        if rank in copies_of:
            source, s = copies_of[rank]
            stories[a] = Story(stories[ids[source]].story_id, ids[source], s)
        else:
            stories[a] = Story(a, None, None)
    return stories
