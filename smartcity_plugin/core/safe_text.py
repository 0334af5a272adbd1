"""What data or a planner writes is shown as text: never run as HTML, a link elsewhere, or a QGIS expression.

Two places interpret text: HTML views (map tips, the dock's summary, the message bar)
and QGIS's ``[% … %]`` expression templates (layout labels, map tips). These helpers
make a value inert for each; use them wherever a value that is not the plugin's own
literal reaches one of them.
"""

from __future__ import annotations

import html
import re
from typing import Any

SAFE_SCHEMES = ("http://", "https://")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\s]")
# A QGIS expression that yields "[%": an opening that cannot start an expression any more.
_LITERAL_OPENING = "[% '[' || '%' %]"


def html_text(value: Any) -> str:
    """``value`` as HTML text: markup characters and quotes escaped; None is empty."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def safe_url(url: Any) -> str:
    """``url`` when it is an http(s) address, else "" (no javascript:, file:, data: …)."""
    text = str(url or "").strip()
    if _CONTROL.search(text) or not text.lower().startswith(SAFE_SCHEMES):
        return ""
    return text


def html_link(url: Any, text: Any) -> str:
    """A link to an http(s) ``url`` showing ``text``; only the escaped text for any other address."""
    address = safe_url(url)
    if not address:
        return html_text(text)
    return f'<a href="{html_text(address)}">{html_text(text)}</a>'


def literal_text(text: Any) -> str:
    """Text for a layout label (or any QGIS template) that shows exactly ``text``.

    QGIS evaluates ``[% … %]`` in label text; every opening is replaced by an expression
    that prints "[%", so what a planner or a data file wrote is never evaluated.
    """
    return str(text or "").replace("[%", _LITERAL_OPENING)


def html_expression(expression: str) -> str:
    """A QGIS expression giving the value of ``expression`` as escaped HTML text ('' for NULL)."""
    return (
        f"replace(coalesce(to_string({expression}), ''), "
        "array('&', '<', '>', '\"', ''''), array('&amp;', '&lt;', '&gt;', '&quot;', '&#39;'))"
    )


def url_expression(expression: str) -> str:
    """A QGIS expression giving ``expression`` escaped for an href when it is an http(s) address, else ''."""
    return (
        f"CASE WHEN regexp_match(lower(coalesce(to_string({expression}), '')), '^https?://[^\\\\s]*$') "
        f"THEN {html_expression(expression)} ELSE '' END"
    )


def html_template_field(expression: str) -> str:
    """``[% … %]`` for an HTML template (map tip, HTML label) that shows ``expression``'s value as text."""
    return f"[% {html_expression(expression)} %]"
