"""Small helpers shared by every part of the plugin: paths, logging, settings, i18n."""
