"""Accord's web API and dashboard: `create_app(db)` gives an ASGI app (FastAPI) over a
stored database. Routes are thin: each calls one function of `accord.query` (or
`accord.pipeline.extract`) and renders its data as JSON, CSV or an HTML page."""

from __future__ import annotations

from typing import Any

from .settings import SETTINGS

__all__ = ["SETTINGS", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":  # imported on use: the CLI loads FastAPI only to serve
        from .app import create_app

        return create_app
    raise AttributeError(f"module 'accord.web' has no attribute {name!r}")
