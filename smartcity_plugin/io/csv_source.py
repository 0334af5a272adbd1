"""Read a CSV table: encoding, delimiter, optional HXL hashtag row, and which column feeds which field."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from smartcity_plugin.io import hxl
from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.spreadsheet_safe import restore
from smartcity_plugin.toolbelt.i18n import tr

SNIFF_BYTES = 65536
HXL_SEARCH_ROWS = 25  # HXL allows the hashtag row below a few title rows
CODE_FIELDS = ("recipient_country", "donor_country")  # fields where a code column beats a name column
IGNORE = "-"  # field=- : do not read this field from the file, even where a column would be recognised


@dataclass
class CsvTable:
    """The table's layout: column names, HXL tags, the field each column feeds, the first data line."""

    path: Path
    encoding: str
    dialect: type
    headers: list[str]
    tags: list[str] = field(default_factory=list)
    columns: dict[str, int] = field(default_factory=dict)  # field → column index
    ignored: list[str] = field(default_factory=list)  # columns mapped to a field another column feeds
    data_start: int = 1  # rows to skip before the data

    def column_label(self, index: int) -> str:
        """How the planner knows a column: its header, else its tag."""
        header = self.headers[index] if index < len(self.headers) else ""
        tag = self.tags[index] if index < len(self.tags) else ""
        return header or tag or tr("column {}").format(index + 1)

    def unused(self) -> list[str]:
        """Columns that feed no field (their header or tag), in the file's order."""
        used = set(self.columns.values())
        width = max(len(self.headers), len(self.tags))
        return [self.column_label(i) for i in range(width) if i not in used]

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, cells) of every data row, read as the file goes."""
        with _open(self.path, self.encoding) as handle:
            reader = csv.reader(handle, self.dialect)
            try:
                for number, row in enumerate(reader, start=1):
                    if number > self.data_start and any(cell.strip() for cell in row):
                        yield reader.line_num, [restore(cell) for cell in row]
            except UnicodeDecodeError as error:
                raise _encoding_error(self.path, self.encoding, reader.line_num + 1, error) from error
            except csv.Error as error:
                raise DataExchangeError(self.path, tr("line {}: {}.").format(reader.line_num, error)) from error


def _open(path: Path, encoding: str):
    return open(path, encoding=encoding, errors="strict", newline="")


def _encoding_error(path: Path, encoding: str, line: int, error: UnicodeDecodeError) -> DataExchangeError:
    return DataExchangeError(path, tr("line {} is not {} text (byte 0x{:02x}); save the file as UTF-8 or give its "
                                      "encoding.").format(line, encoding, error.object[error.start]))


def read_layout(path: Path, mapping: Optional[dict[str, str]] = None, encoding: str = "utf-8-sig") -> CsvTable:
    """Find the layout of ``path``; ``mapping`` (field → column header or HXL tag) overrides the automatic one."""
    path = Path(path)
    if not path.is_file():
        raise DataExchangeError(path, tr("the file does not exist."))
    if path.stat().st_size == 0:
        raise DataExchangeError(path, tr("the file is empty."))
    try:
        with _open(path, encoding) as handle:
            sample = handle.read(SNIFF_BYTES)
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        raise _encoding_error(path, encoding, line, error) from error
    except LookupError as error:
        raise DataExchangeError(path, tr("unknown encoding {}.").format(encoding)) from error
    if "\x00" in sample:
        raise DataExchangeError(path, tr("this is not a text file (it holds NUL bytes)."))
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        # Only the delimiter is taken from the sniffer: it misreads "" inside quoted cells (a note quoting a
        # title), so quoting stays RFC 4180 as every spreadsheet writes it.
        dialect = type("SniffedDialect", (csv.excel,), {"delimiter": delimiter})
    except csv.Error:
        dialect = csv.excel
    try:
        head = list(csv.reader(io.StringIO(sample), dialect))[:HXL_SEARCH_ROWS]
    except csv.Error as error:
        raise DataExchangeError(path, tr("not a readable CSV table ({}).").format(error)) from error
    if not head:
        raise DataExchangeError(path, tr("the file holds no rows."))
    table = CsvTable(path, encoding, dialect, headers=head[0])
    for index, row in enumerate(head):
        if hxl.is_tag_row(row):
            table.tags = row
            table.headers = head[index - 1] if index else []
            table.data_start = index + 1
            break
    _map_columns(table, mapping or {}, head[table.data_start:])
    return table


_CODES = re.compile(r"^[A-Z]{2,3}(\s*[;|,]\s*[A-Z]{2,3})*$")


def _is_code_column(tag: str, header: str, values: list[str] = ()) -> bool:
    """A column declared to hold codes (#country+code, 'recipients_iso3', 'country_code'), or whose first
    values are all ISO-like codes ('VN', 'KHM', 'VN;LA')."""
    parsed = hxl.parse_tag(tag) if tag else None
    if parsed is not None and parsed[1] & {"code", "v_iso2", "v_iso3"}:
        return True
    words = re.split(r"[\s_\-]+", (header or "").strip().lower())
    if any(word in ("code", "iso", "iso2", "iso3", "iso_a2", "iso_a3") for word in words):
        return True
    filled = [value.strip() for value in values if value.strip()]
    return bool(filled) and all(_CODES.match(value) for value in filled)


def _map_columns(table: CsvTable, mapping: dict[str, str], sample: list[list[str]] = ()) -> None:
    width = max(len(table.headers), len(table.tags))

    def values(index: int) -> list[str]:
        return [row[index] for row in sample if index < len(row)]

    for index in range(width):
        tag = table.tags[index] if index < len(table.tags) else ""
        header = table.headers[index] if index < len(table.headers) else ""
        name = hxl.field_for_tag(tag) if tag else None
        name = name or hxl.field_for_header(header)
        if name is None:
            continue
        if name in table.columns:
            previous = table.columns[name]
            if name in CODE_FIELDS and _is_code_column(tag, header, values(index)) and not _is_code_column(
                    table.tags[previous] if previous < len(table.tags) else "",
                    table.headers[previous] if previous < len(table.headers) else "", values(previous)):
                table.columns[name] = index  # a declared or detected code column wins over a column of names
                table.ignored.append(table.column_label(previous))
            else:
                table.ignored.append(table.column_label(index))
        else:
            table.columns[name] = index
    for name, column in mapping.items():
        if column.strip() == IGNORE:
            table.columns.pop(name, None)
        else:
            table.columns[name] = _find_column(table, column, width)


def _find_column(table: CsvTable, column: str, width: int) -> int:
    wanted = column.strip().lower()
    if wanted.isdigit() and 1 <= int(wanted) <= width:  # a column without header or tag, by its number
        return int(wanted) - 1
    for index in range(width):
        header = table.headers[index] if index < len(table.headers) else ""
        tag = table.tags[index] if index < len(table.tags) else ""
        if wanted in (header.strip().lower(), tag.strip().lower().replace(" ", "")):
            return index
    known = ", ".join(table.column_label(i) for i in range(width))
    raise DataExchangeError(table.path, tr("the mapping names a column '{}' the file does not have (columns: {}).")
                            .format(column, known))


def parse_mapping(text: str) -> dict[str, str]:
    """'title=Project name; latitude=Lat' (or one pair per line) → {field: column}; 'status=-' ignores a field."""
    mapping: dict[str, str] = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        name, sep, column = part.partition("=")
        name = name.strip().lower()
        if not sep or not column.strip():
            raise ValueError(tr("'{}' is not a field=column pair.").format(part.strip()))
        if name not in hxl.TARGET_FIELDS:
            raise ValueError(tr("'{}' is not a field the importer knows (fields: {}).").format(
                name, ", ".join(hxl.TARGET_FIELDS)))
        mapping[name] = column.strip()
    return mapping
