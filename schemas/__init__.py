"""The data contract: table schemas, audit checks and GX suites derived from them."""

from schemas.tables import ARTICLE_TABLES, REJECT_REASONS, TABLES, Table, empty_table, to_table

__all__ = ["ARTICLE_TABLES", "REJECT_REASONS", "TABLES", "Table", "empty_table", "to_table"]
