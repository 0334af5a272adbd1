"""Benchmarks of the Smart City Cooperation plugin: `make bench` (or `python -m bench`).

Each benchmark measures the plugin's path and, in the same run, a baseline that does the
same job with plain QGIS, so the ratio says what the plugin's own code costs.
"""
