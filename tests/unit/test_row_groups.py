"""The dock's totals come from each row's group, read once per version of the file.

A filter on the grouped fields runs on the groups and must give exactly what the file
gives; any other filter must be refused there (where SQLite would otherwise read an
unknown "name" as a string and answer wrongly) and answered from the rows that pass it.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from smartcity_plugin.layers import row_copy
from smartcity_plugin.layers.row_copy import FileTable, RowCopy
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
    numbers = groups.passing(subset)
    assert numbers is not None
    assert totals(groups.rows_of(numbers)) == expected(connection, subset)
    passing = [rowid for (rowid,) in connection.execute(f"SELECT rowid FROM projects WHERE ({subset}) ORDER BY 1")]
    assert groups.first_ids(numbers, 50) == passing[:50]  # the dock's table: the lowest feature ids


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
    passing = [rowid for (rowid,) in connection.execute(f"SELECT rowid FROM projects WHERE ({subset})")]
    assert totals(groups.of_rows(passing)) == expected(connection, subset)


def test_the_whole_table_adds_up(table):
    connection, groups = table
    assert totals(groups.whole()) == expected(connection, "1 = 1")


def test_a_row_the_groups_do_not_know_is_no_answer(table):
    _, groups = table
    assert groups.of_rows([1, 99999]) is None  # the file changed since: the caller asks it
    assert groups.of_rows([-1]) is None


def test_row_ids_that_do_not_count_up_from_one_are_refused():
    with pytest.raises(ValueError):
        RowGroups(COLUMNS, [*KEYS, None], [(-5, "KR", "VN", None, 0, 1.0)])


# The rows' copy in memory: the filtered fields, the file's row ids and column affinities.
COPIED = [("donor_country", "TEXT"), ("sectors", "TEXT"), ("recipient_country", "TEXT"), ("city_ids", "TEXT"),
          ("start_year", "INTEGER"), ("title", "TEXT")]


def on_disk(connection, folder) -> str:
    """The table's database written to a file; its read-only URI."""
    path = folder / "projects.sqlite"
    if not path.exists():
        connection.commit()  # the fixture's inserts: a backup waits for ever on its own open transaction
        disk = sqlite3.connect(path)
        connection.backup(disk)
        disk.close()
    return f"{path.resolve().as_uri()}?mode=ro"


@pytest.fixture(scope="module")
def copy(table, tmp_path_factory):
    """The copy made by SQLite from the file, as the dock makes it."""
    connection, _ = table
    made = RowCopy("projects", "fid", COPIED, FileTable(on_disk(connection, tmp_path_factory.mktemp("copy")),
                                                        "projects"), COLUMNS)
    yield made
    made.close()


def test_a_copy_from_the_file_holds_every_row_and_leaves_the_file_detached(table, tmp_path):
    connection, _ = table
    made = RowCopy("projects", "fid", COPIED, FileTable(on_disk(connection, tmp_path), "projects"), COLUMNS)
    try:
        assert made.passing("1 = 1") == list(range(1, 2001))
        with pytest.raises(sqlite3.Error):  # nothing of the file stays reachable, authorizer or not
            made._connection.execute("SELECT count(*) FROM source.projects")
    finally:
        made.close()
    (tmp_path / "projects.sqlite").unlink()  # no handle left open on it


def test_a_copy_of_an_unreadable_file_fails_as_sqlite_error(tmp_path):
    (tmp_path / "broken.sqlite").write_bytes(b"not a database" * 100)
    with pytest.raises(sqlite3.Error):
        RowCopy("projects", "fid", COPIED, FileTable(f"{(tmp_path / 'broken.sqlite').as_uri()}?mode=ro", "projects"))


@pytest.mark.parametrize("subset", [
    "\"sectors\" LIKE '%water%'",
    "\"start_year\" >= 2019 AND \"donor_country\" = 'KR'",
    "\"start_year\" >= '2019'",  # a text literal: compared as a number, as the file's INTEGER column does
    "\"title\" LIKE 'Project 1%' OR \"city_ids\" IS NULL",
    "rowid < 100",
    "\"fid\" BETWEEN 10 AND 20",
    "\"donor_country\" IN (SELECT donor_country FROM projects WHERE start_year = 2015)",
    "\"nosuch\" = 'nosuch'",  # an unknown name is a string in both
])
def test_the_copy_passes_the_rows_the_file_passes_in_row_id_order(table, copy, subset):
    connection, _ = table
    expected_ids = [rowid for (rowid,) in connection.execute(f"SELECT rowid FROM projects WHERE ({subset}) ORDER BY 1")]
    assert copy.passing(subset) == expected_ids


@pytest.mark.parametrize("subset", [
    "\"geom\" IS NULL",  # not copied: the geometry
    "\"amount_usd\" > 0",  # not copied here
    "\"donor_country\" IN (SELECT name FROM sqlite_master)",
    "\"donor_country\" IN (SELECT donor_country FROM other)",
    "this is not SQL",
])
def test_the_copy_refuses_what_it_does_not_hold(copy, subset):
    assert copy.passing(subset) is None


def test_a_copy_too_large_is_not_made(table, monkeypatch, tmp_path):
    connection, _ = table
    monkeypatch.setattr(row_copy, "COPY_LIMIT", 100)
    with pytest.raises(ValueError):
        RowCopy("projects", "fid", COPIED[:1], FileTable(on_disk(connection, tmp_path), "projects"))


@pytest.mark.parametrize("declared, expected_affinity", [
    ("INTEGER", "INTEGER"), ("MEDIUMINT", "INTEGER"), ("TEXT", "TEXT"), ("VARCHAR(20)", "TEXT"), ("REAL", "REAL"),
    ("DOUBLE", "REAL"), ("", "BLOB"), (None, "BLOB"), ("DATE", "NUMERIC"), ("x); DROP TABLE projects; --", "NUMERIC"),
])
def test_only_sqlites_own_words_reach_the_copys_definition(declared, expected_affinity):
    assert row_copy.affinity(declared) == expected_affinity


def test_a_new_version_of_a_file_replaces_the_kept_older_one():
    from smartcity_plugin.layers import row_groups

    row_groups.forget()
    made = []

    def build():
        made.append(RowGroups(COLUMNS, [*KEYS, None], [(1, "KR", "VN", None, 0, 1.0)]))
        return made[-1]

    first = row_groups.kept(("a.gpkg", ("v1",), "SELECT"), build)
    other_file = row_groups.kept(("b.gpkg", ("v1",), "SELECT"), build)
    assert row_groups.kept(("a.gpkg", ("v1",), "SELECT"), build) is first and len(made) == 2
    second = row_groups.kept(("a.gpkg", ("v2",), "SELECT"), build)
    assert second is not first
    assert list(row_groups._kept) == [("b.gpkg", ("v1",), "SELECT"), ("a.gpkg", ("v2",), "SELECT")]
    assert row_groups.kept(("b.gpkg", ("v1",), "SELECT"), build) is other_file
    row_groups.forget()


def test_the_groups_compare_as_the_file_does(table):
    """A number against a text field: the file's TEXT affinity makes it text; the groups' table must too."""
    connection, _ = table
    connection.execute("CREATE TABLE coded (fid INTEGER PRIMARY KEY, donor_country TEXT, amount_usd REAL)")
    connection.executemany("INSERT INTO coded VALUES (?, ?, ?)", [(1, "1", 5.0), (2, "KR", 1.0), (3, 1, 2.0)])
    read = connection.execute("SELECT fid, donor_country, amount_usd FROM coded").fetchall()
    groups = RowGroups(["fid", "donor_country", "amount_usd"], ["donor_country"], read,
                       {"fid": "INTEGER", "donor_country": "TEXT", "amount_usd": "REAL"})
    for subset in ("\"donor_country\" = 1", "\"donor_country\" = '1'", "\"donor_country\" > 0"):
        expected_count = connection.execute(f"SELECT count(*) FROM coded WHERE ({subset})").fetchone()[0]
        assert sum(row[-3] for row in groups.rows_of(groups.passing(subset))) == expected_count, subset
    groups.close()
