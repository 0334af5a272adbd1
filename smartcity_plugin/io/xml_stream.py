"""Stream an XML file one record element at a time with Qt's QXmlStreamReader.

Only the current record is held in memory (a small tree of :class:`Node`), so a 500 MB
IATI file reads in flat memory. Qt's reader never fetches external entities; a file
with a DTD is refused outright, so no entity expansion can happen either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, Optional

from qgis.PyQt.QtCore import QBuffer, QByteArray, QFile, QIODevice, QXmlStreamReader

from smartcity_plugin.io.errors import DataExchangeError, ImportCancelledError
from smartcity_plugin.toolbelt.i18n import tr

TokenType = QXmlStreamReader.TokenType


class Node:
    """One element: name (``{namespace}name`` outside the default namespace), attributes, text, children."""

    __slots__ = ("name", "attrs", "text", "children", "line")

    def __init__(self, name: str, attrs: dict[str, str], line: int) -> None:
        self.name = name
        self.attrs = attrs
        self.text = ""
        self.children: list[Node] = []
        self.line = line

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
        self._file: Optional[QIODevice] = None

    def __iter__(self) -> Iterator[Node]:
        if self.data is not None:
            yield from self._read_bytes(self.data)
            return
        if not self.path.is_file():
            raise DataExchangeError(self.path, tr("the file does not exist."))
        size = self.path.stat().st_size
        if size == 0:
            raise DataExchangeError(self.path, tr("the file is empty."))
        self._file = QFile(str(self.path))
        if not self._file.open(QIODevice.OpenModeFlag.ReadOnly):
            raise DataExchangeError(self.path, tr("the file cannot be opened ({}).").format(self._file.errorString()))
        try:
            yield from self._records(QXmlStreamReader(self._file), size)
        finally:
            self._file.close()

    def _read_bytes(self, data: bytes) -> Iterator[Node]:
        if not data.strip():
            raise DataExchangeError(self.path, tr("the answer is empty."))
        self._file = QBuffer()
        self._file.setData(QByteArray(data))
        self._file.open(QIODevice.OpenModeFlag.ReadOnly)
        try:
            yield from self._records(QXmlStreamReader(self._file), len(data))
        finally:
            self._file.close()

    def _records(self, reader: QXmlStreamReader, size: int) -> Iterator[Node]:
        stack: list[Node] = []
        # Local names: this loop runs once per XML token, millions of times on a large file.
        read_next, at_end, text, line = reader.readNext, reader.atEnd, reader.text, reader.lineNumber
        start, end, characters, dtd = TokenType.StartElement, TokenType.EndElement, TokenType.Characters, TokenType.DTD
        while not at_end():
            token = read_next()
            if token == characters:
                if stack:
                    stack[-1].text += text()
            elif token == start:
                node = Node(_name(reader), _attributes(reader), line())
                if stack:
                    stack[-1].children.append(node)
                    stack.append(node)
                elif self.root is None and node.name == self.record:
                    self.root = Node(self.root_name, {}, node.line)  # a file of one record (IATI allows it)
                    stack.append(node)
                elif self.root is None:
                    self._take_root(node)
                elif node.name == self.record:
                    stack.append(node)
                else:
                    self._skip(reader)
            elif token == end and stack:
                node = stack.pop()
                if not stack:
                    self.fraction = min(1.0, self._file.pos() / size) if self._file else 0.0
                    yield node
                    if self.cancelled():
                        raise ImportCancelledError(self.path, tr("cancelled; nothing was written."))
            elif token == dtd:
                raise DataExchangeError(self.path, tr("the file declares a DTD, which IATI files never do; it is "
                                                      "not read, for safety."))
        if reader.hasError():
            raise self._error(reader)
        if self.root is None:
            raise DataExchangeError(self.path, tr("the file holds no XML element."))

    def _take_root(self, node: Node) -> None:
        if node.name != self.root_name:
            raise DataExchangeError(self.path, tr("the file's root element is <{}>, not <{}>.").format(
                node.name, self.root_name))
        self.root = node

    def _skip(self, reader: QXmlStreamReader) -> None:
        """Skip an element that is not a record (the reader still checks it is well formed)."""
        reader.skipCurrentElement()
        if reader.hasError():
            raise self._error(reader)

    def _error(self, reader: QXmlStreamReader) -> DataExchangeError:
        if reader.error() == QXmlStreamReader.Error.PrematureEndOfDocumentError:
            problem = tr("the XML ends too early at line {}, column {} (a truncated or incomplete file?).")
        elif "encod" in reader.errorString().lower():
            problem = tr("the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the "
                         "file says otherwise); save the file as UTF-8.")
        else:
            problem = tr("malformed XML at line {}, column {}: {}.")
        return DataExchangeError(self.path, problem.format(reader.lineNumber(), reader.columnNumber(),
                                                           reader.errorString().rstrip(".")))
