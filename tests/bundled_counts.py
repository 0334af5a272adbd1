"""Counts of the bundled dataset, computed independently of the plugin (plain sqlite3 on the GeoPackage).

Tests compare what the plugin shows with these, instead of repeating numbers that change whenever the
data are corrected or extended (docs/data.md).
"""

from __future__ import annotations

import sqlite3

from smartcity_plugin.toolbelt.paths import bundled_data_path

TABLES = ("ascn_cities", "projects", "flood_coverage", "sectors", "claims", "sources", "dataset_info")


def bundled_sql(statement: str) -> list[tuple]:
    """Rows of a read-only query on the bundled GeoPackage."""
    with sqlite3.connect(f"file:{bundled_data_path()}?mode=ro", uri=True) as connection:
        return connection.execute(statement).fetchall()


def bundled_rows(table: str) -> int:
    """Number of rows of a bundled table."""
    assert table in TABLES, table
    return bundled_sql(f'SELECT count(*) FROM "{table}"')[0][0]  # nosec B608: a fixed table name


def bundled_table_rows() -> dict[str, int]:
    """Rows of every bundled table."""
    return {table: bundled_rows(table) for table in TABLES}


def bundled_money(finance_type: str) -> float:
    """Sum of amount_usd of one kind of finance."""
    return bundled_sql(
        f"SELECT coalesce(sum(amount_usd), 0) FROM projects WHERE finance_type = '{finance_type}'"  # nosec B608
    )[0][0]
