"""Countries by name: a name (canonical or alias, any case, ё = е) → its ISO 3166-1 alpha-2 code.

The names are `transforms/data/countries.tsv` (what a row means: its header); names compare by
`transforms.names.key`.  Events ask it whether a visited place is a country, and so the host.
`country_of_adjective` reads `transforms/data/country_adjectives.tsv` («российский» → RU), for
«российская сторона», «американские власти».
"""

from __future__ import annotations

from functools import lru_cache

from transforms import wordlists
from transforms.names import key


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    out = {}
    for iso2, name, *rest in wordlists.rows("countries.tsv"):
        for n in [name] + (rest[0].split(",") if rest else []):
            if n.strip():
                out[key(n)] = iso2.strip()
    return out


def iso2(name: str | None) -> str | None:
    """The ISO code of the country `name` names («РФ» → RU, «Китай» → CN); None for any other name."""
    return _codes().get(key(name)) if name else None


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    return {key(w): code.strip() for code, words in wordlists.rows("country_adjectives.tsv")
            for w in words.split(",") if w.strip()}


def country_of_adjective(lemma: str | None) -> str | None:
    """The ISO code of the country an adjective names, by its lemma («российский», «американский» →
    RU, US); None for any other word."""
    return _adjectives().get(key(lemma)) if lemma else None
