"""The dock's totals come from each row's group, read once per version of the file.

A filter on the grouped fields runs on the groups and must give exactly what the file
gives; any other filter must be refused there (where SQLite would otherwise read an
unknown "name" as a string and answer wrongly) and answered from the rows that pass it.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from smartcity_plugin.layers.row_groups import RowGroups

COLUMNS = ["fid", "geom", "title", "donor_country", "sectors", "recipient_country", "city_ids", "start_year",
           "amount_usd"]
KEYS = ["donor_country", "recipient_country", "city_ids"]


@pytest.fixture(scope="module")
def table():
    rng = random.Random(7)
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE projects (fid INTEGER PRIMARY KEY, geom BLOB, title TEXT, donor_country TEXT, "
                       "sectors TEXT, recipient_country TEXT, city_ids TEXT, start_year INTEGER, amount_usd REAL)")
    rows = []
    for fid in range(1, 2001):
        rows.append((fid, None if fid % 9 == 0 else b"\x01", f"Project {fid}", rng.choice(["KR", "US", "JP", None]),
                     rng.choice(["water", "water;mobility", None]), rng.choice(["VN", "LA;VN", "TH", "", None]),
                     rng.choice(["vn_danang", "vn_hanoi;vn_danang", None]), rng.choice([2015, 2019, None]),
                     rng.choice([None, 1.5e6, 2e5])))
    connection.executemany("INSERT INTO projects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    read = connection.execute("SELECT rowid, donor_country, recipient_country, city_ids, "
                              "(CASE WHEN geom IS NULL THEN 1 ELSE 0 END), amount_usd + 0.0 FROM projects").fetchall()
    groups = RowGroups(COLUMNS, [*KEYS, None], read)
    yield connection, groups
    groups.close()


def totals(rows) -> tuple:
    return sum(r[-3] for r in rows), round(sum(r[-2] for r in rows), 2), sum(r[-1] for r in rows)


def expected(connection, subset) -> tuple:
    return tuple(connection.execute(
        f"SELECT count(*), round(total(amount_usd), 2), count(amount_usd) FROM projects WHERE ({subset})").fetchone())


@pytest.mark.parametrize("subset", [
    "\"donor_country\" IN ('KR')",
    "\"donor_country\" IN ('KR', 'US') AND coalesce(\"recipient_country\", '') LIKE '%VN%'",
    "\"city_ids\" = 'vn_danang' OR \"donor_country\" IS NULL",
    "lower(\"donor_country\") = 'jp'",
    "\"nosuch\" = 'nosuch'",  # an unknown name is a string in both: the same (odd) answer
])
def test_a_filter_on_grouped_fields_gives_what_the_file_gives(table, subset):
    connection, groups = table
    rows = groups.passing(subset)
    assert rows is not None
    assert totals(rows) == expected(connection, subset)


@pytest.mark.parametrize("subset", [
    "\"sectors\" LIKE '%water%'",  # a field of the table the groups do not hold
    "\"start_year\" >= 2019 AND \"donor_country\" = 'KR'",
    "\"title\" LIKE 'Project 1%'",
    "\"geom\" IS NULL",
    "rowid < 100",
    "\"fid\" < 100",
    "abs(random()) >= 0",  # true for every row, but a function of the row: refused all the same
    "\"donor_country\" IN (SELECT donor_country FROM projects)",
])
def test_a_filter_on_anything_else_is_answered_from_the_rows_that_pass(table, subset):
    connection, groups = table
    assert groups.passing(subset) is None
    passing = connection.execute(f"SELECT rowid FROM projects WHERE ({subset})").fetchall()
    assert totals(groups.of_rows(passing)) == expected(connection, subset)


def test_the_whole_table_adds_up(table):
    connection, groups = table
    assert totals(groups.whole()) == expected(connection, "1 = 1")


def test_a_row_the_groups_do_not_know_is_no_answer(table):
    _, groups = table
    assert groups.of_rows([(1,), (99999,)]) is None  # the file changed since: the caller asks it


def test_row_ids_that_do_not_count_up_from_one_are_refused():
    with pytest.raises(ValueError):
        RowGroups(COLUMNS, [*KEYS, None], [(-5, "KR", "VN", None, 0, 1.0)])
