"""The audit: GX suites derived from the schemas, and the cross-table checks."""

from __future__ import annotations

import datetime as dt

import pytest

from pipelines.audit import AuditFailed, audit
from schemas.checks import run_checks
from schemas.tables import to_table
from tests.test_store import SEP, art, mention


def tables(arts, mentions):
    return {"articles": to_table("articles", arts), "mentions": to_table("mentions", mentions)}


def failing(results) -> set[str]:
    return {r["check"] for r in results if not r["success"]}


def test_good_rows_pass_every_check():
    result = audit(tables([art("a", SEP)], [mention("a", SEP)]))
    assert result["success"], result["failures"]
    assert failing(run_checks(tables([art("a", SEP)], [mention("a", SEP)]))) == set()


def test_offsets_that_do_not_match_the_text_are_named_with_an_example():
    bad = {**mention("a", SEP), "text": "Зеленский"}
    results = run_checks(tables([art("a", SEP)], [bad]))
    assert failing(results) == {"offsets_match_text"}
    example = next(r for r in results if r["check"] == "offsets_match_text")["examples"][0]
    assert (example["text"], example["found"]) == ("Зеленский", "Лид")


def test_mentions_of_an_unknown_article_and_a_wrong_partition():
    results = run_checks(tables([art("a", SEP)], [mention("ghost", SEP), {**mention("a", SEP), "month": 8}]))
    assert failing(results) == {"article_ids_exist", "partitions_match_article", "offsets_match_text"}


def test_a_copy_names_what_it_copies_and_a_story_first_copies_nothing():
    copy = {**art("b", SEP), "story_id": "a", "duplicate_of": "a", "similarity": 0.93}
    assert failing(run_checks(tables([art("a", SEP), copy], []))) == set()
    no_source = {**copy, "duplicate_of": None}                     # in story «a», copying nothing
    own_story_copy = {**art("c", SEP), "duplicate_of": "a", "similarity": 0.9}  # its own story, yet a copy
    results = run_checks(tables([art("a", SEP), no_source, own_story_copy], []))
    assert failing(results) == {"stories_consistent"}
    assert {e["article_id"] for r in results if not r["success"] for e in r["examples"]} == {"b", "c"}


def test_duplicate_keys():
    results = run_checks(tables([art("a", SEP), art("a", SEP)], []))
    assert "keys_unique" in failing(results)


@pytest.mark.parametrize("change, column, check", [
    ({"type": "PERSON"}, "type", "expect_column_values_to_be_in_set"),
    ({"start": -1}, "start", "expect_column_values_to_be_between"),
    ({"mention_id": "not-an-id"}, "mention_id", "expect_column_values_to_match_regex"),
])
def test_gx_suite_blocks_values_outside_the_contract(change, column, check):
    result = audit(tables([art("a", SEP)], [{**mention("a", SEP), **change}]))
    assert not result["success"]
    assert (column, check) in {(f.get("column"), f["check"]) for f in result["failures"]}
    with pytest.raises(AuditFailed, match=check):
        raise AuditFailed(result["failures"])


def test_warnings_do_not_block():
    one_sentence = art("a", SEP)  # n_sentences == 1 only warns
    result = audit(tables([one_sentence], []))
    assert result["success"]
    assert [(w["column"], w["severity"]) for w in result["warnings"]] == [("n_sentences", "warning")]


def date_mention(normal, value, precision):
    return {**mention("a", SEP), "mention_id": "d" * 16, "type": "DATE", "entity_id": None, "entity_name": None,
            "normal": normal, "date_value": value, "date_precision": precision}


@pytest.mark.parametrize("normal, value, precision, ok", [
    ("2025-09-22", dt.date(2025, 9, 22), "day", True),
    ("2025-08", dt.date(2025, 8, 1), "month", True),
    ("unresolved", None, None, True),
    ("вчера", None, None, False),  # neither a value nor the explicit marker
    ("2025-08", None, None, False),  # resolved without its value
    ("2025-08", dt.date(2025, 8, 1), "week", False),  # precision outside its set
])
def test_date_mentions_have_a_value_or_the_unresolved_marker(normal, value, precision, ok):
    m = date_mention(normal, value, precision)
    m["stop"] = 3
    assert audit(tables([art("a", SEP)], [mention("a", SEP), {**m, "start": 0, "text": "Лид"}]))["success"] is ok


def test_audit_reads_results_with_the_severity_the_suites_write():
    from pipelines.audit import BLOCKING as READ
    from schemas.suites import BLOCKING as WRITTEN

    assert READ == WRITTEN


def test_a_failing_table_is_counted_and_a_passing_one_only_judged(tmp_path):
    two_sentences = {**art("a", SEP), "n_sentences": 2}  # passes every articles check, warnings too
    person = {**mention("a", SEP), "mention_id": "b" * 16, "type": "PERSON"}  # not a type of the contract
    result = audit(tables([two_sentences], [mention("a", SEP), person]), docs_dir=tmp_path)
    judged = {(name, r["check"], r["column"]): r for name in ("articles", "mentions") for r in result["gx"][name]}
    in_set = judged[("mentions", "expect_column_values_to_be_in_set", "type")]
    assert (in_set["success"], in_set["unexpected_count"], in_set["examples"]) == (False, 1, ["PERSON"])
    assert judged[("mentions", "expect_column_values_to_not_be_null", "type")]["unexpected_count"] == 0
    assert judged[("articles", "expect_column_values_to_not_be_null", "title")]["unexpected_count"] is None
    # Data Docs: the counted result replaces the bare one; the failing table has its article-id page too
    pages = {name: len(list((tmp_path / "validations" / "letopis" / name).rglob("*.html")))
             for name in ("articles", "mentions")}
    assert pages == {"articles": 1, "mentions": 2}
