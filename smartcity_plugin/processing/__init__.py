"""Processing provider and algorithms; no gui imports, so qgis_process works (iface is None)."""
