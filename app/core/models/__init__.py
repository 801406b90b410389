"""Model manager core: catalog, hardware fit, downloads from the Hub, and local model files."""
