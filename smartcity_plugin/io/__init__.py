"""Data exchange: IATI and CSV import into the planner's GeoPackage, checks and exports.

Nothing here imports the plugin's GUI: Processing, the desktop dialogs and tests all
call the same functions.
"""
