"""The project's word lists: tab-separated files in `transforms/data/`, read one way.

Each file starts with `#` lines that say what a row means; blank lines are skipped.
"""

from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The rows of `transforms/data/<name>`, each split at tabs (comments and blank lines dropped)."""
    text = resources.files("transforms").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def groups(name: str) -> dict[str, frozenset[str]]:
    """A two-column list `word<TAB>group` as group → its words (a word may sit in several groups)."""
    out: dict[str, set[str]] = {}
    for word, group, *_ in rows(name):
        out.setdefault(group.strip(), set()).add(word.strip())
    return {g: frozenset(words) for g, words in out.items()}
