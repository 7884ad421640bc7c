"""Stories: near-copies grouped (transforms/stories.py), and across runs (pipelines/stories.py)."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import FACTRU, SAMPLE, TODAY, sample_raw
from transforms.parse import parse_file
from transforms.stories import Story, assign_stories, signature, story_text

SEP22, SEP23, SEP25 = dt.date(2025, 9, 22), dt.date(2025, 9, 23), dt.date(2025, 9, 25)
BODY = parse_file(SAMPLE.name, SAMPLE.read_bytes(), today=TODAY)[0].body
FOOTER = ("Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости дня: "
          "политика, экономика, происшествия, спорт и культура. Все права защищены, при перепечатке "
          "материалов ссылка на источник обязательна. Мнение редакции может не совпадать с мнением "
          "авторов публикаций, редакция не несет ответственности за содержание комментариев читателей.")


def stories_of(*articles: tuple[str, dt.date, str]) -> dict[str, Story]:
    return assign_stories([(a, d, signature(body)) for a, d, body in articles])


def test_a_reprint_with_an_attribution_and_restyled_quotes_joins_the_earlier_article():
    reprint = (BODY.replace("«", '"').replace("»", '"').replace("ё", "е")
               + "\n\nОб этом сообщает РИА Новости со ссылкой на пресс-службу Акорды.")
    stories = stories_of(("original", SEP23, BODY), ("reprint", SEP25, reprint))
    assert stories["original"] == Story("original", None, None)
    assert stories["reprint"].story_id == stories["reprint"].duplicate_of == "original"
    assert 0.9 < stories["reprint"].similarity < 1


def test_the_story_is_its_earliest_article_whatever_order_the_articles_come_in():
    paragraphs = BODY.split("\n\n")
    update = "\n\n".join(paragraphs[:-1])  # the first version, one paragraph shorter
    articles = [("b-later", SEP25, BODY), ("a-first", SEP22, update), ("c-copy", SEP25, BODY)]
    for seed in range(3):
        random.Random(seed).shuffle(articles)
        stories = stories_of(*articles)
        assert {s.story_id for s in stories.values()} == {"a-first"}
        assert stories["a-first"].duplicate_of is None
        assert stories["c-copy"].duplicate_of == "b-later"  # the more similar of the two earlier ones
        assert stories["c-copy"].similarity == 1.0


def test_many_reprints_of_one_text_all_copy_the_earliest():
    sig = signature(BODY)
    items = [(f"site-{i:03d}", SEP23 + dt.timedelta(days=i % 3), sig) for i in range(300)]
    stories = assign_stories(items)
    assert {s.story_id for s in stories.values()} == {"site-000"}
    assert stories["site-000"].duplicate_of is None
    assert {s.duplicate_of for a, s in stories.items() if a != "site-000"} == {"site-000"}
    assert {s.similarity for a, s in stories.items() if a != "site-000"} == {1.0}


def test_short_notes_that_differ_in_a_figure_are_never_copies():
    # Курс доллара на 12 марта составил 91,5 рубля.
    # Курс доллара на 12 марта составил 92,1 рубля.      → two stories: too short to copy anything
    notes = [(f"note-{i}", SEP23, f"Официальный курс доллара на 24 сентября составил {x} рубля, "
                                  f"евро — {y} рубля, сообщил Центробанк.")
             for i, (x, y) in enumerate([("83,5", "97,9"), ("83,5", "98,1")])]
    assert signature(notes[0][2]) is None
    assert [s.story_id for s in stories_of(*notes).values()] == ["note-0", "note-1"]


def test_articles_that_share_only_a_footer_stay_apart_and_a_reprint_with_it_matches():
    other = parse_file("b.txt", (FACTRU / "book_100.txt").read_bytes(), today=TODAY)[0].body
    stories = stories_of(("sample", SEP22, BODY + "\n\n" + FOOTER), ("other", SEP23, other + "\n\n" + FOOTER),
                         ("bare", SEP25, BODY))
    assert stories["other"].story_id == "other"
    assert stories["bare"].story_id == "sample"


def test_only_closing_paragraphs_with_a_footer_cue_are_left_out():
    news = "О сбоях в работе сервиса сообщили в Telegram-канале ведомства."
    assert story_text(f"{news}\n\n{FOOTER}") == news
    assert story_text(f"{news}\n\n{news}") == f"{news}\n\n{news}"  # «в Telegram» closing news is news
    assert story_text(f"{FOOTER}\n\n{news}") == f"{FOOTER}\n\n{news}"  # a cue mid-article is news
    assert story_text(FOOTER) == FOOTER  # nothing but a footer: kept, never emptied


# -- across runs ---------------------------------------------------------------------------------

def _copy(src: Path, dst: Path, date: str, title: str, extra: str) -> None:
    header, rest = src.read_text(encoding="utf-8").split("\n", 1)
    dst.write_text(f" date {date} {title}\n{rest.rstrip()}\n\n{extra}\n", encoding="utf-8")


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_api")
def test_an_incremental_run_in_two_halves_equals_a_full_refresh(tmp_path):
    from pipelines.flow import letopis_flow

    raw = sample_raw(tmp_path)
    _copy(raw / "factru" / "book_100.txt", raw / "factru" / "reprint_100.txt", "2016-03-03",
          "Акция протеста у мэрии", "Об этом сообщает РИА Новости.")
    later = tmp_path / "later"
    later.mkdir()
    # an earlier version arriving in the second half: the published articles' story changes
    _copy(raw / "factru" / "book_100.txt", later / "early_100.txt", "2016-02-01", "Первая версия", "Источник: ТАСС")
    _copy(SAMPLE, later / "reprint_sample.txt", "2025-09-24", "Перепечатка", "Источник: Tengrinews")

    halves = tmp_path / "halves"
    letopis_flow(raw=str(raw), out=str(halves), today=TODAY)
    for p in later.iterdir():
        shutil.copy(p, raw / "factru" / p.name)
    letopis_flow(raw=str(raw), out=str(halves), today=TODAY)
    whole = tmp_path / "whole"
    letopis_flow(raw=str(raw), out=str(whole), today=TODAY, full_refresh=True)

    for table in ("articles", "mentions", "quotes", "events", "entities"):
        a, b = (pd.read_parquet(out / table) for out in (halves, whole))
        a, b = (x.drop(columns=["run_id", "ingested_at"], errors="ignore") for x in (a, b))
        key = [c for c in ("article_id", "mention_id", "quote_id", "event_id", "entity_id") if c in a][-1]
        a, b = (x.sort_values(key).reset_index(drop=True) for x in (a, b))
        pd.testing.assert_frame_equal(a, b, check_categorical=False, obj=table)

    stories = pd.read_parquet(halves / "articles").set_index("article_id")[["story_id", "duplicate_of"]]
    assert stories.loc["factru/book_100"].tolist() == ["factru/early_100", "factru/early_100"]
    assert stories.loc["factru/reprint_100", "story_id"] == "factru/early_100"
    assert stories.loc["factru/reprint_sample"].tolist() == ["000_a79a80be541b1d91"] * 2
    assert stories.loc["factru/book_58", "story_id"] == "factru/book_58"
    assert pd.isna(stories.loc["factru/book_58", "duplicate_of"])


# -- the published archive, without Prefect: pipelines.stories' tasks as plain functions ---------

def test_a_new_earlier_copy_moves_published_articles_and_only_their_columns(tmp_path):
    """A dataset published with no signature file (before stories existed) is signed from its
    bodies; an earlier copy arriving later becomes the story's first, and the published articles
    of that story are patched in place: story columns only, the other rows untouched."""
    from pipelines.staging import StagedRows
    from pipelines.signatures import SIGNATURES_FILE, stage_signatures
    from pipelines.stories import assign, sign_articles
    from pipelines.store import Dataset
    from schemas.tables import to_table
    from tests.test_store import art

    def article(article_id, date, body):
        return {**art(article_id, date), "body": body, "lead": body.split("\n\n")[0]}

    other = parse_file("b.txt", (FACTRU / "book_100.txt").read_bytes(), today=TODAY)[0].body
    out = tmp_path / "out"
    ds = Dataset(out)
    ds.publish("r1", {"articles": to_table("articles", [article("sample", SEP23, BODY),
                                                         article("other", SEP22, other)])},
               set(), {"rejects": to_table("rejects", [])})
    assert not (ds.current / SIGNATURES_FILE).exists()

    staging = tmp_path / "rows"
    early = to_table("articles", [article("early", dt.date(2025, 8, 30), BODY + "\n\nИсточник: Tengrinews")])
    StagedRows(staging).write_chunk(0, {"articles": early})
    stage_signatures(str(staging), 0, early)
    stories = assign.fn(str(out), str(staging), sign_articles.fn(str(staging)), True, set())
    assert stories.counts() == {"articles": 3, "stories": 2, "restoried": 1}
    assert stories.patch.to_pylist() == [
        {"article_id": "sample", "story_id": "early", "duplicate_of": "early",
         "similarity": stories.patch.column("similarity")[0].as_py()}]
    staged = StagedRows(staging).table("articles").read(2025, 8).to_pylist()[0]
    assert (staged["story_id"], staged["duplicate_of"], staged["similarity"]) == ("early", None, None)

    version = ds.publish("r2", {"articles": StagedRows(staging).table("articles")}, set(),
                         {"rejects": to_table("rejects", [])}, patches={"articles": stories.patch},
                         caches={SIGNATURES_FILE: stories.signatures})
    published = {a["article_id"]: a for a in ds.read("articles").to_pylist()}
    assert (published["sample"]["story_id"], published["sample"]["duplicate_of"]) == ("early", "early")
    assert published["sample"]["body"] == BODY and published["sample"]["title"] == "Заголовок"
    assert (published["other"]["story_id"], published["other"]["duplicate_of"]) == ("other", None)
    assert (version / SIGNATURES_FILE).exists()
