"""Quarantine: which failures stay with their articles, and which stop the whole run."""

from __future__ import annotations

import pytest

from pipelines.audit import audit
from pipelines.quarantine import decide, limit_of, rejects
from schemas.tables import to_table
from tests.test_store import SEP, art, mention


def tables(arts, mentions):
    return {"articles": to_table("articles", arts), "mentions": to_table("mentions", mentions)}


def test_a_value_outside_the_contract_quarantines_its_article_only():
    bad = {**mention("b", SEP), "type": "PERSON"}
    result = audit(tables([art("a", SEP), art("b", SEP)], [mention("a", SEP), bad]))
    decision = decide(result["failures"], limit=1)
    assert decision.publish
    assert list(decision.quarantined) == ["b"]
    reject, = rejects(decision, {"b": ("b.txt", "f" * 64)})
    assert (reject.source_path, reject.reason) == ("b.txt", "audit_failed")
    assert reject.message == ("quarantined by the audit: expect_column_values_to_be_in_set on mentions.type: "
                              "type='PERSON'")


def test_offsets_off_in_one_article_quarantine_it():
    bad = {**mention("b", SEP), "text": "Зеленский"}
    result = audit(tables([art("a", SEP), art("b", SEP)], [mention("a", SEP), bad]))
    decision = decide(result["failures"], limit=1)
    assert decision.publish and list(decision.quarantined) == ["b"]
    assert decision.quarantined["b"][0]["check"] == "offsets_match_text"


def test_a_key_repeated_across_articles_is_no_articles_fault():
    twin = {**mention("b", SEP), "mention_id": mention("a", SEP)["mention_id"]}
    result = audit(tables([art("a", SEP), art("b", SEP)], [mention("a", SEP), twin]))
    decision = decide(result["failures"], limit=10)
    assert not decision.publish
    assert {f["check"] for f in decision.systemic} == {"keys_unique", "expect_column_values_to_be_unique"}


def test_more_articles_than_the_limit_stop_the_run():
    arts = [art(x, SEP) for x in "abc"]
    bad = [{**mention(x, SEP), "start": -1} for x in "abc"]
    decision = decide(audit(tables(arts, bad))["failures"], limit=2)
    assert sorted(decision.quarantined) == ["a", "b", "c"]
    assert not decision.publish and "more than --max-quarantined (2)" in decision.reason()


@pytest.mark.parametrize("spec, n, limit", [("1%", 1000, 10), ("1%", 50, 1), ("1%", 0, 1), ("5", 1000, 5),
                                            ("0", 10, 0), ("2.5%", 1000, 25), (" 3 ", 10, 3)])
def test_limit(spec, n, limit):
    assert limit_of(spec, n) == limit


@pytest.mark.parametrize("spec", ["many", "-1", "150%", ""])
def test_a_limit_that_is_no_number_is_refused(spec):
    with pytest.raises(ValueError, match="--max-quarantined"):
        limit_of(spec, 10)
