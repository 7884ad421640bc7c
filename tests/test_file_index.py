"""The file index: a run reads only the raw files that changed (pipelines/file_index.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import pipelines.inputs as inputs_module
from pipelines import file_index
from tests.test_flow import mixed_raw, published_files, run  # noqa: F401  (mixed_raw is a fixture)

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_api")]


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The raw files the flow parses, in order."""
    seen: list[str] = []
    real = inputs_module.parse_file

    def counting(rel, data, **kwargs):
        seen.append(rel)
        return real(rel, data, **kwargs)

    monkeypatch.setattr(inputs_module, "parse_file", counting)
    return seen


def index_of(out: Path) -> pd.DataFrame:
    return pq.read_table((out / "_current").resolve() / file_index.INDEX_FILE).to_pandas()


def test_a_rerun_reads_only_files_with_rejects_and_a_changed_file_again(mixed_raw, tmp_path, reads):
    out = tmp_path / "out"
    run(mixed_raw, out)
    assert len(reads) == 8
    # the sample's copy is a duplicate, the JSON Lines file has a line without text:
    # files with a reject stay out of the index and are read every run
    assert sorted(set(index_of(out).path)) == ["000_a79a80be541b1d91.txt", "factru/book_100.txt",
                                               "factru/book_58.txt"]
    reads.clear()
    before = published_files(out)
    report = run(mixed_raw, out)
    assert report["status"] == "no_changes" and report["articles"]["unchanged"] == 4
    assert sorted(reads) == ["bad/binary.txt", "bad/empty.txt", "bad/impossible.txt", "bad/sample-copy.txt",
                             "dump.jsonl.gz"]
    assert published_files(out) == before

    reads.clear()
    book = mixed_raw / "factru" / "book_58.txt"
    book.write_text(book.read_text().replace("Виторио Сандали", "Алессандро Манцони"))
    report = run(mixed_raw, out)
    assert report["articles"] == {"new": 0, "changed": 1, "unchanged": 3}
    assert "factru/book_58.txt" in reads and "factru/book_100.txt" not in reads


def test_a_touched_file_is_read_again_and_the_index_follows_without_a_publish(mixed_raw, tmp_path, reads):
    out = tmp_path / "out"
    run(mixed_raw, out)
    book = mixed_raw / "factru" / "book_100.txt"
    os.utime(book, ns=(book.stat().st_atime_ns, book.stat().st_mtime_ns + 1_000_000_000))
    reads.clear()
    assert run(mixed_raw, out)["status"] == "no_changes"  # same content: nothing to publish
    assert "factru/book_100.txt" in reads
    assert index_of(out).set_index("path").loc["factru/book_100.txt", "mtime_ns"] == book.stat().st_mtime_ns
    reads.clear()
    run(mixed_raw, out)
    assert "factru/book_100.txt" not in reads


def test_full_refresh_and_another_raw_folder_read_everything(mixed_raw, tmp_path, reads):
    out = tmp_path / "out"
    run(mixed_raw, out)
    reads.clear()
    run(mixed_raw, out, full_refresh=True)
    assert len(reads) == 8
    moved = tmp_path / "raw-moved"
    mixed_raw.rename(moved)  # same files, same stats, another folder: the index does not describe it
    reads.clear()
    run(moved, out)
    assert len(reads) == 8


def test_an_index_that_disagrees_with_the_tables_is_not_trusted(mixed_raw, tmp_path, reads):
    out = tmp_path / "out"
    run(mixed_raw, out)
    version = (out / "_current").resolve()
    index = pq.read_table(version / file_index.INDEX_FILE)
    wrong = index.set_column(index.schema.get_field_index("content_sha256"), "content_sha256",
                             [["0" * 64] * index.num_rows])
    file_index.write(wrong.replace_schema_metadata(index.schema.metadata), version)
    reads.clear()
    report = run(mixed_raw, out)
    assert report["status"] == "no_changes" and len(reads) == 5 + 8  # the files with rejects, then all
    assert index_of(out).content_sha256.tolist() == index.column("content_sha256").to_pylist()


def test_file_of_names_the_raw_file_of_an_input():
    assert file_index.file_of("dump.jsonl.gz#12") == "dump.jsonl.gz"
    assert file_index.file_of("a#1.txt") == "a#1.txt"
    assert file_index.file_of("notes#3") == "notes#3"
