"""transforms.parse.parse_file: raw article files → ParsedArticle or Reject (DESIGN.md §1).

Every test calls the one public entry point, `parse_file(rel_path, data, today=TODAY, ...)`,
with the example input and the expected values side by side in the tables below.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import random
import re

import pytest

from schemas.tables import REJECT_REASONS
from transforms.parse import ParsedArticle, parse_file
from transforms.rejects import Reject

TODAY = dt.date(2026, 11, 26)
PUBLISHED = dt.date(2025, 9, 23)

# --------------------------------------------------------------------------------------
# The reference article (the shape of data/raw/000_a79a80be541b1d91.txt)
# --------------------------------------------------------------------------------------

TITLE = "Токаев на встрече с Зеленским высказался о решении конфликта на Украине"
LEAD = (
    "Президент Казахстана Касым-Жомарт Токаев провел встречу с украинским коллегой "
    "Владимиром Зеленским на полях Генеральной Ассамблеи ООН. Казахстанский лидер "
    "высказался за продолжение дипломатических усилий по разрешению конфликта на Украине."
)
P2 = (
    "«Президент Казахстана высказал мнение, что в этой чрезвычайно сложной ситуации нужно "
    "продолжить дипломатическую работу с целью поиска путей прекращения конфликта», — "
    "говорится в сообщении пресс-службы главы Казахстана."
)
P3 = (
    "Зеленский подтвердил встречу с Токаевым и сообщил, что на ней отдельно обсуждалось "
    "торгово-экономическое сотрудничество, включая интерес казахстанского бизнеса к "
    "восстановлению Украины."
)
BODY = f"{LEAD}\n\n{P2}\n\n{P3}"
HEADER = f" date 2025-09-23 {TITLE}"
ARTICLE = f"{HEADER}\n\n{BODY}\n"


def typewriter(text: str) -> str:
    """koi8-r has no «», — or №: old koi8-r archives use typewriter quotes and hyphens."""
    return text.replace("«", '"').replace("»", '"').replace("—", "-")


ARTICLE_KOI8 = typewriter(ARTICLE)
BODY_KOI8 = typewriter(BODY)
P2_KOI8 = typewriter(P2)

# The same article typed with no-break spaces (U+00A0) and a narrow one (U+202F): all plain spaces.
NBSP, NNBSP = "\u00a0", "\u202f"
ARTICLE_NBSP = (
    f" date{NBSP}2025-09-23{NBSP}Токаев на{NBSP}встрече с Зеленским высказался "
    f"о{NBSP}решении конфликта на Украине\n\n"
    + LEAD.replace("Касым-Жомарт ", f"Касым-Жомарт{NBSP}") + "\n\n"
    + P2.replace(" — ", f"{NBSP}— ") + "\n\n"
    + P3.replace("к ", f"к{NNBSP}") + "\n"
)

# Section headings and more body paragraphs (same article, further down).
HEADING = "Посредничество при переговорах"
HEADING_2 = "Позиция Казахстана по Украине"
P4 = (
    "22 сентября депутат меджлиса Казахстана Айдос Сарым заявил о готовности Астаны выступить "
    "посредником в урегулировании конфликта между Россией и Украиной."
)
P5 = "«Мы полностью можем обеспечить им безопасность и прочие вещи», — подчеркнул Сарым."


def with_header(header: str, body: str = BODY) -> str:
    return f"{header}\n\n{body}\n"


def parse(rel_path: str, data: bytes, **kwargs) -> list:
    return parse_file(rel_path, data, today=TODAY, **kwargs)


def parse_one_article(rel_path: str, data: bytes, **kwargs) -> ParsedArticle:
    results = parse(rel_path, data, **kwargs)
    assert len(results) == 1, results
    (article,) = results
    assert isinstance(article, ParsedArticle), article
    return article


def parse_one_reject(rel_path: str, data: bytes, **kwargs) -> Reject:
    results = parse(rel_path, data, **kwargs)
    assert len(results) == 1, results
    (reject,) = results
    assert isinstance(reject, Reject), reject
    return reject


def assert_offsets_consistent(article: ParsedArticle) -> None:
    """`paragraphs` are (start, stop) offsets into `body`, and the lead is the first one."""
    assert article.paragraphs, "an article has at least one paragraph"
    texts = [article.body[s:e] for s, e in article.paragraphs]
    for text in texts:
        assert text, f"empty paragraph span in {article.paragraphs}"
        assert text == text.strip(), f"paragraph span with surrounding white space: {text!r}"
        assert "\n\n" not in text, f"paragraph span crosses a paragraph break: {text!r}"
    assert article.lead == article.body[slice(*article.paragraphs[0])]
    # The spans tile the body: paragraphs joined by exactly one blank line.
    assert "\n\n".join(texts) == article.body
    for heading in article.headings:
        assert heading in texts


def assert_human_message(message: str, reason: str) -> None:
    assert isinstance(message, str) and message.strip()
    assert message != reason
    assert len(re.findall(r"[^\W\d_]{2,}", message)) >= 3, f"not a sentence: {message!r}"


# --------------------------------------------------------------------------------------
# 1. Accepted input variants
# --------------------------------------------------------------------------------------

# (rel_path, raw bytes, expected article_id, published_date, title, lead, body)
ACCEPTED = [
    pytest.param("000_a79a80be541b1d91.txt", ARTICLE.encode("utf-8"),
                 "000_a79a80be541b1d91", PUBLISHED, TITLE, LEAD, BODY, id="plain-utf8"),
    pytest.param("a.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="crlf-line-ends"),
    pytest.param("a.txt", ARTICLE.replace("\n", "\r").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="cr-only-line-ends"),
    pytest.param("a.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="utf8-bom"),
    pytest.param("a.txt", ARTICLE.encode("cp1251"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="cp1251"),
    pytest.param("a.txt", ARTICLE.replace("\n", "\r\n").encode("cp1251"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="cp1251-crlf"),
    pytest.param("a.txt", ARTICLE_KOI8.encode("koi8_r"),
                 "a", PUBLISHED, TITLE, LEAD, BODY_KOI8, id="koi8-r"),
    pytest.param("a.txt", ARTICLE_NBSP.encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="non-breaking-spaces"),
    pytest.param("a.txt", ARTICLE_NBSP.replace(NNBSP, NBSP).encode("cp1251"),  # NBSP is 0xA0 in cp1251
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="non-breaking-spaces-cp1251"),
    pytest.param("a.txt", with_header(f" date 23.09.2025 {TITLE}").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="date-DD.MM.YYYY"),
    pytest.param("a.txt", with_header(f" date 2025-09-23 14:05 {TITLE}").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="datetime-HH:MM"),
    pytest.param("a.txt", with_header(f" date 2025-09-23 14:05:33 {TITLE}").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="datetime-HH:MM:SS"),
    pytest.param("a.txt", with_header(f" date 2025-09-23T14:05:00+03:00 {TITLE}").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="iso-datetime-with-zone"),
    pytest.param("a.txt", with_header(f" date 23.09.2025 14:05 {TITLE}").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="DD.MM.YYYY-HH:MM"),
    pytest.param("a.txt", with_header(f" date\t2025-09-23\t14:05\t{TITLE}").encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="tab-separated-datetime"),
    pytest.param("a.txt", with_header(f" date 2026-11-27 {TITLE}").encode("utf-8"),
                 "a", dt.date(2026, 11, 27), TITLE, LEAD, BODY, id="tomorrow-within-tolerance"),
    pytest.param("a.txt.gz", gzip.compress(ARTICLE.encode("utf-8")),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="gzip-txt.gz"),
    pytest.param("a.TXT.GZ", gzip.compress(ARTICLE.encode("cp1251")),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="gzip-upper-case-suffix-cp1251"),
    pytest.param("2025/09/a.txt", ARTICLE.encode("utf-8"),
                 "2025/09/a", PUBLISHED, TITLE, LEAD, BODY, id="nested-path"),
    pytest.param("a.txt", ("\n\n  \t\n   " + ARTICLE).encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="leading-blank-lines-and-spaces"),
    pytest.param("a.txt", ("date 2025-09-23 " + TITLE + "\n\n" + BODY).encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="no-leading-space-no-final-newline"),
    pytest.param("a.txt", f"{HEADER}\n\n\n\n{LEAD}   \n\n\n \t\n{P2}\n\n\n\n\n{P3}\n\n\n".encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="extra-blank-lines-between-paragraphs"),
    pytest.param("a.txt", f"{HEADER}\n{LEAD}\n\n{P2}\n\n{P3}".encode("utf-8"),
                 "a", PUBLISHED, TITLE, LEAD, BODY, id="no-blank-line-after-header"),
]


@pytest.mark.parametrize(
    "rel_path, data, article_id, published_date, title, lead, body", ACCEPTED
)
def test_accepted_variant_gives_one_article(rel_path, data, article_id, published_date, title, lead, body):
    article = parse_one_article(rel_path, data)

    assert article.article_id == article_id
    assert article.source_path == rel_path
    assert article.published_date == published_date
    assert article.title == title
    assert article.lead == lead
    assert article.body == body
    assert re.fullmatch(r"[0-9a-f]{64}", article.content_sha256)
    assert "\r" not in article.body and "\u00a0" not in article.body + article.title
    assert_offsets_consistent(article)


# Legacy encodings must read exactly like the same text in UTF-8: no mojibake.
@pytest.mark.parametrize(
    "text, codec",
    [
        pytest.param(ARTICLE, "cp1251", id="cp1251"),
        pytest.param(ARTICLE_KOI8, "koi8_r", id="koi8-r"),
        pytest.param("\ufeff" + ARTICLE, "utf-16", id="utf-16-with-bom"),
    ],
)
def test_legacy_encoding_reads_like_utf8(text, codec):
    from_utf8 = parse_one_article("a.txt", text.encode("utf-8"))
    from_legacy = parse_one_article("a.txt", text.encode(codec))

    assert from_legacy.title == from_utf8.title
    assert from_legacy.body == from_utf8.body
    assert from_legacy == from_utf8


def test_multi_line_paragraph_keeps_its_line_breaks():
    # A paragraph wrapped over two lines stays one paragraph; trailing spaces go.
    data = f"{HEADER}\n\n{LEAD}\n\nЗеленский подтвердил встречу   \nс Токаевым.\n\n{P3}\n".encode()
    article = parse_one_article("a.txt", data)

    assert article.body == f"{LEAD}\n\nЗеленский подтвердил встречу\nс Токаевым.\n\n{P3}"
    assert len(article.paragraphs) == 3
    assert_offsets_consistent(article)


def test_page_break_line_keeps_offsets_consistent():
    data = f"{HEADER}\n\nПрезидент Казахстана провел встречу\n\f\nс Зеленским в Нью-Йорке.\n\n{P3}\n".encode()
    article = parse_one_article("a.txt", data)

    assert_offsets_consistent(article)


# --------------------------------------------------------------------------------------
# 2. Headings
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "paragraphs, headings",
    [
        pytest.param([LEAD, P2, HEADING, P4, P5], (HEADING,), id="heading-in-the-middle"),
        pytest.param([LEAD, HEADING, P4, HEADING_2, P5], (HEADING, HEADING_2), id="two-headings"),
        pytest.param(["Главное за день", P4, P5], (), id="short-lead-is-not-a-heading"),
        pytest.param([LEAD, P4, HEADING_2], (), id="short-last-paragraph-is-not-a-heading"),
        pytest.param([LEAD, "Встреча продлилась час.", P5], (), id="short-sentence-with-period"),
        pytest.param([LEAD, "Что известно о встрече:", P5], (), id="short-line-ending-with-colon"),
        pytest.param([LEAD, "«Мы готовы помочь»", P5], (), id="short-quote-is-not-a-heading"),
        pytest.param([LEAD, "по данным пресс-службы", P5], (), id="lower-case-line-is-not-a-heading"),
    ],
)
def test_headings(paragraphs, headings):
    article = parse_one_article("a.txt", with_header(HEADER, "\n\n".join(paragraphs)).encode())

    assert article.headings == headings
    assert article.lead == paragraphs[0]
    assert article.lead not in article.headings
    assert paragraphs[-1] not in article.headings
    assert_offsets_consistent(article)


# --------------------------------------------------------------------------------------
# 3. JSON Lines dumps
# --------------------------------------------------------------------------------------

def jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


TITLE_2 = "В Казахстане допустили проведение переговоров между Москвой и Киевом"
DUMP = jsonl(
    # line 1: paragraphs separated by blank lines, with url and source
    {"date": "2025-09-23", "title": TITLE, "text": BODY,
     "url": "https://rtvi.com/news/tokaev-zelenskij", "source": "RTVI"},
    # line 2: paragraphs separated by single line breaks
    {"date": "22.09.2025", "title": TITLE_2, "text": f"{P4}\n{P5}\nАстана уже принимала переговоры по Сирии."},
    "",     # line 3: blank, skipped
    "   ",  # line 4: white space only, skipped
    # line 5: date-time with a zone, no url/source
    {"date": "2025-09-23T14:05:00+03:00", "title": TITLE, "text": f"{LEAD}\n\n{HEADING}\n\n{P4}"},
)
DUMP_EXPECTED = [
    # (article_id, source_path suffix, published_date, title, body, url, source)
    ("dump#1", "#1", PUBLISHED, TITLE, BODY, "https://rtvi.com/news/tokaev-zelenskij", "RTVI"),
    ("dump#2", "#2", dt.date(2025, 9, 22), TITLE_2,
     f"{P4}\n\n{P5}\n\nАстана уже принимала переговоры по Сирии.", None, None),
    ("dump#5", "#5", PUBLISHED, TITLE, f"{LEAD}\n\n{HEADING}\n\n{P4}", None, None),
]


@pytest.mark.parametrize(
    "rel_path, data",
    [
        pytest.param("dump.jsonl", DUMP.encode("utf-8"), id="jsonl"),
        pytest.param("dump.jsonl", DUMP.replace("\n", "\r\n").encode("utf-8"), id="jsonl-crlf"),
        pytest.param("dump.jsonl", b"\xef\xbb\xbf" + DUMP.encode("utf-8"), id="jsonl-utf8-bom"),
        pytest.param("dump.jsonl.gz", gzip.compress(DUMP.encode("utf-8")), id="jsonl.gz"),
    ],
)
def test_jsonl_dump_gives_one_article_per_record(rel_path, data):
    results = parse(rel_path, data)

    assert all(isinstance(r, ParsedArticle) for r in results), results
    # ids are `<path without extension>#<line number>` (DESIGN §2): blank lines 3-4 are
    # skipped but still counted, so the third record is dump#5.
    got = [(a.article_id, a.source_path, a.published_date, a.title, a.body, a.url, a.source)
           for a in results]
    want = [(aid, rel_path + suffix, date, title, body, url, source)
            for aid, suffix, date, title, body, url, source in DUMP_EXPECTED]
    assert got == want
    for article in results:
        assert_offsets_consistent(article)
    assert [len(a.paragraphs) for a in results] == [3, 3, 3]
    assert results[2].headings == (HEADING,)


def test_jsonl_bad_record_does_not_stop_the_good_ones():
    lines = [
        json.dumps({"date": "2025-09-23", "title": TITLE, "text": BODY}, ensure_ascii=False),
        '{"date": "2025-09-23", "title": "Оборванная запись", "text": "Президент',
        json.dumps({"date": "2025-09-23", "title": TITLE}, ensure_ascii=False),
        json.dumps({"date": "2025-09-22", "title": TITLE_2, "text": P4}, ensure_ascii=False),
    ]
    results = parse("dump.jsonl", "\n".join(lines).encode("utf-8"))

    assert [(type(r).__name__, getattr(r, "article_id", None) or r.reason) for r in results] == [
        ("ParsedArticle", "dump#1"),
        ("Reject", "bad_json"),
        ("Reject", "missing_field"),
        ("ParsedArticle", "dump#4"),
    ]
    bad_json, missing = results[1], results[2]
    assert bad_json.source_path == "dump.jsonl#2"
    assert missing.source_path == "dump.jsonl#3"
    # A record's reject is keyed by the hash of its own line.
    assert bad_json.content_sha256 == hashlib.sha256(lines[1].encode("utf-8")).hexdigest()
    assert missing.content_sha256 == hashlib.sha256(lines[2].encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------
# 4. Rejects: one reason code per way a file can fail
# --------------------------------------------------------------------------------------

RANDOM_BINARY = random.Random(20261126).randbytes(2048) + b"\x00\x00\x00\x00"
PNG_HEADER = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00"
              b"\x08\x06\x00\x00\x00\x5c\x72\xa8\x66\x00\x00\x00\x01sRGB\x00\xae\xce\x1c\xe9")
GZIPPED_ARTICLE = gzip.compress(ARTICLE.encode("utf-8"))


# (rel_path, raw bytes, max_bytes or None, expected reason, expected source_path)
REJECTS = [
    pytest.param("a.txt", b"", None, "empty", "a.txt", id="empty-0-bytes"),
    pytest.param("a.txt", b"  \n\t\r\n   \n", None, "empty", "a.txt", id="empty-white-space-only"),
    pytest.param("a.txt", "\ufeff\u00a0\n \u00a0\n".encode("utf-8"), None, "empty", "a.txt",
                 id="empty-bom-and-nbsp-only"),
    pytest.param("a.txt.gz", gzip.compress(b""), None, "empty", "a.txt.gz", id="empty-gzip"),
    pytest.param("a.jsonl", b"", None, "empty", "a.jsonl", id="empty-jsonl-0-bytes"),
    pytest.param("a.jsonl", b"\n  \n\n", None, "empty", "a.jsonl", id="empty-jsonl-white-space-only"),
    pytest.param("a.jsonl.gz", gzip.compress(b""), None, "empty", "a.jsonl.gz", id="empty-jsonl.gz"),
    pytest.param("a.txt", f"{TITLE}\n\n{BODY}\n".encode(), None, "no_header", "a.txt",
                 id="no-header-title-first"),
    pytest.param("a.txt", f"Дата: 23.09.2025\n{TITLE}\n\n{BODY}\n".encode(), None, "no_header", "a.txt",
                 id="no-header-russian-date-word"),
    pytest.param("a.txt", f"dated 2025-09-23 {TITLE}\n\n{BODY}\n".encode(), None, "no_header", "a.txt",
                 id="no-header-dated"),
    pytest.param("a.txt", with_header(" date 2025-09-23").encode(), None, "no_title", "a.txt",
                 id="no-title-date-only"),
    pytest.param("a.txt", with_header(" date 2025-09-23 14:05").encode(), None, "no_title", "a.txt",
                 id="no-title-datetime-only"),
    pytest.param("a.txt", with_header(" date").encode(), None, "bad_date", "a.txt",
                 id="bad-date-missing"),
    pytest.param("a.txt", with_header(f" date вчера {TITLE}").encode(), None, "bad_date", "a.txt",
                 id="bad-date-unreadable-vchera"),
    pytest.param("a.txt", with_header(f" date 2025-02-30 {TITLE}").encode(), None, "bad_date", "a.txt",
                 id="bad-date-2025-02-30"),
    pytest.param("a.txt", with_header(f" date 31.04.2025 {TITLE}").encode(), None, "bad_date", "a.txt",
                 id="bad-date-31.04.2025"),
    pytest.param("a.txt", with_header(f" date 2025-09-23 25:00 {TITLE}").encode(), None, "bad_date", "a.txt",
                 id="bad-date-time-25:00"),
    pytest.param("a.txt", with_header(f" date 2025-09-23T14:75 {TITLE}").encode(), None, "bad_date", "a.txt",
                 id="bad-date-minute-75"),
    pytest.param("a.txt", with_header(f" date 2025-09-23 14:05:99 {TITLE}").encode(), None, "bad_date",
                 "a.txt", id="bad-date-second-99"),
    pytest.param("a.txt", with_header(f" date 1799-12-31 {TITLE}").encode(), None, "bad_date", "a.txt",
                 id="bad-date-before-1800"),
    pytest.param("a.txt", with_header(f" date 2027-01-01 {TITLE}").encode(), None, "future_date", "a.txt",
                 id="future-date-2027-01-01"),
    pytest.param("a.txt", with_header(f" date 2026-11-28 {TITLE}").encode(), None, "future_date", "a.txt",
                 id="future-date-day-after-tomorrow"),
    pytest.param("a.txt", RANDOM_BINARY, None, "not_text", "a.txt", id="not-text-random-binary"),
    pytest.param("a.txt", PNG_HEADER, None, "not_text", "a.txt", id="not-text-png"),
    pytest.param("a.txt", b"\x89PNG\r\n\x1a\n", None, "not_text", "a.txt", id="not-text-png-signature-only"),
    pytest.param("a.txt", ARTICLE.encode("utf-16-le"), None, "not_text", "a.txt",
                 id="not-text-utf16-without-bom"),
    pytest.param("a.txt.gz", b"\x1f\x8b\x08\x00" + b"not really deflate data" * 4, None, "not_text",
                 "a.txt.gz", id="not-text-corrupt-gzip"),
    pytest.param("a.txt.gz", GZIPPED_ARTICLE[: len(GZIPPED_ARTICLE) // 2], None, "not_text", "a.txt.gz",
                 id="not-text-truncated-gzip"),
    pytest.param("a.txt.gz", ARTICLE.encode("utf-8"), None, "not_text", "a.txt.gz",
                 id="not-text-gz-name-but-plain-text"),
    pytest.param("a.jsonl.gz", b"\x1f\x8b\x08\x00garbage", None, "not_text", "a.jsonl.gz",
                 id="not-text-corrupt-jsonl.gz"),
    pytest.param("a.txt", f"{HEADER}\n".encode(), None, "no_body", "a.txt", id="no-body-header-only"),
    pytest.param("a.txt", f"{HEADER}\n\n   \n\t\n\n".encode(), None, "no_body", "a.txt",
                 id="no-body-blank-lines-only"),
    pytest.param("a.txt", ARTICLE.encode("utf-8"), 100, "too_large", "a.txt", id="too-large-txt"),
    pytest.param("a.txt.gz", GZIPPED_ARTICLE, 100, "too_large", "a.txt.gz", id="too-large-after-gunzip"),
    pytest.param("a.jsonl", json.dumps({"date": "2025-09-23", "title": TITLE, "text": BODY}).encode(),
                 100, "too_large", "a.jsonl#1", id="too-large-jsonl-record"),
    pytest.param("a.jsonl", b'{"date": "2025-09-23", "title": "x", "text": ', None, "bad_json", "a.jsonl#1",
                 id="bad-json-truncated-record"),
    pytest.param("a.jsonl", json.dumps(["2025-09-23", TITLE, BODY], ensure_ascii=False).encode(), None,
                 "bad_json", "a.jsonl#1", id="bad-json-array-not-object"),
    pytest.param("a.jsonl", b"date 2025-09-23 plain text line", None, "bad_json", "a.jsonl#1",
                 id="bad-json-plain-text-line"),
    pytest.param("a.jsonl", json.dumps({"date": "2025-09-23", "title": TITLE}, ensure_ascii=False).encode(),
                 None, "missing_field", "a.jsonl#1", id="missing-field-text"),
    pytest.param("a.jsonl", json.dumps({"date": "2025-09-23", "title": None, "text": BODY},
                                       ensure_ascii=False).encode(),
                 None, "missing_field", "a.jsonl#1", id="missing-field-title-null"),
    pytest.param("a.jsonl", json.dumps({"title": TITLE, "text": BODY}, ensure_ascii=False).encode(),
                 None, "missing_field", "a.jsonl#1", id="missing-field-date"),
    pytest.param("a.jsonl", json.dumps({"date": "2025-09-23", "title": "  ", "text": BODY}).encode(),
                 None, "no_title", "a.jsonl#1", id="jsonl-blank-title"),
    pytest.param("a.jsonl", json.dumps({"date": "2025-09-23", "title": TITLE, "text": " \n "},
                                       ensure_ascii=False).encode(),
                 None, "no_body", "a.jsonl#1", id="jsonl-blank-text"),
    pytest.param("a.jsonl", json.dumps({"date": "2025-02-30", "title": TITLE, "text": BODY},
                                       ensure_ascii=False).encode(),
                 None, "bad_date", "a.jsonl#1", id="jsonl-bad-date"),
    pytest.param("a.jsonl", json.dumps({"date": "2027-01-01", "title": TITLE, "text": BODY},
                                       ensure_ascii=False).encode(),
                 None, "future_date", "a.jsonl#1", id="jsonl-future-date"),
]


@pytest.mark.parametrize("rel_path, data, max_bytes, reason, source_path", REJECTS)
def test_reject(rel_path, data, max_bytes, reason, source_path):
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    reject = parse_one_reject(rel_path, data, **kwargs)

    assert reject.reason == reason, reject.message
    assert reject.reason in REJECT_REASONS
    assert reject.source_path == source_path
    assert_human_message(reject.message, reason)
    # Single-line inputs: the hash of the raw bytes as read from disk (compressed if .gz).
    assert re.fullmatch(r"[0-9a-f]{64}", reject.content_sha256)
    assert reject.content_sha256 == hashlib.sha256(data).hexdigest()


def test_every_reject_reason_parse_can_produce_is_covered():
    # duplicate / duplicate_id need more than one file, audit_failed the audit, extraction_failed an extractor: the
    # pipeline's, not parse's.
    covered = {p.values[3] for p in REJECTS if not p.marks}
    assert covered == set(REJECT_REASONS) - {"duplicate", "duplicate_id", "audit_failed", "extraction_failed"}


# --------------------------------------------------------------------------------------
# 5. Files that are not articles are skipped, not rejected
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "rel_path, data",
    [
        pytest.param("README.md", "# Сырые статьи\n\nОдна статья — один файл.\n".encode(), id="README.md"),
        pytest.param(".DS_Store", b"\x00\x00\x00\x01Bud1\x00\x00\x10\x00", id=".DS_Store"),
        pytest.param("2025/09/.DS_Store", b"\x00\x00\x00\x01Bud1", id="nested-.DS_Store"),
        pytest.param("notes.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", id="notes.pdf"),
        pytest.param(".txt", ARTICLE.encode(), id="file-named-just-.txt"),
        pytest.param("2025/.txt", ARTICLE.encode(), id="nested-file-named-just-.txt"),
        pytest.param("._a.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X", id="macos-resource-fork-._a.txt"),
        pytest.param("a.txt.bak", ARTICLE.encode(), id="backup-a.txt.bak"),
        pytest.param("archive.gz", gzip.compress(ARTICLE.encode()), id="archive.gz"),
        pytest.param("empty.md", b"", id="empty-non-article"),
    ],
)
def test_non_article_is_skipped(rel_path, data):
    assert parse(rel_path, data) == []


# --------------------------------------------------------------------------------------
# 6. Determinism and content hashes
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "rel_path, data",
    [
        pytest.param("a.txt", ARTICLE.encode("utf-8"), id="article"),
        pytest.param("a.txt.gz", GZIPPED_ARTICLE, id="gzip-article"),
        pytest.param("dump.jsonl", DUMP.encode("utf-8"), id="jsonl"),
        pytest.param("a.txt", with_header(f" date 2025-02-30 {TITLE}").encode(), id="reject"),
    ],
)
def test_parsing_is_deterministic(rel_path, data):
    assert parse(rel_path, data) == parse(rel_path, data)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(ARTICLE.encode("cp1251"), id="cp1251"),
        pytest.param(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), id="utf8-bom"),
        pytest.param(ARTICLE.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(ARTICLE.replace("\n", "\r").encode("cp1251"), id="cp1251-cr"),
        pytest.param(ARTICLE.replace(" date 2025-09-23 ", " date 23.09.2025 ").encode(), id="DD.MM.YYYY"),
        pytest.param(f"\n\n{HEADER}\n\n\n{LEAD}  \n\n\n{P2}\n\n{P3}".encode(), id="extra-blank-lines"),
    ],
)
def test_same_article_same_content_hash(data):
    utf8 = parse_one_article("a.txt", ARTICLE.encode("utf-8"))
    other = parse_one_article("b.txt", data)

    assert other.content_sha256 == utf8.content_sha256


def test_content_hash_changes_with_the_text():
    original = parse_one_article("a.txt", ARTICLE.encode())
    edited = parse_one_article("a.txt", ARTICLE.replace("Генеральной Ассамблеи", "Генассамблеи").encode())
    redated = parse_one_article("a.txt", ARTICLE.replace("2025-09-23", "2025-09-24").encode())

    assert len({original.content_sha256, edited.content_sha256, redated.content_sha256}) == 3
