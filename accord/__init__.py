"""Accord: news about international relations in, coded events out.

    >>> from accord import extract, read_articles
    >>> for article in read_articles(["examples/"]):
    ...     print(extract(article).events)
"""

from .errors import AccordError, InputError
from .pipeline import extract, extract_many
from .read import CsvColumns, ReadOptions, parse_text, read_articles
from .records import Actor, Article, Event, Extraction, Mention, Relation

__version__ = "0.1.0"

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
