"""pipelines.run_report: the typed run report and its JSON form (report.json)."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from pipelines.run_report import _ORDER, OK_STATUSES, RunReport, RunStatus, is_ok, write_report


def report() -> RunReport:
    return RunReport("20261126T063000Z-ab12", "2026-11-26T06:30:00+00:00", "raw", "out", False,
                     cleaned_staging=[])


def test_every_outcome_orders_every_field_once():
    names = sorted(f.name for f in fields(RunReport))
    for status, order in _ORDER.items():
        assert sorted(order) == names, status


def test_statuses_are_the_strings_of_report_json():
    assert [s.value for s in RunStatus] == ["published", "no_changes", "audit_failed", "failed"]
    assert is_ok("published") and is_ok("no_changes") and OK_STATUSES == (RunStatus.PUBLISHED, RunStatus.NO_CHANGES)
    assert not is_ok("audit_failed") and not is_ok("failed") and not is_ok(None)


def test_a_run_without_work_is_written_in_the_order_it_was_decided(tmp_path):
    r = report()
    r.no_changes({"articles": 4})
    r.failed(OSError("late"))  # an error after the outcome keeps the outcome
    data = r.to_dict()
    assert list(data) == ["run_id", "started_at", "raw", "out", "full_refresh", "cleaned_staging",
                          "status", "rows_written", "rows_published", "error"]
    assert data["status"] == "no_changes" and type(data["status"]) is str and data["error"] == "OSError: late"
    assert json.loads(write_report(tmp_path, data).read_text()) == data


@pytest.mark.parametrize("outcome, keys", [
    ("published", ["rows_written", "quarantined", "validation", "status", "published_version", "rows_published"]),
    ("audit_failed", ["rows_written", "quarantined", "status", "validation", "error"]),
])
def test_an_audited_run_names_its_outcome_where_it_was_decided(outcome, keys):
    r = report()
    r.rows_written, r.quarantined = {"articles": 1}, []
    validation = {"success": outcome == "published", "failures": [], "warnings": []}
    if outcome == "published":
        r.validated(validation)
        r.published("000001-x", {"articles": 1})
    else:
        r.audit_failed(validation)
        r.failed(RuntimeError("audit"))
    assert list(r.to_dict())[6:] == keys
    assert r.to_dict()["validation"]["data_docs"] == "validation/index.html"
