"""`letopis report`: one self-contained HTML page about the published dataset.

`render_report(out)` reads the published tables (through `pipelines.store.Dataset`)
and the run reports (`<out>/_runs/<run_id>/report.json`, the newest by name) and
writes `<out>/_report/index.html`: a summary, top entities over time, event types
over time, the most-quoted speakers, rejects by reason, the latest validation
results and the recent runs.

The page works offline and from a copied folder: CSS inline, every chart an
inline SVG drawn here, no script, no font, no image from anywhere.  Every piece
of text that comes from the data is escaped.  Tables that are still empty say so
(«no quotes yet») instead of drawing an empty chart.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipelines.retention import is_run_name
from pipelines.run_report import OK_STATUSES
from pipelines.store import RUNS, Dataset
from schemas.tables import REJECT_REASONS

REPORT_DIR = "_report"
RECENT_RUNS = 10  # runs listed on the page
TOP_N = 10
TOP_SPEAKERS = 15
MAX_MONTH_COLUMNS = 36
MAX_EXAMPLES = 20

TYPE_COLORS = {"PER": "#2f6db5", "LOC": "#2e8b57", "ORG": "#c96a12", "DATE": "#6b7280"}
TYPE_NAMES = {"PER": "people", "LOC": "places", "ORG": "organisations"}
EVENT_COLOR = "#7048b8"
ARTICLE_COLOR = "#2f6db5"
DIRECT_COLOR = "#b4451f"
INDIRECT_COLOR = "#e9a27c"
REJECT_COLOR = "#b42323"


# -- reading -------------------------------------------------------------------------------------

def _frame(ds: Dataset, table: str, columns: list[str]) -> pd.DataFrame:
    """Published rows as a DataFrame of plain values (dictionary columns decoded)."""
    t = ds.read(table, columns=columns)
    fields = [pa.field(f.name, f.type.value_type) if pa.types.is_dictionary(f.type) else f for f in t.schema]
    return t.cast(pa.schema(fields)).to_pandas()


def _load_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def run_names(out: Path) -> list[str]:
    """Names of the run folders under `_runs/`, oldest first (not `_static`, not `.pruned-*`)."""
    try:
        with os.scandir(Path(out) / RUNS) as entries:
            return sorted(e.name for e in entries if is_run_name(e.name) and e.is_dir())
    except OSError:
        return []


def load_runs(out: Path, recent: int | None = RECENT_RUNS) -> list[tuple[str, dict]]:
    """(run_id, report) of the newest `recent` runs with a readable report.json, oldest first (by name).

    When none of them validated, the newest run that did is added (the page shows its
    checks).  Only those reports are read, newest first, however many runs `_runs/` holds;
    `recent=None` reads every run.
    """
    runs: list[tuple[str, dict]] = []
    audited = False
    for name in reversed(run_names(out)):
        if recent is not None and len(runs) >= recent and audited:
            break
        report = _load_json(Path(out) / RUNS / name / "report.json")
        if report is None:
            continue
        is_audited = isinstance(report.get("validation"), dict)
        if recent is None or len(runs) < recent or (is_audited and not audited):
            runs.append((name, report))
        audited = audited or is_audited
    return runs[::-1]


@dataclass
class Periods:
    """The time axis: months (year*100 + month) or, for long spans, years."""

    keys: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    by_year: bool = False

    @classmethod
    def spanning(cls, year_months: list[tuple[int, int]]) -> "Periods":
        if not year_months:
            return cls()
        (y0, m0), (y1, m1) = min(year_months), max(year_months)
        n_months = (y1 - y0) * 12 + (m1 - m0) + 1
        if n_months <= MAX_MONTH_COLUMNS:
            keys = [(y0 + (m0 - 1 + i) // 12) * 100 + (m0 - 1 + i) % 12 + 1 for i in range(n_months)]
            return cls(keys, [f"{k // 100}-{k % 100:02d}" for k in keys], False)
        years = list(range(y0, y1 + 1)) if y1 - y0 < MAX_MONTH_COLUMNS else sorted({y for y, _ in year_months})
        return cls(years, [str(y) for y in years], True)

    def key(self, df: pd.DataFrame) -> pd.Series:
        year = df["year"].astype("int64")
        return year if self.by_year else year * 100 + df["month"].astype("int64")

    @property
    def unit(self) -> str:
        return "year" if self.by_year else "month"


# -- SVG charts ----------------------------------------------------------------------------------

CHAR_W = 7.8  # width of a 12px sans-serif character (DejaVu Sans Cyrillic: 7.6), to lay out labels


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _fit(label: str, max_chars: int) -> str:
    return label if len(label) <= max_chars else label[: max_chars - 1] + "…"


def _mix(color: str, share: float) -> str:
    """`color` blended into white: share 0 → almost white, 1 → the colour itself."""
    share = max(0.0, min(1.0, share))
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 + (c - 255) * (0.12 + 0.88 * share)) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def _svg(width: float, height: float, body: list[str], label: str) -> str:
    return (f'<svg role="img" aria-label="{_e(label)}" '
            f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}">'
            + "".join(body) + "</svg>")


def svg_heat_table(rows: list[tuple[str, list[int]]], columns: list[str], color: str, *, unit: str,
                   label: str, max_width: int = 1000, label_chars: int | None = None) -> str:
    """Rows × periods as coloured cells (darker = more), with each row's total as a bar.

    `label_chars` fixes the width of the label column, so that small multiples line up.
    """
    max_label = label_chars or min(34, max(len(r[0]) for r in rows))
    label_w = max_label * CHAR_W + 12
    total_w = 110
    n = max(1, len(columns))
    cell_w = max(14.0, min(56.0, (max_width - label_w - total_w) / n))
    cell_h = 22
    rotate = cell_w < 8 * CHAR_W
    head_h = 58 if rotate else 24
    width = label_w + n * cell_w + total_w
    height = head_h + len(rows) * cell_h + 6
    top = max((v for _, values in rows for v in values), default=0) or 1
    row_max = max((sum(values) for _, values in rows), default=0) or 1
    out = []
    for i, name in enumerate(columns):
        x = label_w + i * cell_w + cell_w / 2
        if rotate:
            out.append(f'<text class="axis" transform="translate({x + 4:.1f},{head_h - 4}) rotate(-60)">'
                       f'{_e(name)}</text>')
        else:
            out.append(f'<text class="axis" x="{x:.1f}" y="{head_h - 8}" text-anchor="middle">{_e(name)}</text>')
    out.append(f'<text class="axis" x="{label_w + n * cell_w + 8:.1f}" y="{head_h - 8}">total</text>')
    for r, (name, values) in enumerate(rows):
        y = head_h + r * cell_h
        out.append(f'<text class="lbl" x="{label_w - 8:.1f}" y="{y + 15}" text-anchor="end">'
                   f'<title>{_e(name)}</title>{_e(_fit(name, max_label))}</text>')
        for c, value in enumerate(values):
            x = label_w + c * cell_w
            share = math.sqrt(value / top) if value else 0.0
            fill = _mix(color, share) if value else "#f4f5f7"
            out.append(f'<rect x="{x + 1:.1f}" y="{y + 1}" width="{cell_w - 2:.1f}" height="{cell_h - 2}" '
                       f'rx="2" fill="{fill}"><title>{_e(name)} — {_e(columns[c])}: {value} {_e(unit)}</title></rect>')
            if value and cell_w >= 20:
                ink = "#ffffff" if share > 0.6 else "#1f2933"
                out.append(f'<text class="num" x="{x + cell_w / 2:.1f}" y="{y + 15}" text-anchor="middle" '
                           f'style="fill:{ink}">{value}</text>')
        total = sum(values)
        bar = 60 * total / row_max
        x0 = label_w + n * cell_w + 8
        out.append(f'<rect x="{x0:.1f}" y="{y + 5}" width="{bar:.1f}" height="{cell_h - 10}" fill="{color}" '
                   f'rx="2"><title>{_e(name)}: {total} {_e(unit)}</title></rect>')
        out.append(f'<text class="num" x="{x0 + bar + 4:.1f}" y="{y + 15}">{total}</text>')
    return _svg(width, height, out, label)


def svg_bars(rows: list[tuple[str, list[int]]], colors: list[str], *, series: list[str], label: str,
             bar_w: int = 420) -> str:
    """Horizontal (stacked) bars, one row per label, the total written after the bar."""
    max_label = min(40, max(len(r[0]) for r in rows))
    label_w = max_label * CHAR_W + 12
    row_h = 22
    width = label_w + bar_w + 60
    height = len(rows) * row_h + 4
    top = max((sum(values) for _, values in rows), default=0) or 1
    out = []
    for r, (name, values) in enumerate(rows):
        y = r * row_h
        out.append(f'<text class="lbl" x="{label_w - 8:.1f}" y="{y + 15}" text-anchor="end">'
                   f'<title>{_e(name)}</title>{_e(_fit(name, max_label))}</text>')
        x = label_w
        for value, color, what in zip(values, colors, series):
            w = bar_w * value / top
            if w > 0:
                out.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{color}">'
                           f'<title>{_e(name)}: {value} {_e(what)}</title></rect>')
            x += w
        out.append(f'<text class="num" x="{x + 5:.1f}" y="{y + 15}">{sum(values)}</text>')
    return _svg(width, height, out, label)


def svg_columns(columns: list[str], values: list[int], color: str, *, unit: str, label: str,
                max_width: int = 1000, height: int = 150) -> str:
    """Vertical bars over the time axis (articles per month)."""
    n = max(1, len(columns))
    left, bottom, top_pad = 40, 58 if n > 8 else 24, 16
    col_w = max(12.0, min(60.0, (max_width - left) / n))
    width = left + n * col_w + 10
    plot_h = height - bottom - top_pad
    top = max(values, default=0) or 1
    base = top_pad + plot_h
    out = [f'<line x1="{left}" y1="{base}" x2="{width - 10:.1f}" y2="{base}" stroke="#9aa5b1"/>',
           f'<text class="axis" x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{top}</text>',
           f'<text class="axis" x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>']
    for i, (name, value) in enumerate(zip(columns, values)):
        x = left + i * col_w
        h = plot_h * value / top
        if value:
            out.append(f'<rect x="{x + 2:.1f}" y="{top_pad + plot_h - h:.1f}" width="{col_w - 4:.1f}" '
                       f'height="{h:.1f}" fill="{color}" rx="2"><title>{_e(name)}: {value} {_e(unit)}</title></rect>')
            if col_w >= 22:
                out.append(f'<text class="num" x="{x + col_w / 2:.1f}" y="{top_pad + plot_h - h - 3:.1f}" '
                           f'text-anchor="middle">{value}</text>')
        cx = x + col_w / 2
        if n > 8:
            out.append(f'<text class="axis" transform="translate({cx + 4:.1f},{top_pad + plot_h + 12}) rotate(-60)" '
                       f'text-anchor="end">{_e(name)}</text>')
        else:
            out.append(f'<text class="axis" x="{cx:.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle">'
                       f'{_e(name)}</text>')
    return _svg(width, height, out, label)


def _legend(items: list[tuple[str, str]]) -> str:
    return '<p class="legend">' + "".join(
        f'<span><i style="background:{c}"></i>{_e(name)}</span>' for name, c in items) + "</p>"


# -- HTML pieces ---------------------------------------------------------------------------------

def _empty(message: str) -> str:
    return f'<p class="empty">{_e(message)}</p>'


def _table(header: list[str], rows: list[list], classes: list[str] | None = None) -> str:
    """A plain HTML table; cells are escaped unless given as `Raw`."""
    classes = classes or [""] * len(header)
    head = "".join(f'<th class="{c}">{_e(h)}</th>' for h, c in zip(header, classes))
    body = "".join("<tr>" + "".join(f'<td class="{c}">{v if isinstance(v, Raw) else _e(v)}</td>'
                                    for v, c in zip(row, classes)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class Raw(str):
    """HTML that is already safe (built here from escaped parts)."""


def _section(anchor: str, title: str, content: str, note: str = "") -> str:
    note_html = f'<p class="note">{_e(note)}</p>' if note else ""
    return f'<section id="{anchor}"><h2>{_e(title)}</h2>{note_html}{content}</section>'


def _badge(ok: bool | None, text: str) -> Raw:
    cls = "ok" if ok else ("bad" if ok is False else "warn")
    return Raw(f'<span class="badge {cls}">{_e(text)}</span>')


def _fmt_int(n) -> str:
    return f"{int(n):,}".replace(",", " ")


# -- sections ------------------------------------------------------------------------------------

def _summary(counts: dict[str, int], articles: pd.DataFrame, entities: pd.DataFrame, periods: Periods,
             ds: Dataset, latest: tuple[str, dict] | None) -> str:
    cards = "".join(f'<div class="card"><b>{_fmt_int(counts.get(name, 0))}</b><span>{_e(name)}</span></div>'
                    for name in ("articles", "mentions", "entities", "quotes", "events", "rejects"))
    facts = []
    if len(articles):
        first, last = articles["published_date"].min(), articles["published_date"].max()
        facts.append(("published between", f"{first.isoformat()} and {last.isoformat()}"))
        facts.append((f"{periods.unit}s with articles", str(articles.groupby(periods.key(articles)).ngroups)))
    else:
        facts.append(("published between", "—"))
    if len(entities):
        by_type = entities["type"].value_counts()
        facts.append(("entities by type",
                      ", ".join(f"{t} {_fmt_int(by_type.get(t, 0))}" for t in ("PER", "LOC", "ORG"))))
    current = ds.current
    facts.append(("published version", current.name if current is not None else "nothing published yet"))
    if latest is not None:
        run_id, report = latest
        facts.append(("latest run", f"{run_id} ({report.get('status', '?')})"))
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts)
    chart = ""
    if len(articles):
        per = articles.groupby(periods.key(articles)).size()
        values = [int(per.get(k, 0)) for k in periods.keys]
        chart = (f"<h3>Articles per {periods.unit}</h3>"
                 + svg_columns(periods.labels, values, ARTICLE_COLOR, unit="articles",
                               label=f"articles per {periods.unit}"))
    return _section("summary", "Summary", f'<div class="cards">{cards}</div><table class="facts">{rows}</table>{chart}')


def _top_entities(mentions: pd.DataFrame, periods: Periods, top_n: int) -> str:
    named = mentions[mentions["type"].isin(list(TYPE_NAMES)) & mentions["entity_id"].notna()]
    if named.empty:
        return _section("entities", "Top entities over time", _empty("no entity mentions yet"))
    named = named.assign(period=periods.key(named),
                         name=named["entity_name"].fillna(named["normal"]).fillna(named["entity_id"]))
    parts = []
    tables = []
    for etype, title in TYPE_NAMES.items():
        of_type = named[named["type"] == etype]
        if of_type.empty:
            tables.append((etype, title, None))
            continue
        stats = (of_type.groupby("entity_id").agg(n=("name", "size"), name=("name", "first"))
                 .sort_values(["n", "name"], ascending=[False, True], kind="stable").head(top_n))
        counts = of_type[of_type["entity_id"].isin(stats.index)].groupby(["entity_id", "period"]).size()
        tables.append((etype, title, [(str(name), [int(counts.get((e, k), 0)) for k in periods.keys])
                                      for e, name in stats["name"].items()]))
    label_chars = min(34, max(len(name) for _, _, rows in tables if rows for name, _ in rows))
    for etype, title, rows in tables:
        parts.append(f'<h3><span class="dot" style="background:{TYPE_COLORS[etype]}"></span>'
                     f'{_e(etype)} — {_e(title)}</h3>')
        parts.append(_empty(f"no {etype} mentions yet") if rows is None else
                     svg_heat_table(rows, periods.labels, TYPE_COLORS[etype], unit="mentions",
                                    label=f"top {etype} entities per {periods.unit}", label_chars=label_chars))
    note = (f"The {top_n} most mentioned entities of each type; each cell counts their mentions per "
            f"{periods.unit} of publication (darker = more), the bar their total.")
    return _section("entities", "Top entities over time", "".join(parts), note)


def _events(events: pd.DataFrame, periods: Periods) -> str:
    if events.empty:
        return _section("events", f"Event types per {periods.unit}", _empty("no events yet"))
    events = events.assign(period=periods.key(events),
                           kind=events["event_code"].fillna("??") + " " + events["event_type"].fillna(""))
    kinds = sorted(events["kind"].unique())
    counts = events.groupby(["kind", "period"]).size()
    rows = [(k, [int(counts.get((k, p), 0)) for p in periods.keys]) for k in kinds]
    chart = svg_heat_table(rows, periods.labels, EVENT_COLOR, unit="events",
                           label=f"event types per {periods.unit}")
    pairs = (events.assign(a1=events["actor1_name"].fillna("?"), a2=events["actor2_name"].fillna("—"))
             .groupby(["kind", "a1", "a2"]).size().sort_values(ascending=False, kind="stable").head(TOP_N))
    table = _table(["event", "actor 1", "actor 2", "events"],
                   [[k, a1, a2, int(n)] for (k, a1, a2), n in pairs.items()], ["", "", "", "n"])
    note = f"CAMEO-style root codes; each cell counts the events of articles published that {periods.unit}."
    return _section("events", f"Event types per {periods.unit}",
                    chart + f"<h3>Most frequent events</h3>{table}", note)


def _speakers(quotes: pd.DataFrame) -> str:
    if quotes.empty:
        return _section("quotes", "Most-quoted speakers", _empty("no quotes yet"))
    quotes = quotes.assign(who=quotes["speaker_name"].fillna(quotes["speaker"]).fillna("(unknown speaker)"))
    per = quotes.groupby(["who", "kind"]).size().unstack(fill_value=0)
    for kind in ("direct", "indirect"):
        if kind not in per:
            per[kind] = 0
    per = per.assign(total=per["direct"] + per["indirect"], speaker_key=per.index.astype(str))
    top = list(per.sort_values(["total", "speaker_key"], ascending=[False, True], kind="stable").index[:TOP_SPEAKERS])
    chart = svg_bars([(str(w), [int(per.loc[w, "direct"]), int(per.loc[w, "indirect"])]) for w in top],
                     [DIRECT_COLOR, INDIRECT_COLOR], series=["direct quotes", "reported quotes"],
                     label="most-quoted speakers")
    legend = _legend([("direct speech", DIRECT_COLOR), ("reported speech", INDIRECT_COLOR)])
    rows = []
    for w in top[:TOP_N]:
        mine = quotes[quotes["who"] == w]
        example = max(mine["text"].fillna(""), key=len)
        rows.append([w, int(per.loc[w, "total"]), int(mine["article_id"].nunique()), _fit(example, 160)])
    table = _table(["speaker", "quotes", "articles", "longest quote"], rows, ["", "n", "n", "quote"])
    return _section("quotes", "Most-quoted speakers", legend + chart + f"<h3>What they said</h3>{table}",
                    f"{_fmt_int(len(quotes))} quotes; speakers by canonical name where resolved, else as written.")


def _rejects(rejects: pd.DataFrame, published: bool) -> str:
    if rejects.empty:
        return _section("rejects", "Rejects by reason", _empty(
            "no rejects: every input file was loaded" if published else "no rejects yet"))
    per = rejects.groupby("reason").size()
    reasons = sorted(per.index, key=lambda r: (-int(per[r]), r))
    chart = svg_bars([(r, [int(per[r])]) for r in reasons], [REJECT_COLOR], series=["rejected inputs"],
                     label="rejects by reason")
    meaning = _table(["reason", "rejected", "meaning"],
                     [[r, int(per[r]), REJECT_REASONS.get(r, "")] for r in reasons], ["code", "n", ""])
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
                     "" if count is None else count, _fit(detail, 200)])
    return rows


def _validation(runs: list[tuple[str, dict]], out: Path) -> str:
    audited = [(rid, r) for rid, r in runs if isinstance(r.get("validation"), dict)]
    if not audited:
        return _section("validation", "Latest validation",
                        _empty("no validation results yet (no run has been audited)"))
    run_id, report = audited[-1]
    v = report["validation"]
    ok = bool(v.get("success"))
    failures, warnings = v.get("failures") or [], v.get("warnings") or []
    docs = v.get("data_docs") or "validation/index.html"
    docs_href = f"../{RUNS}/{run_id}/{docs}"
    docs_there = (out / RUNS / run_id / docs).is_file()
    started = f', started {_e(report["started_at"])}' if report.get("started_at") else ""
    head = [f'<p class="status">{_badge(ok, "passed" if ok else "FAILED")} run <code>{_e(run_id)}</code>'
            f' ({_e(report.get("status", "?"))}{started}): '
            f'{len(failures)} blocking failure{"s" if len(failures) != 1 else ""}, '
            f'{len(warnings)} warning{"s" if len(warnings) != 1 else ""}.</p>',
            f'<p>Great Expectations Data Docs: <a href="{_e(docs_href)}">{_e(docs_href)}</a>'
            + ("" if docs_there else ' <span class="muted">(not found)</span>') + "</p>"]
    latest_id = runs[-1][0] if runs else None
    if latest_id and latest_id != run_id:
        head.append(f'<p class="note">The newest run, <code>{_e(latest_id)}</code>, '
                    f'({_e(runs[-1][1].get("status", "?"))}) audited nothing; '
                    'these are the results of the last audited run.</p>')
    parts = head
    header = ["table", "check", "column", "unexpected", "examples / error"]
    classes = ["code", "code", "code", "n", ""]
    parts.append("<h3>Blocking failures</h3>" + (_table(header, _check_rows(failures), classes) if failures
                                                 else _empty("none")))
    parts.append("<h3>Warnings</h3>" + (_table(header, _check_rows(warnings), classes) if warnings
                                        else _empty("none")))
    per_table = []
    for table, results in (v.get("gx") or {}).items():
        results = results or []
        failed_blocking = sum(1 for r in results if not r.get("success") and r.get("blocking"))
        failed_warning = sum(1 for r in results if not r.get("success") and not r.get("blocking"))
        passed = sum(1 for r in results if r.get("success"))
        per_table.append([table, len(results), passed, failed_blocking, failed_warning,
                          _badge(not failed_blocking, "passed" if not failed_blocking else "failed")])
    checks = v.get("checks") or []
    if checks:
        failed = sum(1 for c in checks if not c.get("success"))
        per_table.append(["(cross-table)", len(checks), len(checks) - failed,
                          sum(1 for c in checks if not c.get("success") and c.get("blocking")),
                          sum(1 for c in checks if not c.get("success") and not c.get("blocking")),
                          _badge(not failed, "passed" if not failed else "failed")])
    if per_table:
        parts.append("<h3>Checks per table</h3>" + _table(
            ["table", "checks", "passed", "failed (blocking)", "failed (warning)", ""], per_table,
            ["code", "n", "n", "n", "n", ""]))
    if checks:
        parts.append("<h3>Cross-table checks</h3>" + _table(
            ["check", "what it checks", "rows breaking it", ""],
            [[c.get("check", ""), c.get("description", ""), c.get("n_failures", 0),
              _badge(bool(c.get("success")), "passed" if c.get("success") else "failed")] for c in checks],
            ["code", "", "n", ""]))
    return _section("validation", "Latest validation", "".join(parts))


def _runs(runs: list[tuple[str, dict]], total: int | None = None) -> str:
    if not runs:
        return _section("runs", "Recent runs", _empty("no runs yet"))
    rows = []
    for run_id, r in reversed(runs[-RECENT_RUNS:]):
        arts = r.get("articles") or {}
        seconds = sum(v for v in (r.get("timings") or {}).values() if isinstance(v, (int, float)))
        status = r.get("status", "?")
        rows.append([Raw(f'<a href="../{RUNS}/{_e(run_id)}/report.json"><code>{_e(run_id)}</code></a>'),
                     _badge(status in OK_STATUSES if status != "?" else None, status),
                     arts.get("new", ""), arts.get("changed", ""), arts.get("unchanged", ""),
                     (r.get("rejects") or {}).get("total", ""), len(r.get("quarantined") or []),
                     f"{seconds:.1f} s" if seconds else ""])
    table = _table(["run", "status", "new", "changed", "unchanged", "rejected", "quarantined", "time"], rows,
                   ["", "", "n", "n", "n", "n", "n", "n"])
    run_id, latest = runs[-1]
    quarantined = latest.get("quarantined") or []
    if quarantined:  # the articles the latest run held back, and the check each failed
        table += (f"<h3>Quarantined by run <code>{_e(run_id)}</code></h3>" + _table(
            ["file", "checks", "what failed"],
            [[Raw(f"<code>{_e(q['source_path'])}</code>"), ", ".join(q["checks"]), q["message"]]
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
    runs = load_runs(out)  # the recent ones: `_runs/` keeps up to --keep-runs and the failures
    latest = runs[-1] if runs else None
    articles = _frame(ds, "articles", ["article_id", "published_date", "year", "month"])
    mentions = _frame(ds, "mentions", ["article_id", "type", "normal", "entity_id", "entity_name", "year", "month"])
    entities = _frame(ds, "entities", ["entity_id", "type"])
    quotes = _frame(ds, "quotes", ["article_id", "text", "kind", "speaker", "speaker_name", "year", "month"])
    events = _frame(ds, "events", ["article_id", "event_code", "event_type", "actor1_name", "actor2_name",
                                   "year", "month"])
    rejects = _frame(ds, "rejects", ["source_path", "reason", "message", "run_id"])
    counts = {"articles": len(articles), "mentions": len(mentions), "entities": len(entities),
              "quotes": len(quotes), "events": len(events), "rejects": len(rejects)}
    periods = Periods.spanning(sorted({(int(y), int(m)) for y, m in zip(articles["year"], articles["month"])}))

    now = now or dt.datetime.now(dt.timezone.utc)
    banner = ""
    if ds.current is None:
        banner = ('<div class="banner">Nothing is published in this folder yet: '
                  'run <code>letopis run</code> first.</div>')
    elif latest is not None and latest[1].get("status") not in (*OK_STATUSES, None):
        banner = (f'<div class="banner">The latest run <code>{_e(latest[0])}</code> ended as '
                  f'<b>{_e(latest[1].get("status"))}</b> and published nothing: the tables below are the '
                  f'version published before it ({_e(ds.current.name)}).</div>')
    sections = [
        _summary(counts, articles, entities, periods, ds, latest),
        _top_entities(mentions, periods, top_n) if periods.keys
        else _section("entities", "Top entities over time", _empty("no entity mentions yet")),
        _events(events, periods) if periods.keys
        else _section("events", "Event types per month", _empty("no events yet")),
        _speakers(quotes),
        _rejects(rejects, ds.current is not None),
        _validation(runs, out),
        _runs(runs, len(run_names(out))),
    ]
    nav = "".join(f'<a href="#{a}">{_e(t)}</a>' for a, t in (
        ("summary", "Summary"), ("entities", "Entities"), ("events", "Events"), ("quotes", "Quotes"),
        ("rejects", "Rejects"), ("validation", "Validation"), ("runs", "Runs")))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>letopis report — {_e(out.resolve().name)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>letopis report</h1><p>{_e(out.resolve())} · generated "
            f"{_e(now.strftime('%Y-%m-%d %H:%M UTC'))}</p></header><nav>{nav}</nav><main>{banner}"
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
