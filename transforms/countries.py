"""Countries by name: a name (canonical or alias, any case, ё = е) → its ISO 3166-1 alpha-2 code.

The names are `transforms/data/countries.tsv` (what a row means: its header); names compare by
`transforms.names.key`.  Events ask it whether a visited place is a country, and so the host.
`country_of_adjective` reads `transforms/data/country_adjectives.tsv` («российский» → RU), for
«российская сторона», «американские власти»; `genitive_name` gives the name an organisation of
that country is qualified with («МИД России»).
"""

from __future__ import annotations

from functools import lru_cache

from transforms import wordlists
from transforms.morph import morph_vocab
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


@lru_cache(maxsize=300)
def genitive_name(code: str) -> str | None:
    """The genitive of the canonical name of the country with ISO code `code` («RU» → «России»,
    «KR» → «Южной Кореи»; «США» stays), for an organisation qualified by its country."""
    name = next((n for iso, n, *_ in wordlists.rows("countries.tsv") if iso.strip() == code), None)
    if name is None:
        return None
    words = []
    for word in name.strip().split(" "):
        reading = next((p for p in morph_vocab().parse(word.lower()) if "nomn" in p.tag and p.is_known), None)
        form = reading.inflect({"Gen"}) if reading is not None and not word.isupper() else None
        words.append(word if form is None else word[0] + form.word[1:])
    return " ".join(words)


def country_of_adjective(lemma: str | None) -> str | None:
    """The ISO code of the country an adjective names, by its lemma («российский», «американский» →
    RU, US); None for any other word."""
    return _adjectives().get(key(lemma)) if lemma else None
