"""Readable text from IATI elements: narratives (2.0x) or plain text (1.0x), English preferred."""

from __future__ import annotations

from typing import Iterable, Optional

from smartcity_plugin.io.xml_stream import XML_LANG, Element, text_of


def _language(node: Element, default: str) -> str:
    return (node.get(XML_LANG, "").strip() or default or "").lower()[:2]


def pick_text(nodes: Iterable[Element], default_lang: str = "") -> Optional[str]:
    """The English text among ``nodes`` (the activity's language when unmarked), else the first."""
    if isinstance(nodes, list) and len(nodes) == 1:  # the common case: one text, whatever its language
        return " ".join(text_of(nodes[0]).split()) or None
    texts = [(node, " ".join(text_of(node).split())) for node in nodes]
    texts = [(node, text) for node, text in texts if text]
    for node, text in texts:
        if _language(node, default_lang) == "en":
            return text
    for node, text in texts:
        if not node.get(XML_LANG, "").strip() and not default_lang:
            return text
    return texts[0][1] if texts else None


def narrative(element: Optional[Element], default_lang: str = "") -> Optional[str]:
    """Text of an element: its narratives in 2.0x, its own text in 1.0x."""
    if element is None:
        return None
    narratives = element.findall("narrative")
    if len(narratives) == 1:  # the common case, as pick_text reads it, without the calls
        only = narratives[0]
        return " ".join((only.text or "").split() if not len(only) else text_of(only).split()) or None
    if narratives:
        return pick_text(narratives, element.get(XML_LANG, "").strip() or default_lang)
    return pick_text([element], default_lang)


def narrative_of(parent: Element, name: str, default_lang: str = "") -> Optional[str]:
    """Text of the child elements called ``name`` (1.0x may repeat them, one per language)."""
    return narrative_in(parent.findall(name), default_lang)


def narrative_in(elements: list[Element], default_lang: str = "") -> Optional[str]:
    """Text of ``elements``, children of one parent with one name (1.0x may repeat them, one per language)."""
    if len(elements) > 1 and not any(e.find("narrative") is not None for e in elements):
        return pick_text(elements, default_lang)
    return narrative(elements[0], default_lang) if elements else None
