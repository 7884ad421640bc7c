"""transforms.decode: raw bytes → text (decode_text, gunzip) and text clean-up (normalize_text)."""

from __future__ import annotations

import codecs
import gzip
import random

import pytest

from schemas.tables import REJECT_REASONS
from transforms.decode import decode_text, gunzip, normalize_text
from transforms.rejects import Rejected

# Typographic Russian news text: «», —, № and ё exist in cp1251 and UTF-8/16.
NEWS = (
    "Президент Казахстана Касым-Жомарт Токаев встретился с Владимиром Зеленским.\n"
    "«Нужно продолжить дипломатическую работу», — говорится в сообщении № 12 от 23 сентября. "
    "Её опубликовала пресс-служба Акорды."
)
# koi8-r has no «», — or №: old koi8-r archives use typewriter quotes and hyphens.
NEWS_KOI8 = (
    "Президент Казахстана Касым-Жомарт Токаев встретился с Владимиром Зеленским.\n"
    '"Нужно продолжить дипломатическую работу", - говорится в сообщении N 12 от 23 сентября. '
    "Её опубликовала пресс-служба Акорды."
)
HEADLINE = "Токаев на встрече с Зеленским высказался о решении конфликта на Украине"


# --------------------------------------------------------------------------------------
# decode_text
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "data, text",
    [
        pytest.param(NEWS.encode("utf-8"), NEWS, id="utf8"),
        pytest.param(codecs.BOM_UTF8 + NEWS.encode("utf-8"), NEWS, id="utf8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + NEWS.encode("utf-16-le"), NEWS, id="utf16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be"), NEWS, id="utf16-be-bom"),
        pytest.param(NEWS.encode("cp1251"), NEWS, id="cp1251"),
        pytest.param(NEWS.replace("\n", "\r\n").encode("cp1251"), NEWS.replace("\n", "\r\n"), id="cp1251-crlf"),
        pytest.param(NEWS_KOI8.encode("koi8_r"), NEWS_KOI8, id="koi8-r"),
        pytest.param(HEADLINE.encode("cp1251"), HEADLINE, id="cp1251-headline"),
        pytest.param(HEADLINE.encode("koi8_r"), HEADLINE, id="koi8-r-headline"),
        pytest.param(b"date 2025-09-23 ASCII only", "date 2025-09-23 ASCII only", id="ascii"),
        pytest.param(b"", "", id="empty"),
    ],
)
def test_decode_text(data, text):
    assert decode_text(data) == text


RANDOM_BINARY = random.Random(7).randbytes(1024) + b"\x00"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(RANDOM_BINARY, id="random-binary-with-nul"),
        pytest.param(bytes(range(1, 9)) * 64, id="control-bytes-without-nul"),
        pytest.param(PNG_HEADER, id="png-header"),
        pytest.param(b"\x89PNG\r\n\x1a\n", id="png-signature-only"),
        pytest.param(NEWS.encode("utf-16-le"), id="utf16-without-bom"),
        pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8", id="broken-utf16-with-bom"),
        pytest.param(gzip.compress(NEWS.encode("utf-8")), id="gzip-bytes"),
        pytest.param("Le café est très bon, à bientôt.".encode("latin-1"), id="latin-1-french"),
    ],
)
def test_decode_text_rejects_binary(data):
    with pytest.raises(Rejected) as info:
        decode_text(data)

    assert info.value.reason == "not_text"
    assert info.value.reason in REJECT_REASONS
    assert info.value.message.strip()


def test_decode_text_picks_the_right_legacy_codec_not_the_other():
    # The same bytes read as the other codec swap upper and lower case: must not happen.
    assert decode_text(NEWS.encode("cp1251")) != NEWS.encode("cp1251").decode("koi8_r")
    assert decode_text(NEWS_KOI8.encode("koi8_r")) != NEWS_KOI8.encode("koi8_r").decode("cp1251")


# --------------------------------------------------------------------------------------
# normalize_text
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, normalized",
    [
        pytest.param("Токаев\r\nЗеленский\r\n", "Токаев\nЗеленский\n", id="crlf"),
        pytest.param("Токаев\rЗеленский\r", "Токаев\nЗеленский\n", id="cr-only"),
        pytest.param("Абзац один.\r\n\r\nАбзац два.", "Абзац один.\n\nАбзац два.", id="crlf-blank-line"),
        pytest.param("Касым-Жомарт\u00a0Токаев\u00a0— президент", "Касым-Жомарт Токаев — президент",
                     id="nbsp"),
        pytest.param("4,3\u202fмлрд и 1\u2009000 человек", "4,3 млрд и 1 000 человек",
                     id="narrow-and-thin-spaces"),
        pytest.param("пере\u00adговоры", "переговоры", id="soft-hyphen"),
        pytest.param("Зелен\u200bский\ufeff", "Зеленский", id="zero-width-space-and-bom"),
        pytest.param("Казахстанский лидер и\u0306 ", "Казахстанский лидер й ", id="nfc-i-breve"),
        pytest.param("Токаев высказался о решении конфликта — и\u0306", "Токаев высказался о решении конфликта — й",
                     id="nfc-i-breve-at-end"),
        pytest.param("сотрудничество, включая интерес казахстанскои\u0306 стороны",
                     "сотрудничество, включая интерес казахстанской стороны", id="nfc-i-breve-in-word"),
        pytest.param("е\u0308лка", "ёлка", id="nfc-yo"),
        pytest.param("Президент Казахстана.", "Президент Казахстана.", id="already-clean"),
    ],
)
def test_normalize_text(raw, normalized):
    assert normalize_text(raw) == normalized
    assert normalize_text(normalized) == normalized  # idempotent


def test_normalize_text_composes_short_i():
    decomposed = "и\u0306"  # и + COMBINING BREVE
    assert len(decomposed) == 2
    assert normalize_text(decomposed) == "й" == "\u0439"


# --------------------------------------------------------------------------------------
# gunzip
# --------------------------------------------------------------------------------------

def test_gunzip_round_trip():
    data = NEWS.encode("utf-8")
    assert gunzip(gzip.compress(data), limit=len(data)) == data


@pytest.mark.parametrize(
    "data, limit, reason",
    [
        pytest.param(gzip.compress(b"x" * 10_000), 1_000, "too_large", id="over-the-limit-gzip-bomb"),
        pytest.param(b"\x1f\x8b\x08\x00garbage", 1_000, "not_text", id="corrupt"),
        pytest.param(gzip.compress(NEWS.encode())[:20], 10_000, "not_text", id="truncated"),
        pytest.param(NEWS.encode(), 10_000, "not_text", id="not-gzip-at-all"),
    ],
)
def test_gunzip_rejects(data, limit, reason):
    with pytest.raises(Rejected) as info:
        gunzip(data, limit)
    assert info.value.reason == reason
    assert info.value.reason in REJECT_REASONS
