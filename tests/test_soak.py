"""Soak: every real corpus of the repository, and every spelling variant of it, through the whole flow.

The sample, the factRuEval dev texts, and each text rewritten by every variant class of
`benchmarks.variants` (HTML entities and tags, look-alike letters, quote and dash styles,
invisible characters, ё, capitals, white space, hard wraps) and by all of them at once.  The run
must publish with nothing quarantined, and no name in the tables may carry the scraper's debris.
"""

from __future__ import annotations

import os
import shutil

import duckdb
import pytest

from benchmarks.variants import CLASSES, write_corpus
from pipelines.flow import letopis_flow
from tests.conftest import REPO, TODAY

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_api")]

GOLD = REPO / "benchmarks" / "gold" / "factru-dev" / "raw"
ENTITY = r"&(#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]{2,8});?"
TAG = r"</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>"
MIXED = r"[a-zA-Z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][a-zA-Z]"
NAME_COLUMNS = {"mentions": ("text", "normal", "entity_name"), "entities": ("name",), "quotes": ("speaker",),
                "events": ("actor1_name", "actor2_name")}


# Each variant class rewrites every 3rd gold text (`mixed`, all classes at once, rewrites every
# text): the suite stays within its minutes; `benchmarks.variants` writes the whole corpus.
EVERY = 3


@pytest.fixture(scope="module")
def soak(tmp_path_factory):
    raw = tmp_path_factory.mktemp("soak") / "raw"
    shutil.copytree(REPO / "data" / "raw", raw / "sample")
    shutil.copytree(GOLD, raw / "factru")
    counts = write_corpus(GOLD, raw / "variants", seed=0)
    for name in CLASSES:
        for k, path in enumerate(sorted((raw / "variants" / name).glob("*.txt"))):
            if k % EVERY:
                path.unlink()
                counts[name] -= 1
    out = raw.parent / "out"
    report = letopis_flow(raw=str(raw), out=str(out), today=TODAY, workers=os.cpu_count() or 1)
    return raw, out, report, counts


def test_every_variant_class_is_in_the_soak(soak):
    _, _, _, counts = soak
    assert set(counts) == set(CLASSES) | {"mixed"} and counts["mixed"] == 122
    assert all(counts[name] == len(range(0, 122, EVERY)) for name in CLASSES)


def test_the_soak_publishes_with_nothing_quarantined(soak):
    raw, out, report, counts = soak
    assert report["status"] == "published"
    assert report["quarantined"] == []
    assert report["files"]["articles"] == 7 + 122 + sum(counts.values())
    # a variant that repair restores to the very text is the same content again: a duplicate, not a new article
    assert set(report["rejects"]["by_reason"]) <= {"duplicate"}
    # (a double hyphen the dash styles write is a dash look-alike)
    assert set(report["repairs"]) == {"html_entities", "html_tags", "invisible_chars", "mixed_script",
                                      "dash_lookalikes"}


@pytest.mark.parametrize("table", sorted(NAME_COLUMNS))
def test_no_name_carries_scraper_debris(soak, table):
    _, out, _, _ = soak
    source = (f"read_parquet('{out}/{table}/**/*.parquet', hive_partitioning=1)" if table != "entities"
              else f"read_parquet('{out}/entities/*.parquet')")
    for column in NAME_COLUMNS[table]:
        for label, pattern in (("an HTML entity", ENTITY), ("a tag", TAG), ("a mixed-script word", MIXED)):
            bad = duckdb.execute(f"select distinct {column} from {source} where regexp_matches({column}, ?)",
                                 [pattern]).fetchall()
            assert not bad, f"{table}.{column} holds {label}: {[b[0] for b in bad[:5]]}"


def test_the_articles_say_which_repairs_they_needed(soak):
    _, out, _, _ = soak
    rows = duckdb.execute(f"select article_id, repairs from read_parquet('{out}/articles/**/*.parquet', "
                          "hive_partitioning=1)").fetchall()
    repairs = {a: set(r) for a, r in rows}
    assert all(not r for a, r in repairs.items() if not a.startswith("variants/"))
    always = {"html_entities", "html_tags", "invisible_chars", "mixed_script"}
    assert all(always <= r <= always | {"dash_lookalikes"}
               for a, r in repairs.items() if a.startswith("variants/mixed/"))
    # the dash styles write a double hyphen in some texts, never anything else a repair undoes
    dashed = [r for a, r in repairs.items() if a.startswith("variants/dash_styles/")]
    assert any(dashed) and all(r <= {"dash_lookalikes"} for r in dashed)
