"""great-expectations suites derived from the table schemas.

Each column declaration in `schemas.tables` yields its expectations: not-null
for non-nullable columns, uniqueness for keys, value sets, minimums and
patterns.  These are blocking (GX severity `critical`): a failure publishes
nothing.  `warnings_for` adds the checks that only warn (severity `warning`): they
are reported and the run still publishes.
"""

from __future__ import annotations

import great_expectations as gx
import great_expectations.expectations as gxe

from schemas.tables import TABLES, field_meta

BLOCKING = "critical"  # pipelines.audit keeps a copy, to read results without importing GX
WARNING = "warning"

def warnings_for(table: str) -> list:
    """Plausibility checks that warn but never block a publish."""
    if table == "articles":
        return [
            gxe.ExpectColumnValueLengthsToBeBetween(
                column="title", max_value=400, severity=WARNING,
                description="a title this long is usually a missing line break"),
            gxe.ExpectColumnValuesToBeBetween(
                column="n_sentences", min_value=2, severity=WARNING,
                description="a one-sentence article is usually truncated"),
        ]
    if table == "mentions":
        return [
            gxe.ExpectColumnValueLengthsToBeBetween(
                column="text", max_value=120, severity=WARNING,
                description="a mention this long is usually an NER error"),
        ]
    return []


#: A DATE mention's ISO value at its precision, or the explicit marker of an expression left unresolved.
DATE_NORMAL = r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|unresolved)$"


def table_expectations(table: str) -> list:
    """Blocking checks of a table beyond its columns' own constraints."""
    if table == "mentions":
        return [
            gxe.ExpectColumnValuesToMatchRegex(
                column="normal", regex=DATE_NORMAL, row_condition='type=="DATE"', condition_parser="pandas",
                severity=BLOCKING, description="a DATE mention has an ISO value or the marker `unresolved`"),
            gxe.ExpectColumnValuesToNotBeNull(
                column="date_value", row_condition='type=="DATE" and normal!="unresolved"',
                condition_parser="pandas", severity=BLOCKING,
                description="a resolved DATE mention has its date_value"),
            gxe.ExpectColumnValuesToNotBeNull(
                column="date_precision", row_condition='type=="DATE" and normal!="unresolved"',
                condition_parser="pandas", severity=BLOCKING,
                description="a resolved DATE mention has its date_precision"),
            gxe.ExpectColumnValuesToNotBeNull(
                column="entity_id", row_condition='type!="DATE"', condition_parser="pandas", severity=BLOCKING,
                description="every PER, LOC and ORG mention has its entity"),
        ]
    return []


def expectations_for(table: str) -> list:
    """The blocking expectations of a table's schema, then its warnings."""
    t = TABLES[table]
    out: list = [gxe.ExpectTableColumnsToMatchSet(column_set=list(t.schema.names), exact_match=True,
                                                  severity=BLOCKING)]
    for f in t.schema:
        name = f.name
        if not f.nullable:
            out.append(gxe.ExpectColumnValuesToNotBeNull(column=name, severity=BLOCKING))
        if field_meta(f, "unique"):
            out.append(gxe.ExpectColumnValuesToBeUnique(column=name, severity=BLOCKING))
        values = field_meta(f, "values")
        if values is not None:
            out.append(gxe.ExpectColumnValuesToBeInSet(column=name, value_set=list(values), severity=BLOCKING))
        minimum, maximum = field_meta(f, "min"), field_meta(f, "max")
        if minimum is not None or maximum is not None:
            out.append(gxe.ExpectColumnValuesToBeBetween(column=name, min_value=minimum, max_value=maximum,
                                                         severity=BLOCKING))
        pattern = field_meta(f, "pattern")
        if pattern is not None:
            out.append(gxe.ExpectColumnValuesToMatchRegex(column=name, regex=pattern, severity=BLOCKING))
    if len(t.key) > 1:
        out.append(gxe.ExpectCompoundColumnsToBeUnique(column_list=list(t.key), severity=BLOCKING))
    out.extend(table_expectations(table))
    out.extend(warnings_for(table))
    return out


def suite_for(table: str) -> gx.ExpectationSuite:
    suite = gx.ExpectationSuite(name=f"letopis.{table}")
    for expectation in expectations_for(table):
        suite.add_expectation(expectation)
    return suite
