"""Plain-Python core of Wawp Desktop: models, catalog, client, secrets. Imports no Qt."""
