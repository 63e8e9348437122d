"""Plain-Python core of Wawp Desktop: models, catalog, client, secrets. Imports no Qt."""

DEFAULT_API_BASE = "https://api.wawp.net"
"""The Wawp API (kept here so the command line needs no client import)."""
