"""Colours and symbols, chosen once: donors in the Okabe–Ito colour-blind-safe palette."""

from __future__ import annotations

# Donor or funder country code → (label, colour). Okabe & Ito (2008), safe for the common
# colour-vision deficiencies; the order is the legend order.
DONOR_COLOURS = {
    "US": ("United States", "#0072b2"),
    "KR": ("Korea", "#d55e00"),
    "JP": ("Japan", "#009e73"),
    "CN": ("China", "#cc79a7"),
    "AU": ("Australia", "#56b4e9"),
    "SG": ("Singapore", "#f0e442"),
    "XM": ("Multilateral", "#e69f00"),
}
OTHER_DONOR = ("Other", "#7f7f7f")

# Primary sector (the presentation's eight categories) → simple-marker shape.
SECTOR_SHAPES = {
    "water": "circle",
    "mobility": "triangle",
    "energy": "star",
    "egov": "square",
    "security": "diamond",
    "health": "cross_fill",
    "waste": "pentagon",
    "participation": "hexagon",
}
DEFAULT_SHAPE = "circle"

# ASEAN member states (Timor-Leste admitted as the 11th member in October 2025).
ASEAN_ISO2 = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL")
MEKONG_ISO2 = ("KH", "LA", "MM", "TH", "VN")

# Extent that frames ASEAN, in EPSG:4326 (west, south, east, north).
ASEAN_EXTENT = (91.0, -12.0, 142.0, 29.5)

CITY_COLOUR = "#1d2b36"
FLOOD_FILL_ALPHA = 70  # of 255: semi-transparent so cities and projects stay visible
