"""Raw article files → parsed articles or rejects (DESIGN.md §1).

`parse_file(rel_path, data, ...)` is the one entry point: pure, given the path
relative to the raw folder and the file's bytes.  It never raises for bad
input; every problem becomes a `Reject` with a stable reason code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from transforms.decode import decode_text, gunzip, has_invisible, normalize_text
from transforms.rejects import Reject, Rejected
from transforms.repair import REPAIRS, repair

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # per article; a 1 MB article is ordinary
JSONL_MAX_BYTES = 4 * 1024 * 1024 * 1024  # a whole decompressed .jsonl.gz dump
FUTURE_TOLERANCE = dt.timedelta(days=1)  # time zones: "tomorrow" may already be today somewhere
EARLIEST_DATE = dt.date(1800, 1, 1)

_SUFFIXES = {".txt": "text", ".txt.gz": "text", ".jsonl": "jsonl", ".jsonl.gz": "jsonl"}

_HEADER = re.compile(r"^[ \t]*date\b[ \t]*(?P<rest>.*)$", re.IGNORECASE)
_DATE_TOKEN = re.compile(
    r"^(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))"
    r"(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_TIME_TOKEN = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_HEADING_END = tuple(".!?…:;,")
HEADING_MAX_CHARS = 120


@dataclass(frozen=True)
class ParsedArticle:
    """An article read from its raw form, before any NLP."""

    article_id: str
    source_path: str
    content_sha256: str
    published_date: dt.date
    title: str
    body: str
    lead: str
    paragraphs: tuple[tuple[int, int], ...]  # (start, stop) offsets into body
    headings: tuple[str, ...]
    url: str | None = None
    source: str | None = None
    repairs: tuple[str, ...] = ()  # scraped-text repairs the title and body needed (`transforms.repair`)


def article_kind(rel_path: str) -> str | None:
    """`text`, `jsonl`, or None for files that are not articles (README.md, .DS_Store)."""
    name = rel_path.rsplit("/", 1)[-1]
    if name.startswith("."):
        return None
    lowered = name.lower()
    for suffix, kind in sorted(_SUFFIXES.items(), key=lambda kv: -len(kv[0])):
        if lowered.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


def article_id_for(rel_path: str) -> str:
    """The raw path relative to the raw folder without its extension(s)."""
    lowered = rel_path.lower()
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if lowered.endswith(suffix):
            return rel_path[: -len(suffix)]
    return rel_path


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def parse_date(token: str, today: dt.date) -> dt.date:
    """`YYYY-MM-DD`, `DD.MM.YYYY`, optionally with a time (`T14:05`, ` 14:05:33`, a zone)."""
    m = _DATE_TOKEN.match(token.strip())
    if not m:
        raise Rejected("bad_date", f"cannot read the date «{token.strip()[:40]}» "
                                   "(expected YYYY-MM-DD or DD.MM.YYYY)")
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    if m["time"]:
        hh, mm, *ss = m["time"].split(":")
        if int(hh) > 23 or int(mm) > 59 or (ss and float(ss[0]) >= 60):
            raise Rejected("bad_date", f"impossible time in «{token.strip()}»")
    try:
        value = dt.date(int(y), int(mo), int(d))
    except ValueError:
        raise Rejected("bad_date", f"impossible date «{token.strip()}» (no such day)") from None
    if value < EARLIEST_DATE:
        raise Rejected("bad_date", f"implausible publication date {value.isoformat()}")
    if value > today + FUTURE_TOLERANCE:
        raise Rejected("future_date", f"publication date {value.isoformat()} is in the future "
                                      f"(today is {today.isoformat()})")
    return value


def split_header(line: str, today: dt.date) -> tuple[dt.date, str]:
    """` date 2025-09-23 Title` → (date, title)."""
    m = _HEADER.match(line)
    if not m:
        raise Rejected("no_header", f"the first line does not start with `date`: «{line.strip()[:60]}»")
    parts = m["rest"].split(None, 1)
    if not parts:
        raise Rejected("bad_date", "the header has no date")
    token, title = parts[0], (parts[1] if len(parts) > 1 else "")
    head, *tail = title.split(None, 1) or [""]
    if _TIME_TOKEN.match(head):  # `date 2025-09-23 14:05 Title`
        token, title = f"{token} {head}", (tail[0] if tail else "")
    published = parse_date(token, today)
    title = title.strip()
    if not title:
        raise Rejected("no_title", "the header has a date but no title")
    return published, title


def _paragraph_spans(body: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(body)))
    return tuple(spans)


def is_heading(paragraph: str) -> bool:
    """A short one-line paragraph without final punctuation («Посредничество при переговорах»)."""
    return (
        "\n" not in paragraph
        and len(paragraph) <= HEADING_MAX_CHARS
        and not paragraph.endswith(_HEADING_END)
        and paragraph[:1].isupper()
    )


def build_article(*, article_id: str, source_path: str, published: dt.date, title: str, body: str,
                  url: str | None = None, source: str | None = None, invisible: bool = False) -> ParsedArticle:
    """Repair scraped text, normalise the body's paragraph layout, derive lead, headings and the hash.

    `invisible`: the caller's `normalize_text` already removed invisible characters (a repair too).
    """
    title, title_repairs = repair(title, one_line=True)
    body, body_repairs = repair(body)
    done = {*title_repairs, *body_repairs, *(("invisible_chars",) if invisible else ())}
    repairs = tuple(r for r in REPAIRS if r in done)
    if not title:
        raise Rejected("no_title", "the title is empty once its HTML is removed")
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(body.strip())]
    paragraphs = ["\n".join(line.rstrip() for line in p.split("\n")) for p in paragraphs if p]
    if not paragraphs:
        raise Rejected("no_body", "the header is followed by no article text")
    body = "\n\n".join(paragraphs)
    # Only a paragraph that introduces a section is a heading: never the lead, never the last.
    headings = tuple(p for p in paragraphs[1:-1] if is_heading(p))
    return ParsedArticle(
        article_id=article_id,
        source_path=source_path,
        content_sha256=sha256(f"{published.isoformat()}\n{title}\n\n{body}"),
        published_date=published,
        title=title,
        body=body,
        lead=paragraphs[0],
        paragraphs=_paragraph_spans(body),
        headings=headings,
        url=url,
        source=source,
        repairs=repairs,
    )


def parse_text_article(text: str, *, article_id: str, source_path: str, today: dt.date) -> ParsedArticle:
    """The plain-text format: header line, blank line, lead, body paragraphs."""
    invisible = has_invisible(text)  # normalize_text removes them before the header can be read
    text = normalize_text(text)
    if not text.strip():
        raise Rejected("empty", "the file holds only white space")
    first, _, rest = text.lstrip("\n \t").partition("\n")
    published, title = split_header(first, today)
    return build_article(article_id=article_id, source_path=source_path, published=published,
                         title=title, body=rest, invisible=invisible)


def _jsonl_paragraphs(text: str) -> str:
    # Dumps often separate paragraphs by single line breaks; blank lines win when present.
    return text if _PARAGRAPH_BREAK.search(text) else text.replace("\n", "\n\n")


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return normalize_text(str(value)).strip() or None if value not in (None, "") else None


def parse_jsonl_record(line: bytes, *, article_id: str, source_path: str, today: dt.date) -> ParsedArticle:
    """One JSON Lines record with `date`, `title`, `text` and optional `url`, `source`."""
    try:
        record = json.loads(decode_text(line))
    except json.JSONDecodeError as exc:
        raise Rejected("bad_json", f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise Rejected("bad_json", f"a JSON {type(record).__name__}, not an object")
    missing = [k for k in ("date", "title", "text") if k not in record or record[k] is None]
    if missing:
        raise Rejected("missing_field", f"the record has no {', '.join(missing)}")
    published = parse_date(str(record["date"]), today)
    title = normalize_text(str(record["title"])).strip()
    if not title:
        raise Rejected("no_title", "the record's title is empty")
    body = _jsonl_paragraphs(normalize_text(str(record["text"])))
    return build_article(article_id=article_id, source_path=source_path, published=published, title=title,
                         body=body, url=_optional_str(record, "url"), source=_optional_str(record, "source"),
                         invisible=has_invisible(str(record["title"])) or has_invisible(str(record["text"])))


def _reject(source_path: str, data: bytes, exc: Rejected) -> Reject:
    return Reject(source_path, sha256(data), exc.reason, exc.message)


def parse_file(rel_path: str, data: bytes, *, today: dt.date,
               max_bytes: int = DEFAULT_MAX_BYTES) -> list[ParsedArticle | Reject]:
    """Every article (or reject) in one raw file; [] for a file that is not an article."""
    kind = article_kind(rel_path)
    if kind is None:
        return []
    article_id = article_id_for(rel_path)
    try:
        if not data:
            raise Rejected("empty", "the file is empty (0 bytes)")
        if rel_path.lower().endswith(".gz"):
            data_plain = gunzip(data, max_bytes if kind == "text" else JSONL_MAX_BYTES)
        else:
            data_plain = data
        if kind == "text":
            if len(data_plain) > max_bytes:
                raise Rejected("too_large", f"{len(data_plain):,} bytes, over the {max_bytes:,}-byte limit")
            if not data_plain.strip():
                raise Rejected("empty", "the file holds only white space")
            text = decode_text(data_plain)
            return [parse_text_article(text, article_id=article_id, source_path=rel_path, today=today)]
        if not data_plain.lstrip(b"\xef\xbb\xbf").strip():
            raise Rejected("empty", "the JSON Lines file holds no records")
    except Rejected as exc:
        return [_reject(rel_path, data, exc)]
    return list(_parse_jsonl(rel_path, article_id, data_plain, today=today, max_bytes=max_bytes))


def _parse_jsonl(rel_path: str, article_id: str, data: bytes, *, today: dt.date, max_bytes: int):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        source_path = f"{rel_path}#{number}"
        try:
            if len(line) > max_bytes:
                raise Rejected("too_large", f"{len(line):,} bytes, over the {max_bytes:,}-byte limit")
            yield parse_jsonl_record(line.rstrip(b"\r"), article_id=f"{article_id}#{number}",
                                     source_path=source_path, today=today)
        except Rejected as exc:
            yield _reject(source_path, line, exc)
