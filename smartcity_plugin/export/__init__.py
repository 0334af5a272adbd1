"""Print layouts and their export: maps and atlases for reports (no widgets here)."""
