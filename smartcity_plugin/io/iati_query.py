"""A query for current IATI activities, as d-portal and the IATI Datastore accept it (no network here).

d-portal's ``/q`` (IATI/D-Portal dstore/js/query.js): columns of its tables as parameters,
several values separated by ``,`` (an SQL ``IN``), dates ``YYYY-MM-DD`` on day columns,
``|null`` to let a missing date pass, ``form=xml`` for activity XML, ``limit`` and ``offset``.
An activity comes once per joined country or sector row, so the reader drops repeats.

The IATI Datastore's ``/activity/select`` is Apache Solr: one ``fq`` per filter, ``fl=iati_xml``
returns each activity's XML, ``rows`` and ``start`` page, ``sort`` keeps pages stable.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Optional
from urllib.parse import urlencode

DPORTAL, DATASTORE = 0, 1
SERVICE_NAMES = ("d-portal", "IATI Datastore")
DEFAULT_URLS = ("https://d-portal.org", "https://api.iatistandard.org/datastore")
PAGE_SIZES = (200, 1000)  # d-portal's default is 100; the Datastore's gateway serves up to 1,000 rows
ASEAN_MEMBERS = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL")

# Donors the plugin knows, with the organisation identifier they report to IATI under (as seen in
# published activities and d-portal queries; ADB's as listed by the IATI Registry). Korea reports all its
# agencies' activities (KOICA is KR-GOV-051, EDCF …) through ODA Korea as KR-GOV-010. Others can be typed.
KNOWN_REPORTERS = (
    ("KR-GOV-010", "Korea: ODA Korea (KOICA, EDCF and other agencies)"),
    ("US-GOV-1", "United States: USAID"),
    ("XM-DAC-46004", "Asian Development Bank (ADB)"),
    ("44000", "World Bank"),
    ("AU-5", "Australia: Department of Foreign Affairs and Trade (DFAT)"),
    ("XM-DAC-701-8", "Japan: Japan International Cooperation Agency (JICA)"),
)


@dataclass(frozen=True)
class FetchQuery:
    """What to fetch, from where. Holds no secret: the Datastore key stays in the authcfg."""

    service: int = DPORTAL
    url: str = ""
    countries: tuple[str, ...] = ASEAN_MEMBERS
    reporting_orgs: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()  # 5-digit DAC purpose codes (categories already expanded)
    year_from: Optional[int] = None
    year_to: Optional[int] = None
    authcfg: str = ""  # the id of a QGIS authentication configuration, never the key

    @property
    def service_name(self) -> str:
        """d-portal or IATI Datastore."""
        return SERVICE_NAMES[self.service]

    @property
    def base_url(self) -> str:
        """The service's address without a trailing slash."""
        return (self.url or DEFAULT_URLS[self.service]).rstrip("/")

    def page_url(self, offset: int, size: Optional[int] = None) -> str:
        """The address of one page of ``size`` activities from ``offset``."""
        size = size or PAGE_SIZES[self.service]
        if self.service == DPORTAL:
            return f"{self.base_url}/q?{urlencode(self._dportal_params() + [('limit', size), ('offset', offset)])}"
        return f"{self.base_url}/activity/select?{urlencode(self._solr_params() + [('rows', size), ('start', offset)])}"

    def query_url(self) -> str:
        """The query without paging: the source address written on every record."""
        if self.service == DPORTAL:
            return f"{self.base_url}/q?{urlencode(self._dportal_params())}"
        return f"{self.base_url}/activity/select?{urlencode(self._solr_params())}"

    def _dportal_params(self) -> list[tuple[str, str]]:
        tables = ["act"] + (["country"] if self.countries else []) + (["sector"] if self.sectors else [])
        params = [("from", ",".join(tables)), ("form", "xml")]
        if self.countries:
            params.append(("country_code", ",".join(self.countries)))
        if self.reporting_orgs:
            params.append(("reporting_ref", ",".join(self.reporting_orgs)))
        if self.sectors:
            params.append(("sector_code", ",".join(self.sectors)))
        if self.year_from is not None:  # still running in or after year_from; no end date passes too
            params.append(("day_end_gteq", f"{self.year_from:04d}-01-01|null"))
        if self.year_to is not None:  # started by the end of year_to
            params.append(("day_start_lteq", f"{self.year_to:04d}-12-31"))
        params.append(("orderby", "aid"))  # a stable order, so offsets do not skip or repeat
        return params

    def _solr_params(self) -> list[tuple[str, str]]:
        params = [("q", "*:*")]
        for name, values in (("recipient_country_code", self.countries), ("reporting_org_ref", self.reporting_orgs),
                             ("sector_code", self.sectors)):
            if values:
                params.append(("fq", f"{name}:({' OR '.join(_solr_quote(v) for v in values)})"))
        if self.year_from is not None:
            since = f"[{self.year_from:04d}-01-01T00:00:00Z TO *]"
            params.append(("fq", f"(activity_date_end_actual:{since} OR activity_date_end_planned:{since} OR "
                                 f"(*:* -activity_date_end_actual:[* TO *] -activity_date_end_planned:[* TO *]))"))
        if self.year_to is not None:
            until = f"[* TO {self.year_to:04d}-12-31T23:59:59Z]"
            params.append(("fq", f"(activity_date_start_actual:{until} OR activity_date_start_planned:{until})"))
        params += [("fl", "iati_identifier,iati_xml"), ("sort", "iati_identifier asc"), ("wt", "json")]
        return params

    def describe(self) -> str:
        """The query in words, for records and messages."""
        parts = [("countries", self.countries), ("reporting organisations", self.reporting_orgs),
                 ("DAC sectors", self.sectors)]
        words = [f"{name} {', '.join(values)}" for name, values in parts if values]
        if self.year_from is not None or self.year_to is not None:
            words.append(f"years {self.year_from or '…'}–{self.year_to or '…'}")
        return "; ".join(words) or "all activities"

    def to_json(self) -> str:
        """The query as JSON (saved in the QGIS project)."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> FetchQuery:
        """A query saved by :meth:`to_json`; ValueError when it is not one."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a query")
        service = int(data.get("service", DPORTAL))
        if service not in (DPORTAL, DATASTORE):
            raise ValueError(f"unknown service {service}")
        return cls(
            service=service, url=str(data.get("url") or ""),
            countries=tuple(str(c) for c in data.get("countries") or ()),
            reporting_orgs=tuple(str(r) for r in data.get("reporting_orgs") or ()),
            sectors=tuple(str(s) for s in data.get("sectors") or ()),
            year_from=_year(data.get("year_from")), year_to=_year(data.get("year_to")),
            authcfg=str(data.get("authcfg") or ""),
        )


def _year(value) -> Optional[int]:
    return int(value) if value not in (None, "") else None


def _solr_quote(value: str) -> str:
    """A value as a Solr phrase: identifiers hold '-' and ':' that Solr would read as syntax."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def split_codes(text: str, upper: bool = True, spaces: bool = True) -> tuple[str, ...]:
    """Codes a planner typed, separated by commas, semicolons or (``spaces``) spaces; repeats dropped."""
    seen: dict[str, None] = {}
    text = text.replace(";", ",")
    for token in (text.replace(" ", ",") if spaces else text).split(","):
        token = token.strip()
        if token:
            seen.setdefault(token.upper() if upper else token, None)
    return tuple(seen)


def dac_codes_for(tokens: tuple[str, ...], catalogue) -> tuple[str, ...]:
    """5-digit DAC purpose codes for DAC codes or the plugin's sectors (through the catalogue's crosswalk).

    ``catalogue`` is a :class:`~smartcity_plugin.core.sectors.SectorCatalogue`; a sector stands for itself,
    its solutions and the categories it is equivalent to. ValueError names a token that maps to no code.
    """
    names = {catalogue.name(code).strip().lower(): code for code in catalogue.codes()}
    found: dict[str, None] = {}
    for token in tokens:
        if token.isdigit() and len(token) == 5:
            found.setdefault(token, None)
            continue
        code = token if token in catalogue else names.get(token.strip().lower())
        codes = [dac for sector in catalogue.expand([code]) if catalogue.get(sector)
                 for dac in catalogue.get(sector).dac_codes] if code else []
        if not codes:
            raise ValueError(token)
        for dac in codes:
            found.setdefault(dac, None)
    return tuple(found)
