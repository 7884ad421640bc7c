"""Deterministic ids: the same thing always gets the same id, in every run."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object) -> str:
    """A 16-hex-digit id from the parts that identify a row."""
    key = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
