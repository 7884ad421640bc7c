"""The published dataset: atomic versions, touched partitions rewritten, the rest hard-linked."""

from __future__ import annotations

import datetime as dt
import os

import duckdb
import pandas as pd

from pipelines.store import Dataset
from schemas.tables import TABLES, to_table

T0 = dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)


def art(article_id: str, date: dt.date, title: str = "Заголовок") -> dict:
    return {"article_id": article_id, "source_path": f"{article_id}.txt", "content_sha256": "a" * 64,
            "published_date": date, "title": title, "lead": "Лид.", "body": "Лид.", "headings": [],
            "url": None, "source": None, "repairs": [], "n_paragraphs": 1, "n_chars": 4, "n_sentences": 1,
            "n_tokens": 2,
            "story_id": article_id, "duplicate_of": None, "similarity": None,
            "ingested_at": T0, "run_id": "r", "year": date.year, "month": date.month}


def mention(article_id: str, date: dt.date) -> dict:
    return {"mention_id": (article_id * 16)[:16], "article_id": article_id, "field": "body", "start": 0,
            "stop": 3, "sentence_index": 0, "text": "Лид", "type": "LOC", "normal": "Лид", "entity_id": "0123456789abcdef",
            "entity_name": "Лид",
            "date_value": None, "date_precision": None, "year": date.year, "month": date.month}


SEP, JAN = dt.date(2025, 9, 23), dt.date(2016, 1, 5)


def publish(ds: Dataset, run_id: str, arts: list[dict], drop=frozenset()):
    new = {"articles": to_table("articles", arts),
           "mentions": to_table("mentions", [mention(a["article_id"], a["published_date"]) for a in arts])}
    return ds.publish(run_id, new, set(drop), {"rejects": to_table("rejects", [])})


def files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.parquet"))


def test_first_publish_lays_out_hive_partitions_and_table_links(tmp_path):
    ds = Dataset(tmp_path)
    version = publish(ds, "r1", [art("a", SEP), art("b", JAN)])
    assert files(version) == [
        "articles/year=2016/month=01/part-0.parquet", "articles/year=2025/month=09/part-0.parquet",
        "entities/part-0.parquet", "events/part-0.parquet",
        "mentions/year=2016/month=01/part-0.parquet", "mentions/year=2025/month=09/part-0.parquet",
        "quotes/part-0.parquet", "rejects/part-0.parquet"]
    assert all(os.path.islink(tmp_path / name) for name in TABLES)
    df = pd.read_parquet(tmp_path / "articles")
    assert sorted(df["article_id"]) == ["a", "b"]
    rows = duckdb.sql(f"select article_id, year, month from read_parquet('{tmp_path}/mentions/**/*.parquet', "
                      "hive_partitioning=true) order by article_id").fetchall()
    assert rows == [("a", 2025, "09"), ("b", 2016, "01")]
    assert pd.read_parquet(tmp_path / "quotes").empty


def test_republish_rewrites_touched_partitions_and_links_the_rest(tmp_path):
    ds = Dataset(tmp_path)
    v1 = publish(ds, "r1", [art("a", SEP), art("b", JAN)])
    v2 = publish(ds, "r2", [art("a", SEP, title="Новый заголовок")], drop={"a"})
    untouched = "articles/year=2016/month=01/part-0.parquet"
    assert os.stat(v1 / untouched).st_ino == os.stat(v2 / untouched).st_ino
    touched = "articles/year=2025/month=09/part-0.parquet"
    assert os.stat(v1 / touched).st_ino != os.stat(v2 / touched).st_ino
    articles = ds.read("articles").to_pandas().set_index("article_id")
    assert articles.loc["a", "title"] == "Новый заголовок"
    assert len(articles) == 2 and ds.read("mentions").num_rows == 2


def test_article_moving_to_another_month_leaves_its_old_partition(tmp_path):
    ds = Dataset(tmp_path)
    publish(ds, "r1", [art("a", SEP), art("b", SEP)])
    v2 = publish(ds, "r2", [art("a", JAN)], drop={"a"})
    months = ds.read("mentions").select(["article_id", "month"]).to_pylist()
    assert sorted((r["article_id"], r["month"]) for r in months) == [("a", 1), ("b", 9)]
    assert "mentions/year=2016/month=01/part-0.parquet" in files(v2)


def test_current_is_swapped_and_only_one_previous_version_is_kept(tmp_path):
    ds = Dataset(tmp_path)
    v1 = publish(ds, "r1", [art("a", SEP)])
    v2 = publish(ds, "r2", [art("b", SEP)])
    v3 = publish(ds, "r3", [art("c", SEP)])
    assert ds.current == v3
    assert sorted(p.name for p in (tmp_path / "_versions").iterdir()) == [v2.name, v3.name]
    assert not v1.exists()
    assert not any((tmp_path / "_staging").iterdir())


def test_staging_left_by_a_killed_run_is_cleaned(tmp_path):
    ds = Dataset(tmp_path)
    publish(ds, "r1", [art("a", SEP)])
    (tmp_path / "_staging" / "killed-run" / "snapshot" / "articles").mkdir(parents=True)
    with ds.lock():
        assert ds.clean_staging() == ["killed-run"]
    assert ds.read("articles").num_rows == 1


def test_published_files_are_zstd_with_dictionary_columns(tmp_path):
    import pyarrow.parquet as pq

    version = publish(Dataset(tmp_path), "r1", [art("a", SEP)])
    f = pq.ParquetFile(version / "mentions/year=2025/month=09/part-0.parquet")
    assert f.metadata.row_group(0).column(0).compression == "ZSTD"
    assert str(f.schema_arrow.field("type").type).startswith("dictionary")
