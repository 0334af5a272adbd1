"""The columns of smartcity:cooperationmatrix's two outputs, and their values (loaded when it runs)."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFields

from smartcity_plugin.analysis import new_field, safe_name
from smartcity_plugin.core import analysis
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.core.summary import Breakdown

LIST_JOIN = ";"
FIRST_DONORS = (analysis.US, analysis.KOREA)  # always listed, so the columns stay stable


def _money(breakdown: Breakdown) -> Optional[float]:
    # Unknown stays empty: NULL when projects exist but none publishes an amount.
    if breakdown.projects and breakdown.without_amount == breakdown.projects:
        return None
    return breakdown.amount_usd


def _us_korea_status(us: bool, korea: bool) -> str:
    return {(True, True): "both", (True, False): "us_only", (False, True): "kr_only"}.get((us, korea), "neither")


def fixed_first(fixed, found) -> list[str]:
    """``fixed`` codes (always there, so columns stay stable), then the others found, sorted."""
    return list(fixed) + sorted(set(found) - set(fixed))


class Columns:
    """Layout of the two outputs: counts, then dollars per donor and per kind of finance.

    No grand total of dollars: commercial investment is not aid, and the two are never added.
    """

    def __init__(self, donors: list[str], kinds: list[str]) -> None:
        self.donors = donors
        self.kinds = kinds

    def _money_fields(self, fields: QgsFields) -> None:
        for donor in self.donors:
            fields.append(new_field(safe_name(donor) + "_projects", "Int"))
            fields.append(new_field(safe_name(donor) + "_usd", "Double"))
        for kind in self.kinds:
            fields.append(new_field("finance_" + safe_name(kind) + "_usd", "Double"))

    def _money_values(self, by_donor: dict[str, Breakdown], by_kind: dict[str, Breakdown]) -> list:
        values: list = []
        for donor in self.donors:
            breakdown = by_donor.get(donor, Breakdown())
            values += [breakdown.projects, _money(breakdown)]
        return values + [_money(by_kind.get(kind, Breakdown())) for kind in self.kinds]

    def city_fields(self) -> QgsFields:
        """Fields added to each city."""
        fields = _fields(("projects", "Int"), ("without_amount", "Int"), ("multi_city_projects", "Int"),
                         ("donors", "String"))
        self._money_fields(fields)
        for name, kind in (("us_korea", "Bool"), ("shared_sectors", "String"), ("sectors_covered", "String"),
                           ("covered_count", "Int"), ("sectors_missing", "String"), ("missing_count", "Int"),
                           ("opening_score", "Double")):
            fields.append(new_field(name, kind))
        return fields

    def city_values(self, city: analysis.CityCooperation, categories: list[str]) -> list:
        """Values of :meth:`city_fields` for one city."""
        total = city.total()
        values = [total.projects, total.without_amount, city.multi_city_projects, LIST_JOIN.join(sorted(city.donors))]
        values += self._money_values(city.donors, city.by_finance)
        covered = [c for c in categories if c in city.sectors]
        return values + [
            city.us_korea, LIST_JOIN.join(c for c in categories if c in city.shared_sectors),
            LIST_JOIN.join(covered), len(covered), LIST_JOIN.join(city.missing_sectors),
            len(city.missing_sectors), city.opening_score,
        ]

    def matrix_fields(self) -> QgsFields:
        """Fields of the city × sector table."""
        fields = _fields(("city_id", "String"), ("city_name", "String"), ("sector", "String"),
                         ("sector_name", "String"), ("covered", "Bool"), ("projects", "Int"),
                         ("without_amount", "Int"), ("donors", "String"))
        self._money_fields(fields)
        fields.append(new_field("us_korea", "Bool"))
        fields.append(new_field("us_korea_status", "String"))
        return fields

    def matrix_values(self, city: analysis.CityCooperation, city_name, category: str,
                      catalogue: SectorCatalogue) -> list:
        """Values of :meth:`matrix_fields` for one city and category."""
        per_donor = city.by_sector.get(category, {})
        total = city.sector_total(category)
        values = [city.city_id, city_name, category, catalogue.name(category), total.projects > 0,
                  total.projects, total.without_amount, LIST_JOIN.join(sorted(per_donor))]
        values += self._money_values(per_donor, city.sector_finance.get(category, {}))
        us, korea = analysis.US in per_donor, analysis.KOREA in per_donor
        return values + [us and korea, _us_korea_status(us, korea)]


def _fields(*specs: tuple[str, str]) -> QgsFields:
    fields = QgsFields()
    for name, kind in specs:
        fields.append(new_field(name, kind))
    return fields
