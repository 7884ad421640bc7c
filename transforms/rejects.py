"""Why an input could not be loaded: a stable reason code and a message for a person."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

EXTRACTION_FAILED = "extraction_failed"


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


def failed_extraction(source_path: str, content_sha256: str, exc: Exception) -> Reject:
    """The reject of an article an extractor raised `exc` on: the error and the innermost line of the project's
    code it came from, for the bug report («KeyError: 49 at transforms/events/sentence.py:105 in rel»); an
    exception raised on behalf of the code it interrupted (a time budget's, `pipelines.deadline`) carries that
    code's stack as `stack`."""
    stack = getattr(exc, "stack", None) or traceback.extract_tb(exc.__traceback__)
    ours = [f for f in stack if "site-packages" not in f.filename]
    where = ""
    if ours:
        f = ours[-1]
        parts = Path(f.filename).parts
        short = "/".join(parts[parts.index("transforms"):]) if "transforms" in parts else Path(f.filename).name
        where = f" at {short}:{f.lineno} in {f.name}"
    return Reject(source_path, content_sha256, EXTRACTION_FAILED,
                  f"an extractor failed: {type(exc).__name__}: {exc}{where}; the article is tried again next run")
