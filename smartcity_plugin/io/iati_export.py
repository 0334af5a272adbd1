"""Write projects as IATI 2.03 activities that the plugin's importer reads back unchanged.

Standard elements carry what IATI has a place for; every field also goes into our own
namespace (``scm:field``), which IATI allows at the end of an activity. The file is a
compilation, not an official publication: reporting-org has no registered identifier.
"""

from __future__ import annotations

import datetime
import os
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from qgis.PyQt.QtCore import QFile, QIODevice, QXmlStreamWriter

from smartcity_plugin.io.errors import DataExchangeError
from smartcity_plugin.io.exports import ExportRow
from smartcity_plugin.io.iati_activity import EXTENSION_NS
from smartcity_plugin.io.records import FIELD_NAMES
from smartcity_plugin.io.value_rules import export_row
from smartcity_plugin.toolbelt.i18n import tr

SRS = "http://www.opengis.net/def/crs/EPSG/0/4326"
STATUS_CODES = {"planned": "1", "ongoing": "2", "completed": "3", "suspended": "6"}
FINANCE_CODES = {"grant": "110", "loan": "410", "commercial": "510"}


def _decimal(value: float) -> str:
    """xsd:decimal text (no exponent) of a float, with the digits repr keeps."""
    return format(Decimal(repr(float(value))), "f")


class _Writer:
    def __init__(self, stream: QXmlStreamWriter) -> None:
        self.xml = stream

    def element(self, name: str, attributes: dict = None, text: str = None, narrative: str = None) -> None:
        self.xml.writeStartElement(name)
        for key, value in (attributes or {}).items():
            self.xml.writeAttribute(key, str(value))
        if narrative is not None:
            self.xml.writeTextElement("narrative", narrative)
        if text is not None:
            self.xml.writeCharacters(text)
        self.xml.writeEndElement()

    def activity(self, row: ExportRow) -> None:
        v = row.values
        self.xml.writeStartElement("iati-activity")
        self.xml.writeAttribute("default-currency", "USD")
        self.element("iati-identifier", text=str(v.get("project_id") or ""))
        self.element("reporting-org", {"ref": "", "type": "90"},
                     narrative=tr("Smart City Cooperation Map (compiled from the sources cited)"))
        self.element("title", narrative=str(v.get("title") or ""))
        if v.get("notes"):
            self.element("description", {"type": "1"}, narrative=str(v["notes"]))
        orgs = [("1", v.get("donor_name")), ("3", v.get("agency"))]
        orgs += [("4", name) for name in str(v.get("partners") or "").split(";")]
        for role, name in orgs:
            if name and str(name).strip():
                self.element("participating-org", {"role": role}, narrative=str(name).strip())
        if v.get("status") in STATUS_CODES:
            self.element("activity-status", {"code": STATUS_CODES[v["status"]]})
        started = v.get("status") in ("ongoing", "completed")
        if v.get("start_year"):
            self.element("activity-date", {"iso-date": f"{v['start_year']}-01-01", "type": "2" if started else "1"})
        if v.get("end_year"):
            ended = v.get("status") == "completed"
            self.element("activity-date", {"iso-date": f"{v['end_year']}-12-31", "type": "4" if ended else "3"})
        self._shares("recipient-country", {}, str(v.get("recipient_country") or ""))
        for x, y in row.points:
            self.xml.writeStartElement("location")
            self.xml.writeStartElement("point")
            self.xml.writeAttribute("srsName", SRS)
            self.xml.writeTextElement("pos", f"{y!r} {x!r}")  # GML pos: latitude first
            self.xml.writeEndElement()
            self.element("exactness", {"code": "1" if v.get("location_precision") == 1 else "2"})
            self.xml.writeEndElement()
        codes = [code.strip() for code in str(v.get("dac_codes") or "").split(";")]
        for vocabulary, length in (("1", 5), ("2", 3)):  # DAC 5-digit codes and 3-digit groups, 100 % each
            self._shares("sector", {"vocabulary": vocabulary},
                         ";".join(code for code in codes if len(code) == length and code.isdigit()))
        if v.get("finance_type") in FINANCE_CODES:
            self.element("default-finance-type", {"code": FINANCE_CODES[v["finance_type"]]})
        if v.get("amount_usd") is not None and v.get("start_year"):
            self.xml.writeStartElement("budget")
            self.xml.writeAttribute("type", "1")
            self.xml.writeAttribute("status", "1")
            self.element("period-start", {"iso-date": f"{v['start_year']}-01-01"})
            self.element("period-end", {"iso-date": f"{v.get('end_year') or v['start_year']}-12-31"})
            self.element("value", {"currency": "USD", "value-date": f"{v['start_year']}-01-01"},
                         text=_decimal(v["amount_usd"]))
            self.xml.writeEndElement()
        url = str(v.get("source_url") or "")
        if url.startswith(("https://", "http://")):
            self.xml.writeStartElement("document-link")
            self.xml.writeAttribute("url", url)
            self.xml.writeAttribute("format", "text/html")
            self.element("title", narrative=str(v.get("source_title") or url))
            self.element("category", {"code": "A01"})
            self.xml.writeEndElement()
        for name in FIELD_NAMES[1:]:
            value = v.get(name)
            self.xml.writeStartElement(EXTENSION_NS, "field")
            self.xml.writeAttribute("name", name)
            if value is not None:
                self.xml.writeCharacters(repr(value) if isinstance(value, float) else str(value))
            self.xml.writeEndElement()
        self.xml.writeEndElement()

    def _shares(self, name: str, attributes: dict, codes: str) -> None:
        """Equal percentages that add up to exactly 100 (the last one takes the rounding)."""
        items = [code.strip() for code in codes.split(";") if code.strip()]
        for index, code in enumerate(items):
            share = round(100 / len(items), 2)
            if index == len(items) - 1:
                share = round(100 - share * (len(items) - 1), 2)
            self.element(name, {**attributes, "code": code, "percentage": f"{share:g}"})


def write_iati(path: Path, rows: Iterable[ExportRow]) -> int:
    """Write ``rows`` as an IATI 2.03 activity file (atomically); return the number written."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    handle = QFile(str(temp))
    if not handle.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
        raise DataExchangeError(path, tr("cannot be written ({}).").format(handle.errorString()))
    count = 0
    try:
        stream = QXmlStreamWriter(handle)
        stream.setAutoFormatting(True)
        stream.writeStartDocument()
        stream.writeNamespace(EXTENSION_NS, "scm")
        stream.writeStartElement("iati-activities")
        stream.writeAttribute("version", "2.03")
        stream.writeAttribute("generated-datetime", datetime.datetime.now(datetime.timezone.utc)
                              .replace(microsecond=0).isoformat())
        writer = _Writer(stream)
        for row in map(export_row, rows):  # no NaN, infinity or control character reaches the XML
            writer.activity(row)
            count += 1
        stream.writeEndElement()
        stream.writeEndDocument()
        if stream.hasError():
            raise DataExchangeError(path, tr("writing failed ({}).").format(handle.errorString()))
        handle.close()
        os.replace(temp, path)
    except OSError as error:
        raise DataExchangeError(path, tr("cannot be written ({}).").format(error.strerror or error)) from error
    finally:
        handle.close()
        if QFile.exists(str(temp)):
            QFile.remove(str(temp))
    return count
