"""The HTML report (pipelines.report_page, report_data, report_charts): one self-contained page about the dataset."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from pipelines.report_data import Periods
from pipelines.report_page import render_report
from pipelines.store import Dataset
from schemas.tables import to_table

T0 = dt.datetime(2026, 11, 26, 6, 30, tzinfo=dt.timezone.utc)
SEP, OCT = dt.date(2025, 9, 23), dt.date(2025, 10, 2)
EVIL = "<b>Ромашка & Co</b>"
REJECT_MEANING = "the first line is not a `date &lt;date&gt; &lt;title&gt;` header"


def art(article_id: str, date: dt.date) -> dict:
    return {"article_id": article_id, "source_path": f"{article_id}.txt", "content_sha256": "a" * 64,
            "published_date": date, "title": "Заголовок", "lead": "Лид.", "body": "Токаев и Зеленский.",
            "headings": [], "url": None, "source": None, "repairs": [], "n_paragraphs": 1, "n_chars": 19, "n_sentences": 1,
            "n_tokens": 4, "story_id": article_id, "duplicate_of": None, "similarity": None,
            "ingested_at": T0, "run_id": "r1", "year": date.year, "month": date.month}


def mention(article_id: str, date: dt.date, n: int, type_: str, entity_id: str | None, name: str | None) -> dict:
    return {"mention_id": f"{n:016x}", "article_id": article_id, "field": "body",
            "start": 0, "stop": 6, "sentence_index": 0, "text": "Токаев", "type": type_, "normal": name or "2025-09",
            "entity_id": entity_id, "entity_name": name, "date_value": None if entity_id else date,
            "date_precision": None if entity_id else "month", "year": date.year, "month": date.month}


def entity(entity_id: str, type_: str, name: str, n: int) -> dict:
    return {"entity_id": entity_id, "type": type_, "name": name, "aliases": [], "n_mentions": n, "n_articles": 1,
            "first_seen": SEP, "last_seen": OCT}


def quote(article_id: str, date: dt.date, n: int, speaker: str, kind: str = "direct") -> dict:
    return {"quote_id": f"{n:016x}", "article_id": article_id, "field": "body", "start": 0, "stop": 6,
            "sentence_index": 0, "text": "Токаев", "kind": kind, "speaker": speaker, "speaker_entity_id": None,
            "speaker_name": speaker, "cue": "сказать", "year": date.year, "month": date.month}


def event(article_id: str, date: dt.date, n: int, code: str, kind: str) -> dict:
    return {"event_id": f"{n:016x}", "article_id": article_id, "sentence_index": 0, "event_mention_id": f"{n:016x}",
            "event_code": code, "event_subcode": code, "event_type": kind, "trigger": "встретиться",
            "actor1_entity_id": "1" * 16, "actor1_name": "Касым-Жомарт Токаев", "actor1_type": "PER",
            "actor2_entity_id": "2" * 16, "actor2_name": EVIL, "actor2_type": "PER", "rule": "argument",
            "location_entity_id": None, "event_date": date, "date_precision": "day", "date_source": "published",
            "sentence": "Токаев и Зеленский.", "year": date.year, "month": date.month}


def reject(path: str, reason: str) -> dict:
    return {"source_path": path, "content_sha256": "b" * 64, "reason": reason, "message": "плохой <файл>",
            "run_id": "r1", "seen_at": T0}


def validation(success: bool) -> dict:
    gx_row = {"check": "expect_column_values_to_not_be_null", "column": "article_id", "kwargs": {},
              "severity": "critical", "blocking": True, "success": True, "unexpected_count": 0, "examples": [],
              "error": None}
    bad = {**gx_row, "check": "expect_column_values_to_match_regex", "column": "entity_id", "success": False,
           "unexpected_count": 2, "examples": ["<script>"]}
    failures = [] if success else [{"table": "mentions", **bad}]
    return {"success": success, "failures": failures,
            "warnings": [{"table": "articles", **gx_row, "check": "expect_column_mean_to_be_between",
                          "severity": "warning", "blocking": False, "success": False}],
            "gx": {"articles": [gx_row, gx_row], "mentions": [gx_row] + ([] if success else [bad])},
            "checks": [{"check": "offsets_match_text", "description": "articles.<field>[start:stop] == text",
                        "blocking": True, "success": True, "n_failures": 0, "examples": []}],
            "data_docs": "validation/index.html"}


def write_run(out, run_id: str, **report) -> None:
    run_dir = out / "_runs" / run_id
    run_dir.mkdir(parents=True)
    (run_dir / "report.json").write_text(json.dumps({"run_id": run_id, "out": str(out), **report}))


def build(out, *, quotes=True, events=True, rejects=True, places=True) -> None:
    ds = Dataset(out)
    arts = [art("a", SEP), art("b", SEP), art("c", OCT)]
    tk, zl, ev = "1" * 16, "2" * 16, "3" * 16
    mentions = [mention("a", SEP, 1, "PER", tk, "Касым-Жомарт Токаев"),
                mention("b", SEP, 2, "PER", tk, "Касым-Жомарт Токаев"),
                mention("c", OCT, 3, "PER", zl, "Владимир Зеленский"), mention("c", OCT, 4, "ORG", ev, EVIL),
                mention("a", SEP, 5, "DATE", None, None)]
    new = {"articles": to_table("articles", arts), "mentions": to_table("mentions", mentions),
           "quotes": to_table("quotes", [quote("a", SEP, 1, "Токаев"), quote("c", OCT, 2, "Токаев", "indirect"),
                                         quote("c", OCT, 3, EVIL)] if quotes else []),
           "events": to_table("events", [event("a", SEP, 1, "04", "consult/meet"),
                                         event("c", OCT, 2, "01", "public statement")]
                              if events else [])}
    whole = {"entities": to_table("entities", [entity(tk, "PER", "Касым-Жомарт Токаев", 2),
                                               entity(zl, "PER", "Владимир Зеленский", 1),
                                               {**entity(ev, "ORG", EVIL, 1), "country_code": "US", "feature": "other",
                                                "latitude": 38.9, "longitude": -77.0} if places else entity(ev, "ORG", EVIL, 1)]),
             "rejects": to_table("rejects", [reject("bad/empty.txt", "empty"), reject("bad/<x>.txt", "no_header"),
                                             reject("bad/e2.txt", "empty")] if rejects else [])}
    ds.publish("r1", new, set(), whole)


class Tags(HTMLParser):
    VOID = {"meta", "br", "hr", "img", "input", "link", "rect", "line"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.attrs = [], [], []

    def handle_starttag(self, tag, attrs):
        self.attrs += [(tag, k, v or "") for k, v in attrs]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def check_self_contained_and_well_formed(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    assert not tags.errors and not tags.stack, (tags.errors, tags.stack)
    assert "<script" not in page.lower() and "<link" not in page.lower() and "<img" not in page.lower()
    assert "@import" not in page and "url(" not in page
    for tag, key, value in tags.attrs:
        assert key not in ("src", "srcset"), (tag, key, value)
        if key in ("href", "xlink:href"):
            assert not re.match(r"^\s*(https?:|//|javascript:)", value), value
    for svg in re.findall(r"<svg.*?</svg>", page, flags=re.S):
        ET.fromstring(svg)  # every chart is well-formed XML too
    return tags


def test_report_shows_every_section_escaped_and_self_contained(tmp_path):
    build(tmp_path)
    write_run(tmp_path, "20261126T060000Z-aaaa", status="audit_failed", validation=validation(False))
    write_run(tmp_path, "20261126T063000Z-bbbb", status="published", started_at=T0.isoformat(),
              articles={"new": 3, "changed": 0, "unchanged": 0}, rejects={"total": 3},
              timings={"nlp": 1.5}, validation=validation(True))
    (tmp_path / "_runs" / "20261126T063000Z-bbbb" / "validation").mkdir()
    (tmp_path / "_runs" / "20261126T063000Z-bbbb" / "validation" / "index.html").write_text("<html></html>")

    path = render_report(tmp_path)
    assert path == tmp_path / "_report" / "index.html"
    page = path.read_text(encoding="utf-8")
    check_self_contained_and_well_formed(page)

    for anchor in ("summary", "entities", "events", "places", "stories", "quotes", "rejects", "validation", "runs"):
        assert f'<section id="{anchor}">' in page
    for heading in ("Top entities over time", "Event types per month", "Most-quoted speakers",
                    "Rejects by reason", "Latest validation"):
        assert heading in page
    # every name from the data is escaped, in tables and in SVG alike
    assert EVIL not in page and "<script>" not in page and "плохой <файл>" not in page
    assert "&lt;b&gt;Ромашка &amp; Co&lt;/b&gt;" in page and "плохой &lt;файл&gt;" in page
    assert "Касым-Жомарт Токаев" in page and "Владимир Зеленский" in page
    # a place on the longitude × latitude chart, labelled with its country; the countries table
    assert "&lt;b&gt;Ромашка &amp; Co&lt;/b&gt; (US)" in page and page.count("<circle") == 1
    assert "Countries by mentions" in page and "3 articles tell 3 stories" in page
    # the time axis is the months of the articles, the summary counts the tables
    assert "2025-09" in page and "2025-10" in page and "2025-09-23 and 2025-10-02" in page
    assert re.search(r"<b>3</b><span>articles</span>", page) and re.search(r"<b>5</b><span>mentions</span>", page)
    assert "04 consult/meet" in page and "01 public statement" in page
    assert "no_header" in page and REJECT_MEANING in page
    # the newest run's validation, linked to its Data Docs
    assert 'href="../_runs/20261126T063000Z-bbbb/validation/index.html"' in page
    assert "(not found)" not in page
    assert "passed" in page and "expect_column_mean_to_be_between" in page  # a warning is listed
    assert "expect_column_values_to_match_regex" not in page  # the older run's failure is not



def test_empty_tables_render_gracefully(tmp_path):
    build(tmp_path, quotes=False, events=False, rejects=False, places=False)
    page = render_report(tmp_path).read_text(encoding="utf-8")
    check_self_contained_and_well_formed(page)
    assert "no place is on the map yet" in page and "no story is told by more than one article" in page
    assert "no quotes yet" in page and "no events yet" in page and "every input file was loaded" in page
    assert "no validation results yet" in page and "no runs yet" in page


def test_nothing_published_and_a_failed_audit(tmp_path):
    write_run(tmp_path, "20261126T060000Z-aaaa", status="audit_failed", validation=validation(False))
    write_run(tmp_path, "20261126T070000Z-cccc", status="no_changes")
    page = render_report(tmp_path).read_text(encoding="utf-8")
    check_self_contained_and_well_formed(page)
    assert "Nothing is published in this folder yet" in page
    assert "no entity mentions yet" in page and "no quotes yet" in page and "no rejects yet" in page
    # the newest run audited nothing: the last audited one is shown, with its blocking failure
    assert "FAILED" in page and "expect_column_values_to_match_regex" in page and "&lt;script&gt;" in page
    assert "20261126T070000Z-cccc" in page and "audited nothing" in page
    assert "(not found)" in page  # its Data Docs folder is missing


def test_the_latest_runs_quarantined_articles_are_listed(tmp_path):
    write_run(tmp_path, "20261126T060000Z-aaaa", status="published", validation=validation(True), quarantined=[
        {"article_id": "lenta/17", "source_path": "lenta/17.txt", "checks": ["offsets_match_text"],
         "message": "offsets_match_text on mentions: field='body', start=1, stop=7, text='<Аврора>'"}])
    page = render_report(tmp_path).read_text(encoding="utf-8")
    check_self_contained_and_well_formed(page)
    assert "Quarantined by run <code>20261126T060000Z-aaaa</code>" in page
    assert "<code>lenta/17.txt</code>" in page and "text=&#x27;&lt;Аврора&gt;&#x27;" in page


def test_long_spans_switch_the_axis_to_years():
    months = Periods.spanning([(2024, 11), (2025, 2)])
    assert months.labels == ["2024-11", "2024-12", "2025-01", "2025-02"] and not months.by_year
    years = Periods.spanning([(2016, 2), (2025, 9)])
    assert years.by_year and years.labels[0] == "2016" and years.labels[-1] == "2025" and len(years.keys) == 10


def test_the_largest_stories_are_those_told_by_most_articles():
    import pandas as pd

    from pipelines import report_data as data

    articles = pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e"],
        "story_id": ["a", "a", "a", "d", "e"],
        "title": ["Токаев встретился с Зеленским", "Перепечатка", "Обновление", "Другое", "Третье"],
        "published_date": [SEP, SEP, OCT, SEP, OCT]})
    assert data.n_stories(articles) == 3
    assert data.largest_stories(articles, 10) == [data.Story("a", "Токаев встретился с Зеленским", 3, SEP, OCT)]
