"""What the desktop shows, in the language the smoke run's QGIS speaks (SMARTCITY_SMOKE_LOCALE).

The plugin's strings come from its translation file, i18n/smartcity_plugin_<language>.ts,
as lrelease compiles them into what the plugin shows; English needs none. A check then
compares with the translated title, and still fails when the title is missing.
"""

from __future__ import annotations

import html
import re
from string import Formatter

import translations  # scripts/, on sys.path through tests/conftest.py

TAG = re.compile(r"<[^>]+>")


class InterfaceText:
    """The plugin's strings in one interface language."""

    def __init__(self, locale: str) -> None:
        self.language = (locale or "en")[:2]
        self.translated: dict[str, str] = {}
        if self.language != "en":
            ts_file = translations.I18N / f"smartcity_plugin_{self.language}.ts"
            self.translated = translations.existing(ts_file)
            if not self.translated:
                raise ValueError(f"no translations for the smoke run's language: {ts_file}")

    def __call__(self, source: str) -> str:
        """``source`` as the plugin shows it (English where the translation has no entry)."""
        return self.translated.get(source, source)

    def pattern(self, source: str, *values) -> re.Pattern:
        """The translated ``source`` as shown in plain text, its placeholders filled with ``values``
        (in their order; the rest match anything)."""
        parts, automatic = [], 0
        for literal, field, _spec, _conversion in Formatter().parse(TAG.sub("", self(source))):
            parts.append(re.escape(html.unescape(literal)))
            if field is None:
                continue
            if field == "":
                index, automatic = automatic, automatic + 1
            else:
                index = int(field) if field.isdigit() else None
            known = index is not None and index < len(values)
            parts.append(re.escape(str(values[index])) if known else ".+?")
        return re.compile("".join(parts), re.S)

    def shown_in(self, text: str, source: str, *values) -> bool:
        """Does ``text`` show the translated ``source`` with ``values``?"""
        return self.pattern(source, *values).search(text) is not None
