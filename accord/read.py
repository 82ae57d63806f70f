"""Read articles from plain-text files, directories of them and JSON Lines.

A `.txt` article may start with a line ` date YYYY-MM-DD`, possibly followed on the same
line by the headline or the first words of the text. Without it, the publication date is
taken from a dateline or byline the article gives for itself, else left unknown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .dates import find_publication_date
from .errors import InputError
from .records import Article

INLINE_TAG = re.compile(r"</?(?:sup|sub|em|strong|b|i|u|a|span|br)(?:\s[^<>]*)?/?>", re.IGNORECASE)
MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/)[^()\s]{1,500}\)")
DATE_LINE = re.compile(r"^\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_TITLE = 250


def read_articles(paths: Sequence[str | Path], on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """Yield the articles found at each path (file or directory), in a stable order.

    A missing path or an empty directory always raises. A bad article (an empty,
    binary or undecodable file, a malformed JSON line) raises too, unless `on_error` is
    given: then it is passed the error and reading goes on with the next article.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(str(path), "no such file or directory")
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES)
            if not files:
                raise InputError(str(path), "directory holds no .txt or .jsonl files")
            for file in files:
                yield from _read_file(file, on_error)
        else:
            yield from _read_file(path, on_error)


def _read_file(path: Path, on_error: Callable[[InputError], None] | None) -> Iterator[Article]:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, on_error)
        else:
            yield read_text_file(path)
    except InputError as error:
        if on_error is None:
            raise
        on_error(error)


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(where, "looks like a binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"is not UTF-8 text (byte {exc.start})") from None


def read_text_file(path: Path) -> Article:
    """Read one plain-text article."""
    text = _decode(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(str(path), "is empty")
    return parse_text(text, article_id=path.name, origin=str(path))


def parse_text(text: str, article_id: str, origin: str = "") -> Article:
    """Make an Article from raw text, taking the ` date` line and headline if present.
    Inline markup that some sources keep ("200<sup>th</sup>", "[Strategy](https://...)")
    is reduced to its text."""
    text = MARKDOWN_LINK.sub(r"\1", INLINE_TAG.sub("", text))
    published = None
    match = DATE_LINE.match(text)
    if match:
        published = match.group(1)
        text = text[match.end():]
    first_line, _, _ = text.partition("\n")
    title = None
    stripped = first_line.strip()
    if stripped and len(stripped) <= MAX_TITLE and not stripped.endswith((".", "?", "!", '"', "”")):
        title = stripped
    if published is None:
        published = find_publication_date(text)
    return Article(id=article_id, text=text, published=published, title=title, origin=origin)


def read_jsonl(path: Path, on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """Read JSON Lines: one object per line with `id` and `text`, optional `date`, `title`,
    `source`, `url`. A bad line raises, or with `on_error` is reported and skipped."""
    data = _decode(path.read_bytes(), str(path))
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"is not valid JSON ({exc.msg} at column {exc.colno})") from None
            article = article_from_record(obj, where)
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)
            continue
        yield article


def article_from_record(obj: object, where: str) -> Article:
    """Make an Article from a JSON object, checking its fields."""
    if not isinstance(obj, dict):
        raise InputError(where, "expected a JSON object with fields id and text")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "field 'text' is missing or empty")
    article_id = obj.get("id")
    if article_id is None or str(article_id).strip() == "":
        raise InputError(where, "field 'id' is missing")
    date = obj.get("date")
    if date is not None and not (isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date[:10])):
        raise InputError(where, f"field 'date' is {date!r}, expected YYYY-MM-DD")
    article = parse_text(text, article_id=str(article_id), origin=where)
    return Article(
        id=article.id,
        text=article.text,
        published=date[:10] if date else article.published,
        title=obj.get("title") or article.title,
        source=obj.get("source"),
        url=obj.get("url"),
        origin=where,
    )
