"""Stream an XML file one record element at a time with Qt's QXmlStreamReader.

Only the current record is held in memory (a small tree of :class:`Node`), so a 500 MB
IATI file reads in flat memory. Qt's reader never fetches external entities; a file
with a DTD is refused outright, so no entity expansion can happen either.

The bytes reach Qt's reader in chunks, through :class:`~smartcity_plugin.io.xml_guard.XmlGuard`,
which bounds one text and one element; one record holds at most :data:`MAX_RECORD_ELEMENTS`
elements (the rest is read past, not kept). What was cut is listed in the record's
``cut`` for the importer to report. Cancelling is looked at after every chunk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, Optional

from qgis.PyQt.QtCore import QXmlStreamReader

from smartcity_plugin.io.errors import DataExchangeError, ImportCancelledError
from smartcity_plugin.io.xml_guard import CUT_MARK, TEXT_LIMIT_BYTES, XmlGuard
from smartcity_plugin.toolbelt.i18n import tr

TokenType = QXmlStreamReader.TokenType
CHUNK_BYTES = 1 << 13  # Python holds a few copies of one chunk: the peak stays small
MAX_RECORD_ELEMENTS = 50_000  # one activity; real ones have a few hundred
_PREMATURE = QXmlStreamReader.Error.PrematureEndOfDocumentError


class Node:
    """One element: name (``{namespace}name`` outside the default namespace), attributes, text, children."""

    __slots__ = ("name", "attrs", "text", "children", "line", "cut")

    def __init__(self, name: str, attrs: dict[str, str], line: int) -> None:
        self.name = name
        self.attrs = attrs
        self.text = ""
        self.children: list[Node] = []
        self.line = line
        self.cut: list[str] = []  # on a record: what the reader left out, in words

    def all(self, name: str) -> list[Node]:
        """Direct children called ``name``."""
        return [child for child in self.children if child.name == name]

    def first(self, name: str) -> Optional[Node]:
        """The first direct child called ``name``."""
        for child in self.children:
            if child.name == name:
                return child
        return None

    def attr(self, name: str, default: str = "") -> str:
        """An attribute, stripped."""
        return self.attrs.get(name, default).strip()


def _name(reader: QXmlStreamReader) -> str:
    namespace = reader.namespaceUri()
    return f"{{{namespace}}}{reader.name()}" if namespace else reader.name()


def _attributes(reader: QXmlStreamReader) -> dict[str, str]:
    # Qualified names keep xml:lang apart from a plain lang attribute.
    attributes = reader.attributes()
    if attributes.isEmpty():
        return {}
    return {attribute.qualifiedName(): attribute.value() for attribute in attributes}


class XmlRecords:
    """Yield each ``record`` element under the root of ``path`` as a :class:`Node` tree.

    ``data``: read these bytes instead of the file (a page a web service answered); ``path``
    then only names them in messages.
    """

    def __init__(
        self, path: Path, root: str, record: str, cancelled: Callable[[], bool] = lambda: False,
        data: Optional[bytes] = None,
    ) -> None:
        self.path = Path(path)
        self.data = data
        self.root_name = root
        self.record = record
        self.cancelled = cancelled
        self.root: Optional[Node] = None  # the root element, without children
        self.fraction = 0.0  # how far through the file, for progress bars

    def __iter__(self) -> Iterator[Node]:
        if self.data is not None:
            if not self.data.strip():
                raise DataExchangeError(self.path, tr("the answer is empty."))
            yield from self._records(self._pieces_of(self.data), len(self.data))
            return
        if not self.path.is_file():
            raise DataExchangeError(self.path, tr("the file does not exist."))
        size = self.path.stat().st_size
        if size == 0:
            raise DataExchangeError(self.path, tr("the file is empty."))
        try:
            handle = open(self.path, "rb")
        except OSError as error:
            raise DataExchangeError(self.path, tr("the file cannot be opened ({}).").format(
                error.strerror or error)) from error
        with handle:
            yield from self._records(iter(lambda: handle.read(CHUNK_BYTES), b""), size)

    @staticmethod
    def _pieces_of(data: bytes) -> Iterator[bytes]:
        for start in range(0, len(data), CHUNK_BYTES):
            yield data[start:start + CHUNK_BYTES]

    def _records(self, chunks: Iterator[bytes], size: int) -> Iterator[Node]:
        reader = QXmlStreamReader()
        guard = XmlGuard(self.path)
        done = 0
        state = _RecordState()
        state.size = size
        for chunk in chunks:
            done += len(chunk)
            reader.addData(guard.feed(chunk))
            yield from self._tokens(reader, state)
            self.fraction = min(1.0, done / size) if size else 0.0
            if self.cancelled():
                raise ImportCancelledError(self.path, tr("cancelled; nothing was written."))
        reader.addData(guard.feed(b"", final=True))
        yield from self._tokens(reader, state)
        if self.root is None and not (reader.hasError() and reader.error() != _PREMATURE):
            raise DataExchangeError(self.path, tr("the file holds no XML element."))
        if reader.hasError() or not state.ended:
            raise self._error(reader, premature=not reader.hasError())

    def _tokens(self, reader: QXmlStreamReader, state: _RecordState) -> Iterator[Node]:
        """Handle the tokens the data fed so far holds; stop where Qt needs more."""
        stack = state.stack
        # Local names: this loop runs once per XML token, millions of times on a large file.
        read_next, text, line = reader.readNext, reader.text, reader.lineNumber
        start, end, characters, dtd = TokenType.StartElement, TokenType.EndElement, TokenType.Characters, TokenType.DTD
        invalid, finished = TokenType.Invalid, TokenType.EndDocument
        while not state.ended:
            token = read_next()
            if token == finished:
                state.ended = True
                return
            if token == invalid:
                if reader.error() == _PREMATURE:
                    return  # more data needed (or the file really ends early: the caller says so)
                raise self._error(reader)
            if state.skipping:  # inside an element that is read past (not a record, or one element too many)
                if token == start:
                    state.skipping += 1
                elif token == end:
                    state.skipping -= 1
                continue
            if token == characters:
                if stack:
                    value = text()
                    if CUT_MARK in value:
                        value = value.replace(CUT_MARK, "")
                        stack[0].cut.append(tr("the text of <{}> at line {} is longer than {} MB; it was cut.").format(
                            stack[-1].name, stack[-1].line, TEXT_LIMIT_BYTES // 1_000_000))
                    stack[-1].text += value
            elif token == start:
                node = Node(_name(reader), _attributes(reader), line())
                if stack:
                    state.elements += 1
                    if state.elements > MAX_RECORD_ELEMENTS:
                        if state.elements == MAX_RECORD_ELEMENTS + 1:
                            stack[0].cut.append(tr("more than {} elements in one record; the rest of it was left "
                                                   "out.").format(MAX_RECORD_ELEMENTS))
                        state.skipping = 1
                        continue
                    stack[-1].children.append(node)
                    stack.append(node)
                elif self.root is None and node.name == self.record:
                    self.root = Node(self.root_name, {}, node.line)  # a file of one record (IATI allows it)
                    stack.append(node)
                elif self.root is None:
                    self._take_root(node)
                elif node.name == self.record:
                    state.elements = 0
                    stack.append(node)
                else:
                    state.skipping = 1  # not a record: read past it (Qt still checks it is well formed)
            elif token == end and stack:
                node = stack.pop()
                if not stack:
                    # characters read ≈ bytes (IATI text is mostly ASCII): enough for a progress bar
                    self.fraction = min(1.0, reader.characterOffset() / state.size) if state.size else 0.0
                    yield node
                    if self.cancelled():
                        raise ImportCancelledError(self.path, tr("cancelled; nothing was written."))
            elif token == dtd:
                raise DataExchangeError(self.path, tr("the file declares a DTD, which IATI files never do; it is "
                                                      "not read, for safety."))

    def _take_root(self, node: Node) -> None:
        if node.name != self.root_name:
            raise DataExchangeError(self.path, tr("the file's root element is <{}>, not <{}>.").format(
                node.name, self.root_name))
        self.root = node

    def _error(self, reader: QXmlStreamReader, premature: bool = False) -> DataExchangeError:
        if premature or reader.error() == QXmlStreamReader.Error.PrematureEndOfDocumentError:
            problem = tr("the XML ends too early at line {}, column {} (a truncated or incomplete file?).")
        elif "encod" in reader.errorString().lower():
            problem = tr("the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the "
                         "file says otherwise); save the file as UTF-8.")
        else:
            problem = tr("malformed XML at line {}, column {}: {}.")
        return DataExchangeError(self.path, problem.format(reader.lineNumber(), reader.columnNumber(),
                                                           reader.errorString().rstrip(".")))


class _RecordState:
    """Where the token loop is, kept between chunks."""

    __slots__ = ("stack", "skipping", "elements", "ended", "size")

    def __init__(self) -> None:
        self.ended = False  # the root element closed
        self.size = 0  # of the whole file, in bytes
        self.stack: list[Node] = []
        self.skipping = 0  # depth inside an element that is read past
        self.elements = 0  # elements in the current record
