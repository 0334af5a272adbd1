"""Bound what one XML element may hold before the XML reader sees it.

A tree builder keeps a whole text node in memory (Qt's reader, used before expat, took
1.2 GB for a 200 MB title), and attribute names are checked against each other (Qt took
195 s for 200,000 attributes, in one call nothing could cancel). The guard looks at the
bytes between two ``<`` as they stream past: an element with more attributes than anyone
writes is refused at once, and a text longer than :data:`TEXT_LIMIT_BYTES` is cut at a
character boundary, with a marker the reader finds and a message in ``cuts``. Regular
expressions scan each chunk in C, only from ``<`` positions, so the guard costs little on
a 500 MB file.
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from typing import Optional

from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.toolbelt.i18n import tr

TEXT_LIMIT_BYTES = 1_000_000  # one text node; IATI narratives are a few kB
MAX_ATTRIBUTES = 2_000  # "=" between two "<" (tag and text together): IATI elements have a handful
TAG_LIMIT_BYTES = 1_000_000  # one start tag, its attributes included
CUT_MARK = "\ue000"  # a private-use character: where the guard cut a text
_CUT_REFERENCE = b"&#xE000;"
_TOO_MANY_ATTRIBUTES = re.compile(rb"<(?:[^<=]*+=){%d}" % MAX_ATTRIBUTES)
_LONG_SEGMENT = re.compile(rb"<[^<]{%d}" % (TEXT_LIMIT_BYTES + TAG_LIMIT_BYTES))


class XmlGuard:
    """Feed chunks of a file in order; get back the bytes the XML reader may parse.

    ``record``: the name of the record element; the lines where its start tags stand are
    queued in ``record_lines`` (the tree builder keeps no line numbers). What was cut is
    said, in order, in ``cuts``.
    """

    def __init__(self, path: Path, record: Optional[str] = None) -> None:
        self.path = path
        self.carry = b""  # the last, maybe unfinished, stretch from a "<"
        self.dropping = False  # inside the rest of a text that was cut
        self.line = 1  # the line where ``carry`` starts (for messages)
        self.record_lines: deque[int] = deque()
        self.cuts: deque[str] = deque()  # one message per cut, in the order of the cuts
        self._record_tag = re.compile(rb"<%s[\s/>]" % re.escape(record.encode("utf-8"))) if record else None

    def feed(self, chunk: bytes, final: bool = False) -> bytes:
        """The safe bytes of ``chunk`` (``final``: the file ends here)."""
        if self.dropping:
            start = chunk.find(b"<")
            if start < 0:
                self.line += chunk.count(b"\n")
                return b""
            self.line += chunk.count(b"\n", 0, start)
            chunk, self.dropping = chunk[start:], False
        data = self.carry + chunk
        # The regular expressions only run where they can match: counting is cheaper than scanning.
        many = _TOO_MANY_ATTRIBUTES.search(data) if data.count(b"=") >= MAX_ATTRIBUTES else None
        if many is not None:
            raise DataExchangeError(self.path, tr(
                "line {}: an element with more than {} attributes; no IATI file has one, so the file is not "
                "read.").format(self.line + data.count(b"\n", 0, many.start()), MAX_ATTRIBUTES))
        split = len(data) if final else max(data.rfind(b"<"), 0)
        complete, self.carry = data[:split], data[split:]
        del data
        if self._record_tag is not None:
            line, position = self.line, 0
            for tag in self._record_tag.finditer(complete):
                line += complete.count(b"\n", position, tag.start())
                position = tag.start()
                self.record_lines.append(line)
        parts, position = [], 0
        for long in _LONG_SEGMENT.finditer(complete) if len(complete) > TEXT_LIMIT_BYTES + TAG_LIMIT_BYTES else ():
            parts.append(complete[position:long.start()])
            end = complete.find(b"<", long.start() + 1)
            end = len(complete) if end < 0 else end
            parts.append(self._cut(complete[long.start():end], self.line + complete.count(b"\n", 0, long.start())))
            position = end
        parts.append(complete[position:] if position else complete)
        self.line += complete.count(b"\n")
        if len(self.carry) > TEXT_LIMIT_BYTES + TAG_LIMIT_BYTES:  # a stretch still going on: cut it now
            parts.append(self._cut(self.carry, self.line))
            self.line += self.carry.count(b"\n")
            self.carry, self.dropping = b"", True
        return b"".join(parts)

    def _cut(self, segment: bytes, line: int) -> bytes:
        """``segment`` (from "<" on) with its text cut after TEXT_LIMIT_BYTES and marked."""
        tag_end = segment.find(b">")
        if segment.startswith((b"<!", b"<?")) or tag_end < 0 or tag_end > TAG_LIMIT_BYTES:
            raise DataExchangeError(self.path, tr(
                "line {}: one element, comment or section of more than {} MB; the file is not read.").format(
                line, (TEXT_LIMIT_BYTES + TAG_LIMIT_BYTES) // 1_000_000))
        name = segment[1:tag_end].split(maxsplit=1)[0].rstrip(b"/").decode("utf-8", "replace") or "?"
        self.cuts.append(tr("the text of <{}> at line {} is longer than {} MB; it was cut.").format(
            name, line, TEXT_LIMIT_BYTES // 1_000_000))
        keep = segment[: tag_end + 1 + TEXT_LIMIT_BYTES]
        while len(keep) > tag_end + 1 and keep[-1] & 0x80:  # not inside a UTF-8 character
            lead = keep[-1] & 0xC0 == 0xC0
            keep = keep[:-1]
            if lead:
                break
        entity = keep.rfind(b"&")
        if entity > tag_end and keep.find(b";", entity) < 0:  # not inside an entity reference
            keep = keep[:entity]
        return keep + _CUT_REFERENCE
