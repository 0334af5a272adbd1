"""Stream an XML file one record element at a time: expat, through ElementTree's tree builder in C.

Only the records not yet handed out are held in memory (each an ``xml.etree`` element),
so a 500 MB IATI file reads in flat memory. The tree is built in C; Python touches a
record only when it is complete, which made reading about six times faster than a
QXmlStreamReader loop in Python. A file with a DTD is refused before the parser sees it,
so no entity is ever declared, let alone expanded or fetched.

The bytes reach the parser in chunks, through :class:`~smartcity_plugin.io.xml_guard.XmlGuard`,
which bounds one text and one element; one record keeps at most :data:`MAX_RECORD_ELEMENTS`
elements (the rest is read past, not kept). What was cut is listed in the record's
``cut`` for the importer to report. Cancelling is looked at after every chunk and record.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET  # nosec B405: expat without DTDs (refused first), see _Prolog
from itertools import chain
from pathlib import Path
from typing import Callable, Iterator, Optional
from xml.parsers import expat  # nosec B407: only to read the prolog and name errors

from smartcity_plugin.io.errors import DataExchangeError, ImportCancelledError
from smartcity_plugin.io.xml_guard import CUT_MARK, XmlGuard
from smartcity_plugin.toolbelt.i18n import tr

Element = ET.Element
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"  # xml:lang, as the tree builder names it
CHUNK_BYTES = 1 << 14  # records not yet handed out are held whole: a chunk is a few of them
MAX_RECORD_ELEMENTS = 50_000  # one activity; real ones have a few hundred
MIN_ELEMENT_BYTES = 4  # "<a/>": a record of fewer bytes than the limit times this cannot pass the limit
_ENDS_EARLY = {expat.errors.codes[expat.errors.XML_ERROR_NO_ELEMENTS],
               expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_TOKEN],
               expat.errors.codes[expat.errors.XML_ERROR_PARTIAL_CHAR],
               expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION]}
_ENCODING = {expat.errors.codes[expat.errors.XML_ERROR_UNKNOWN_ENCODING],
             expat.errors.codes[expat.errors.XML_ERROR_INCORRECT_ENCODING]}
_INVALID = {expat.errors.codes[expat.errors.XML_ERROR_INVALID_TOKEN],
            expat.errors.codes[expat.errors.XML_ERROR_PARTIAL_CHAR]}
# Encodings expat reads itself; a file declaring another (EUC-KR, Shift_JIS, GBK …) is turned into UTF-8 first.
_NATIVE_ENCODINGS = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}
_DECLARED = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml\s[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]{1,40})[\"']")


def attr(element: Element, name: str, default: str = "") -> str:
    """An attribute, stripped (``XML_LANG`` for xml:lang)."""
    return element.get(name, default).strip()


def text_of(element: Element) -> str:
    """The element's own text: every piece of character data directly inside it."""
    if not len(element):
        return element.text or ""
    return (element.text or "") + "".join(child.tail or "" for child in element)


class XmlRecord:
    """One record element, the line it starts on, and what the reader left out of it, in words."""

    __slots__ = ("element", "line", "cut")

    def __init__(self, element: Element, line: int) -> None:
        self.element = element
        self.line = line
        self.cut: list[str] = []


class _Prolog:
    """Reads the bytes before the root element with a bare expat parser: a DTD there is refused."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done = False  # the root element began (or the prolog could not be read: the main parser says why)
        self.encoding = ""  # as declared
        self._dtd = False
        parser = expat.ParserCreate()
        parser.XmlDeclHandler = self._declaration
        parser.StartDoctypeDeclHandler = self._doctype
        parser.StartElementHandler = self._root
        self._parser = parser

    def _declaration(self, version, encoding, standalone) -> None:
        self.encoding = (encoding or "").lower()

    def _doctype(self, *args) -> None:
        self._dtd = True
        raise _StopReadingError()

    def _root(self, *args) -> None:
        self.done = True
        raise _StopReadingError()

    def feed(self, data: bytes, final: bool) -> None:
        """Read ``data``; DataExchangeError when it declares a DTD."""
        try:
            self._parser.Parse(data, final)
        except _StopReadingError:
            pass
        except (expat.ExpatError, ValueError, LookupError):
            self.done = True
        if self._dtd:
            raise DataExchangeError(self.path, tr("the file declares a DTD, which IATI files never do; it is not "
                                                  "read, for safety."))
        if self.done:
            self._parser = None


class _StopReadingError(Exception):
    """Ends the prolog reader's work."""


class XmlRecords:
    """Yield each ``record`` element under the root of ``path`` as an :class:`XmlRecord`.

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
        self.root: Optional[Element] = None  # the root element (its records are handed out and dropped)
        self.fraction = 0.0  # how far through the file, for progress bars

    def __iter__(self) -> Iterator[XmlRecord]:
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

    def _records(self, chunks: Iterator[bytes], size: int) -> Iterator[XmlRecord]:
        state = _ReadState(self.path, self.record)
        done = 0
        for chunk in _as_utf8(self.path, chunks):
            done += len(chunk)
            yield from self._parse(state, state.guard.feed(chunk), final=False)
            self.fraction = min(1.0, done / size) if size else 0.0
            if self.cancelled():
                raise ImportCancelledError(self.path, tr("cancelled; nothing was written."))
        yield from self._parse(state, state.guard.feed(b"", final=True), final=True)

    def _parse(self, state: _ReadState, data: bytes, final: bool) -> Iterator[XmlRecord]:
        """Feed ``data`` to the parser; hand out the records it completed."""
        if not state.prolog.done:
            state.prolog.feed(data, final)  # before the parser sees a DTD
        try:
            state.parser.feed(data)
            if self.root is None:
                for _, element in state.parser.read_events():
                    self._take_root(element)
                    _stop_events(state.parser)
                    break
            for _ in state.parser.read_events():  # start events are only wanted for the root
                pass
            if final:
                state.parser.close()
        except ET.ParseError as error:  # the pull parser hands it over with the events
            raise self._error(state, error, data, final) from None
        except (ValueError, LookupError) as error:  # an encoding expat cannot read ("EUC-KR", "klingon")
            raise DataExchangeError(self.path, tr("the file's encoding cannot be read ({}); save the file as "
                                                  "UTF-8.").format(error)) from None
        if self.root is None:
            return
        root = self.root
        state.fed += len(data)
        if root.tag == self.record:  # a file of one record (IATI allows it)
            if final:
                yield self._handed_out(state, root)
            else:
                self._bound_open(state, root)
            return
        count = len(root)
        complete = count if final else count - 1
        for index in range(complete):
            element = root[index]
            if element.tag == self.record:
                yield self._handed_out(state, element)
                if self.cancelled():
                    raise ImportCancelledError(self.path, tr("cancelled; nothing was written."))
        if complete > 0:
            del root[:complete]
        if not final and len(root):
            self._bound_open(state, root[-1])

    def _take_root(self, element: Element) -> None:
        if element.tag != self.root_name and element.tag != self.record:
            raise DataExchangeError(self.path, tr("the file's root element is <{}>, not <{}>.").format(
                element.tag, self.root_name))
        self.root = element

    def _bound_open(self, state: _ReadState, element: Element) -> None:
        """Keep the record still being read within MAX_RECORD_ELEMENTS, once it is large enough to pass it."""
        if element is not state.current:
            state.current, state.current_since, state.current_cut = element, state.fed, []
            lines = state.guard.record_lines
            state.current_line = lines.popleft() if lines and element.tag == self.record else 0
        if state.fed - state.current_since > MAX_RECORD_ELEMENTS * MIN_ELEMENT_BYTES:
            _prune(element, state.current_cut, keep_open=True)

    def _handed_out(self, state: _ReadState, element: Element) -> XmlRecord:
        """The record of a complete element, with its line and what was cut."""
        if element is state.current:
            record = XmlRecord(element, state.current_line)
            record.cut = state.current_cut
            if state.fed - state.current_since > MAX_RECORD_ELEMENTS * MIN_ELEMENT_BYTES:
                _prune(element, record.cut, keep_open=False)
            state.current = None
        else:  # begun and ended within one chunk: smaller than the limit
            record = XmlRecord(element, state.guard.record_lines.popleft() if state.guard.record_lines else 0)
        if state.guard.cuts:
            _find_cuts(element, record.cut, state.guard.cuts)
        return record

    def _error(self, state: _ReadState, error: ET.ParseError, data: bytes, final: bool) -> DataExchangeError:
        line, column = error.position
        code = getattr(error, "code", None)
        if final and code in _ENDS_EARLY:
            if self.root is None:
                return DataExchangeError(self.path, tr("the file holds no XML element."))
            problem = tr("the XML ends too early at line {}, column {} (a truncated or incomplete file?).")
        elif code in _ENCODING or (code in _INVALID and state.prolog.encoding in ("", "utf-8", "utf8")
                                   and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and not _is_utf8(data)):
            problem = tr("the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the "
                         "file says otherwise); save the file as UTF-8.")
        else:
            problem = tr("malformed XML at line {}, column {}: {}.")
        words = expat.ErrorString(code) if isinstance(code, int) else str(error)
        return DataExchangeError(self.path, problem.format(line, column, words))


def _as_utf8(path: Path, chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The chunks as they are, or turned into UTF-8 when the file declares an encoding expat cannot read."""
    first = next(chunks, b"")
    declared = _DECLARED.match(first)
    name = declared.group(1).decode("ascii").lower() if declared else ""
    try:
        decoder = codecs.getincrementaldecoder(name)() if name and name not in _NATIVE_ENCODINGS else None
    except LookupError:
        decoder = None  # an encoding nobody knows: expat names it
    if decoder is None:
        yield first
        yield from chunks
        return
    first = first[:declared.start(1)] + b"UTF-8" + first[declared.end(1):]
    line = 1
    for chunk in chain([first], chunks, [b""]):
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise DataExchangeError(path, tr(
                "the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the file says "
                "otherwise); save the file as UTF-8.").format(line, 0)) from None
        line += text.count("\n")
        yield text.encode("utf-8")


def _stop_events(parser: ET.XMLPullParser) -> None:
    """Ask the pull parser for no more events once the root is known: each would cost a step in Python.

    ``_setevents`` is how XMLPullParser itself asks for events (CPython 3.4 to 3.14); where it is
    missing the events are drained, at that cost.
    """
    set_events = getattr(getattr(parser, "_parser", None), "_setevents", None)
    queue = getattr(parser, "_events_queue", None)
    if set_events is not None and queue is not None:
        try:
            set_events(queue, ())
        except (TypeError, ValueError):
            pass


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _prune(element: Element, cut: list[str], keep_open: bool) -> None:
    """Drop the elements of a record after its first MAX_RECORD_ELEMENTS (in document order) and say so.

    ``keep_open``: the record is still being read; the elements the parser may still add to
    (its last child, that one's last child …) stay until a later call.
    """
    order = list(element.iter())
    if len(order) <= MAX_RECORD_ELEMENTS + 1:
        return
    keep = {id(node) for node in order[: MAX_RECORD_ELEMENTS + 1]}
    if keep_open:
        node = element
        while len(node):
            node = node[-1]
            keep.add(id(node))
    for node in order:
        if id(node) in keep and len(node) and any(id(child) not in keep for child in node):
            node[:] = [child for child in node if id(child) in keep]
    message = tr("more than {} elements in one record; the rest of it was left out.").format(MAX_RECORD_ELEMENTS)
    if message not in cut:
        cut.append(message)


def _find_cuts(element: Element, cut: list[str], messages) -> None:
    """Take the guard's cut marks out of a record's texts and put the guard's messages into ``cut``."""
    for node in element.iter():
        if node.text and CUT_MARK in node.text:
            node.text = node.text.replace(CUT_MARK, "")
            if messages:
                cut.append(messages.popleft())
        if node is not element and node.tail and CUT_MARK in node.tail:
            node.tail = node.tail.replace(CUT_MARK, "")
            if messages:
                cut.append(messages.popleft())


class _ReadState:
    """Where reading is, kept between chunks."""

    __slots__ = ("guard", "prolog", "parser", "fed", "current", "current_since", "current_line", "current_cut")

    def __init__(self, path: Path, record: str) -> None:
        self.guard = XmlGuard(path, record)
        self.prolog = _Prolog(path)
        self.parser = ET.XMLPullParser(events=("start",))
        self.fed = 0  # bytes given to the parser
        self.current: Optional[Element] = None  # the record being read across chunks
        self.current_since = 0
        self.current_line = 0
        self.current_cut: list[str] = []
