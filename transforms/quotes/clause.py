"""What reported-speech patterns make of a sentence: a clause, the sentence's bounds, what a pattern
found at a token (`reported.py`, `phrases.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.quotes.attribution import Attr


@dataclass
class Clause:
    """A reported clause: characters [start, stop), its cue token and attribution, and where
    the attribution starts."""

    start: int
    stop: int
    cue_i: int
    attr: Attr
    anchor: int
    verb: int | None = None  # the clause's own head token, when the tree gives it («что» → its verb)


@dataclass
class Sentence:
    a: int  # first token
    b: int  # the token after the last
    stop: int  # where its words end (final punctuation left out)


@dataclass
class Found:
    """What a pattern made of a token: a clause (or none) and the tokens it used up."""

    clause: Clause | None = None
    used: range = range(0)
    before: Clause | None = None  # «…, уточнила Набиуллина: …»: the clause before the cue, as well
