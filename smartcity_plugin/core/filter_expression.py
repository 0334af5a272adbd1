"""The QGIS expression dialect, quoting every value with QGIS's helpers; :func:`filter_expression`.

List fields (sectors, recipient countries, city ids) hold ``;``-separated codes; they
are compared as arrays, so a code never matches part of another code.
"""

from __future__ import annotations

from typing import Iterable, Optional

from qgis.core import QgsExpression

from smartcity_plugin.core import schema
from smartcity_plugin.core.filter_clauses import where_clause
from smartcity_plugin.core.filter_model import ProjectFilter
from smartcity_plugin.core.sectors import SectorCatalogue
from smartcity_plugin.core.text_fold import fold, folded_value

__all__ = ["ExpressionDialect", "filter_expression"]


class ExpressionDialect:
    """QGIS expressions (feature requests, Processing, memory layers)."""

    column = staticmethod(QgsExpression.quotedColumnRef)
    literal = staticmethod(QgsExpression.quotedValue)

    def list_meets(self, column: str, values: Iterable[str]) -> str:  # noqa: D102
        separator = self.literal(schema.LIST_SEPARATOR)
        as_array = f"string_to_array(coalesce({self.column(column)}, ''), {separator})"
        return f"array_intersect({as_array}, array({', '.join(self.literal(v) for v in values)}))"

    def contains(self, column: str, text: str) -> str:  # noqa: D102
        # No lower(): Qt's folds beyond one letter for one letter, and SQL's differently (see text_fold).
        folded = fold(text)
        return f"strpos({folded_value(self.column(column), folded, self.literal)}, {self.literal(folded)}) > 0"


def filter_expression(project_filter: ProjectFilter, sectors: Optional[SectorCatalogue] = None) -> str:
    """QGIS expression selecting the projects that ``project_filter`` keeps ('' = all)."""
    return where_clause(project_filter, ExpressionDialect(), sectors)
