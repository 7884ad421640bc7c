"""The data dictionary (`docs/tables.md`), generated from the schemas.

`python -m schemas.dictionary > docs/tables.md` rewrites it; a test fails when
the committed document and the schemas disagree.
"""

from __future__ import annotations

import json

import pyarrow as pa

from schemas.tables import REJECT_REASONS, TABLES, field_meta

ONE_ROW_PER = {
    "articles": "article",
    "mentions": "named-entity (PER, LOC, ORG) or date (DATE) mention in an article's title or body",
    "quotes": "direct or reported speech",
    "events": "who-did-what-to-whom-when-where in a sentence",
    "entities": "canonical entity (a person, place, organisation)",
    "rejects": "input that could not be loaded",
}


def _type(t: pa.DataType) -> str:
    if pa.types.is_dictionary(t):
        return f"dictionary<{t.value_type}>"
    return str(t)


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", "\\n")


def render() -> str:
    out = [
        "# Data dictionary",
        "",
        "Generated from `schemas/tables.py` by `python -m schemas.dictionary > docs/tables.md`; do not edit by hand.",
        "",
        "Partitioned tables live in Hive folders `<table>/year=YYYY/month=MM/part-0.parquet` keyed by the",
        "article's publication date; `year` and `month` come from the folder names, not from the files.",
        "Every per-article table joins to `articles` on `article_id`; `mentions.entity_id` joins to",
        "`entities.entity_id`.",
        "",
    ]
    for name, t in TABLES.items():
        out += [
            f"## {name}",
            "",
            f"One row per {ONE_ROW_PER[name]}. Key: `{', '.join(t.key)}`. "
            + ("Partitioned by `year`, `month`." if t.partitioned else "Not partitioned."),
            "",
            "| column | type | null | meaning | example |",
            "|---|---|---|---|---|",
        ]
        for f in t.schema:
            notes = []
            if field_meta(f, "values") is not None:
                notes.append("one of " + ", ".join(f"`{v}`" for v in field_meta(f, "values")))
            low, high = field_meta(f, "min"), field_meta(f, "max")
            if low is not None or high is not None:
                notes.append(f"{low}–{high}" if low is not None and high is not None
                             else f"≥ {low}" if low is not None else f"≤ {high}")
            if field_meta(f, "unique"):
                notes.append("unique")
            meaning = field_meta(f, "doc") + (f" ({'; '.join(notes)})" if notes else "")
            example = json.loads(f.metadata[b"example"])
            out.append(f"| `{f.name}` | {_type(f.type)} | {'yes' if f.nullable else 'no'} | {_cell(meaning)} | "
                       f"{_cell('' if example is None else example)} |")
        out.append("")
    out += ["## Reject reasons", "", "| reason | meaning |", "|---|---|"]
    out += [f"| `{code}` | {_cell(text)} |" for code, text in REJECT_REASONS.items()]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render(), end="")
