"""The HTML report's numbers: the published tables and the run reports, aggregated.

Reads the published tables (through `pipelines.store.Dataset`) and the run reports
(`<out>/_runs/<run_id>/report.json`); returns plain values (counts, labelled rows of
numbers), nothing of HTML: `pipelines.report_page` lays them out.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipelines.retention import is_run_name
from pipelines.store import RUNS, Dataset

RECENT_RUNS = 10  # runs listed on the page
MAX_MONTH_COLUMNS = 36
TYPE_NAMES = {"PER": "people", "LOC": "places", "ORG": "organisations"}  # the entity types shown

Rows = list[tuple[str, list[int]]]  # a label and one number per column


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
class Tables:
    """The published rows the page shows, one DataFrame a table."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    events: pd.DataFrame
    rejects: pd.DataFrame

    @classmethod
    def read(cls, ds: Dataset) -> "Tables":
        return cls(
            articles=_frame(ds, "articles", ["article_id", "published_date", "title", "story_id", "year", "month"]),
            mentions=_frame(ds, "mentions", ["article_id", "type", "normal", "entity_id", "entity_name",
                                             "year", "month"]),
            entities=_frame(ds, "entities", ["entity_id", "type", "name", "n_mentions", "country_code",
                                             "latitude", "longitude"]),
            quotes=_frame(ds, "quotes", ["article_id", "text", "kind", "speaker", "speaker_name", "year", "month"]),
            events=_frame(ds, "events", ["article_id", "event_subcode", "event_type", "actor1_name", "actor2_name",
                                         "year", "month"]),
            rejects=_frame(ds, "rejects", ["source_path", "reason", "message", "run_id"]))

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {"articles": len(self.articles), "mentions": len(self.mentions), "entities": len(self.entities),
                "quotes": len(self.quotes), "events": len(self.events), "rejects": len(self.rejects)}


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

    @classmethod
    def of(cls, articles: pd.DataFrame) -> "Periods":
        """The axis spanning the articles' publication months."""
        return cls.spanning(sorted({(int(y), int(m)) for y, m in zip(articles["year"], articles["month"])}))

    def key(self, df: pd.DataFrame) -> pd.Series:
        year = df["year"].astype("int64")
        return year if self.by_year else year * 100 + df["month"].astype("int64")

    @property
    def unit(self) -> str:
        return "year" if self.by_year else "month"


# -- the tables, aggregated ----------------------------------------------------------------------

def date_range(articles: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """The first and last publication date; None without articles."""
    return (articles["published_date"].min(), articles["published_date"].max()) if len(articles) else None


def n_periods(rows: pd.DataFrame, periods: Periods) -> int:
    """How many periods have rows."""
    return rows.groupby(periods.key(rows)).ngroups


def per_period(rows: pd.DataFrame, periods: Periods) -> list[int]:
    """Rows in each period of the axis."""
    per = rows.groupby(periods.key(rows)).size()
    return [int(per.get(k, 0)) for k in periods.keys]


@dataclass
class Story:
    story_id: str
    title: str         # the headline of its first article
    n_articles: int
    first: dt.date
    last: dt.date


def n_stories(articles: pd.DataFrame) -> int:
    """Distinct stories: near-copies (reprints, syndicated copy, updates) counted once."""
    return int(articles["story_id"].nunique()) if len(articles) else 0


def largest_stories(articles: pd.DataFrame, top_n: int) -> list[Story]:
    """The stories told by the most articles (at least two), most first; ties by story_id."""
    if articles.empty:
        return []
    sizes = articles.groupby("story_id").agg(n=("article_id", "size"), first=("published_date", "min"),
                                             last=("published_date", "max"))
    sizes = sizes[sizes.n > 1].reset_index().sort_values(["n", "story_id"], ascending=[False, True]).head(top_n)
    titles = dict(zip(articles.article_id, articles.title))
    return [Story(r.story_id, titles.get(r.story_id, ""), int(r.n), r.first, r.last) for r in sizes.itertuples()]


def mapped_places(entities: pd.DataFrame) -> list[tuple[str, float, float, int]]:
    """(«name (country code)», latitude, longitude, mentions) of the entities with a point (cities, seats)."""
    placed = entities.dropna(subset=["latitude", "longitude"])
    return [(f"{r.name} ({r.country_code})" if isinstance(r.country_code, str) else r.name,
             float(r.latitude), float(r.longitude), int(r.n_mentions)) for r in placed.itertuples()]


def mentions_by_country(entities: pd.DataFrame) -> list[tuple[str, int]]:
    """Mentions of the places of each country (country_code), most first."""
    placed = entities.dropna(subset=["country_code"])
    counts = placed.groupby("country_code", observed=True).n_mentions.sum().sort_values(ascending=False)
    return [(str(c), int(n)) for c, n in counts.items()]


def entities_by_type(entities: pd.DataFrame) -> dict[str, int]:
    """Entities of each type shown."""
    by_type = entities["type"].value_counts()
    return {t: int(by_type.get(t, 0)) for t in TYPE_NAMES}


def top_entities(mentions: pd.DataFrame, periods: Periods,
                 top_n: int) -> list[tuple[str, str, Rows | None]] | None:
    """Per entity type (type, its name, None when it has no mentions): the `top_n` most mentioned
    entities, most first, with their mentions per period; None when no mention names an entity."""
    named = mentions[mentions["type"].isin(list(TYPE_NAMES)) & mentions["entity_id"].notna()]
    if named.empty:
        return None
    named = named.assign(period=periods.key(named),
                         name=named["entity_name"].fillna(named["normal"]).fillna(named["entity_id"]))
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
    return tables


def event_kinds(events: pd.DataFrame, periods: Periods,
                top_n: int) -> tuple[Rows, list[tuple[str, str, str, int]]]:
    """Events of each kind (`code type`) per period, and the `top_n` most frequent
    (kind, actor 1, actor 2, events)."""
    events = events.assign(period=periods.key(events),
                           kind=events["event_subcode"].fillna("??") + " " + events["event_type"].fillna(""))
    counts = events.groupby(["kind", "period"]).size()
    rows = [(k, [int(counts.get((k, p), 0)) for p in periods.keys]) for k in sorted(events["kind"].unique())]
    pairs = (events.assign(a1=events["actor1_name"].fillna("?"), a2=events["actor2_name"].fillna("—"))
             .groupby(["kind", "a1", "a2"]).size().sort_values(ascending=False, kind="stable").head(top_n))
    return rows, [(k, a1, a2, int(n)) for (k, a1, a2), n in pairs.items()]


@dataclass
class Speaker:
    name: str  # canonical where resolved, else as written
    direct: int
    indirect: int
    n_articles: int
    longest: str  # the longest quote

    @property
    def total(self) -> int:
        return self.direct + self.indirect


def top_speakers(quotes: pd.DataFrame, top_n: int) -> list[Speaker]:
    """The `top_n` most-quoted speakers, most first (then by name)."""
    quotes = quotes.assign(who=quotes["speaker_name"].fillna(quotes["speaker"]).fillna("(unknown speaker)"))
    per = quotes.groupby(["who", "kind"]).size().unstack(fill_value=0)
    for kind in ("direct", "indirect"):
        if kind not in per:
            per[kind] = 0
    per = per.assign(total=per["direct"] + per["indirect"], speaker_key=per.index.astype(str))
    top = per.sort_values(["total", "speaker_key"], ascending=[False, True], kind="stable").index[:top_n]
    speakers = []
    for w in top:
        mine = quotes[quotes["who"] == w]
        speakers.append(Speaker(w, int(per.loc[w, "direct"]), int(per.loc[w, "indirect"]),
                                int(mine["article_id"].nunique()), max(mine["text"].fillna(""), key=len)))
    return speakers


def reject_counts(rejects: pd.DataFrame) -> list[tuple[str, int]]:
    """Rejects per reason, most first (then by reason)."""
    per = rejects.groupby("reason").size()
    return [(r, int(per[r])) for r in sorted(per.index, key=lambda r: (-int(per[r]), r))]


# -- the run reports -----------------------------------------------------------------------------

def latest_audited(runs: list[tuple[str, dict]]) -> tuple[str, dict] | None:
    """The newest of `runs` (oldest first) whose report has validation results."""
    audited = [(rid, r) for rid, r in runs if isinstance(r.get("validation"), dict)]
    return audited[-1] if audited else None


def checks_per_table(validation: dict) -> list[tuple[str, int, int, int, int, bool]]:
    """(table, checks, passed, failed blocking, failed warning, passed?) per table of GX results, then
    the cross-table checks as «(cross-table)»: a table passes without a blocking failure, the
    cross-table checks without any failure."""
    out = []
    for table, results in (validation.get("gx") or {}).items():
        results = results or []
        failed_blocking = sum(1 for r in results if not r.get("success") and r.get("blocking"))
        failed_warning = sum(1 for r in results if not r.get("success") and not r.get("blocking"))
        passed = sum(1 for r in results if r.get("success"))
        out.append((table, len(results), passed, failed_blocking, failed_warning, not failed_blocking))
    checks = validation.get("checks") or []
    if checks:
        failed = sum(1 for c in checks if not c.get("success"))
        out.append(("(cross-table)", len(checks), len(checks) - failed,
                    sum(1 for c in checks if not c.get("success") and c.get("blocking")),
                    sum(1 for c in checks if not c.get("success") and not c.get("blocking")), not failed))
    return out


def run_seconds(report: dict) -> float:
    """A run's time: the sum of its stages' seconds."""
    return sum(v for v in (report.get("timings") or {}).values() if isinstance(v, (int, float)))
