"""`letopis report`: one self-contained HTML page about the published dataset.

`render_report(out)` writes `<out>/_report/index.html` from the published tables and the run
reports (`pipelines.report_data`): a summary, top entities over time, event types over time,
the most-quoted speakers, rejects by reason, the latest validation results and the recent runs.

The page works offline and from a copied folder: CSS inline, every chart an inline SVG
(`pipelines.report_charts`), no script, no font, no image from anywhere.  Every piece of
text that comes from the data is escaped.  Tables that are still empty say so («no quotes
yet») instead of drawing an empty chart.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd

from pipelines import report_data as data
from pipelines.report_charts import esc, fit, legend, svg_bars, svg_columns, svg_heat_table, svg_places
from pipelines.report_data import RECENT_RUNS, Periods, Tables
from pipelines.run_report import DATA_DOCS, is_ok
from pipelines.store import RUNS, Dataset
from schemas.tables import REJECT_REASONS

REPORT_DIR = "_report"
TOP_N = 10
TOP_SPEAKERS = 15
MAX_EXAMPLES = 20

TYPE_COLORS = {"PER": "#2f6db5", "LOC": "#2e8b57", "ORG": "#c96a12", "DATE": "#6b7280"}
EVENT_COLOR = "#7048b8"
ARTICLE_COLOR = "#2f6db5"
DIRECT_COLOR = "#b4451f"
INDIRECT_COLOR = "#e9a27c"
REJECT_COLOR = "#b42323"
PLACE_COLOR = "#1f8a70"


# -- HTML pieces ---------------------------------------------------------------------------------

def _empty(message: str) -> str:
    return f'<p class="empty">{esc(message)}</p>'


def _table(header: list[str], rows: list[list], classes: list[str] | None = None) -> str:
    """A plain HTML table; cells are escaped unless given as `Raw`."""
    classes = classes or [""] * len(header)
    head = "".join(f'<th class="{c}">{esc(h)}</th>' for h, c in zip(header, classes))
    body = "".join("<tr>" + "".join(f'<td class="{c}">{v if isinstance(v, Raw) else esc(v)}</td>'
                                    for v, c in zip(row, classes)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class Raw(str):
    """HTML that is already safe (built here from escaped parts)."""


def _section(anchor: str, title: str, content: str, note: str = "") -> str:
    note_html = f'<p class="note">{esc(note)}</p>' if note else ""
    return f'<section id="{anchor}"><h2>{esc(title)}</h2>{note_html}{content}</section>'


def _badge(ok: bool | None, text: str) -> Raw:
    cls = "ok" if ok else ("bad" if ok is False else "warn")
    return Raw(f'<span class="badge {cls}">{esc(text)}</span>')


def _passed(ok: bool) -> Raw:
    return _badge(ok, "passed" if ok else "failed")


def _fmt_int(n) -> str:
    return f"{int(n):,}".replace(",", " ")


# -- sections ------------------------------------------------------------------------------------

def _summary(tables: Tables, periods: Periods, ds: Dataset, latest: tuple[str, dict] | None) -> str:
    counts = tables.counts()
    counts["stories"] = data.n_stories(tables.articles)
    cards = "".join(f'<div class="card"><b>{_fmt_int(counts.get(name, 0))}</b><span>{esc(name)}</span></div>'
                    for name in ("articles", "stories", "mentions", "entities", "quotes", "events", "rejects"))
    facts = []
    span = data.date_range(tables.articles)
    if span is not None:
        facts.append(("published between", f"{span[0].isoformat()} and {span[1].isoformat()}"))
        facts.append((f"{periods.unit}s with articles", str(data.n_periods(tables.articles, periods))))
    else:
        facts.append(("published between", "—"))
    if len(tables.entities):
        by_type = data.entities_by_type(tables.entities)
        facts.append(("entities by type", ", ".join(f"{t} {_fmt_int(n)}" for t, n in by_type.items())))
    current = ds.current
    facts.append(("published version", current.name if current is not None else "nothing published yet"))
    if latest is not None:
        run_id, report = latest
        facts.append(("latest run", f"{run_id} ({report.get('status', '?')})"))
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    chart = ""
    if len(tables.articles):
        chart = (f"<h3>Articles per {periods.unit}</h3>"
                 + svg_columns(periods.labels, data.per_period(tables.articles, periods), ARTICLE_COLOR,
                               unit="articles", label=f"articles per {periods.unit}"))
    return _section("summary", "Summary", f'<div class="cards">{cards}</div><table class="facts">{rows}</table>{chart}')


def _top_entities(mentions: pd.DataFrame, periods: Periods, top_n: int) -> str:
    tables = data.top_entities(mentions, periods, top_n)
    if tables is None:
        return _section("entities", "Top entities over time", _empty("no entity mentions yet"))
    label_chars = min(34, max(len(name) for _, _, rows in tables if rows for name, _ in rows))
    parts = []
    for etype, title, rows in tables:
        parts.append(f'<h3><span class="dot" style="background:{TYPE_COLORS[etype]}"></span>'
                     f'{esc(etype)} — {esc(title)}</h3>')
        parts.append(_empty(f"no {etype} mentions yet") if rows is None else
                     svg_heat_table(rows, periods.labels, TYPE_COLORS[etype], unit="mentions",
                                    label=f"top {etype} entities per {periods.unit}", label_chars=label_chars))
    note = (f"The {top_n} most mentioned entities of each type; each cell counts their mentions per "
            f"{periods.unit} of publication (darker = more), the bar their total.")
    return _section("entities", "Top entities over time", "".join(parts), note)


def _events(events: pd.DataFrame, periods: Periods) -> str:
    if events.empty:
        return _section("events", f"Event types per {periods.unit}", _empty("no events yet"))
    rows, pairs = data.event_kinds(events, periods, TOP_N)
    chart = svg_heat_table(rows, periods.labels, EVENT_COLOR, unit="events",
                           label=f"event types per {periods.unit}")
    table = _table(["event", "actor 1", "actor 2", "events"], [list(p) for p in pairs], ["", "", "", "n"])
    note = f"CAMEO-style root codes; each cell counts the events of articles published that {periods.unit}."
    return _section("events", f"Event types per {periods.unit}",
                    chart + f"<h3>Most frequent events</h3>{table}", note)


def _places(entities: pd.DataFrame) -> str:
    points = data.mapped_places(entities)
    countries = data.mentions_by_country(entities)
    if not countries:
        return _section("places", "Places", _empty("no place is on the map yet"))
    chart = svg_places(points, PLACE_COLOR, label="mentioned places by longitude and latitude") if points else ""
    table = _table(["country", "mentions of its places"], [[c, n] for c, n in countries[:TOP_N]], ["", "n"])
    return _section("places", "Places", chart + f"<h3>Countries by mentions</h3>{table}",
                    "Cities and seats of government by longitude and latitude (a dot's area: its mentions); "
                    "countries count the mentions of every place in them (entities.country_code).")


def _stories(articles: pd.DataFrame, top_n: int) -> str:
    n_articles, n_stories = len(articles), data.n_stories(articles)
    note = (f"{_fmt_int(n_articles)} articles tell {_fmt_int(n_stories)} stories: reprints, syndicated copy "
            "and updates of one story count once (articles.story_id).")
    top = data.largest_stories(articles, top_n)
    if not top:
        return _section("stories", "Articles and stories", _empty("no story is told by more than one article"), note)
    table = _table(["story (its first article)", "headline", "articles", "first", "last"],
                   [[s.story_id, fit(s.title, 120), s.n_articles, s.first.isoformat(), s.last.isoformat()]
                    for s in top], ["", "", "n", "", ""])
    return _section("stories", "Articles and stories", f"<h3>The largest stories</h3>{table}", note)


def _speakers(quotes: pd.DataFrame) -> str:
    if quotes.empty:
        return _section("quotes", "Most-quoted speakers", _empty("no quotes yet"))
    top = data.top_speakers(quotes, TOP_SPEAKERS)
    chart = svg_bars([(str(s.name), [s.direct, s.indirect]) for s in top],
                     [DIRECT_COLOR, INDIRECT_COLOR], series=["direct quotes", "reported quotes"],
                     label="most-quoted speakers")
    key = legend([("direct speech", DIRECT_COLOR), ("reported speech", INDIRECT_COLOR)])
    table = _table(["speaker", "quotes", "articles", "longest quote"],
                   [[s.name, s.total, s.n_articles, fit(s.longest, 160)] for s in top[:TOP_N]],
                   ["", "n", "n", "quote"])
    return _section("quotes", "Most-quoted speakers", key + chart + f"<h3>What they said</h3>{table}",
                    f"{_fmt_int(len(quotes))} quotes; speakers by canonical name where resolved, else as written.")


def _rejects(rejects: pd.DataFrame, published: bool) -> str:
    if rejects.empty:
        return _section("rejects", "Rejects by reason", _empty(
            "no rejects: every input file was loaded" if published else "no rejects yet"))
    per = data.reject_counts(rejects)
    chart = svg_bars([(r, [n]) for r, n in per], [REJECT_COLOR], series=["rejected inputs"],
                     label="rejects by reason")
    meaning = _table(["reason", "rejected", "meaning"],
                     [[r, n, REJECT_REASONS.get(r, "")] for r, n in per], ["code", "n", ""])
    shown = rejects.sort_values(["reason", "source_path"]).head(MAX_EXAMPLES)
    examples = _table(["source path", "reason", "message", "run"],
                      [[r.source_path, r.reason, r.message, r.run_id] for r in shown.itertuples()],
                      ["code", "code", "", "code"])
    more = (f'<p class="note">first {MAX_EXAMPLES} of {_fmt_int(len(rejects))}</p>'
            if len(rejects) > MAX_EXAMPLES else "")
    return _section("rejects", "Rejects by reason",
                    chart + meaning + f"<h3>Rejected inputs</h3>{examples}{more}",
                    "Inputs that could not be loaded; the raw files are left as they are.")


def _check_rows(items: list[dict]) -> list[list]:
    rows = []
    for f in items:
        count = f.get("unexpected_count", f.get("n_failures"))
        detail = f.get("error") or ", ".join(str(e) for e in (f.get("examples") or [])[:3])
        rows.append([f.get("table", ""), f.get("check", ""), f.get("column") or "",
                     "" if count is None else count, fit(detail, 200)])
    return rows


def _validation(runs: list[tuple[str, dict]], out: Path) -> str:
    audited = data.latest_audited(runs)
    if audited is None:
        return _section("validation", "Latest validation",
                        _empty("no validation results yet (no run has been audited)"))
    run_id, report = audited
    v = report["validation"]
    ok = bool(v.get("success"))
    failures, warnings = v.get("failures") or [], v.get("warnings") or []
    docs = v.get("data_docs") or DATA_DOCS
    docs_href = f"../{RUNS}/{run_id}/{docs}"
    docs_there = (out / RUNS / run_id / docs).is_file()
    started = f', started {esc(report["started_at"])}' if report.get("started_at") else ""
    head = [f'<p class="status">{_badge(ok, "passed" if ok else "FAILED")} run <code>{esc(run_id)}</code>'
            f' ({esc(report.get("status", "?"))}{started}): '
            f'{len(failures)} blocking failure{"s" if len(failures) != 1 else ""}, '
            f'{len(warnings)} warning{"s" if len(warnings) != 1 else ""}.</p>',
            f'<p>Great Expectations Data Docs: <a href="{esc(docs_href)}">{esc(docs_href)}</a>'
            + ("" if docs_there else ' <span class="muted">(not found)</span>') + "</p>"]
    latest_id = runs[-1][0] if runs else None
    if latest_id and latest_id != run_id:
        head.append(f'<p class="note">The newest run, <code>{esc(latest_id)}</code>, '
                    f'({esc(runs[-1][1].get("status", "?"))}) audited nothing; '
                    'these are the results of the last audited run.</p>')
    parts = head
    header = ["table", "check", "column", "unexpected", "examples / error"]
    classes = ["code", "code", "code", "n", ""]
    parts.append("<h3>Blocking failures</h3>" + (_table(header, _check_rows(failures), classes) if failures
                                                 else _empty("none")))
    parts.append("<h3>Warnings</h3>" + (_table(header, _check_rows(warnings), classes) if warnings
                                        else _empty("none")))
    per_table = [[*counts, _passed(passed)] for *counts, passed in data.checks_per_table(v)]
    if per_table:
        parts.append("<h3>Checks per table</h3>" + _table(
            ["table", "checks", "passed", "failed (blocking)", "failed (warning)", ""], per_table,
            ["code", "n", "n", "n", "n", ""]))
    checks = v.get("checks") or []
    if checks:
        parts.append("<h3>Cross-table checks</h3>" + _table(
            ["check", "what it checks", "rows breaking it", ""],
            [[c.get("check", ""), c.get("description", ""), c.get("n_failures", 0), _passed(bool(c.get("success")))]
             for c in checks],
            ["code", "", "n", ""]))
    return _section("validation", "Latest validation", "".join(parts))


def _runs(runs: list[tuple[str, dict]], total: int | None = None) -> str:
    if not runs:
        return _section("runs", "Recent runs", _empty("no runs yet"))
    rows = []
    for run_id, r in reversed(runs[-RECENT_RUNS:]):
        arts = r.get("articles") or {}
        seconds = data.run_seconds(r)
        status = r.get("status", "?")
        rows.append([Raw(f'<a href="../{RUNS}/{esc(run_id)}/report.json"><code>{esc(run_id)}</code></a>'),
                     _badge(is_ok(status) if status != "?" else None, status),
                     arts.get("new", ""), arts.get("changed", ""), arts.get("unchanged", ""),
                     (r.get("rejects") or {}).get("total", ""), len(r.get("quarantined") or []),
                     f"{seconds:.1f} s" if seconds else ""])
    table = _table(["run", "status", "new", "changed", "unchanged", "rejected", "quarantined", "time"], rows,
                   ["", "", "n", "n", "n", "n", "n", "n"])
    run_id, latest = runs[-1]
    quarantined = latest.get("quarantined") or []
    if quarantined:  # the articles the latest run held back, and the check each failed
        table += (f"<h3>Quarantined by run <code>{esc(run_id)}</code></h3>" + _table(
            ["file", "checks", "what failed"],
            [[Raw(f"<code>{esc(q['source_path'])}</code>"), ", ".join(q["checks"]), q["message"]]
             for q in quarantined[:MAX_EXAMPLES]], ["", "", ""]))
    return _section("runs", "Recent runs", table,
                    f"{len(runs) if total is None else total} run reports under {RUNS}/, newest first.")


# -- the page ------------------------------------------------------------------------------------

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f6f7f9;color:#1f2933;
  font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
header{background:#1f2d3d;color:#fff;padding:18px 32px}
header h1{margin:0;font-size:22px;font-weight:600}
header p{margin:4px 0 0;color:#c5d0dc;font-size:13px}
nav{background:#fff;border-bottom:1px solid #dde2e8;padding:8px 32px;position:sticky;top:0}
nav a{margin-right:18px;color:#2f6db5;text-decoration:none;font-size:13px}
main{max-width:1120px;margin:0 auto;padding:16px 24px 48px}
section{background:#fff;border:1px solid #dde2e8;border-radius:8px;padding:16px 22px;margin:16px 0;overflow-x:auto}
h2{margin:0 0 8px;font-size:18px}
h3{margin:18px 0 6px;font-size:14px;color:#3e4c59}
.note,.muted{color:#616e7c;font-size:13px;margin:2px 0 10px}
.empty{color:#616e7c;font-style:italic;background:#f4f5f7;border-radius:6px;padding:10px 14px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 12px}
.card{flex:1 1 140px;border:1px solid #dde2e8;border-radius:8px;padding:10px 14px;background:#fafbfc}
.card b{display:block;font-size:24px;font-weight:600}
.card span{color:#616e7c}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}
th,td{text-align:left;padding:4px 10px;border-bottom:1px solid #e6e9ee;vertical-align:top}
thead th{background:#f4f5f7;font-weight:600}
table.facts th{font-weight:normal;color:#616e7c;background:none}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;white-space:nowrap}
td.quote{color:#3e4c59;max-width:520px}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
.badge.ok{background:#e3f4e8;color:#1e6b3a}.badge.bad{background:#fde8e8;color:#a61b1b}
.badge.warn{background:#fff4d6;color:#8a5a00}
.banner{background:#fde8e8;border:1px solid #f5b5b5;color:#7f1616;border-radius:8px;padding:10px 16px;margin:16px 0}
.legend span{margin-right:16px;font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;margin-right:5px;border-radius:2px;vertical-align:-1px}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
svg{display:block;max-width:100%;height:auto;margin:4px 0 8px}
svg text{font-family:-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
svg .lbl{font-size:12px;fill:#1f2933}svg .axis{font-size:11px;fill:#616e7c}svg .num{font-size:10.5px;fill:#3e4c59}
a{color:#2f6db5}
"""


def build_html(out: str | Path, *, top_n: int = TOP_N, now: dt.datetime | None = None) -> str:
    """The report page for the dataset at `out`, as a string."""
    out = Path(out)
    ds = Dataset(out)
    runs = data.load_runs(out)  # the recent ones: `_runs/` keeps up to --keep-runs and the failures
    latest = runs[-1] if runs else None
    tables = Tables.read(ds)
    periods = Periods.of(tables.articles)

    now = now or dt.datetime.now(dt.timezone.utc)
    banner = ""
    if ds.current is None:
        banner = ('<div class="banner">Nothing is published in this folder yet: '
                  'run <code>letopis run</code> first.</div>')
    elif latest is not None and latest[1].get("status") is not None and not is_ok(latest[1].get("status")):
        banner = (f'<div class="banner">The latest run <code>{esc(latest[0])}</code> ended as '
                  f'<b>{esc(latest[1].get("status"))}</b> and published nothing: the tables below are the '
                  f'version published before it ({esc(ds.current.name)}).</div>')
    sections = [
        _summary(tables, periods, ds, latest),
        _top_entities(tables.mentions, periods, top_n) if periods.keys
        else _section("entities", "Top entities over time", _empty("no entity mentions yet")),
        _events(tables.events, periods) if periods.keys
        else _section("events", "Event types per month", _empty("no events yet")),
        _places(tables.entities),
        _stories(tables.articles, top_n),
        _speakers(tables.quotes),
        _rejects(tables.rejects, ds.current is not None),
        _validation(runs, out),
        _runs(runs, len(data.run_names(out))),
    ]
    nav = "".join(f'<a href="#{a}">{esc(t)}</a>' for a, t in (
        ("summary", "Summary"), ("entities", "Entities"), ("events", "Events"), ("places", "Places"), ("stories", "Stories"), ("quotes", "Quotes"),
        ("rejects", "Rejects"), ("validation", "Validation"), ("runs", "Runs")))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>letopis report — {esc(out.resolve().name)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>letopis report</h1><p>{esc(out.resolve())} · generated "
            f"{esc(now.strftime('%Y-%m-%d %H:%M UTC'))}</p></header><nav>{nav}</nav><main>{banner}"
            + "".join(sections) + "</main></body></html>\n")


def render_report(out: str | Path, *, top_n: int = TOP_N) -> Path:
    """Write `<out>/_report/index.html` (replaced atomically) and return its path."""
    out = Path(out)
    page = build_html(out, top_n=top_n)
    target = out / REPORT_DIR / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".index.html.{os.getpid()}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, target)
    return target
