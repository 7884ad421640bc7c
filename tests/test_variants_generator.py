"""The spelling-variant generator of benchmarks/variants.py: examples, properties, whole articles."""

from __future__ import annotations

import datetime as dt
import html
import random
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from benchmarks.variants import CLASSES, NAME_CLASSES, names, variant_article, variant_of, write_corpus
from transforms.parse import ParsedArticle, parse_file

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
ARTICLES = sorted(p for p in RAW.rglob("*.txt"))
PARAGRAPHS = [p for f in ARTICLES for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
TODAY = dt.date(2026, 11, 26)

# (class, real sentence, its variant under random.Random(1))
EXAMPLES = [
    ("html_entities", "«Сейчас ключевая задача — достижение мира», — говорится в сообщении.",
     "&laquoСейчас ключевая задача — достижение мира», &#8212; говорится в сооб&shy;щении."),
    ("html_tags", "Токаев поддержал продолжение урегулирования. Зеленский подтвердил встречу с Токаевым.",
     'Токаев поддержал <a href="https://www.example.ru/tags/7994/">продолжение урегулирования</a>.<br>'
     "Зеленский подтвердил встречу с Токаевым."),
    ("latin_lookalikes", "Пресс-служба Google сообщила о встрече Токаева с Зеленским.",
     "Пресс-служба Googlе сообщила о встpeче Tокаeвa с Зеленским."),  # Latin р е Т е а; Cyrillic е in Google
    ("quote_styles", "Акции НК «Роснефть» выросли, сообщила «Газета.ru».",
     "Акции НК ‹Роснефть› выросли, сообщила ‹Газета.ru›."),
    ("spaced_hyphens", "Президент Касым-Жомарт Токаев обсудил торгово-экономическое сотрудничество.",
     "Президент Касым – Жомарт Токаев обсудил торгово-экономическое сотрудничество."),
    ("dash_styles", "Сарым заявил, что Казахстан — переговорная площадка.",
     "Сарым заявил, что Казахстан - переговорная площадка."),
    ("apostrophes", "Билл О’Рейли купил картину на аукционе Christie’s.",
     "Билл О'Рейли купил картину на аукционе Christie’s."),
    ("zero_width_soft_hyphen", "Президент Казахстана встретился с Зеленским.",
     "Президент Казахстана встретился с Зеленски\u2060м."),
    ("yo", "Участникам предложили принести лист чёрного цвета.",
     "Участникам предложили принести лист черного цвета."),
    ("upper_headline", "Токаев на встрече с Зеленским высказался о решении конфликта",
     "ТОКАЕВ НА ВСТРЕЧЕ С ЗЕЛЕНСКИМ ВЫСКАЗАЛСЯ О РЕШЕНИИ КОНФЛИКТА"),
    ("whitespace", "Президент Казахстана Касым-Жомарт Токаев провел встречу в Нью-Йорке.",
     "Президент Казахстана Касым-Жомарт Токаев провел встречу в  Нью-Йорке."),
    ("hard_wrap", "Президент Казахстана Касым-Жомарт Токаев провел встречу с украинским коллегой "
     "Владимиром Зеленским на полях Генеральной Ассамблеи ООН.",
     "Президент Казахстана Касым-Жомарт Токаев провел встречу с\nукраинским коллегой Владимиром "
     "Зеленским на полях Генеральной\nАссамблеи ООН."),
]

_LOOKALIKES = str.maketrans("aeopcyxABEKMHOPCTX", "аеорсухАВЕКМНОРСТХ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"))
# What each class may change: both texts map to the same canonical form.
CANON = {
    "html_entities": lambda s: html.unescape(s).replace("\xa0", " ").replace("\xad", ""),
    "html_tags": lambda s: re.sub(r"<[^>]+>", "", re.sub(r" ?<br ?/?>", " ", s)),
    "latin_lookalikes": lambda s: s.translate(_LOOKALIKES),
    "quote_styles": lambda s: re.sub("[«»„“”\"'‹›]", "", s),
    "apostrophes": lambda s: re.sub("['’ʼ`´]", "'", s),
    "spaced_hyphens": lambda s: re.sub(r"\s*[-‐‑–—]\s*", "-", s),
    "dash_styles": lambda s: re.sub(r"\s*(?:--|[-–—])\s*", "-", s),
    "zero_width_soft_hyphen": lambda s: s.translate(_INVISIBLE),
    "yo": lambda s: s.replace("ё", "е").replace("Ё", "Е"),
    "upper_headline": str.upper,
    "whitespace": lambda s: " ".join(s.split()),
    "hard_wrap": lambda s: " ".join(s.split()),
}


def name_key(name: str) -> str:
    """A reference key that ignores what NAME_CLASSES vary (the pipeline's own key may do more)."""
    s = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е")
    s = re.sub(r"\s*[-‐‑–—]\s*", "-", re.sub("[«»„“”\"'‹›]", "", s))
    return " ".join(s.split())


def test_every_class_has_an_example_and_a_canonical_form():
    assert {c for c, _, _ in EXAMPLES} == set(CLASSES) == set(CANON)


@pytest.mark.parametrize(("cls", "before", "after"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example(cls, before, after):
    assert CLASSES[cls](before, random.Random(1)) == after


@pytest.mark.parametrize(("cls", "before"), [e[:2] for e in EXAMPLES], ids=[e[0] for e in EXAMPLES])
def test_always_changes_an_eligible_text_and_is_deterministic(cls, before):
    for seed in range(20):
        out = CLASSES[cls](before, random.Random(seed))
        assert out != before
        assert out == CLASSES[cls](before, random.Random(seed))


@pytest.mark.parametrize("cls", sorted(CLASSES))
@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=3).map("\n\n".join), seed=st.integers(0, 10**6))
def test_only_what_the_class_varies_changes(cls, text, seed):
    out = CLASSES[cls](text, random.Random(seed))
    assert CANON[cls](out) == CANON[cls](text)
    assert out.count("\n\n") == text.count("\n\n")  # paragraphs stay paragraphs
    if cls != "hard_wrap":
        assert out.count("\n") == text.count("\n")


@settings(max_examples=60, deadline=None)
@given(text=st.sampled_from(PARAGRAPHS), seed=st.integers(0, 10**6))
def test_lookalikes_swap_letters_only(text, seed):
    out = CLASSES["latin_lookalikes"](text, random.Random(seed))
    assert len(out) == len(text)
    changed = {(a, b) for a, b in zip(text, out) if a != b}
    assert changed and all(a.isalpha() and b.isalpha() and a.translate(_LOOKALIKES) == b.translate(_LOOKALIKES)
                           for a, b in changed)


def test_html_entities_include_the_broken_scraper_forms():
    outs = "".join(CLASSES["html_entities"](p, random.Random(s)) for p in PARAGRAPHS[:20] for s in range(5))
    for form in ["&laquo;", "&raquo;", "&#171;", "&mdash;", "&#8212;", "&#x2014;", "&nbsp;", "&shy;"]:
        assert form in outs, form
    assert re.search(r"&[lr]aquo(?!;)", outs)


@pytest.mark.parametrize("classes", [[c] for c in CLASSES] + [list(CLASSES)], ids=[*CLASSES, "mixed"])
@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_variant_article_still_parses_with_the_same_date_and_paragraphs(classes, path):
    raw = path.read_text(encoding="utf-8")
    [original] = parse_file(path.name, raw.encode(), today=TODAY)
    for seed in range(3):
        out = variant_article(raw, classes, random.Random(seed))
        assert out.split(None, 2)[:2] == raw.split(None, 2)[:2]  # `date` and its token as they were
        [parsed] = parse_file(path.name, out.encode(), today=TODAY)
        assert isinstance(parsed, ParsedArticle), parsed
        assert parsed.published_date == original.published_date
        assert len(parsed.paragraphs) == len(original.paragraphs)


def test_variant_article_rejects_unknown_classes():
    with pytest.raises(ValueError, match="unknown"):
        variant_article(ARTICLES[0].read_text(encoding="utf-8"), ["nope"], random.Random(0))


def test_write_corpus(tmp_path):
    (tmp_path / "src" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "README.md").write_text("# not an article\n", encoding="utf-8")
    for path in ARTICLES[:2]:
        (tmp_path / "src" / "sub" / path.name).write_bytes(path.read_bytes())
    counts = write_corpus(tmp_path / "src", tmp_path / "out", seed=3)
    assert counts == {**dict.fromkeys(CLASSES, 2), "mixed": 2}
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert written == sorted(f"{c}/sub/{p.name}" for c in counts for p in ARTICLES[:2])
    again = write_corpus(tmp_path / "src", tmp_path / "again", seed=3)
    assert again == counts
    assert all((tmp_path / "out" / w).read_bytes() == (tmp_path / "again" / w).read_bytes() for w in written)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_name_variants_keep_the_name_key(data):
    name = data.draw(names())
    variant = data.draw(variant_of(name))
    assert name_key(variant) == name_key(name)


@pytest.mark.parametrize("cls", sorted(NAME_CLASSES))
def test_each_name_class_changes_a_name(cls):
    name = "ПАО «Сбербанк» и Пётр Касым-Жомарт"
    assert all(NAME_CLASSES[cls](name, random.Random(s)) != name for s in range(10))
