"""The server's settings, each declared once: the CLI's options, the app's defaults and
the docs come from here. Importing this module does not import the web framework."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS = {s.name: s for s in (
    Setting("host", "127.0.0.1", "address to listen on (default 127.0.0.1: this machine only)"),
    Setting("port", 8000, "port to listen on (default 8000)"),
    Setting("allow_writes", False, "let POST /api/articles code and store articles (default: read-only)"),
    Setting("max_body", 1_000_000, "largest request body accepted, in bytes (default 1000000)"),
    Setting("max_text", 100_000, "longest article text accepted by /api/extract and /api/articles, in characters (default 100000)"),
    Setting("extract_workers", 2, "articles coded at once by /api/extract; more requests wait (default 2)"),
    Setting("extract_seconds", 30.0, "longest time /api/extract codes one text before answering 503 (default 30)"),
)}
