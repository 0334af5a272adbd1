"""Building the plugin's map layers: sources, styles and the layer group."""
