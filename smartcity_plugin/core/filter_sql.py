"""The SQL dialects of a layer's subset string (the filter's meaning is in filter_clauses).

OGR (GeoPackage, SQLite) and PostgreSQL layers filter in their own SQL, not in QGIS
expressions. This SQL uses only what both accept (IN, LIKE … ESCAPE, ||, coalesce,
lower). Names are quoted with QGIS's SQL helpers; literals as each provider's own code
quotes them: for OGR standard SQL (QgsSqliteUtils, a backslash is an ordinary character),
for PostgreSQL as QgsPostgresConn::quotedValue does (an E'…' string with backslashes
doubled when the value has one), which means the same whether the server's
standard_conforming_strings is on or off. LIKE patterns escape their wildcards with "!",
so a value with quotes, brackets, backslashes, % or _ matches only itself.
"""

from __future__ import annotations

from typing import Iterable

from qgis.core import QgsSqliteUtils

from smartcity_plugin.core import schema
from smartcity_plugin.core.text_fold import fold, folded_value

ESCAPE = "!"
FAMILY = "."  # sector codes name their category first: water, water.smart_water_metering …


def _like_pattern(text: str) -> str:
    """``text`` with LIKE's wildcards and the escape character escaped."""
    for special in (ESCAPE, "%", "_"):
        text = text.replace(special, ESCAPE + special)
    return text


class SqlDialect:
    """SQL that SQLite (GeoPackage) and PostgreSQL both understand."""

    column = staticmethod(QgsSqliteUtils.quotedIdentifier)
    literal = staticmethod(QgsSqliteUtils.quotedString)

    def _like(self, sql: str, pattern: str) -> str:
        return f"{sql} LIKE {self.literal(pattern)} ESCAPE {self.literal(ESCAPE)}"

    def list_meets(self, column: str, values: Iterable[str]) -> str:
        """Any of ``values`` between the separators of ``column`` (whole codes only).

        Written for speed on large tables, with the same meaning as searching each value
        between separators: a field that holds one code (most do) is compared whole; only
        a list of several codes is searched, and codes of one family only where the
        family's name occurs at all.
        """
        sep = schema.LIST_SEPARATOR
        value = f"coalesce({self.column(column)}, '')"
        wrapped = f"({self.literal(sep)} || {value} || {self.literal(sep)})"
        families: dict[str, list[str]] = {}
        for code in values:
            families.setdefault(code.split(FAMILY)[0], []).append(code)
        searched = []
        for family, codes in families.items():
            terms = " OR ".join(self._like(wrapped, f"%{sep}{_like_pattern(c)}{sep}%") for c in codes)
            searched.append(f"({self._like(value, f'%{_like_pattern(family)}%')} AND ({terms}))"
                            if len(codes) > 1 else terms)
        whole = " OR ".join(self._like(value, _like_pattern(code)) for code in values)
        return f"({whole} OR ({self._like(value, f'%{sep}%')} AND ({' OR '.join(searched)})))"

    def contains(self, column: str, text: str) -> str:
        """``column`` holds ``text``, ignoring case beyond ASCII as QGIS expressions here do (see text_fold).

        "ĐÀ NẴNG" finds "Đà Nẵng" in a GeoPackage, in the registry and in a QGIS expression
        alike; the SQL grows with the text's distinct letters, whatever the letters.
        """
        folded = fold(text)
        value = folded_value(self.column(column), folded, self.literal)
        return self._like(value, f"%{_like_pattern(folded)}%")


class UnquotableValueError(ValueError):
    """A value the provider's SQL cannot hold (PostgreSQL text has no NUL character)."""


def postgres_literal(value: str) -> str:
    """``value`` as a PostgreSQL string literal, quoted as QGIS's PostgreSQL provider quotes it.

    A plain '…' literal when the value has no backslash; otherwise E'…' with backslashes
    doubled: read alike with standard_conforming_strings on or off, so a backslash before
    a quote can never end the literal.
    """
    if "\x00" in value:
        raise UnquotableValueError("A filter value holds a NUL character, which PostgreSQL cannot compare.")
    text = value.replace("'", "''")
    if "\\" in text:
        return "E'" + text.replace("\\", "\\\\") + "'"
    return "'" + text + "'"


class PostgresDialect(SqlDialect):
    """The same SQL, with literals as the PostgreSQL provider quotes them."""

    literal = staticmethod(postgres_literal)


POSTGRES = "postgres"

