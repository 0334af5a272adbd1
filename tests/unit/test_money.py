"""Money as a reader of each language writes it."""

from smartcity_plugin.core.money import format_number, format_usd


def test_korean_counts_in_man_and_eok():
    assert format_usd(1_000_000, "ko") == "100만 달러"
    assert format_usd(6_980_000_000, "ko") == "69.8억 달러"
    assert format_usd(1_500_000, "ko") == "150만 달러"
    assert format_usd(950, "ko") == "950 달러"
    assert "백만" not in format_usd(2_000_000, "ko") and "십억" not in format_usd(7e9, "ko")


def test_separators_of_vietnamese_indonesian_and_thai():
    assert format_number(1234567, "vi") == "1.234.567" and format_number(1234567, "id") == "1.234.567"
    assert format_number(1234567, "th") == "1,234,567"
    assert format_usd(1_500_000, "vi") == "1,5 triệu USD"
    assert format_usd(2_350_000_000, "id") == "US$ 2,35 miliar"
    assert format_usd(1_500_000, "th") == "1.5 ล้านดอลลาร์สหรัฐ"
    assert format_usd(7_500_000, "en") == "US$ 7.5 M" and format_usd(240_000, "en") == "US$ 240 k"
    assert format_usd(4_450_000, "ko", currency=False) == "445만" and format_usd(7.5e6, "en", currency=False) == "7.5 M"
