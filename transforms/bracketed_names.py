"""A name in brackets right after a name is the same thing said another way (docs/entities.md §3, 4).

`link_bracketed_names` joins, in the entity linker's clusters (`entities.link_article`), an
abbreviation to the name it follows («Комитет защиты журналистов (КЗЖ)»; a country after a place is where it
is: «Сент-Пол (США)»), a name in its own
script («Джошуа Вольфа (Joshua Wolf)») and a person's other name after the phrases of
transforms/data/alias_words.tsv («Глюкоза (настоящее имя - Наталья Чистякова-Ионова)»).
Pure functions over mentions and the fields' texts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from transforms import wordlists
from transforms.countries import iso2
from transforms.names import CYRILLIC, abbreviates, fold, key
from transforms.names import words as _words
from transforms.word_forms import is_abbreviation

if TYPE_CHECKING:
    from transforms.entities import Mention


_BRACKET_AFTER = re.compile(r"\s*\(\s*$")


@lru_cache(maxsize=1)
def _alias_bracket() -> re.Pattern:
    """«(настоящее имя - », «(урожденная »: a bracket that gives the same person's other name
    (transforms/data/alias_words.tsv)."""
    phrases = sorted((row[0].strip() for row in wordlists.rows("alias_words.tsv")), key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\s*\(\s*(?:{words})\s*[-–—:]?\s*$", re.IGNORECASE)


def link_bracketed_names(mentions, types, texts, clusters) -> None:
    """A bracketed name right after a name is the same thing said another way.

    «Комитет защиты журналистов (КЗЖ)»: an abbreviation, which then stands for the
    name wherever the article repeats it; «Джошуа Вольфа (Joshua Wolf)»: the name in
    its own script; «Глюкоза (настоящее имя - Наталья Чистякова-Ионова)»: a person's other
    name, after the words of transforms/data/alias_words.tsv.
    """
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].field, mentions[i].start))
    abbreviations = defaultdict(set)
    for n, (a, b) in enumerate(zip(order, order[1:])):
        long, short = mentions[a], mentions[b]
        if long.field != short.field or types[a] != types[b]:
            continue
        between = texts[long.field][long.stop:short.start]
        if types[a] == "PER" and _alias_bracket().fullmatch(fold(between)):  # «Глюкоза (настоящее имя - …)»
            clusters.join(b, a)
            continue
        if not _BRACKET_AFTER.fullmatch(between):
            continue
        if _country_of_place(long, short, types[a]):
            continue  # «Миннеаполисом и Сент-Полом (США)»: the place's country, not its other name
        if types[a] != "PER" and is_abbreviation(short.text) and len(short.text) <= 10:
            before = order[n - 1] if n else None
            if before is not None and long.text.isupper() and _owner_of(mentions[before], long, types[before],
                                                                         types[a], texts):
                a = before  # «организации ООН (ФАО)»: the bracket names the body ООН owns, not ООН
            abbreviations[key(short.name)].add(a)
            clusters.join(b, a)
        elif CYRILLIC.search(long.text) and not CYRILLIC.search(short.text):
            clusters.join(b, a)
    for i, m in enumerate(mentions):
        targets = abbreviations.get(key(m.name))
        if targets and len(targets) == 1 and is_abbreviation(m.text):
            clusters.join(i, next(iter(targets)))


def _country_of_place(place: Mention, bracketed: Mention, type_: str) -> bool:
    """Whether the bracketed place is a country that place `place` is in, not the place's other name: «Сент-Полом
    (США)», but «Соединенные Штаты Америки (США)» (its initials) and «Российская Федерация (РФ)» (one country)."""
    country = iso2(bracketed.name)
    return (type_ == "LOC" and country is not None and iso2(place.name) != country
            and not abbreviates(bracketed.text, _words(key(place.name))))


def _owner_of(body: Mention, owner: Mention, body_type: str, owner_type: str, texts: dict[str, str]) -> bool:
    """`owner` follows the organisation `body` right after it, nothing between: «организации ООН»."""
    return (body.field == owner.field and body_type == owner_type == "ORG"
            and not texts[body.field][body.stop:owner.start].strip())
