"""natasha's `MorphVocab` (pymorphy2 with its Russian dictionaries), built in one place.

natasha's own `MorphVocab()` leaves the dictionary path to pymorphy2, which then looks it up
through `pkg_resources`: setuptools, which venvs no longer get from Python 3.12 on and whose
releases since 82 no longer ship `pkg_resources` at all.  The path is given here, from the
dictionary package itself.  pymorphy2 0.9.1 also calls `inspect.getargspec`, gone since
Python 3.11; importing natasha imports yargy (>= 0.16), which replaces that call.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import pymorphy2_dicts_ru
from natasha import MorphVocab
from natasha.morph.vocab import MorphForm
from pymorphy2 import MorphAnalyzer


class _MorphVocab(MorphVocab):
    def __init__(self) -> None:
        MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> MorphVocab:
    return _MorphVocab()


def morph_vocab() -> MorphVocab:
    """The process's `MorphVocab` (loaded on first use, a few hundred ms; safe from threads)."""
    with _LOCK:
        return _load()
