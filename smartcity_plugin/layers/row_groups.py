"""The dock's totals for any filter without grouping the file again: each row's group, kept.

The dock groups the projects by a few fields (donor, sector, kind of finance, cities,
recipients, drawn as an area or not). For one version of a file this module reads once
which group each row falls in and its amount; then

- a filter on those fields alone (a donor, a country, a city) runs, as the same SQL, on
  the groups themselves: every project of a group passes or fails it together;
- any other filter asks which rows pass, of a copy of the filtered fields in memory
  (:mod:`row_copy`) or else of the file, and adds up their groups here, instead of SQLite
  sorting every passing row into groups.

The groups' table has every column of the projects' table, so a filter's names mean the
same there (SQLite reads an unknown "name" as a string); an authorizer refuses any column
that is not grouped, the row id, other tables and functions that differ row by row, and
the rows are asked instead.
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections import Counter, OrderedDict
from itertools import compress, count, islice, repeat
from math import nan
from typing import Callable, Iterable, Optional, Sequence

from smartcity_plugin.layers.row_copy import RowCopy, affinity, quoted

GROUPS = "groups"
PROJECTS, AMOUNT, WITH_AMOUNT = "\x1fprojects", "\x1famount", "\x1fwith_amount"
GROUP = "\x1fgroup"  # the group's number in RowGroups.keys
# Functions whose value is not fixed by their arguments: a group would not stand for its rows.
_ROW_FUNCTIONS = {"random", "randomblob", "changes", "total_changes", "last_insert_rowid"}
_KEPT = 4  # file versions whose groups are kept: the bundled data, the planner's files, a bench or two
_lock = threading.Lock()
_kept: OrderedDict[tuple, RowGroups] = OrderedDict()


def _authorizer(readable: frozenset):
    def allow(action: int, first: Optional[str], second: Optional[str], *_: object) -> int:
        if action == sqlite3.SQLITE_SELECT:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_READ:
            return sqlite3.SQLITE_OK if first == GROUPS and second in readable else sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_FUNCTION:
            return sqlite3.SQLITE_DENY if (second or "").lower() in _ROW_FUNCTIONS else sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY

    return allow


class RowGroups:
    """One file version's groups: their keys and totals, and the group and amount of every row."""

    def __init__(self, columns: Sequence[str], names: Sequence[Optional[str]], rows: Iterable[tuple],
                 declared: Optional[dict[str, Optional[str]]] = None) -> None:
        """``rows``: (row id, key …, amount or None); ``names``: the keys' field names (None: not a field);
        ``columns``: every column of the projects' table; ``declared``: their declared types, so the
        groups' table compares values as the file does."""
        self.columns, self.names = list(columns), list(names)
        self.declared = dict(declared or {})
        index: dict[tuple, int] = {}
        self.keys: list[tuple] = []
        # Row id → group and amount, in arrays (a GeoPackage's row ids run 1, 2, 3 …): at a million
        # projects 12 MB, where dictionaries took ten times that.
        self.group_of = array("l")
        self.amounts = array("d")
        counts: list[int] = []
        sums: list[float] = []
        withs: list[int] = []
        for rowid, *key, amount in rows:
            key = tuple(key)
            group = index.get(key)
            if group is None:
                group = index[key] = len(self.keys)
                self.keys.append(key)
                counts.append(0)
                sums.append(0.0)
                withs.append(0)
            if rowid < 0:
                raise ValueError("negative row id")  # not a GeoPackage's: the caller asks SQL instead
            if rowid >= len(self.group_of):
                grow = max(rowid + 1, 2 * len(self.group_of)) - len(self.group_of)
                self.group_of.extend(repeat(-1, grow))
                self.amounts.extend(repeat(nan, grow))
            self.group_of[rowid] = group
            counts[group] += 1
            if amount is not None:
                self.amounts[rowid] = amount
                sums[group] += amount
                withs[group] += 1
        self.totals = list(zip(counts, sums, withs))
        self._rows: Optional[list[tuple]] = None
        self._table: Optional[sqlite3.Connection] = None
        self._using = threading.Lock()
        self._copy: Optional[RowCopy] = None
        self._copy_tried = False
        self._copying = threading.Lock()

    def whole(self) -> list[tuple]:
        """(key …, projects, amount, projects with an amount) of every group."""
        return list(self._whole_rows())

    def _whole_rows(self) -> list[tuple]:
        if self._rows is None:
            self._rows = [(*key, *totals) for key, totals in zip(self.keys, self.totals)]
        return self._rows

    def of_rows(self, rowids: Sequence[int]) -> Optional[list[tuple]]:
        """The groups of the rows ``rowids`` (row ids), added up; None: a row unknown here."""
        group_of, amounts = self.group_of, self.amounts
        try:
            if rowids and min(rowids) < 0:
                return None
            groups = list(map(group_of.__getitem__, rowids))  # C loops: a click passes tens of thousands
        except (IndexError, TypeError):  # the file changed since the groups were read
            return None
        if groups and min(groups) < 0:
            return None
        counts = Counter(groups)
        sums: dict[int, float] = {}
        withs: dict[int, int] = {}
        for group, amount in zip(groups, map(amounts.__getitem__, rowids)):
            if amount == amount:  # not NaN: the row has an amount
                sums[group] = sums.get(group, 0.0) + amount
                withs[group] = withs.get(group, 0) + 1
        return [(*self.keys[group], count, sums.get(group, 0.0), withs.get(group, 0))
                for group, count in counts.items()]

    def first_ids(self, numbers: Sequence[int], limit: int) -> list[int]:
        """The lowest ``limit`` row ids of the groups ``numbers``, in order."""
        wanted = set(numbers)
        return list(islice(compress(count(), map(wanted.__contains__, self.group_of)), limit))

    def passing(self, subset: str) -> Optional[list[int]]:
        """The numbers of the groups that pass ``subset`` as a whole; None when it tests what they do not hold."""
        with self._using:  # the dock and a Processing algorithm's thread may ask at once
            table = self._groups_table()
            if table is None:
                return None
            try:
                numbers = table.execute(f"SELECT {quoted(GROUP)} FROM {GROUPS} WHERE ({subset})").fetchall()  # nosec
            except sqlite3.Error:  # a column the groups do not hold, a sub-query, GDAL's own functions; closed
                return None
        return [number for (number,) in numbers]

    def rows_of(self, numbers: Iterable[int]) -> list[tuple]:
        """(key …, projects, amount, projects with an amount) of the groups ``numbers``."""
        whole = self._whole_rows()
        return [whole[number] for number in numbers]

    def row_copy(self, build: Callable[[], Optional[RowCopy]]) -> Optional[RowCopy]:
        """The file version's filtered fields in memory (:mod:`row_copy`), made by ``build()`` once."""
        with self._copying:
            if not self._copy_tried:
                self._copy_tried = True
                self._copy = build()
            return self._copy

    def _grouped_names(self) -> list[str]:
        return [name if name else f"\x1fkey{index}" for index, name in enumerate(self.names)]

    def _groups_table(self) -> Optional[sqlite3.Connection]:
        """The groups as an in-memory table with the projects' columns, the grouped ones filled."""
        if self._table is not None:
            return self._table
        grouped = self._grouped_names()
        if len(set(grouped)) != len(grouped):
            return None
        kept = [*grouped, PROJECTS, AMOUNT, WITH_AMOUNT, GROUP]
        others = [column for column in dict.fromkeys(self.columns) if column and column not in kept]
        table = sqlite3.connect(":memory:", check_same_thread=False)
        # The grouped fields with the file's affinities ("donor_country" = 1 compares as there); the rest
        # without a type: the values stay as the file gave them.
        typed = [f"{quoted(c)} {affinity(self.declared[c])}" if c in self.declared else quoted(c) for c in kept]
        table.execute(f"CREATE TABLE {GROUPS} ({', '.join([*typed, *(quoted(c) for c in others)])})")  # nosec B608
        marks = ", ".join("?" for _ in kept)
        insert = f"INSERT INTO {GROUPS} ({', '.join(quoted(c) for c in kept)}) VALUES ({marks})"  # nosec B608
        rows = ((*row, number) for number, row in enumerate(self._whole_rows()))
        table.executemany(insert, rows)  # every name quoted above, every value a parameter
        table.set_authorizer(_authorizer(frozenset(kept)))
        self._table = table
        return table

    def close(self) -> None:
        """Release the groups' table (it is made again if asked) and the rows' copy."""
        with self._using:
            if self._table is not None:
                self._table.close()
                self._table = None
        with self._copying:
            if self._copy is not None:
                self._copy.close()
                self._copy = None


def kept(key: tuple, build) -> Optional[RowGroups]:
    """The groups kept under ``key`` (file, version, SQL), built by ``build()`` when missing.

    A new version of a file replaces its older ones: they can no longer be asked.
    """
    with _lock:
        if key in _kept:
            _kept.move_to_end(key)
            return _kept[key]
    groups = build()  # outside the lock: reading a large file takes a while
    if groups is None:
        return None
    with _lock:
        for older in [other for other in _kept if other[0] == key[0] and other[2] == key[2] and other != key]:
            _kept.pop(older).close()
        _kept[key] = groups
        while len(_kept) > _KEPT:
            _kept.popitem(last=False)[1].close()
    return groups


def forget() -> None:
    """Drop every kept file version's groups (tests and benchmarks)."""
    with _lock:
        while _kept:
            _kept.popitem()[1].close()
