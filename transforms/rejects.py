"""Why an input could not be loaded: a stable reason code and a message for a person."""

from __future__ import annotations

from dataclasses import dataclass


class Rejected(Exception):
    """Raised by the parsers; becomes a row of the rejects table."""

    def __init__(self, reason: str, message: str):
        super().__init__(f"{reason}: {message}")
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class Reject:
    """An input that did not become an article."""

    source_path: str
    content_sha256: str
    reason: str
    message: str
