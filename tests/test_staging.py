"""A run's rows staged on disk a chunk at a time, then audited in parts and published a
partition at a time (pipelines/staging.py, pipelines/audit.py, pipelines/store.py)."""

from __future__ import annotations

import hashlib

import pytest

from pipelines.audit import audit_parts
from pipelines.staging import StagedRows
from pipelines.store import Dataset
from schemas.tables import to_table
from tests.test_store import JAN, SEP, art, mention

#  chunk 0: articles a (2025-09) and b (2016-01)     chunk 1: article c (2025-09)
CHUNKS = [[art("a", SEP), art("b", JAN)], [art("c", SEP)]]


def chunk_tables(arts: list[dict]) -> dict:
    return {"articles": to_table("articles", arts),
            "mentions": to_table("mentions", [mention(a["article_id"], a["published_date"]) for a in arts])}


def staged(tmp_path, chunks=CHUNKS) -> StagedRows:
    rows = StagedRows(tmp_path / "rows")
    for seq, arts in enumerate(chunks):
        assert rows.write_chunk(seq, chunk_tables(arts)) == {"articles": len(arts), "mentions": len(arts),
                                                              "quotes": 0, "events": 0}
    return rows


def test_a_partition_reads_its_rows_from_every_chunk(tmp_path):
    mentions = staged(tmp_path).table("mentions")
    assert mentions.partitions() == {(2025, 9), (2016, 1)}
    assert mentions.read(2025, 9).column("article_id").to_pylist() == ["a", "c"]
    assert mentions.read(2016, 1).column("article_id").to_pylist() == ["b"]
    assert mentions.read(2020, 1).num_rows == 0


def test_parts_hold_whole_chunks_up_to_the_row_limit(tmp_path):
    rows = staged(tmp_path)
    def ids(max_rows):  # a chunk's rows come a partition after another: b (2016-01) before a (2025-09)
        return [p["articles"].column("article_id").to_pylist() for p in rows.parts(max_rows)]

    assert ids(max_rows=2) == [["b", "a"], ["c"]]
    assert ids(max_rows=3) == [["b", "a", "c"]]
    assert [p["quotes"].num_rows for p in rows.parts(max_rows=1)] == [0, 0]  # a chunk is never split


def test_publishing_staged_rows_writes_the_files_publishing_them_from_memory_does(tmp_path):
    def publish(root, new):
        version = Dataset(root).publish("r1", new, set(), {"rejects": to_table("rejects", [])})
        return {p.relative_to(version).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(version.rglob("*.parquet"))}

    rows = staged(tmp_path)
    from_disk = publish(tmp_path / "a", {name: rows.table(name) for name in ("articles", "mentions")})
    from_memory = publish(tmp_path / "b", chunk_tables(CHUNKS[0] + CHUNKS[1]))
    assert from_disk == from_memory and "mentions/year=2025/month=09/part-0.parquet" in from_disk


def test_an_audit_in_parts_adds_up_failures_and_sees_keys_repeated_across_parts(tmp_path):
    bad = {**mention("c", SEP), "type": "PERSON"}
    twice = {**mention("d", SEP), "mention_id": "aaaaaaaaaaaaaaaa"}  # the key of a's mention, in another part
    rows = StagedRows(tmp_path / "rows")
    rows.write_chunk(0, chunk_tables([art("a", SEP)]))
    rows.write_chunk(1, {"articles": to_table("articles", [art("c", SEP), art("d", SEP)]),
                         "mentions": to_table("mentions", [bad, twice])})
    result = audit_parts(rows.parts(max_rows=1), {"rejects": to_table("rejects", [])}, frame_rows=1)
    in_set = next(r for r in result["gx"]["mentions"]
                  if r["check"] == "expect_column_values_to_be_in_set" and r["column"] == "type")
    assert (in_set["success"], in_set["unexpected_count"], in_set["examples"]) == (False, 1, ["PERSON"])
    unique = next(r for r in result["gx"]["mentions"] if r["check"] == "expect_column_values_to_be_unique")
    assert unique["success"]  # GX sees one part at a time …
    keys = next(c for c in result["checks"] if c["check"] == "keys_unique")
    assert not keys["success"] and keys["examples"] == [{"table": "mentions", "mention_id": "aaaaaaaaaaaaaaaa"}]
    assert not result["success"]



@pytest.mark.slow  # starts the audit process
def test_the_audit_process_gives_the_audit_of_this_process(tmp_path, audit_process):
    from pipelines.audit import gx_staged

    rows, shared = staged(tmp_path), {"rejects": to_table("rejects", [])}
    assert audit_process.submit(str(rows.root), shared).result() == gx_staged(str(rows.root), shared)


def test_small_parts_are_validated_together_up_to_the_frame_size(tmp_path):
    rows = StagedRows(tmp_path / "rows")
    for seq, article_id in enumerate("abc"):  # three chunks of one article each
        rows.write_chunk(seq, {"articles": to_table("articles", [{**art(article_id, SEP), "n_sentences": 2}])})
    docs = tmp_path / "docs"
    result = audit_parts(rows.parts(max_rows=1), {"rejects": to_table("rejects", [])}, docs, frame_rows=2)
    assert result["success"]
    frames = list((docs / "validations" / "letopis" / "articles").rglob("*.html"))
    assert len(frames) == 2  # «a» and «b» in one frame, «c» in the next


def test_the_cross_table_checks_keep_only_the_keys_of_the_parts_they_saw(tmp_path):
    import pyarrow as pa

    from schemas.checks import CheckRun

    long_read = "Лид." + " Абзац." * 50_000  # 350,000 characters beside a 16-character key
    rows = StagedRows(tmp_path / "rows")
    rows.write_chunk(0, {"articles": to_table("articles", [{**art("a", SEP), "body": long_read}])})
    checks, before = CheckRun({}), pa.total_allocated_bytes()
    for part in rows.parts(max_rows=50_000):
        checks.add(part)
    del part
    # a part read from disk is one buffer per chunk: a slice of its keys would keep the body's 650 KB
    assert pa.total_allocated_bytes() - before < 10_000
    assert [r["check"] for r in checks.results() if not r["success"]] == []  # and still sees the key
