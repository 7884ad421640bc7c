"""A site's name: words joined by dots, no spaces, ending in a top-level domain of data/domains.tsv («Lenta.ru»,
«NEWS.ru», «www.kremlin.ru», «ONLINE.UA»).  One reading for the tokenizer (`transforms.nlp` makes one a token) and
the quotes (a site as a speaker relays the news, `quotes.lexicon.is_news_outlet`)."""

from __future__ import annotations

import re
from functools import lru_cache

from transforms import wordlists

_SHAPE = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)*\.([^\W\d_]{2,6})")


@lru_cache(maxsize=1)
def _domains() -> frozenset[str]:
    return frozenset(row[0] for row in wordlists.rows("domains.tsv"))


def is_website(name: str) -> bool:
    """Whether `name` is a site's name: «Life.ru», «InsideFacebook.com», «Газета.Ru»; not «т.е.», «г.Москва»."""
    m = _SHAPE.fullmatch(name.strip())
    return m is not None and m.group(1).lower() in _domains()
