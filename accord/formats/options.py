"""The settings of reading, declared once for the API, the CLI and the docs."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class CsvColumns:
    """The columns of a CSV or TSV file that hold each field of an article.

    Only the text column must be in the header. Without the id column an article is named
    by file and line ("news.csv:2"); without the others the field is unknown, and the date
    and title are looked for in the text as for a `.txt` article.
    """

    text: str = "text"
    id: str = "id"
    date: str = "date"
    title: str = "title"
    url: str = "url"
    source: str = "source"


CSV_COLUMN_HELP = {
    "text": "the article's text",
    "id": "its identifier",
    "date": "its publication date, YYYY-MM-DD",
    "title": "its headline",
    "url": "its address",
    "source": "the outlet or site that published it",
}
assert set(CSV_COLUMN_HELP) == {f.name for f in fields(CsvColumns)}

MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class ReadOptions:
    """How to read: CSV column names, the largest article accepted (in characters;
    a longer one is an InputError) and how long to wait for a feed URL (seconds)."""

    csv: CsvColumns = field(default_factory=CsvColumns)
    max_chars: int = MAX_CHARS
    timeout: float = 30.0
