"""Reliability: concurrent runs, a full disk, and a damaged published file."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipelines.flow as flow_module
from pipelines.cli import app
from pipelines.store import Dataset
from schemas.tables import to_table
from tests.conftest import SAMPLE
from tests.test_crash import LETOPIS, env, snapshot
from tests.test_store import SEP, art, mention

pytestmark = pytest.mark.slow  # the flow in processes of its own, killed and rerun: `make test-fast` leaves them out


def published_dataset(out: Path) -> Dataset:
    ds = Dataset(out)
    ds.publish("r1", {"articles": to_table("articles", [art("a", SEP)]),
                      "mentions": to_table("mentions", [mention("a", SEP)])}, set(),
               {"rejects": to_table("rejects", []),
                "entities": to_table("entities", [{
                    "entity_id": "0123456789abcdef", "type": "LOC", "name": "Лид", "aliases": [], "n_mentions": 1,
                    "n_articles": 1, "first_seen": SEP, "last_seen": SEP}])})
    return ds


def test_validate_passes_on_a_sound_dataset(tmp_path):
    published_dataset(tmp_path)
    result = CliRunner().invoke(app, ["validate", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "all checks passed" in result.output


def test_validate_names_a_damaged_parquet_file(tmp_path):
    ds = published_dataset(tmp_path)
    damaged = ds.current / "mentions" / "year=2025" / "month=09" / "part-0.parquet"
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2: len(data) // 2 + 64] = b"\x00" * 64
    damaged.unlink()  # published files are hard links: replace, never write in place
    damaged.write_bytes(bytes(data[: len(data) - 20]))
    result = CliRunner().invoke(app, ["validate", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "mentions/year=2025/month=09/part-0.parquet" in result.output
    assert "readable_parquet" in result.output


def test_validate_of_an_empty_folder_says_so(tmp_path):
    result = CliRunner().invoke(app, ["validate", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "nothing is published" in result.output


@pytest.mark.usefixtures("prefect_api")
def test_full_disk_gives_one_clear_error_and_publishes_nothing(raw_dir, tmp_path, monkeypatch):
    out = tmp_path / "out"
    published_dataset(out)
    before = snapshot(out)

    def disk_full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(flow_module.Dataset, "write_version", disk_full)
    result = CliRunner().invoke(app, ["run", "--raw", str(raw_dir), "--out", str(out)])
    assert result.exit_code == 3
    assert "cannot write the dataset" in result.output and "No space left on device" in result.output
    assert snapshot(out) == before


def test_a_second_run_on_the_same_output_exits_with_a_clear_message(tmp_path, prefect_api):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    marker = tmp_path / "first-is-running"
    first = subprocess.Popen([LETOPIS, "run", "--raw", str(raw), "--out", str(out)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True,
                             env=env(prefect_api, LETOPIS_PAUSE_AT="nlp", LETOPIS_PAUSE_MARKER=str(marker)))
    # only the run that dies holding the lock needs a process of its own
    try:
        deadline = time.monotonic() + 300
        while not marker.exists():
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        second = CliRunner().invoke(app, ["run", "--raw", str(raw), "--out", str(out)])
        assert second.exit_code == 2
        assert "another letopis run is writing to" in second.stderr
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    # the first run died holding the lock: the OS released it, so the next run just proceeds
    third = CliRunner().invoke(app, ["run", "--raw", str(raw), "--out", str(out)])
    assert third.exit_code == 0, third.output[-2000:]
    assert ": published" in third.stdout


def factru_text(name: str) -> str:
    """The body of a factRuEval text (its raw file without the header)."""
    from tests.conftest import REPO

    raw = (REPO / "benchmarks" / "gold" / "factru-dev" / "raw" / f"{name}.txt").read_text(encoding="utf-8")
    return raw.split("\n\n", 1)[1]


@pytest.fixture
def every_kind(tmp_path) -> tuple[Path, dict[str, str]]:
    """A raw folder with one good file per accepted variant and one bad file per reject reason."""
    import gzip
    import json

    raw = tmp_path / "raw"
    (raw / "2025" / "09").mkdir(parents=True)
    texts = iter(["book_100", "book_105", "book_115", "book_117", "book_124", "book_127", "book_129", "book_131",
                  "book_142", "book_145"])

    def article(date: str, title: str) -> str:
        return f" date {date} {title}\n\n{factru_text(next(texts))}"

    good = {
        "utf8.txt": article("2016-02-29", "Обычный файл").encode("utf-8"),
        "bom.txt": article("2016-02-29", "С меткой порядка байтов").encode("utf-8-sig"),
        "crlf.txt": article("2016-02-29", "Окончания строк Windows").replace("\n", "\r\n").encode("utf-8"),
        "cp1251.txt": article("29.02.2016", "Кодировка Windows").encode("cp1251", errors="replace"),
        "koi8.txt": article("2016-02-29 14:05", "Кодировка КОИ").replace("«", '"').replace("»", '"')
                    .replace("—", "-").replace("–", "-").replace("ё", "е").encode("koi8_r", errors="replace"),
        "gzipped.txt.gz": gzip.compress(article("2016-02-29T09:30:00+03:00", "Сжатый файл").encode()),
        "2025/09/nested.txt": article("2016-02-29", "Во вложенной папке").encode(),
    }
    dump = [{"date": "2016-02-29", "title": "Из дампа", "text": factru_text(next(texts)), "url": "https://e.org/1"}]
    good["dump.jsonl.gz"] = gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in dump).encode())
    bad = {
        "empty.txt": (b"", "empty"),
        "no-header.txt": ("Заголовок без даты\n\nТекст статьи.".encode(), "no_header"),
        "unreadable-date.txt": (" date вчера Заголовок\n\nТекст.".encode(), "bad_date"),
        "impossible-date.txt": (" date 2025-02-30 Заголовок\n\nТекст.".encode(), "bad_date"),
        "future.txt": (" date 2031-01-01 Заголовок\n\nТекст.".encode(), "future_date"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not_text"),
        "latin1.txt": (" date 2016-02-29 Café crème\n\nC'est très bon, à bientôt.".encode("latin-1"), "not_text"),
        "no-body.txt": (" date 2016-02-29 Заголовок без текста\n\n".encode(), "no_body"),
        "zz-copy.txt": (good["utf8.txt"], "duplicate"),  # sorts after utf8.txt: the first path wins
        "huge.txt": ((" date 2016-02-29 Огромный файл\n\n" + "Очень длинный текст. " * 5000).encode(), "too_large"),
    }
    for name, data in good.items():
        (raw / name).write_bytes(data)
    for name, (data, _) in bad.items():
        (raw / name).write_bytes(data)
    (raw / "README.md").write_text("not an article")
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    return raw, {**{name: "article" for name in good}, **{name: reason for name, (_, reason) in bad.items()}}


@pytest.mark.usefixtures("prefect_api")
def test_every_input_is_accounted_for_and_a_second_run_changes_nothing(every_kind, tmp_path):
    import pandas as pd

    raw, expected = every_kind
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", "--raw", str(raw), "--out", str(out), "--max-bytes", "60000"])
    assert result.exit_code == 0, result.output
    articles = pd.read_parquet(out / "articles")
    rejects = pd.read_parquet(out / "rejects")
    outcome = {p: "article" for p in articles.source_path}
    outcome |= {p.split("#")[0] if p.startswith("dump") else p: r for p, r in zip(rejects.source_path, rejects.reason)}
    outcome = {p.split("#")[0]: v for p, v in outcome.items()}
    assert outcome == expected
    assert "skipped (not articles)           2" in result.output
    by_title = dict(zip(articles.title, articles.body))
    assert "Сжатый файл" in by_title and "Кодировка Windows" in by_title and "Кодировка КОИ" in by_title
    assert all("Р°" not in body and "Ð" not in body for body in by_title.values()), "no mojibake"
    before = snapshot(out)
    again = CliRunner().invoke(app, ["run", "--raw", str(raw), "--out", str(out), "--max-bytes", "60000"])
    assert again.exit_code == 0 and ": no_changes" in again.output
    assert snapshot(out) == before
