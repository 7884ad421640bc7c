"""The project's word lists: tab-separated files in `transforms/data/`, read one way.

Each file starts with `#` lines that say what a row means; blank lines are skipped.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The rows of `transforms/data/<name>`, each split at tabs (comments and blank lines dropped)."""
    return [list(row) for row in _rows(name)]


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    text = resources.files("transforms").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def groups(name: str) -> dict[str, frozenset[str]]:
    """A two-column list `word<TAB>group` as group → its words (a word may sit in several groups)."""
    out: dict[str, set[str]] = {}
    for word, group, *_ in rows(name):
        out.setdefault(group.strip(), set()).add(word.strip())
    return {g: frozenset(words) for g, words in out.items()}


def values(name: str, group: str) -> list[tuple[str, str]]:
    """(word, value) of the rows of one group of a list `word<TAB>group<TAB>value`, in file
    order; "" for a row without a value."""
    return [(row[0].strip(), row[2].strip() if len(row) > 2 else "") for row in _rows(name)
            if len(row) > 1 and row[1].strip() == group]
