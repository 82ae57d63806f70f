"""Accord: news about international relations in, coded events out.

    >>> from accord import extract, read_articles
    >>> for article in read_articles(["examples/"]):
    ...     print(extract(article).events)

The names below are imported on first use (PEP 562), so that `import accord` and the
commands that code nothing (`accord events`, `accord serve`, ...) do not load the coder.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import AccordError, InputError

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .pipeline import extract, extract_many
    from .read import CsvColumns, ReadOptions, parse_text, read_articles
    from .records import Actor, Article, Event, Extraction, Mention, Relation

_WHERE = {
    "extract": "pipeline", "extract_many": "pipeline",
    "CsvColumns": "read", "ReadOptions": "read", "parse_text": "read", "read_articles": "read",
    "Actor": "records", "Article": "records", "Event": "records", "Extraction": "records", "Mention": "records", "Relation": "records",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'accord' has no attribute {name!r}")


__all__ = [
    "AccordError",
    "Actor",
    "Article",
    "CsvColumns",
    "Event",
    "Extraction",
    "InputError",
    "Mention",
    "ReadOptions",
    "Relation",
    "extract",
    "extract_many",
    "parse_text",
    "read_articles",
]
