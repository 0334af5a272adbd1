"""Names of the countries the data speak about (ISO 3166-1 alpha-2 codes)."""

from __future__ import annotations

COUNTRY_NAMES = {
    "BN": "Brunei", "KH": "Cambodia", "ID": "Indonesia", "LA": "Laos", "MY": "Malaysia",
    "MM": "Myanmar", "PH": "Philippines", "SG": "Singapore", "TH": "Thailand", "VN": "Viet Nam",
    "TL": "Timor-Leste", "US": "United States", "KR": "Korea", "JP": "Japan", "CN": "China",
    "AU": "Australia", "XM": "Multilateral",
}
MEKONG = ("KH", "LA", "MM", "TH", "VN")
# In running text some names take "the" ("funded by Korea and the United States").
PROSE_NAMES = {**COUNTRY_NAMES, "US": "the United States", "PH": "the Philippines"}
