"""Accord's web API and dashboard: `create_app(db)` gives an ASGI app (FastAPI) over a
stored database. Routes are thin: each calls one function of `accord.query` (or
`accord.pipeline.extract`) and renders its data as JSON, CSV or an HTML page."""

from .app import SETTINGS, create_app

__all__ = ["SETTINGS", "create_app"]
