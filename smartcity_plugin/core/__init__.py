"""Pure-Python core: data model and filter logic shared by the dock, Processing and exports.

Nothing here imports Qt widgets or the gui package.
"""
