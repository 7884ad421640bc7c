"""Countries by name: a name (canonical or alias, any case, ё = е) → its ISO 3166-1 alpha-2 code.

The names are `transforms/data/countries.tsv` (what a row means: its header); names compare by
`transforms.names.key`.  Events ask it whether a visited place is a country, and so the host.
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
