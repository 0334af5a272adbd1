"""Money and counts as a reader of each language writes them (pure logic, no Qt).

Korean counts large sums in 만 (10⁴) and 억 (10⁸): US$ 1 000 000 is "100만 달러",
US$ 6 980 000 000 is "69.8억 달러". Vietnamese and Indonesian group thousands with a
dot and write decimals with a comma; Thai and English use a comma and a point.
"""

from __future__ import annotations

# language → (thousands separator, decimal separator)
SEPARATORS = {"en": (",", "."), "ko": (",", "."), "th": (",", "."), "vi": (".", ","), "id": (".", ",")}
# language → ((threshold, divisor, template), …), largest first; {} is the number.
UNITS = {
    "en": ((1e9, 1e9, "US$ {} bn"), (1e6, 1e6, "US$ {} M"), (1e3, 1e3, "US$ {} k"), (0, 1, "US$ {}")),
    "ko": ((1e8, 1e8, "{}억 달러"), (1e4, 1e4, "{}만 달러"), (0, 1, "{} 달러")),
    "vi": ((1e9, 1e9, "{} tỷ USD"), (1e6, 1e6, "{} triệu USD"), (1e3, 1e3, "{} nghìn USD"), (0, 1, "{} USD")),
    "id": ((1e9, 1e9, "US$ {} miliar"), (1e6, 1e6, "US$ {} juta"), (1e3, 1e3, "US$ {} ribu"), (0, 1, "US$ {}")),
    "th": ((1e9, 1e9, "{} พันล้านดอลลาร์สหรัฐ"), (1e6, 1e6, "{} ล้านดอลลาร์สหรัฐ"), (0, 1, "{} ดอลลาร์สหรัฐ")),
}


def format_number(value: float, language: str = "en", decimals: int = 0) -> str:
    """``value`` with the language's thousands and decimal separators."""
    thousands, decimal = SEPARATORS.get(language, SEPARATORS["en"])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def _significant(value: float) -> tuple[float, int]:
    """Round to three significant digits at most, dropping trailing zeros: 69.8, 100, 1.5, 2.35."""
    if value >= 100:
        return round(value), 0
    decimals = 1 if value >= 10 else 2
    rounded = round(value, decimals)
    while decimals and round(rounded, decimals - 1) == rounded:
        decimals -= 1
    return rounded, decimals


# The same units without the currency, for table columns headed "(US$)".
SHORT_UNITS = {
    "en": ((1e9, 1e9, "{} bn"), (1e6, 1e6, "{} M"), (1e3, 1e3, "{} k"), (0, 1, "{}")),
    "ko": ((1e8, 1e8, "{}억"), (1e4, 1e4, "{}만"), (0, 1, "{}")),
    "vi": ((1e9, 1e9, "{} tỷ"), (1e6, 1e6, "{} triệu"), (1e3, 1e3, "{} nghìn"), (0, 1, "{}")),
    "id": ((1e9, 1e9, "{} miliar"), (1e6, 1e6, "{} juta"), (1e3, 1e3, "{} ribu"), (0, 1, "{}")),
    "th": ((1e9, 1e9, "{} พันล้าน"), (1e6, 1e6, "{} ล้าน"), (0, 1, "{}")),
}


def format_usd(amount: float, language: str = "en", currency: bool = True) -> str:
    """US dollars in the language's units: "US$ 1.5 M", "100만 달러", "1,5 triệu USD" ("1.5 M" without currency)."""
    table = UNITS if currency else SHORT_UNITS
    units = table.get(language, table["en"])
    for threshold, divisor, template in units:
        if abs(amount) >= threshold:
            value, decimals = _significant(abs(amount) / divisor) if divisor > 1 else (round(abs(amount)), 0)
            sign = "-" if amount < 0 else ""
            return sign + template.format(format_number(value, language, decimals))
    return units[-1][2].format(format_number(amount, language))
