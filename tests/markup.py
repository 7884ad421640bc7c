"""Draw spans under their text, the way natasha's tests show expected markup."""

from __future__ import annotations


def draw(text: str, spans) -> str:
    """`text` and, under it, each span as its type followed by ─ up to the span's width.

    >>> print(draw("Токаев встретился с Зеленским", [(0, 6, "PER"), (20, 29, "PER")]))
    Токаев встретился с Зеленским
    PER───              PER──────
    """
    line = [" "] * len(text)
    for start, stop, label in sorted(spans):
        mark = (label + "─" * (stop - start))[: stop - start]
        line[start:stop] = mark
    return text + "\n" + "".join(line).rstrip()
