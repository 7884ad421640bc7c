"""Raw bytes → text: gzip, byte-order marks and legacy Cyrillic encodings.

Pure functions over bytes.  Failures raise `Rejected` with a stable reason code.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib

from transforms.rejects import Rejected

#: Legacy encodings tried when the bytes are not UTF-8, in this order.
LEGACY_ENCODINGS = ("cp1251", "koi8_r")

# Control characters that never occur in text (tab, LF, CR and FF do).
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))

# Line-end, space and invisible-character clean-up that keeps one character per character
# where it can, so offsets stay meaningful.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u2002\u2003\u2004\u2005\u2006\u2008\u200a"), " ")
# Page breaks and Unicode line separators end a line like "\n" does.
_LINE_BREAKS = dict.fromkeys(map(ord, "\f\v\x1c\x1d\x1e\x85\u2028\u2029"), "\n")
#: Zero-width characters and the soft hyphen: scraped text is full of them, and they split words.
_INVISIBLE_CHARS = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad")
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS), None)
# str.translate looks every character up in a dict: a regex search first finds whether any is there.
_ANY_INVISIBLE = re.compile("[" + "".join(sorted(_INVISIBLE_CHARS)) + "]")
_ANY_ODD = re.compile("[" + re.escape("".join(map(chr, (*_SPACES, *_LINE_BREAKS, *_INVISIBLE)))) + "]")


def has_invisible(text: str) -> bool:
    """Whether `normalize_text` removes zero-width characters or soft hyphens from the text."""
    return _ANY_INVISIBLE.search(text) is not None


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing output larger than `limit` bytes (gzip bombs)."""
    d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise Rejected("not_text", f"corrupt gzip data ({exc})") from None
    if len(out) > limit:
        raise Rejected("too_large", f"decompresses to more than the {limit:,}-byte limit")
    if not d.eof:
        raise Rejected("not_text", "truncated gzip data")
    return out


_WORD = re.compile(r"[^\W\d_]+")


def _cyrillic_score(text: str) -> float:
    """How Russian the text looks, 0..1: lowercase share of its Cyrillic letters.

    Russian prose is mostly lowercase.  Decoding koi8-r bytes as cp1251 (or the
    reverse) swaps the cases, so the right codec is the one with more lowercase.
    Text in another legacy alphabet (Latin-1 «café» read as cp1251 gives «cafй»)
    puts Cyrillic letters inside Latin words: such text scores 0.
    """
    cyrillic_words = mixed = lower = upper = 0
    for word in _WORD.findall(text):
        n_lower = sum(1 for ch in word if "а" <= ch <= "я" or ch == "ё")
        n_upper = sum(1 for ch in word if "А" <= ch <= "Я" or ch == "Ё")
        if n_lower + n_upper == 0:
            continue
        cyrillic_words += 1
        mixed += any("a" <= ch.lower() <= "z" for ch in word)
        lower, upper = lower + n_lower, upper + n_upper
    if not cyrillic_words or mixed > 0.2 * cyrillic_words:
        return 0.0
    return lower / (lower + upper)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > max(2, len(sample) // 100)


def decode_text(data: bytes) -> str:
    """Bytes of a text file → str: BOM-aware UTF-8/UTF-16, else cp1251 or koi8-r.

    The legacy codec is chosen by which decoding reads as Russian text; bytes that
    read as neither (binary, other alphabets) are rejected as `not_text`.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").removeprefix("\ufeff")  # the text's own BOM, as UTF-8 files keep it
        except UnicodeDecodeError as exc:
            raise Rejected("not_text", f"broken UTF-16 text ({exc.reason} at byte {exc.start})") from None
    if _looks_binary(data):
        raise Rejected("not_text", "binary content (NUL or control bytes), not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    candidates = []
    for codec in LEGACY_ENCODINGS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_cyrillic_score(text), codec, text))
    best = max(candidates, default=None, key=lambda c: c[0])
    if best is None or best[0] < 0.5:
        raise Rejected(
            "not_text",
            f"not UTF-8 ({utf8_error}) and does not read as Russian text in cp1251 or koi8-r",
        )
    return best[2]


def normalize_text(text: str) -> str:
    """NFC, LF line ends, plain spaces for no-break spaces, no invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_ODD.search(text):
        text = text.translate(_SPACES).translate(_LINE_BREAKS).translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)
