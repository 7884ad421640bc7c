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
def country_name(code: str | None) -> str | None:
    """The canonical name of the country with ISO code `code`, the one news uses (countries.tsv `name`:
    «BY» → «Белоруссия», «ZA» → «ЮАР»); None for an unknown code."""
    name = next((n for iso, n, *_ in wordlists.rows("countries.tsv") if iso.strip() == code), None)
    return name.strip() if name is not None else None


def usual_name(name: str | None) -> str | None:
    """The name news uses for the country `name` is any name of («Республика Беларусь» → «Белоруссия»); None for
    any other name."""
    return country_name(iso2(name))


@lru_cache(maxsize=300)
def genitive_name(code: str) -> str | None:
    """The genitive of the canonical name of the country with ISO code `code` («RU» → «России»,
    «KR» → «Южной Кореи»; «США» stays), for an organisation qualified by its country."""
    name = country_name(code)
    return " ".join(_genitive_word(w) for w in name.split(" ")) if name is not None else None


def _genitive_word(word: str) -> str:
    """One word of a country's name in the genitive, its capitals kept part by part
    («Шри-Ланка» → «Шри-Ланки»); as written when the dictionary has no nominative reading of it
    as a place, a plural noun or the lemma of a noun or adjective («ОАЭ», «Буркина-Фасо»); a
    place reading first («Сахара», not the plural of «сахар»)."""
    if word.isupper():
        return word
    readings = [p for p in morph_vocab().parse(word.lower()) if p.is_known and "nomn" in p.tag]
    places = [p for p in readings if "Geox" in p.tag]
    lemmas = [p for p in readings
              if p.normal_form == word.lower() or "ADJF" in p.tag or {"NOUN", "plur"} <= p.tag.grammemes]
    reading = (places or lemmas or [None])[0]
    form = reading.inflect({"Gen"}) if reading is not None else None
    if form is None:
        return word
    parts, written = form.word.split("-"), word.split("-")
    if len(parts) != len(written):
        return word
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for p, w in zip(parts, written))


def country_of_adjective(lemma: str | None) -> str | None:
    """The ISO code of the country an adjective names, by its lemma («российский», «американский» →
    RU, US); None for any other word."""
    return _adjectives().get(key(lemma)) if lemma else None


_LINKING_STEMS = ("ский", "ий", "ийский")  # «кыргызско-» → «кыргызский», «армяно-» → «армянский», «индо-» → «индийский»


def countries_of_compound(lemma: str | None) -> list[str]:
    """The ISO codes of the countries a compound adjective names, each part («армяно-азербайджанский»,
    «кыргызско-таджикский» → AM, AZ; KG, TJ), the first parts in their linking «-о» form; [] unless every
    part names one."""
    parts = lemma.split("-") if lemma else []
    if len(parts) < 2:
        return []
    codes = [next((c for end in _LINKING_STEMS if (c := country_of_adjective(p[:-1] + end))), None)
             if p.endswith(("о", "е")) else None for p in parts[:-1]] + [country_of_adjective(parts[-1])]
    return codes if all(codes) else []


def adjective_countries(lemma: str | None) -> list[str]:
    """The ISO codes of the countries an adjective names: its one («российский» → RU), or each of a compound's
    («армяно-азербайджанский» → AM, AZ)."""
    code = country_of_adjective(lemma)
    return [code] if code else countries_of_compound(lemma)
