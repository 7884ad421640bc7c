"""The contract: schemas hold DESIGN.md §2's columns, and the GX suites follow the schemas."""

from __future__ import annotations

import pyarrow as pa
import pytest

from schemas.suites import BLOCKING, expectations_for
from schemas.tables import REJECT_REASONS, TABLES, field_meta

# DESIGN.md §2, minimum columns, copied from the contract as written.
DESIGN_COLUMNS = {
    "articles": "article_id source_path content_sha256 published_date title lead body n_chars n_sentences "
                "n_tokens ingested_at run_id year month",
    "mentions": "mention_id article_id field start stop sentence_index text type normal entity_id date_value "
                "date_precision",
    "entities": "entity_id type name aliases n_mentions n_articles first_seen last_seen",
    "quotes": "quote_id article_id field start stop text kind speaker speaker_entity_id speaker_name cue "
              "sentence_index",
    "events": "event_id article_id sentence_index event_code event_type trigger actor1_entity_id actor1_name "
              "actor2_entity_id actor2_name location_entity_id event_date date_precision date_source sentence",
    "rejects": "source_path content_sha256 reason message run_id seen_at",
}


@pytest.mark.parametrize("table", sorted(DESIGN_COLUMNS))
def test_schema_has_the_design_columns(table):
    assert set(DESIGN_COLUMNS[table].split()) <= set(TABLES[table].schema.names)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_column_is_documented(table):
    for f in TABLES[table].schema:
        assert field_meta(f, "doc"), f"{table}.{f.name} has no description"


def test_partitioning_follows_the_design():
    assert {n for n, t in TABLES.items() if t.partitioned} == {"articles", "mentions", "quotes", "events"}
    for name, t in TABLES.items():
        assert t.partition_columns == (["year", "month"] if t.partitioned else [])
        assert "year" not in t.file_schema.names


def test_types_dates_timestamps_and_dictionaries():
    schema = {(n, f.name): f.type for n, t in TABLES.items() for f in t.schema}
    for key in [("articles", "published_date"), ("mentions", "date_value"), ("events", "event_date"),
                ("entities", "first_seen"), ("entities", "last_seen")]:
        assert schema[key] == pa.date32(), key
    for key in [("articles", "ingested_at"), ("rejects", "seen_at")]:
        assert schema[key] == pa.timestamp("us", tz="UTC"), key
    for key in [("mentions", "type"), ("mentions", "field"), ("quotes", "kind"), ("events", "event_code"),
                ("rejects", "reason"), ("entities", "type")]:
        assert pa.types.is_dictionary(schema[key]), key


def test_reject_reason_codes_are_the_value_set():
    assert field_meta(TABLES["rejects"].schema.field("reason"), "values") == list(REJECT_REASONS)
    assert {"empty", "no_header", "bad_date", "not_text", "duplicate", "too_large"} <= set(REJECT_REASONS)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_suite_is_derived_from_the_schema(table):
    expectations = expectations_for(table)
    by_kind: dict[str, set] = {}
    for e in expectations:
        if getattr(e, "row_condition", None) is None:  # the column's own constraints
            by_kind.setdefault(e.expectation_type, set()).add(getattr(e, "column", None))
    schema = TABLES[table].schema
    assert by_kind["expect_column_values_to_not_be_null"] == {f.name for f in schema if not f.nullable}
    assert by_kind.get("expect_column_values_to_be_in_set", set()) == {
        f.name for f in schema if field_meta(f, "values") is not None}
    assert by_kind.get("expect_column_values_to_be_unique", set()) == {
        f.name for f in schema if field_meta(f, "unique")}
    blocking = [e for e in expectations if getattr(e.severity, "value", e.severity) == BLOCKING]
    assert blocking, "every table has blocking checks"


def test_data_dictionary_matches_the_schemas():
    from pathlib import Path

    from schemas.dictionary import render

    committed = (Path(__file__).parents[1] / "docs" / "tables.md").read_text(encoding="utf-8")
    assert committed == render(), "regenerate: python -m schemas.dictionary > docs/tables.md"
